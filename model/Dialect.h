#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The few places where SQLite and PostgreSQL differ.
namespace Dialect {
bool isPostgres(const QSqlDatabase &db);
QString beginWrite(const QSqlDatabase &db); // BEGIN IMMEDIATE | BEGIN
QString
autoIncrementKey(bool postgres); // "INTEGER PRIMARY KEY AUTOINCREMENT" | "BIGSERIAL PRIMARY KEY"
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
