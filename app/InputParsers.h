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
// The longest duration a flag takes: ten years (deadlines computed from
// it stay far from overflowing).
constexpr qint64 kMaxDurationSeconds = 10LL * 365 * 86400;
// 300 | 90s | 30m | 2h | 1d | 1.5h -> seconds, 1 s to kMaxDurationSeconds.
bool parseDuration(const QString &value, qint64 *seconds, QString *error);
QString expandHome(const QString &path);

// ArgSpec checks built on the parsers.
QString checkWorkspace(const QString &value);
QString checkDuration(const QString &value);
QString checkDurationOrNone(const QString &value); // "none" clears
QString checkIntOrNone(const QString &value);
bool isNone(const QString &value);
} // namespace InputParsers
