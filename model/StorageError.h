#pragma once

#include "model/KanbanError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The one place where a failed SQLite call becomes the line a person
// reads: a full disk names the file, a held write lock says for how long,
// a damaged file says to run `check`; anything else keeps SQLite's text.
// All are KanbanError(Storage) (exit 1, HTTP 500).
namespace StorageError {
// `what` says what failed ("commit", the statement) for the generic case.
KanbanError fromSql(const QSqlDatabase &db, const QSqlError &error, const QString &what);
// The same for a database path (before a connection exists).
KanbanError fromSql(const QString &dbPath, const QSqlError &error, const QString &what);
// SQLITE_BUSY or SQLITE_LOCKED.
bool isBusy(const QSqlError &error);
// "the board is busy: another process has held the write lock for 30 s"
QString busyMessage();
// SQLITE_FULL, or an I/O error while the file system of dbPath has no room.
bool isDiskFull(const QString &dbPath, const QSqlError &error);
QString diskFullMessage(const QString &dbPath);
} // namespace StorageError
