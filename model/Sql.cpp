#include "model/Sql.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/SqliteNative.h"
#include "model/StorageError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sched.h>
#include <unistd.h>

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

// The connection's statement for sql, prepared on first use; nullptr
// (with *error set) when it does not prepare.
QSqlQuery *cachedStatement(QSqlDatabase &db, const QString &sql, QSqlError *error)
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
        if (!q.prepare(sql)) {
            *error = q.lastError();
            return nullptr;
        }
        it = cache->statements.insert(sql, std::move(q));
    }
    return &*it;
}

// Runs the cached statement; on failure finishes it and returns nullptr
// with *error set.
QSqlQuery *cachedRun(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                     QSqlError *error)
{
    QSqlQuery *q = cachedStatement(db, sql, error);
    if (!q)
        return nullptr;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(int(i), binds.at(i));
    if (!q->exec()) {
        *error = q->lastError();
        q->finish();
        return nullptr;
    }
    return q;
}

QSqlQuery &cachedExec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlError error;
    QSqlQuery *q = cachedRun(db, sql, binds, &error);
    if (!q)
        fail(db, error, sql);
    return *q;
}

// A statement without result (BEGIN, COMMIT, ROLLBACK), cached; false
// with *error set when it fails.
bool runControl(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery *q = cachedRun(db, sql, {}, error);
    if (q)
        q->finish();
    return q != nullptr;
}

// SQLite's wait for the write lock while a transaction begins: the lock is
// held for tens of microseconds at a time, so the waiter yields, then
// sleeps from 25 us up to 1 ms, where SQLite's own busy_timeout handler
// sleeps 1, 2, 5, 10 ms... The whole wait stays within boundMs.
struct BeginWait
{
    qint64 boundMs;
    QElapsedTimer since;

    static int handler(void *arg, int count)
    {
        auto *w = static_cast<BeginWait *>(arg);
        if (count == 0)
            w->since.start();
        if (w->since.nsecsElapsed() >= w->boundMs * 1000000)
            return 0;
        constexpr int kYields = 8;
        if (count < kYields)
            sched_yield();
        else
            usleep(useconds_t(qMin(1000, 25 << qMin((count - kYields) / 4, 6))));
        return 1;
    }
};

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

qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (!Dialect::tellsLastInsertId(db))
        return scalar(db, sql + Dialect::insertReturningId(db), binds).toLongLong();
    QSqlQuery &q = cachedExec(db, sql, binds);
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
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
    SqliteKept::forget(connectionName);
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
    beginWaiting();
}

void WriteTxn::beginWaiting()
{
    QSqlDatabase &db = m_db;
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
    // BeginWait while the transaction begins, busy_timeout again after
    // (what the connection's other statements and PRAGMA busy_timeout see).
    BeginWait wait{bound, {}};
    const bool ownWait = SqliteWait::setHandler(db, &BeginWait::handler, &wait);
    bool shortened = false;
    auto setBusyTimeout = [&db](qint64 ms) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms));
    };
    auto restore = [&] {
        if (ownWait)
            SqliteWait::setTimeout(db, bound);
        else if (shortened)
            setBusyTimeout(bound);
    };
    static const QString begin = Dialect::beginWrite(db).constFirst();
    for (int attempt = 0;; ++attempt) {
        QSqlError error;
        if (runControl(db, begin, &error)) {
            m_open = true;
            break;
        }
        const qint64 left = bound - waited.elapsed();
        if (!StorageError::isBusy(error) || left <= 0) {
            restore();
            throw StorageError::fromSql(db, error, QStringLiteral("begin a write transaction"));
        }
        QThread::msleep(qMin(5 + attempt * 2, 50));
        // The next attempt's busy handler waits only for what is left.
        const qint64 rest = qMax<qint64>(1, bound - waited.elapsed());
        if (ownWait)
            wait.boundMs = rest;
        else
            setBusyTimeout(rest);
        shortened = true;
    }
    restore();
}

WriteTxn::WriteTxn(QSqlDatabase &db, IfFree) : m_db(db)
{
    if (Dialect::serverWaitsForWriteLock(db)) {
        beginWaiting();
        return;
    }
    Database::refuseIfDamaged(db.databaseName());
    // No busy handler while BEGIN runs: a held lock answers SQLITE_BUSY at
    // once. The connection's busy timeout comes back after.
    static constexpr auto kNoWait = [](void *, int) { return 0; };
    if (!SqliteWait::setHandler(db, kNoWait, nullptr)) {
        beginWaiting();
        return;
    }
    static const QString begin = Dialect::beginWrite(db).constFirst();
    m_open = runControl(db, begin, &m_busy);
    SqliteWait::setTimeout(db, Database::busyTimeoutMs());
    if (!m_open && !StorageError::isBusy(m_busy))
        throwBeginError();
}

void WriteTxn::throwBeginError() const
{
    throw StorageError::fromSql(m_db, m_busy, QStringLiteral("begin a write transaction"));
}

// COMMIT and ROLLBACK: kept prepared on SQLite; on PostgreSQL a fresh
// statement, since a transaction that failed prepares nothing more.
static bool endTxn(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    if (!Dialect::serverWaitsForWriteLock(db))
        return runControl(db, sql, error);
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

WriteTxn::~WriteTxn()
{
    if (m_open) {
        QSqlError ignored;
        endTxn(m_db, QStringLiteral("ROLLBACK"), &ignored);
    }
}

void WriteTxn::commit()
{
    // One attempt: a failed COMMIT (a full disk) has already rolled the
    // transaction back, and a retry would only hide why.
    QSqlError error;
    if (endTxn(m_db, QStringLiteral("COMMIT"), &error)) {
        m_open = false;
        return;
    }
    // The destructor's ROLLBACK ends whatever SQLite kept open.
    throw StorageError::fromSql(m_db, error, QStringLiteral("commit"));
}
