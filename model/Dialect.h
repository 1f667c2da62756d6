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
// Whether a query may stream its rows. QPSQL streams a forward-only
// query row by row and loses it when another query runs on the
// connection, which the kernel does while walking results.
bool forwardOnlyReads(const QSqlDatabase &db);
QString insertReturningId(const QSqlDatabase &db); // " RETURNING id"

// PostgreSQL's LISTEN/NOTIFY channel on which every committed change of
// the board is announced (empty payload; one per transaction).
QString changeChannel();
// The statements that make every committed transaction that changed a row
// of the board's tables notify changeChannel(): statement-level triggers
// that skip statements which changed no row (a tick's empty UPDATE), so
// dispatchers on two hosts do not wake each other forever. The
// dispatcher's health row (dispatcher_status) and notify_subs stay quiet
// for the same reason. None on SQLite, whose readers poll data_version.
QStringList changeNotifyTriggers(bool postgres);
} // namespace Dialect
