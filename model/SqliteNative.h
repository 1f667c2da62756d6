#pragma once

#include "model/Sql.h"
#include "model/Types.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

// Bulk reads through the connection's own sqlite3 handle, for scans where
// QSqlQuery's per-value QVariant and UTF-16 conversion cost more than the
// query (list --json on a big board). The SQLite functions are looked up
// through the loaded QSQLITE plugin itself, so they belong to the SQLite
// that owns the handle: nothing more is linked. prepare() returns nullptr
// whenever that path is not available (another driver, symbols not found,
// QKANBAN_NO_NATIVE_SQLITE set), and the caller uses QSqlQuery instead.
// SQL or a value SQLite refuses (a failed bind, a count mismatch) throws
// KanbanError(Storage).
class SqliteStatement
{
public:
    static std::unique_ptr<SqliteStatement> prepare(QSqlDatabase &db, const QString &sql,
                                                    const QVariantList &binds);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The next row; false at the end. Throws KanbanError(Storage) on error.
    bool next();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    // NULL reads as an empty string.
    QString text(int column) const;
    // The UTF-8 bytes, no copy: valid until next(). NULL reads as a null
    // QByteArray, any value (even '') as a non-null one.
    QByteArray raw(int column) const;
    OptInt optInt(int column) const;

    struct Api; // the SQLite entry points, resolved once

private:
    friend class SqliteKept;
    SqliteStatement(const Api &api, void *handle, void *stmt)
        : m_api(api), m_handle(handle), m_stmt(stmt)
    {
    }
    const Api &m_api;
    void *m_handle;
    void *m_stmt;
};

// Statements kept prepared on their connection for the next run of the
// same SQL: the claim path, where QSqlQuery's bindings and the column
// record it builds on every run cost more than the statements themselves
// (callgrind). Binds: strings, integers or null. Every call returns
// "unavailable" (-1, nullptr) when the native path is not, and the caller
// uses QSqlQuery. Errors throw StorageError::fromSql, as Sql's helpers do.
class SqliteKept
{
public:
    // sqlite3_changes() after running sql, or -1.
    static int update(QSqlDatabase &db, const QString &sql, const QVariantList &binds);
    // The new row's rowid, or -1.
    static qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &binds);
    // The statement on its first row (*found false at the end), or
    // nullptr. Read it, then release() it before the next kept run.
    static SqliteStatement *first(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                  bool *found);
    static void release(SqliteStatement *statement);
    // The id AUTOINCREMENT would give the next row of table (one past the
    // largest it ever gave or holds), for a caller that writes it before
    // the row exists; the caller holds the write lock. Through QSqlQuery
    // when the native path is not available.
    static qint64 nextAutoIncrementId(QSqlDatabase &db, const QString &table);
    // Finalizes the connection's kept statements: before it closes.
    static void forget(const QString &connectionName);

private:
    static SqliteStatement *statement(QSqlDatabase &db, const QString &sql,
                                      const QVariantList &binds);
    static bool step(QSqlDatabase &db, SqliteStatement *st, const QString &sql);
    static SqliteStatement *wrap(const SqliteStatement::Api &api, void *handle, void *stmt);
};

// The connection's wait for a lock another connection holds: SQLite's
// sqlite3_busy_handler and sqlite3_busy_timeout (which replace each
// other). False when the native path is not available.
namespace SqliteWait {
bool setHandler(const QSqlDatabase &db, int (*handler)(void *, int), void *arg);
bool setTimeout(const QSqlDatabase &db, int ms);
} // namespace SqliteWait

// The same reader interface over a QSqlQuery positioned on a row.
struct QtRow
{
    const QSqlQuery &q;
    bool isNull(int i) const { return q.value(i).isNull(); }
    qint64 int64(int i) const { return q.value(i).toLongLong(); }
    QString text(int i) const
    {
        const QVariant v = q.value(i);
        return v.isNull() ? QString() : v.toString();
    }
    QByteArray raw(int i) const
    {
        const QVariant v = q.value(i);
        if (v.isNull())
            return {};
        const QByteArray b = v.toString().toUtf8();
        return b.isNull() ? QByteArray("", 0) : b;
    }
    OptInt optInt(int i) const
    {
        const QVariant v = q.value(i);
        bool ok = false;
        const qint64 n = v.isNull() ? 0 : v.toLongLong(&ok);
        return ok ? OptInt(n) : OptInt();
    }
};

// Calls fn(row) for each row of a read-only query: through SQLite directly
// when it can, else through QSqlQuery. fn takes `const auto &row`.
template <typename F>
void forEachRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, F &&fn)
{
    if (const auto st = SqliteStatement::prepare(db, sql, binds)) {
        while (st->next())
            fn(*st);
        return;
    }
    QSqlQuery q = Sql::exec(db, sql, binds);
    while (q.next())
        fn(QtRow{q});
}

// fn(row) for each row, on the connection's kept statement for the same
// SQL (no parse: for the reads a claim, a tick or the board runs after
// every change); false, and nothing run, when the native path is not
// available. fn must not run the same SQL again.
template <typename F>
bool eachKeptRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, F &&fn)
{
    bool found = false;
    SqliteStatement *st = SqliteKept::first(db, sql, binds, &found);
    if (!st)
        return false;
    try {
        for (bool row = found; row; row = st->next())
            fn(*st);
    } catch (...) {
        SqliteKept::release(st);
        throw;
    }
    SqliteKept::release(st);
    return true;
}

// eachKeptRow, else forEachRow.
template <typename F>
void forEachKeptRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, F &&fn)
{
    if (!eachKeptRow(db, sql, binds, fn))
        forEachRow(db, sql, binds, fn);
}
