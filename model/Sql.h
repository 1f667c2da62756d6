#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

// Small helpers that turn SQL errors into KanbanError(Storage).
namespace Sql {
// A fresh statement, for results the caller walks (it may nest queries).
QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// The rest reuse the connection's prepared statement for the same SQL and
// finish it before returning.
QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement and returns numRowsAffected().
int update(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs an INSERT of one row and returns its id (the rowid SQLite tells
// the connection; RETURNING id where it tells none).
qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Calls row() with the first row, if any; true when there was one.
bool first(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
           const std::function<void(const QSqlQuery &)> &row);
// Calls row() for each row, on the connection's prepared statement for the
// same SQL (as scalar): for small reads run often (row() must not run this
// same SQL again).
void each(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
          const std::function<void(const QSqlQuery &)> &row);
// Drops a connection's prepared statements: before it is removed.
void forgetConnection(const QString &connectionName);
} // namespace Sql

// A write transaction started with BEGIN IMMEDIATE, so a read-then-write
// never fails with SQLITE_BUSY half-way. Rolls back unless committed.
class WriteTxn
{
public:
    explicit WriteTxn(QSqlDatabase &db);
    // Begins only if no other connection holds the write lock right now,
    // without waiting for it: isOpen() says whether it began. On
    // PostgreSQL, and where SQLite's handle is out of reach, it waits as
    // the plain constructor does.
    struct IfFree
    {
    };
    WriteTxn(QSqlDatabase &db, IfFree);
    bool isOpen() const { return m_open; }
    // Not open: throws what BEGIN met (a held lock: the board is busy).
    [[noreturn]] void throwBeginError() const;
    ~WriteTxn();
    WriteTxn(const WriteTxn &) = delete;
    WriteTxn &operator=(const WriteTxn &) = delete;
    void commit();

private:
    void beginWaiting(); // BEGIN, waiting for the lock within the busy timeout
    QSqlDatabase &m_db;
    bool m_open = false;
    QSqlError m_busy; // IfFree: why BEGIN did not begin
};
