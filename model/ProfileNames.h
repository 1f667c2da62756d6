#pragma once

#include <QString>

// The names of profiles, and so of assignees and reviewers: lowercase
// letters, digits, '.', '_' and '-', starting with a letter or digit, at
// most 64 characters (no path separators, no spaces). The one rule every
// face applies wherever it sets an assignee or a reviewer.
namespace ProfileNames {

// ^[a-z0-9][a-z0-9_.-]{0,63}$
bool isValid(const QString &name);
// Trimmed and lowercased; "" for "", "none", "-" and "null" (nobody).
// Throws KanbanError naming `role` ("assignee", "reviewer") for any other
// name that is not valid.
QString normalised(const QString &value, const QString &role);

} // namespace ProfileNames
