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

// The arms of `case "$prev" in` for bash and zsh: each option that takes a
// value offers its values and returns; `noValues` is said when it has none.
QString valueCases(const QList<Completion::Option> &options, const QString &indent,
                   const QString &noValues);
QString fishQuoted(const QString &text);

} // namespace CompletionScripts
