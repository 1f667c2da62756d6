#pragma once

#include <QSqlDatabase>
#include <QString>

// Opens a board in a PostgreSQL database (the QPSQL driver): connects,
// checks the server version and the schema, and migrates. Each failure is
// one line that names the server, never the password. Throws KanbanError.
namespace PgDatabase {
inline constexpr int kMinServerVersion = 120000; // PostgreSQL 12

// createSchema: an empty database gets the board's tables (init, import);
// otherwise a database without them is refused.
QSqlDatabase open(const QString &url, const QString &connectionName, bool createSchema);
// server_version_num of the connection's server.
int serverVersion(QSqlDatabase &db);
} // namespace PgDatabase
