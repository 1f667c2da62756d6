#pragma once

#include "app/Completion.h"

// The three scripts of Completion::script(), one writer per shell.
namespace CompletionScripts {

QString bash(const Completion::Model &model);
QString zsh(const Completion::Model &model);
QString fish(const Completion::Model &model);

// 'text' quoted for a POSIX shell (bash, zsh, fish agree on '...' with
// the quote written as '\'' in bash/zsh and \' in fish).
QString quoted(const QString &text);
QString fishQuoted(const QString &text);

} // namespace CompletionScripts
