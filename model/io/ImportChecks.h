#pragma once

// Internal to BoardIo: what an import may take from its file. The file is
// not trusted: every id, name and path must pass the rules the CLI applies
// at creation (TaskFields), or the whole file is refused with one line
// naming the first bad record. Paths the board derives itself (scratch
// workspaces, worktree folders) are never taken from a file.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ImportChecks {

using Rows = QHash<QString, QList<QVariantList>>; // by BoardIoTables key, column order

// Throws KanbanError(BadInput): "import refused: <where> <value> <problem>".
[[noreturn]] void refuse(const QString &where, const QString &value, const QString &problem);

// Checks every row (tables in export order, rows in file order) and clears
// the scratch and worktree paths of tasks; appends a warning saying how
// many were cleared.
void check(Rows &rows, QStringList *warnings);

} // namespace ImportChecks
