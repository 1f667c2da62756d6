#pragma once

#include <QSqlDatabase>
#include <QString>

// Opens a board database: checks the file is a SQLite qkanban board (or
// absent/empty), sets WAL, busy_timeout and foreign keys, makes the file
// 0600 and runs the numbered migrations. Throws KanbanError.
namespace Database {
inline constexpr int kBusyTimeoutMs = 30000;
// The longest a writer waits for another process's write lock, in ms:
// kBusyTimeoutMs, or $QKANBAN_BUSY_TIMEOUT_MS (read once; for tests).
int busyTimeoutMs();

// path: a SQLite file, or a postgresql:// URL (model/PgDatabase).
QSqlDatabase open(const QString &path, const QString &connectionName = {});
// Whether open() may create the board's tables in an empty PostgreSQL
// database (init and import say yes; every other verb refuses one). A
// SQLite file is always created when missing.
void setCreatesSchema(bool creates);
// SQLite boards opened from now on read through a memory map of up to
// `bytes` (PRAGMA mmap_size): no copy per page read, which a one-shot scan
// of a big board pays (the lean CLI sets it). 0, the default, keeps
// SQLite's own page cache (the desktop board and the daemon: mapped pages
// count in their resident memory).
void setMmapSize(qint64 bytes);
// What a person may read for path: the URL without its password.
QString displayName(const QString &path);
void close(const QString &connectionName);
int schemaVersion(QSqlDatabase &db);
int latestSchemaVersion();
// A non-empty reason when the file exists and is not a usable board.
QString checkFile(const QString &path);
// Opens an existing board file for reading only: no migration, no WAL
// switch, no chmod, nothing created (the `check` and `backup` verbs).
// Throws KanbanError (NotFound when there is no file).
QSqlDatabase openForReading(const QString &path, const QString &connectionName = {});

// A board that failed its integrity check refuses writes while this file
// (beside the database) exists; a passing check removes it.
QString damagedMarkerPath(const QString &dbPath);
// Throws KanbanError(Storage) with what to do when the marker exists: one
// stat, for every write transaction.
void refuseIfDamaged(const QString &dbPath);
// Changes whenever another connection commits: SQLite's data_version; on
// PostgreSQL the count of other sessions' change notifications (ChangeFeed:
// no statement runs; the event loop of the connection's thread delivers).
qint64 dataVersion(QSqlDatabase &db);
// The newest event's id, 0 on an empty board (on the connection's kept
// statement: a tick and the board ask after every change).
qint64 latestEventId(QSqlDatabase &db);
} // namespace Database
