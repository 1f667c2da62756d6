#include "model/Sql.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/StorageError.h"

#include <QElapsedTimer>
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

[[noreturn]] void fail(const QSqlDatabase &db, const QSqlError &error, const QString &sql)
{
    throw StorageError::fromSql(db, error, sql.simplified().left(120));
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
        q.setForwardOnly(Dialect::forwardOnlyReads(db));
        if (!q.prepare(sql))
            fail(db, q.lastError(), sql);
        it = cache->statements.insert(sql, std::move(q));
    }
    QSqlQuery &q = *it;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        fail(db, error, sql);
    }
    return q;
}

} // namespace

namespace Sql {

QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(Dialect::forwardOnlyReads(db));
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
        fail(db, q.lastError(), sql);
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

void each(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
          const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery &q = cachedExec(db, sql, binds);
    try {
        while (q.next())
            row(q);
    } catch (...) {
        q.finish();
        throw;
    }
    q.finish();
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
    if (Dialect::serverWaitsForWriteLock(db)) {
        // The server's lock_timeout bounds the wait for the board's lock.
        for (const QString &stmt : Dialect::beginWrite(db)) {
            QSqlQuery q(db);
            if (!q.exec(stmt)) {
                const QSqlError error = q.lastError();
                if (m_open)
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                m_open = false;
                throw StorageError::fromSql(db, error, QStringLiteral("begin a write transaction"));
            }
            m_open = true;
        }
        return;
    }
    Database::refuseIfDamaged(db.databaseName());
    // The busy handler waits up to the busy timeout for another writer. The
    // rare BUSY that SQLite returns without waiting (a WAL recovery, a
    // deadlock it detects) is retried, but the whole wait stays within
    // that one bound: after it, one line that says the board is busy.
    const int bound = Database::busyTimeoutMs();
    QElapsedTimer waited;
    waited.start();
    bool shortened = false;
    auto setBusyTimeout = [&db](qint64 ms) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms));
    };
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(Dialect::beginWrite(db).constFirst())) {
            m_open = true;
            break;
        }
        const QSqlError error = q.lastError();
        const qint64 left = bound - waited.elapsed();
        if (!StorageError::isBusy(error) || left <= 0) {
            if (shortened)
                setBusyTimeout(bound);
            throw StorageError::fromSql(db, error, QStringLiteral("begin a write transaction"));
        }
        QThread::msleep(qMin(5 + attempt * 2, 50));
        // The next attempt's busy handler waits only for what is left.
        setBusyTimeout(qMax<qint64>(1, bound - waited.elapsed()));
        shortened = true;
    }
    if (shortened)
        setBusyTimeout(bound);
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
    // One attempt: a failed COMMIT (a full disk) has already rolled the
    // transaction back, and a retry would only hide why.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_open = false;
        return;
    }
    // The destructor's ROLLBACK ends whatever SQLite kept open.
    throw StorageError::fromSql(m_db, q.lastError(), QStringLiteral("commit"));
}
