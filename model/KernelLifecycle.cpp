// Kernel: claims, runs and the lifecycle transitions.
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"
#include "model/internal/TaskRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <optional>

#include <sched.h>
#include <unistd.h>

using KernelPrivate::appendEvent;
using KernelPrivate::clearClaimSql;
using SqlValue::textOrNull;

namespace {

QString firstLine(const QString &s, int max)
{
    const QString line = s.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.left(max);
}

// The longest claim: now + TTL stays far from overflowing.
constexpr qint64 kMaxClaimTtl = 10LL * 365 * 86400;

// The claim's statements run on kept SQLite statements where it can
// (SqliteKept), else through Sql's cached QSqlQuery: callgrind put the
// QSqlQuery bindings and column records at a third of a claim.
int keptUpdate(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const int n = SqliteKept::update(db, sql, binds);
    return n >= 0 ? n : Sql::update(db, sql, binds);
}

qint64 keptInsert(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const qint64 id = SqliteKept::insert(db, sql, binds);
    return id >= 0 ? id : Sql::insert(db, sql, binds);
}

// Calls fn(row) with the first row (SqliteStatement or QtRow); true when
// there was one.
template <typename F>
bool keptFirst(QSqlDatabase &db, const QString &sql, const QVariantList &binds, F &&fn)
{
    bool found = false;
    if (SqliteStatement *st = SqliteKept::first(db, sql, binds, &found)) {
        try {
            if (found)
                fn(*st);
        } catch (...) {
            SqliteKept::release(st);
            throw;
        }
        SqliteKept::release(st);
        return found;
    }
    return Sql::first(db, sql, binds, [&fn](const QSqlQuery &q) { fn(QtRow{q}); });
}

std::optional<Task> keptTask(QSqlDatabase &db, const QString &id)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(KernelPrivate::taskColumns());
    std::optional<Task> out;
    keptFirst(db, sql, {id}, [&out](const auto &row) { out = TaskRow::read(row); });
    return out;
}

// row, n times, separated by commas: "?, ?, ?" or "(?, ?), (?, ?)".
QString rowsOf(const QString &row, qsizetype n)
{
    QString all = row;
    for (qsizetype i = 1; i < n; ++i)
        all += QStringLiteral(", ") + row;
    return all;
}

// Statements over a batch take at most this many of its tasks at a time.
constexpr qsizetype kSetChunk = 64;

} // namespace

void Kernel::requireCurrentRun(const Task &t, OptInt expectedRunId)
{
    if (!expectedRunId)
        return;
    if (!t.currentRunId || *t.currentRunId != *expectedRunId)
        throw KanbanError(
            QStringLiteral("stale worker: run %1 is not the current run of %2 (current: %3)")
                .arg(*expectedRunId)
                .arg(t.id,
                     t.currentRunId ? QString::number(*t.currentRunId) : QStringLiteral("none")),
            KanbanError::Conflict);
}

void Kernel::closeRun(qint64 runId, const QString &status, const QString &outcome,
                      const QString &summary, const QString &metadata, const QString &error)
{
    Sql::update(m_board.db(),
                QStringLiteral("UPDATE task_runs SET status = ?, outcome = ?, ended_at = ?,"
                               " summary = COALESCE(?, summary), metadata = COALESCE(?, metadata),"
                               " error = COALESCE(?, error) WHERE id = ? AND ended_at IS NULL"),
                {status, outcome, now(), textOrNull(summary), textOrNull(metadata),
                 textOrNull(error.left(500)), runId});
}

std::optional<Task> Kernel::claimTask(const QString &id, qint64 ttlSeconds, const QString &lock,
                                      const ClaimCaps &caps)
{
    return claimFrom(TaskStatus::Ready, id, ttlSeconds, lock, caps);
}

