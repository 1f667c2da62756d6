#pragma once

#include "model/Types.h"

#include <QString>

// Values of flags that need more than a type check. Each parse returns
// false with *error set (the argparse-style message) on bad input.
namespace InputParsers {
struct Workspace
{
    QString kind; // scratch | worktree | dir
    QString path; // "" when none
};

// scratch | worktree | worktree:<path> | dir:<path>; "~" expanded.
bool parseWorkspace(const QString &value, Workspace *out, QString *error);
// 300 | 90s | 30m | 2h | 1d | 1.5h -> seconds (> 0).
bool parseDuration(const QString &value, qint64 *seconds, QString *error);
QString expandHome(const QString &path);

// ArgSpec checks built on the parsers.
QString checkWorkspace(const QString &value);
QString checkDuration(const QString &value);
QString checkDurationOrNone(const QString &value); // "none" clears
QString checkIntOrNone(const QString &value);
bool isNone(const QString &value);
} // namespace InputParsers
