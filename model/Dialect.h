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
// PostgreSQL: one dispatcher per board and host, on whatever machine (a
// session advisory lock keyed by the host id, bound as the one value);
// "" on SQLite, where file locks do it. The try returns true when taken.
QString tryLockHost(const QSqlDatabase &db);
QString unlockHost(const QSqlDatabase &db);

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

// Import and export: an id sequence's last value (a gap left by deleted
// rows shows), raising it after rows came with their ids (never lowering
// it), ordering text by bytes whatever the database's locale, and one
// read snapshot.
qint64 sequenceValue(QSqlDatabase &db, const QString &table);
void raiseSequence(QSqlDatabase &db, const QString &table, qint64 value);
// The placeholder of an imported row's id: a NULL id takes the table's
// next one (SQLite does so by itself; PostgreSQL refuses NULL).
QString idOrNext(const QSqlDatabase &db, const QString &table);
QString byteOrder(const QSqlDatabase &db, const QString &column);
QString beginSnapshot(const QSqlDatabase &db);

// What each backend offers, asked by name rather than by backend:
// a file on this machine (SQLite) rather than a server;
bool isFile(const QSqlDatabase &db);
// commits of other connections announced (LISTEN/NOTIFY) rather than polled;
bool pushesChanges(const QSqlDatabase &db);
// commit counters to poll (data_version, total_changes: SQLite);
bool countsCommits(const QSqlDatabase &db);
// event ids that grow in commit order (one SQLite writer at a time;
// PostgreSQL hands out sequence values before commit);
bool eventIdsInCommitOrder(const QSqlDatabase &db);
// the id of the row an INSERT added, told by the connection
// (last_insert_rowid: SQLite) rather than read back with RETURNING;
bool tellsLastInsertId(const QSqlDatabase &db);
// UPDATE ... RETURNING that buffers its rows in a temporary table before
// the first one comes back (SQLite: dearer than reading the row again)
// rather than sending them in the same round trip (PostgreSQL);
bool returningBuffersRows(const QSqlDatabase &db);
// writes chained in one statement (INSERT/UPDATE in WITH: PostgreSQL);
bool chainsWrites(const QSqlDatabase &db);
// the statement that hands a connection's unused cache memory back ("" when
// the backend has none: the server holds its caches);
QString releaseMemory(const QSqlDatabase &db);
// errors that carry SQLSTATE codes (PostgreSQL) rather than SQLite's;
bool reportsSqlState(const QSqlDatabase &db);
// a wait for the write lock bounded by the server (lock_timeout) rather
// than by SQLite's busy handler and retries.
bool serverWaitsForWriteLock(const QSqlDatabase &db);
} // namespace Dialect