namespace {

void checkTtl(qint64 ttlSeconds)
{
    if (ttlSeconds < 1)
        throw KanbanError(
            QStringLiteral("--ttl must be at least 1 second (got %1)").arg(ttlSeconds));
    if (ttlSeconds > kMaxClaimTtl) // now + ttl must not overflow
        throw KanbanError(QStringLiteral("--ttl must be at most %1 seconds (10 years; got %2)")
                              .arg(kMaxClaimTtl)
                              .arg(ttlSeconds));
}

// The write lock for a claim. While another connection holds it, the
// claimer does not queue behind it: it looks at its task again (a task
// claimed meanwhile is lost without ever taking the lock) and tries again
// after a pause that grows from a few microseconds to a millisecond: the
// lock is held for tens of microseconds at a time. After the busy timeout,
// the one line about a busy board, as the ordinary wait says it.
class LockPoll
{
public:
    // True with txn open, or false after a pause (look again first).
    bool begin(QSqlDatabase &db, std::optional<WriteTxn> &txn)
    {
        if (m_tries == 0)
            m_since.start();
        txn.emplace(db, WriteTxn::IfFree{});
        if (txn->isOpen())
            return true;
        if (m_since.elapsed() >= Database::busyTimeoutMs())
            txn->throwBeginError();
        txn.reset();
        pause();
        return false;
    }
    // Whether another connection committed since the last look: true the
    // first time. A claimer looks at its tasks again only then.
    // (Only SQLite comes back here: on PostgreSQL the first begin() waits.)
    bool changed(QSqlDatabase &db)
    {
        if (m_tries == 0)
            return true;
        qint64 version = 0;
        keptFirst(db, QStringLiteral("PRAGMA data_version"), {},
                  [&version](const auto &row) { version = row.int64(0); });
        const bool moved = version != m_version;
        m_version = version;
        return moved;
    }

private:
    void pause()
    {
        constexpr int kYields = 2;
        if (m_tries < kYields)
            sched_yield();
        else
            usleep(useconds_t(qMin(1000, 20 << qMin((m_tries - kYields) / 2, 6))));
        ++m_tries;
    }
    int m_tries = 0;
    qint64 m_version = 0;
    QElapsedTimer m_since;
};

} // namespace

bool Kernel::claimable(const QString &source, const QString &id)
{
    // Not in `source` or already claimed: answered without the write lock,
    // so racing claimers do not queue for it (the locked UPDATE decides).
    bool open = false;
    keptFirst(m_board.db(),
              QStringLiteral("SELECT status FROM tasks WHERE id = ? AND claim_lock IS NULL"), {id},
              [&](const auto &row) { open = row.text(0) == source; });
    return open;
}

std::optional<Task> Kernel::claimFrom(const QString &source, const QString &id, qint64 ttlSeconds,
                                      const QString &lock, const ClaimCaps &caps)
{
    checkTtl(ttlSeconds);
    LockPoll poll;
    for (;;) {
        if (poll.changed(m_board.db()) && !claimable(source, id))
            return std::nullopt;
        std::optional<WriteTxn> txn;
        if (!poll.begin(m_board.db(), txn))
            continue; // another writer holds the lock: look at the task again
        bool wrote = false;
        std::optional<Task> claimed = claimLocked(source, id, ttlSeconds, lock, caps, &wrote);
        if (claimed || wrote)
            txn->commit();
        return claimed;
    }
}

QList<Task> Kernel::claimTasks(const QStringList &ids, qint64 ttlSeconds, const QString &lock,
                               const ClaimCaps &caps)
{
    checkTtl(ttlSeconds);
    QStringList open = ids;
    LockPoll poll;
    for (;;) {
        if (poll.changed(m_board.db()))
            open = stillClaimable(open);
        QList<Task> claimed;
        if (open.isEmpty())
            return claimed;
        std::optional<WriteTxn> txn;
        if (!poll.begin(m_board.db(), txn))
            continue;
        if (std::optional<QList<Task>> set = claimSetLocked(open, ttlSeconds, lock, caps)) {
            if (!set->isEmpty())
                txn->commit();
            return *set;
        }
        bool wrote = false;
        for (const QString &id : std::as_const(open))
            if (std::optional<Task> t =
                    claimLocked(TaskStatus::Ready, id, ttlSeconds, lock, caps, &wrote))
                claimed << *t;
        if (!claimed.isEmpty() || wrote)
            txn->commit();
        return claimed;
    }
}

