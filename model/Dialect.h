#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Every place where SQLite and PostgreSQL differ, and nothing else.
namespace Dialect {
bool isPostgres(const QSqlDatabase &db);
// A postgresql:// URL rather than a file path.
bool isPostgresPath(const QString &dbPath);

// The statements that open a write transaction that no other writer of
// the board can interleave with: BEGIN IMMEDIATE on SQLite; on
// PostgreSQL BEGIN and the board's transaction-level advisory lock.
QStringList beginWrite(const QSqlDatabase &db);
// PostgreSQL: settings of each new connection.
QStringList sessionSetup();
// PostgreSQL: one migrating process at a time (session advisory lock).
QString lockSchema();
QString unlockSchema();

// Column types of the schema: "INTEGER PRIMARY KEY AUTOINCREMENT" |
// "BIGSERIAL PRIMARY KEY"; and a DDL statement with INTEGER made BIGINT
// on PostgreSQL (SQLite's INTEGER is 64-bit, PostgreSQL's is not).
QString autoIncrementKey(bool postgres);
QString ddl(const QString &statement, bool postgres);
QString insertReturningId(const QSqlDatabase &db); // " RETURNING id"
} // namespace Dialect
