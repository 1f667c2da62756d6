#pragma once

#include <QString>
#include <QStringList>

// POSIX shell word splitting (as Python's shlex.split): quotes, backslash
// escapes, no globbing or expansion. Sets *error on unbalanced quotes.
QStringList shellSplit(const QString &line, QString *error = nullptr);
