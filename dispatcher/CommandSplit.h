#pragma once

#include <QString>
#include <QStringList>

// Splits a profile's command like a POSIX shell splits words: 'single'
// and "double" quotes, backslash escapes, blanks between words. Nothing
// is expanded ($VAR, globs, ~): the argv is run without a shell.
namespace CommandSplit {
// Empty list with *error set for an unterminated quote or a trailing
// backslash.
QStringList split(const QString &command, QString *error = nullptr);
} // namespace CommandSplit
