#pragma once

#include <QString>

class VerbTable;

// docs/cli.md: the CLI reference in markdown, from the verb table and
// CliReference (the same content as the man page).
namespace MarkdownRef {
QString render(const VerbTable &table);
} // namespace MarkdownRef
