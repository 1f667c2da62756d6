#pragma once

#include <QString>

class VerbTable;

// qkanban.1 in roff (man(7) macros), from the verb table and CliReference.
namespace ManPage {
QString render(const VerbTable &table);
// Text escaped for roff: backslashes, hyphens, leading dots and quotes.
QString escaped(const QString &text);
} // namespace ManPage
