#pragma once

#include <QSqlDatabase>
#include <QString>

// Consistent copies of a board file (VACUUM INTO: one read transaction,
// so writers carry on meanwhile). Copies are mode 0600 and never replace
// an existing file.
namespace Backup {
// The board folder's backups/ (beside the database file).
QString folderFor(const QString &dbPath);
// backups/kanban-YYYYmmdd-HHMMSS.db (local time) for epoch seconds `when`;
// `tag` goes before the time ("schema5" -> kanban-schema5-...). A name
// already taken gets "-2", "-3", ...
QString defaultPath(const QString &dbPath, qint64 when, const QString &tag = {});
// Writes the copy of db's board to target and returns target. Throws
// KanbanError: Conflict when target exists, Storage when it cannot be
// written (no partial copy is left).
QString write(QSqlDatabase &db, const QString &target);
// Opens the board at dbPath for reading (never creating it), writes its
// copy to target and returns target; throws as write() and as
// Database::openForReading.
QString writeBoard(const QString &dbPath, const QString &target);
// Before migrating an existing board from schema `fromVersion`: a copy
// named after that version in the backups folder.
QString beforeMigration(QSqlDatabase &db, int fromVersion);
} // namespace Backup