QStringList Kernel::stillClaimable(const QStringList &ids)
{
    // claimable() for each, in one statement per chunk on SQLite.
    QSet<QString> ready;
    bool native = true;
    for (qsizetype at = 0; native && at < ids.size(); at += kSetChunk) {
        const QStringList part = ids.mid(at, kSetChunk);
        native = eachKeptRow(m_board.db(),
                             // By id: with the status in the WHERE clause SQLite
                             // walks every ready task instead (callgrind).
                             QStringLiteral("SELECT id, status, claim_lock IS NULL FROM tasks"
                                            " WHERE id IN (%1)")
                                 .arg(rowsOf(QStringLiteral("?"), part.size())),
                             QVariantList(part.cbegin(), part.cend()), [&ready](const auto &row) {
                                 if (row.int64(2) != 0 && row.text(1) == TaskStatus::Ready)
                                     ready.insert(row.text(0));
                             });
    }
    QStringList out;
    for (const QString &id : ids)
        if (native ? ready.contains(id) : claimable(TaskStatus::Ready, id))
            out << id;
    return out;
}

std::optional<QList<Task>> Kernel::claimSetLocked(const QStringList &ids, qint64 ttlSeconds,
                                                  const QString &lock, const ClaimCaps &caps)
{
    QSqlDatabase &db = m_board.db();
    if (Dialect::chainsWrites(db) || (caps.profileRunning > 0 && caps.profile.isEmpty()))
        return std::nullopt;
    const qint64 t = now();
    const qint64 expires = t + ttlSeconds;
    // The rows, and the ones with a parent not done, read under the lock.
    QHash<QString, Task> rows;
    QSet<QString> waiting;
    for (qsizetype at = 0; at < ids.size(); at += kSetChunk) {
        const QStringList part = ids.mid(at, kSetChunk);
        const QVariantList binds(part.cbegin(), part.cend());
        const QString in = rowsOf(QStringLiteral("?"), part.size());
        if (!eachKeptRow(db,
                         QStringLiteral("SELECT %1 FROM tasks WHERE id IN (%2)")
                             .arg(KernelPrivate::taskColumns(), in),
                         binds, [&rows](const auto &row) {
                             Task task = TaskRow::read(row);
                             rows.insert(task.id, std::move(task));
                         }))
            return std::nullopt;
        eachKeptRow(db,
                    QStringLiteral("SELECT DISTINCT l.child_id FROM task_links l JOIN tasks p"
                                   " ON p.id = l.parent_id WHERE l.child_id IN (%1)"
                                   " AND p.status NOT IN ('done', 'archived')")
                        .arg(in),
                    binds, [&waiting](const auto &row) { waiting.insert(row.text(0)); });
    }
    // The caps, counted as claimLocked's UPDATE counts them before each claim.
    qint64 running = 0;
    qint64 profileRunning = 0;
    if (caps.running > 0)
        keptFirst(db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'running'"), {},
                  [&](const auto &row) { running = row.int64(0); });
    if (caps.profileRunning > 0)
        keptFirst(db,
                  QStringLiteral("SELECT COUNT(*) FROM tasks c LEFT JOIN task_runs cr"
                                 " ON cr.id = c.current_run_id WHERE c.status = 'running'"
                                 " AND COALESCE(cr.profile, c.assignee) = ?"),
                  {caps.profile}, [&](const auto &row) { profileRunning = row.int64(0); });
    QList<Task> claimed;
    for (const QString &id : ids) {
        const auto it = rows.constFind(id);
        if (it == rows.constEnd() || it->status != TaskStatus::Ready)
            continue;
        if (waiting.contains(id) || it->currentRunId)
            return std::nullopt; // back to todo, or a leaked run to close: claimLocked
        if (!it->claimLock.isEmpty())
            continue;
        if ((caps.running > 0 && running >= caps.running) ||
            (caps.profileRunning > 0 && profileRunning >= caps.profileRunning))
            continue;
        ++running;
        if (it->assignee == caps.profile)
            ++profileRunning;
        claimed << *it;
    }
    if (claimed.isEmpty())
        return claimed;
    // The claims, their runs (ids as AUTOINCREMENT gives them, in order)
    // and their `claimed` events, as claimLocked writes each.
    qint64 runId = SqliteKept::nextAutoIncrementId(db, QStringLiteral("task_runs"));
    for (Task &c : claimed) {
        c.status = TaskStatus::Running;
        c.claimLock = lock.isEmpty() ? KernelPrivate::defaultClaimLock() : lock;
        c.claimExpires = expires;
        if (!c.startedAt)
            c.startedAt = t;
        c.lastHeartbeatAt.reset();
        c.updatedAt = t;
        c.currentRunId = runId++;
    }
    for (qsizetype at = 0; at < claimed.size(); at += kSetChunk) {
        const QList<Task> part = claimed.mid(at, kSetChunk);
        QVariantList claims, runs, events;
        for (const Task &c : part) {
            claims << c.id << c.claimLock << *c.currentRunId;
            runs << *c.currentRunId << c.id << textOrNull(c.assignee) << c.claimLock << expires
                 << SqlValue::optInt(c.maxRuntimeSeconds) << t;
            Json p = Json::object();
            p.set(QStringLiteral("lock"), c.claimLock);
            p.set(QStringLiteral("expires"), expires);
            p.set(QStringLiteral("run_id"), *c.currentRunId);
            events << c.id << *c.currentRunId << EventKind::Claimed << QString::fromUtf8(p.dump(0))
                   << t;
        }
        claims << expires << t << t;
        const int n = keptUpdate(
            db,
            QStringLiteral("WITH c(id, lock, run) AS (VALUES %1) UPDATE tasks SET"
                           " status = 'running', claim_lock = c.lock, claim_expires = ?,"
                           " started_at = COALESCE(started_at, ?), last_heartbeat_at = NULL,"
                           " updated_at = ?, current_run_id = c.run FROM c"
                           " WHERE tasks.id = c.id AND tasks.status = 'ready'"
                           " AND tasks.claim_lock IS NULL")
                .arg(rowsOf(QStringLiteral("(?, ?, ?)"), part.size())),
            claims);
        if (n != part.size()) // the rows were read under this same lock
            throw KanbanError(QStringLiteral("claim batch: %1 of %2 tasks changed under the lock")
                                  .arg(part.size() - n)
                                  .arg(part.size()),
                              KanbanError::Storage);
        keptInsert(
            db,
            QStringLiteral("INSERT INTO task_runs(id, task_id, profile, status, claim_lock,"
                           " claim_expires, max_runtime_seconds, started_at, step_key)"
                           " VALUES %1")
                .arg(rowsOf(QStringLiteral("(?, ?, ?, 'running', ?, ?, ?, ?, NULL)"), part.size())),
            runs);
        keptInsert(db,
                   QStringLiteral("INSERT INTO task_events(task_id, run_id, kind, payload,"
                                  " created_at) VALUES %1")
                       .arg(rowsOf(QStringLiteral("(?, ?, ?, ?, ?)"), part.size())),
                   events);
    }
    return claimed;
}

