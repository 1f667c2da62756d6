#include "model/Sql.h"

#include "model/Dialect.h"
#include "model/KanbanError.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace {

// Prepared statements of each connection, by SQL text: parsing was most
// of a claim's cost. Only the helpers that finish their statement before
// returning use them, so a cached statement is never in use twice.
struct StatementCache
{
    const QSqlDriver *driver = nullptr; // of the connection they were prepared on
    QHash<QString, QSqlQuery> statements;
};
QMutex s_cacheMutex;
// Connection name -> statements. Never destroyed: a connection still open
// at exit keeps its statements, which must not outlive the registry.
auto *const s_caches = new QHash<QString, StatementCache *>;

[[noreturn]] void fail(const QSqlError &error, const QString &sql)
{
    throw KanbanError(
        QStringLiteral("database error: %1 (%2)").arg(error.text(), sql.simplified().left(120)),
        KanbanError::Storage);
}

QSqlQuery &cachedExec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    StatementCache *cache;
    {
        QMutexLocker lock(&s_cacheMutex);
        StatementCache *&c = (*s_caches)[db.connectionName()];
        if (!c)
            c = new StatementCache;
        cache = c;
    }
    // A name reused by a new connection (one removed without
    // forgetConnection) must not run statements of the old one.
    if (cache->driver != db.driver()) {
        cache->statements.clear();
        cache->driver = db.driver();
    }
    auto it = cache->statements.find(sql);
    if (it == cache->statements.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(q.lastError(), sql);
        it = cache->statements.insert(sql, std::move(q));
    }
    QSqlQuery &q = *it;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        fail(error, sql);
    }
    return q;
}

} // namespace

namespace Sql {

QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
    }
    if (!ok)
        fail(q.lastError(), sql);
    return q;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = cachedExec(db, sql, binds);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

int update(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = cachedExec(db, sql, binds);
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

bool first(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
           const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery &q = cachedExec(db, sql, binds);
    const bool found = q.next();
    if (found) {
        try {
            row(q);
        } catch (...) {
            q.finish();
            throw;
        }
    }
    q.finish();
    return found;
}

void forgetConnection(const QString &connectionName)
{
    StatementCache *cache;
    {
        QMutexLocker lock(&s_cacheMutex);
        cache = s_caches->take(connectionName);
    }
    delete cache;
}

} // namespace Sql

WriteTxn::WriteTxn(QSqlDatabase &db) : m_db(db)
{
    // The busy handler waits for other writers; a few retries cover the rare
    // BUSY that SQLite returns without waiting.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(Dialect::beginWrite(db))) {
            m_open = true;
            return;
        }
        if (attempt >= 50)
            throw KanbanError(QStringLiteral("database error: cannot begin a write transaction: %1")
                                  .arg(q.lastError().text()),
                              KanbanError::Storage);
        QThread::msleep(5 + attempt * 2);
    }
}

WriteTxn::~WriteTxn()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTxn::commit()
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return;
        }
        if (attempt >= 50)
            throw KanbanError(
                QStringLiteral("database error: commit failed: %1").arg(q.lastError().text()),
                KanbanError::Storage);
        QThread::msleep(5 + attempt * 2);
    }
}
