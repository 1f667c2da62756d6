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
    SqliteStatement(const Api &api, void *handle, void *stmt)
        : m_api(api), m_handle(handle), m_stmt(stmt)
    {
    }
    const Api &m_api;
    void *m_handle;
    void *m_stmt;
};

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
