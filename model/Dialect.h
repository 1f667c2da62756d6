#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite and PostgreSQL differ.
namespace Dialect {
bool isPostgres(const QSqlDatabase &db);
QString beginWrite(const QSqlDatabase &db); // BEGIN IMMEDIATE | BEGIN
QString
autoIncrementKey(bool postgres); // "INTEGER PRIMARY KEY AUTOINCREMENT" | "BIGSERIAL PRIMARY KEY"
QString insertReturningId(const QSqlDatabase &db); // " RETURNING id"
} // namespace Dialect
