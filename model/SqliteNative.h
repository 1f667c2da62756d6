#pragma once

#include "Types.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

// Bulk reads through the connection's own sqlite3 handle, for scans where
// QSqlQuery's per-value QVariant and UTF-16 conversion cost more than the
// query (list --json on a big board). The SQLite library is the one Qt's
// QSQLITE driver already loaded, found at run time: nothing more is linked.
// prepare() returns nullptr whenever that path is not available (another
// driver, symbols not found), and the caller uses QSqlQuery instead.
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
