#pragma once

#include <QString>

// The rules a task's ids, names and paths follow: what create mints and
// accepts (Kernel::createTask, Profiles::isValidName use the same rules),
// applied by every import to every row (ImportChecks: a file is refused
// when one value breaks them). Each *Problem returns "" when the value is
// fine, else why not, in words that follow the value ("is not a task id").
namespace TaskFields {

// t_ and 8 to 64 lowercase hex digits: what create mints (8), the
// original's worker tool (12) and its id scanner (t_[a-f0-9]{8,}) accept.
bool isTaskId(const QString &id);
QString taskIdProblem(const QString &id);

// Profile, assignee and reviewer names: ^[a-z0-9][a-z0-9_.-]{0,63}$.
bool isProfileName(const QString &name);
QString profileNameProblem(const QString &name);

// NUL cannot pass through argv, environment or file names: no CLI value
// holds one, so no stored text may.
bool hasNul(const QString &text);

// create's workspace rules: kind scratch, worktree or dir; scratch takes
// no path; dir needs one; a path is absolute, already clean and free of
// control characters.
QString workspaceProblem(const QString &kind, const QString &path);
// create's branch rule: no leading '-', no whitespace or control characters.
QString branchProblem(const QString &branch);

} // namespace TaskFields
