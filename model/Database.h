#pragma once

#include <QSqlDatabase>
#include <QString>

// Opens a board database: checks the file is a SQLite qkanban board (or
// absent/empty), sets WAL, busy_timeout and foreign keys, makes the file
// 0600 and runs the numbered migrations. Throws KanbanError.
namespace Database {
inline constexpr int kBusyTimeoutMs = 30000;

QSqlDatabase open(const QString &path, const QString &connectionName = {});
void close(const QString &connectionName);
int schemaVersion(QSqlDatabase &db);
int latestSchemaVersion();
// A non-empty reason when the file exists and is not a usable board.
QString checkFile(const QString &path);
// data_version changes whenever another connection commits (SQLite).
qint64 dataVersion(QSqlDatabase &db);
} // namespace Database