std::optional<Task> Kernel::claimLocked(const QString &source, const QString &id, qint64 ttlSeconds,
                                        const QString &lock, const ClaimCaps &caps, bool *wrote)
{
    const QString claimLock = lock.isEmpty() ? KernelPrivate::defaultClaimLock() : lock;
    QSqlDatabase &db = m_board.db();
    const qint64 t = now();
    const qint64 expires = t + ttlSeconds;
    // The compare-and-set. A review claim also needs a reviewer.
    static const QString claimSql = QStringLiteral(
        "UPDATE tasks SET status = 'running', claim_lock = ?, claim_expires = ?,"
        " started_at = COALESCE(started_at, ?), last_heartbeat_at = NULL, updated_at = ?%1"
        " WHERE id = ? AND status = ? AND claim_lock IS NULL"
        " AND (status = 'ready' OR COALESCE(reviewer, '') <> '')"
        " AND NOT EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
        " WHERE l.child_id = tasks.id AND p.status NOT IN ('done', 'archived'))"
        // The caps, counted under the write lock (0: none).
        " AND (? <= 0 OR (SELECT COUNT(*) FROM tasks c WHERE c.status = 'running') < ?)"
        " AND (? <= 0 OR (SELECT COUNT(*) FROM tasks c LEFT JOIN task_runs cr"
        " ON cr.id = c.current_run_id WHERE c.status = 'running'"
        " AND COALESCE(cr.profile, c.assignee) = ?) < ?)");
    QVariantList binds{claimLock,
                       expires,
                       t,
                       t,
                       id,
                       source,
                       caps.running,
                       caps.running,
                       caps.profileRunning,
                       caps.profile,
                       caps.profileRunning};
    const bool review = source == TaskStatus::Review;
    if (Dialect::chainsWrites(db)) {
        // PostgreSQL: the claimed row comes back with the UPDATE (RETURNING
        // saves a round trip), then the run and event in one statement.
        static const QString returning =
            claimSql.arg(QString()) +
            QStringLiteral(" RETURNING %1").arg(KernelPrivate::taskColumns());
        std::optional<Task> row;
        if (!Sql::first(db, returning, binds,
                        [&row](const QSqlQuery &q) { row = KernelPrivate::taskFromRow(q); })) {
            rejectClaim(source, keptTask(db, id), t, wrote);
            return std::nullopt;
        }
        Task claimed = *row;
        if (claimed.currentRunId) // invariant leak: close the orphan run first
            closeRun(*claimed.currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                     QStringLiteral("leaked open run closed at claim"));
        claimed.currentRunId = openClaimedRun(claimed, claimLock, expires, t, review);
        *wrote = true;
        return claimed;
    }
    // SQLite: the row is read once, before the UPDATE (which changes only
    // the columns set below), and the new run's id, known beforehand, goes
    // into the same UPDATE: callgrind put the read after the UPDATE and a
    // second UPDATE for current_run_id at a sixth of a claim.
    const std::optional<Task> cur = keptTask(db, id);
    if (!cur || cur->status != source || !cur->claimLock.isEmpty()) {
        rejectClaim(source, cur, t, wrote);
        return std::nullopt;
    }
    const qint64 runId = SqliteKept::nextAutoIncrementId(db, QStringLiteral("task_runs"));
    static const QString claimWithRunSql = claimSql.arg(QStringLiteral(", current_run_id = ?"));
    binds.insert(4, runId);
    if (keptUpdate(db, claimWithRunSql, binds) <= 0) {
        rejectClaim(source, cur, t, wrote);
        return std::nullopt;
    }
    Task claimed = *cur;
    claimed.status = TaskStatus::Running;
    claimed.claimLock = claimLock;
    claimed.claimExpires = expires;
    if (!claimed.startedAt)
        claimed.startedAt = t;
    claimed.lastHeartbeatAt.reset();
    claimed.updatedAt = t;
    claimed.currentRunId = runId;
    if (cur->currentRunId) // invariant leak: close the orphan run first
        closeRun(*cur->currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                 QStringLiteral("leaked open run closed at claim"));
    openClaimedRun(claimed, claimLock, expires, t, review);
    *wrote = true;
    return claimed;
}

