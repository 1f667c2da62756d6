#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Small helpers that turn SQL errors into KanbanError(Storage).
namespace Sql {
QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement and returns numRowsAffected().
int update(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
} // namespace Sql

// A write transaction started with BEGIN IMMEDIATE, so a read-then-write
// never fails with SQLITE_BUSY half-way. Rolls back unless committed.
class WriteTxn
{
public:
    explicit WriteTxn(QSqlDatabase &db);
    ~WriteTxn();
    WriteTxn(const WriteTxn &) = delete;
    WriteTxn &operator=(const WriteTxn &) = delete;
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};