void Kernel::rejectClaim(const QString &source, const std::optional<Task> &cur, qint64 t,
                         bool *wrote)
{
    // A racy ready child whose parent reopened goes back to todo (one in
    // review stays there until its parents are done again).
    if (source != TaskStatus::Ready || !cur || cur->status != TaskStatus::Ready ||
        unfinishedParents(cur->id).isEmpty())
        return;
    Sql::exec(m_board.db(),
              QStringLiteral("UPDATE tasks SET status = 'todo', updated_at = ? WHERE id = ?"),
              {t, cur->id});
    Json p = Json::object();
    p.set(QStringLiteral("reason"), QStringLiteral("parents_not_done"));
    appendEvent(m_board, cur->id, EventKind::ClaimRejected, p);
    *wrote = true;
}

qint64 Kernel::openClaimedRun(const Task &claimed, const QString &claimLock, qint64 expires,
                              qint64 t, bool review)
{
    QSqlDatabase &db = m_board.db();
    Json p = Json::object();
    p.set(QStringLiteral("lock"), claimLock);
    p.set(QStringLiteral("expires"), expires);
    p.set(QStringLiteral("run_id"), qint64(0));
    if (review)
        p.set(QStringLiteral("source_status"), TaskStatus::Review);
    if (Dialect::chainsWrites(db)) {
        // The run, the task's current run and the claimed event in one
        // statement: one round trip instead of three. The payload is the
        // one written below, with the run's id put in by the server.
        const QString payload = QString::fromUtf8(p.dump(0));
        const QString key = QStringLiteral("\"run_id\": ");
        const qsizetype at = payload.lastIndexOf(key + QLatin1Char('0')) + key.size();
        static const QString sql = QStringLiteral(
            "WITH r AS (INSERT INTO task_runs(task_id, profile, status, claim_lock,"
            " claim_expires, max_runtime_seconds, started_at, step_key)"
            " VALUES (?, ?, 'running', ?, ?, ?, ?, ?) RETURNING id),"
            " u AS (UPDATE tasks SET current_run_id = r.id FROM r WHERE tasks.id = ?),"
            " e AS (INSERT INTO task_events(task_id, run_id, kind, payload, created_at)"
            " SELECT ?, r.id, ?, CAST(? AS TEXT) || r.id || CAST(? AS TEXT), ? FROM r)"
            " SELECT id FROM r");
        return Sql::scalar(db, sql,
                           {claimed.id, textOrNull(review ? claimed.reviewer : claimed.assignee),
                            claimLock, expires, SqlValue::optInt(claimed.maxRuntimeSeconds), t,
                            textOrNull(review ? RunStep::Review : QString()), claimed.id,
                            claimed.id, EventKind::Claimed, payload.left(at), payload.mid(at + 1),
                            t})
            .toLongLong();
    }
    // SQLite: the run takes the id the claim's UPDATE already wrote into
    // current_run_id.
    const qint64 runId = *claimed.currentRunId;
    keptInsert(db,
               QStringLiteral("INSERT INTO task_runs(id, task_id, profile, status, claim_lock,"
                              " claim_expires, max_runtime_seconds, started_at, step_key)"
                              " VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?)"),
               {runId, claimed.id, textOrNull(review ? claimed.reviewer : claimed.assignee),
                claimLock, expires, SqlValue::optInt(claimed.maxRuntimeSeconds), t,
                textOrNull(review ? RunStep::Review : QString())});
    p.set(QStringLiteral("run_id"), runId);
    // The row appendEvent writes.
    keptInsert(db,
               QStringLiteral("INSERT INTO task_events(task_id, run_id, kind, payload, created_at)"
                              " VALUES (?, ?, ?, ?, ?)"),
               {claimed.id, runId, EventKind::Claimed, QString::fromUtf8(p.dump(0)), t});
    return runId;
}

bool Kernel::heartbeat(const QString &id, const QString &note, OptInt expectedRunId,
                       qint64 ttlSeconds)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status != TaskStatus::Running)
        return false;
    requireCurrentRun(*t, expectedRunId);
    const qint64 n = now();
    Sql::exec(
        db,
        QStringLiteral("UPDATE tasks SET last_heartbeat_at = ?, claim_expires = ?, updated_at = ?"
                       " WHERE id = ? AND status = 'running'"),
        {n, n + ttlSeconds, n, id});
    if (t->currentRunId)
        Sql::exec(db,
                  QStringLiteral(
                      "UPDATE task_runs SET last_heartbeat_at = ?, claim_expires = ? WHERE id = ?"),
                  {n, n + ttlSeconds, *t->currentRunId});
    Json p;
    if (!note.trimmed().isEmpty()) {
        p = Json::object();
        p.set(QStringLiteral("note"), note.trimmed());
    }
    appendEvent(m_board, id, EventKind::Heartbeat, p, t->currentRunId);
    txn.commit();
    return true;
}

bool Kernel::completeTask(const QString &id, const CompleteOptions &o)
{
    QString metadata;
    if (!o.metadata.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(o.metadata.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            throw KanbanError(QStringLiteral("--metadata must be a JSON object"));
        metadata = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status == TaskStatus::Done || t->status == TaskStatus::Archived)
        return false;
    requireCurrentRun(*t, o.expectedRunId);
    const auto open = unfinishedParents(id);
    if (!open.isEmpty()) {
        QStringList parts;
        for (const auto &p : open)
            parts << QStringLiteral("%1 (%2)").arg(p.first, p.second);
        throw KanbanError(
            QStringLiteral("cannot complete %1: unsatisfied parent dependencies: %2; complete "
                           "the parents first, or `qkanban --headless unlink %3 %1`.")
                .arg(id, parts.join(QStringLiteral(", ")), open.first().first),
            KanbanError::Conflict);
    }
    const qint64 n = now();
    const int changed = Sql::update(
        db,
        QStringLiteral(
            "UPDATE tasks SET status = 'done', result = COALESCE(?, result), completed_at = ?,"
            " consecutive_failures = 0, last_failure_error = NULL, cooldown_until = NULL, %1,"
            " updated_at = ? WHERE id = ? AND status = ?")
            .arg(clearClaimSql()),
        {textOrNull(o.result), n, n, id, t->status});
    if (changed == 0)
        return false;
    const QString summary = o.summary.isEmpty() ? o.result : o.summary;
    OptInt runId = t->currentRunId;
    if (runId) {
        closeRun(*runId, TaskStatus::Done, EventKind::Completed, summary, metadata, {});
    } else if (!summary.isEmpty() || !metadata.isEmpty()) {
        // A never-claimed task with a handoff gets a zero-length run.
        QSqlQuery q = Sql::exec(
            db,
            QStringLiteral("INSERT INTO task_runs(task_id, profile, status, started_at, ended_at,"
                           " outcome, summary, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           " RETURNING id"),
            {id, textOrNull(t->assignee), TaskStatus::Done, n, n, EventKind::Completed,
             textOrNull(summary), textOrNull(metadata)});
        q.next();
        runId = q.value(0).toLongLong();
    }
    Json p = Json::object();
    p.set(QStringLiteral("result_len"), qint64(o.result.size()));
    p.set(QStringLiteral("summary"), summary.isEmpty() ? Json() : Json(firstLine(summary, 400)));
    appendEvent(m_board, id, EventKind::Completed, p, runId);
    recomputeChildren(id);
    txn.commit();
    return true;
}

bool Kernel::blockTask(const QString &id, const QString &reason, OptInt expectedRunId,
                       const QString &author)
{
    const QString why = reason.trimmed();
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    // As the original and SPEC §4: only work that could run is blocked.
    if (!t || (t->status != TaskStatus::Running && t->status != TaskStatus::Ready))
        return false;
    requireCurrentRun(*t, expectedRunId);
    const qint64 n = now();
    const int changed = Sql::update(
        db,
        QStringLiteral(
            "UPDATE tasks SET status = 'blocked', %1, updated_at = ? WHERE id = ? AND status = ?")
            .arg(clearClaimSql()),
        {n, id, t->status});
    if (changed == 0)
        return false;
    if (!why.isEmpty()) {
        const QString who = author.trimmed().isEmpty() ? QStringLiteral("user") : author.trimmed();
        KernelPrivate::insertComment(m_board, id, who, QStringLiteral("BLOCKED: ") + why);
    }
    OptInt runId = t->currentRunId;
    if (runId) {
        closeRun(*runId, TaskStatus::Blocked, EventKind::Blocked, why, {}, {});
    } else if (!why.isEmpty()) {
        QSqlQuery q = Sql::exec(
            db,
            QStringLiteral("INSERT INTO task_runs(task_id, profile, status, started_at, ended_at,"
                           " outcome, summary) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {id, textOrNull(t->assignee), TaskStatus::Blocked, n, n, EventKind::Blocked, why});
        q.next();
        runId = q.value(0).toLongLong();
    }
    Json p = Json::object();
    p.set(QStringLiteral("reason"), why.isEmpty() ? Json() : Json(why));
    p.set(QStringLiteral("source_status"), t->status);
    appendEvent(m_board, id, EventKind::Blocked, p, runId);
    txn.commit();
    return true;
}

bool Kernel::unblockTask(const QString &id, const QString &reason, const QString &author)
{
    return unblock(id, TaskStatus::Ready, reason, author);
}

bool Kernel::unblock(const QString &id, const QString &wanted, const QString &reason,
                     const QString &author)
{
    const QString why = reason.trimmed();
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status != TaskStatus::Blocked)
        return false;
    const QString target = wanted == TaskStatus::Ready && unfinishedParents(id).isEmpty()
                               ? TaskStatus::Ready
                               : TaskStatus::Todo;
    if (t->currentRunId)
        closeRun(*t->currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                 QStringLiteral("leaked open run closed at unblock"));
    Sql::exec(
        db,
        QStringLiteral(
            "UPDATE tasks SET status = ?, consecutive_failures = 0, last_failure_error = NULL,"
            " cooldown_until = NULL, %1, updated_at = ? WHERE id = ? AND status = 'blocked'")
            .arg(clearClaimSql()),
        {target, now(), id});
    Json p;
    if (target != TaskStatus::Ready) {
        p = Json::object();
        p.set(QStringLiteral("status"), target);
    }
    appendEvent(m_board, id, EventKind::Unblocked, p);
    if (!why.isEmpty()) {
        // In the same transaction: a refused unblock leaves no comment.
        const QString who = author.trimmed().isEmpty() ? QStringLiteral("user") : author.trimmed();
        KernelPrivate::insertComment(m_board, id, who, QStringLiteral("UNBLOCK: ") + why);
    }
    txn.commit();
    return true;
}

TransitionOutcome Kernel::archiveTask(const QString &id)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status == TaskStatus::Archived)
        return {};
    TransitionOutcome out;
    out.ok = true;
    if (t->status == TaskStatus::Running) {
        out.workerPid = t->workerPid;
        out.workerHost = t->workerHost;
    }
    if (t->currentRunId)
        closeRun(*t->currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                 QStringLiteral("task archived with run still active"));
    Sql::exec(
        db,
        QStringLiteral("UPDATE tasks SET status = 'archived', %1, updated_at = ? WHERE id = ?")
            .arg(clearClaimSql()),
        {now(), id});
    Sql::exec(db, QStringLiteral("DELETE FROM notify_subs WHERE task_id = ?"), {id});
    appendEvent(m_board, id, EventKind::Archived, Json(), t->currentRunId);
    recomputeChildren(id);
    txn.commit();
    return out;
}

bool Kernel::deleteArchivedTask(const QString &id)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const QStringList children = childIds(id);
    const int n = Sql::update(
        db, QStringLiteral("DELETE FROM tasks WHERE id = ? AND status = 'archived'"), {id});
    if (n == 0)
        return false;
    for (const QString &c : children) {
        if (unfinishedParents(c).isEmpty())
            promote({c});
    }
    txn.commit();
    return true;
}

TransitionOutcome Kernel::reclaimTask(const QString &id, const QString &reason)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status != TaskStatus::Running)
        return {};
    TransitionOutcome out{true, t->workerPid, t->workerHost};
    const QString target = KernelPrivate::sourcePhase(m_board, t->currentRunId);
    if (t->currentRunId)
        closeRun(*t->currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                 reason.isEmpty() ? QStringLiteral("reclaimed by operator") : reason);
    Sql::exec(db,
              QStringLiteral("UPDATE tasks SET status = ?, consecutive_failures = 0, "
                             "last_failure_error = NULL, cooldown_until = NULL,"
                             " %1, updated_at = ? WHERE id = ? AND status = 'running'")
                  .arg(clearClaimSql()),
              {target, now(), id});
    Json p = Json::object();
    p.set(QStringLiteral("manual"), true);
    p.set(QStringLiteral("reason"), reason.isEmpty() ? Json() : Json(reason));
    p.set(QStringLiteral("prev_lock"), Json::orNull(t->claimLock));
    p.set(QStringLiteral("retry_status"), target);
    appendEvent(m_board, id, EventKind::Reclaimed, p, t->currentRunId);
    txn.commit();
    return out;
}
