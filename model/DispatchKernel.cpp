// The dispatcher's transitions: claims that expired, spawns, failures.
#include "model/DispatchKernel.h"
#include "model/Database.h"

#include "model/Dialect.h"
#include "model/RetryBackoff.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"
#include "model/internal/TaskRow.h"

#include <QSet>

#include <algorithm>

namespace {

using KernelPrivate::clearClaimSql;
using KernelPrivate::sqlList;

// Events that bear on whether a skip is news (see recordSkipped). The same
// list as the partial index idx_events_skip_relevant (Migrations.cpp).
const QString &skipRelevant()
{
    static const QString sql =
        KernelPrivate::sqlAnyOf(QStringLiteral("e.kind"), KernelPrivate::skipRelevantKinds());
    return sql;
}

// Event kinds after which no todo task can have become promotable: they
// create, claim, run, describe or fail tasks, or add parents.
const QString &cannotFreeTodo()
{
    static const QString sql = sqlList({EventKind::Created,
                                        EventKind::Claimed,
                                        EventKind::Spawned,
                                        EventKind::Heartbeat,
                                        EventKind::Commented,
                                        EventKind::Assigned,
                                        EventKind::Reprioritized,
                                        EventKind::Edited,
                                        EventKind::Linked,
                                        EventKind::Promoted,
                                        EventKind::Reclaimed,
                                        EventKind::RateLimited,
                                        EventKind::Blocked,
                                        EventKind::ClaimExtended,
                                        EventKind::ClaimRejected,
                                        EventKind::SkippedUnassigned,
                                        EventKind::SkippedUnconfigured,
                                        EventKind::SpawnFailed,
                                        EventKind::Crashed,
                                        EventKind::TimedOut,
                                        EventKind::GaveUp,
                                        EventKind::ProtocolViolation,
                                        EventKind::ProfilePaused,
                                        EventKind::ProfileResumed});
    return sql;
}

Json object(const JsonFields &fields)
{
    Json o = Json::object();
    for (const auto &f : fields)
        o.set(f.first, f.second);
    return o;
}

Json optJson(const OptInt &v)
{
    return v ? Json(*v) : Json();
}

// Review order: priority DESC, created_at, id.
bool reviewsFirst(const Task &a, const Task &b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

qint64 keptScalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    qint64 v = 0;
    forEachKeptRow(db, sql, binds, [&v](const auto &row) { v = row.int64(0); });
    return v;
}

// " AND id IN (?, ...)" with its binds.
QString idsIn(const QStringList &ids, QVariantList *binds)
{
    for (const QString &id : ids)
        *binds << id;
    return QStringLiteral(" AND id IN (%1)")
        .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
}

} // namespace

bool DispatchKernel::spawnsFirst(const Task &a, const Task &b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    if (a.createSeq != b.createSeq)
        return a.createSeq < b.createSeq;
    return a.id < b.id;
}

DispatchKernel::DispatchKernel(Board &board)
    : m_board(board), m_kernel(board), m_changes(board.db())
{
}

QPair<qint64, qint64> DispatchKernel::changeStamp()
{
    QSqlDatabase &db = m_board.db();
    if (!Dialect::countsCommits(db))
        return {-1, -1};
    return {dataVersion(), ownChanges()};
}

qint64 DispatchKernel::dataVersion()
{
    // On the connection's kept statement: a tick asks several times.
    return keptScalar(m_board.db(), QStringLiteral("PRAGMA data_version"));
}

qint64 DispatchKernel::ownChanges()
{
    return keptScalar(m_board.db(), QStringLiteral("SELECT total_changes()"));
}

qint64 DispatchKernel::newestEventId()
{
    return Database::latestEventId(m_board.db());
}

QString DispatchKernel::runningSql(const QString &where)
{
    // One query with the active run joined (not one query per task).
    static const QString columns =
        QStringLiteral("t.") +
        KernelPrivate::taskColumns().split(QStringLiteral(", ")).join(QStringLiteral(", t."));
    return QStringLiteral("SELECT %1, r.started_at, r.worker_fingerprint, r.profile,"
                          " r.step_key FROM tasks t"
                          " LEFT JOIN task_runs r ON r.id = t.current_run_id"
                          " WHERE %2 ORDER BY t.id")
        .arg(columns, where);
}

template <typename Row> RunningTask DispatchKernel::runningFromRow(const Row &row)
{
    static const int runAt = int(KernelPrivate::taskColumns().count(QLatin1Char(','))) + 1;
    RunningTask r{TaskRow::read(row), 0, {}, {}, false};
    if (r.task.currentRunId && !row.isNull(runAt)) {
        r.runStartedAt = row.int64(runAt);
        r.workerFingerprint = row.text(runAt + 1);
    }
    r.runProfile = row.isNull(runAt + 2) ? r.task.assignee : row.text(runAt + 2);
    r.reviewRun = !row.isNull(runAt + 3) && row.text(runAt + 3) == RunStep::Review;
    return r;
}

bool DispatchKernel::followsChanges()
{
    // SQLite: commits are counted and event ids grow in commit order.
    if (m_follows < 0) {
        QSqlDatabase &db = m_board.db();
        m_follows = m_changes.isSupported() && Dialect::countsCommits(db) ? 1 : 0;
    }
    return m_follows == 1;
}

void DispatchKernel::validateCaches()
{
    // The safety net first: a whole reread of the row lists every minute,
    // changed or not, finds what a write without an event changed.
    const qint64 age = now() - m_fullReadAt;
    if (age < 0 || age >= kFullReadSeconds)
        dropRowLists();
    const QPair<qint64, qint64> stamp = changeStamp();
    if (stamp.first >= 0 && stamp == m_stamp)
        return;
    m_stamp = stamp;
    m_nothingToPromote = false;
    m_lapseChecked.clear();
    if (!followsChanges()) {
        // PostgreSQL: nothing is reused across a change.
        m_running.reset();
        dropRowLists();
        return;
    }
    // The row lists are patched with the tasks changed since they were read
    // (one indexed read of the new events and one row per changed task),
    // unless too much changed.
    if (!m_candidates)
        return;
    const ChangeCursor::Changes changes = m_changes.advance();
    if (changes.all) {
        dropRowLists();
        return;
    }
    if (!changes.taskIds.isEmpty())
        patchRowLists(changes.taskIds);
}

void DispatchKernel::dropRowLists()
{
    m_gates.reset();
    m_candidates.reset();
    m_reviewBase.reset();
    // On SQLite the running list follows the same cursor.
    if (followsChanges())
        m_running.reset();
}

void DispatchKernel::fillRowLists()
{
    m_changes.reset(); // first: a commit during the reads is reread later
    m_fullReadAt = now();
    m_lapseChecked.clear();
    m_candidates = readReady();
    m_reviewBase = readReviewBase();
    if (followsChanges())
        m_running = readRunning(QStringLiteral("t.status = 'running'"), {});
}

void DispatchKernel::ensureRowLists()
{
    validateCaches();
    if (!m_candidates || !m_reviewBase || (followsChanges() && !m_running))
        fillRowLists();
}

namespace {

// The id of a list entry (Task or RunningTask).
const QString &idOf(const Task &t)
{
    return t.id;
}
const QString &idOf(const RunningTask &r)
{
    return r.task.id;
}

// Task ids have one length and differ mostly at the end: compared from
// the last character, without a call.
bool sameId(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const QChar *x = a.constData();
    const QChar *y = b.constData();
    if (x == y)
        return true;
    for (qsizetype i = n - 1; i >= 0; --i)
        if (x[i] != y[i])
            return false;
    return true;
}

template <typename T> qsizetype indexOfId(const QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (sameId(idOf(list.at(i)), id))
            return i;
    return -1;
}

// Puts `e` (changed, or new when at < 0) where `before` orders it: in place
// when it stays between its neighbours, so that a change that keeps the
// order moves no other entry.
template <typename T, typename Less>
void place(QList<T> &list, qsizetype at, const T &e, Less before)
{
    if (at >= 0) {
        const bool afterPrev = at == 0 || !before(e, list.at(at - 1));
        const bool beforeNext = at + 1 == list.size() || !before(list.at(at + 1), e);
        if (afterPrev && beforeNext) {
            list[at] = e;
            return;
        }
        list.remove(at);
    }
    list.insert(std::upper_bound(list.cbegin(), list.cend(), e, before), e);
}

template <typename T> void removeAt(QList<T> &list, qsizetype at)
{
    if (at >= 0)
        list.remove(at);
}

bool runsFirst(const RunningTask &a, const RunningTask &b)
{
    return a.task.id < b.task.id;
}

} // namespace

QString DispatchKernel::sharedName(const QString &name)
{
    // Few distinct assignees over thousands of rows: one copy of each.
    if (name.isEmpty())
        return name;
    const auto it = m_names.constFind(name);
    if (it != m_names.constEnd())
        return *it;
    if (m_names.size() > 4096)
        m_names.clear();
    m_names.insert(name, name);
    return name;
}

void DispatchKernel::patchRowLists(const QStringList &taskIds)
{
    m_gates.reset(); // read with the whole lists only
    // Many changes: the old entries go in one pass over each list.
    const bool many = taskIds.size() > 8;
    if (many) {
        const QSet<QString> touched(taskIds.cbegin(), taskIds.cend());
        auto drop = [&touched](auto &list) {
            list.removeIf([&touched](const auto &e) { return touched.contains(idOf(e)); });
        };
        drop(*m_candidates);
        drop(*m_reviewBase);
        if (m_running)
            drop(*m_running);
    }
    // One kept statement, one narrow row per changed task (a deleted task
    // has none and leaves every list); a running one is read whole, with
    // its active run.
    static const QString narrow = QStringLiteral(
        "SELECT status, claim_lock IS NULL, assignee, reviewer, priority, created_at,"
        " cooldown_until, create_seq FROM tasks WHERE id = ?");
    static const QString whole = runningSql(QStringLiteral("t.id = ? AND t.status = 'running'"));
    QSqlDatabase &db = m_board.db();
    for (const QString &id : taskIds) {
        const qsizetype ready = many ? -1 : indexOfId(*m_candidates, id);
        const qsizetype review = many ? -1 : indexOfId(*m_reviewBase, id);
        const qsizetype running = many || !m_running ? -1 : indexOfId(*m_running, id);
        bool inReady = false, inReview = false, isRunning = false;
        forEachKeptRow(db, narrow, {id}, [&](const auto &row) {
            const QString status = row.text(0);
            if (status == TaskStatus::Running) {
                isRunning = true;
                return;
            }
            if (!row.int64(1))
                return; // claimed
            Task t;
            t.id = id;
            t.assignee = sharedName(row.text(2));
            t.priority = row.int64(4);
            t.createdAt = row.int64(5);
            t.cooldownUntil = row.optInt(6);
            if (status == TaskStatus::Ready) {
                inReady = true;
                t.status = TaskStatus::Ready;
                t.createSeq = row.int64(7);
                place(*m_candidates, ready, t, spawnsFirst);
            } else if (status == TaskStatus::Review && !row.text(3).isEmpty()) {
                inReview = true;
                t.status = TaskStatus::Review;
                t.reviewer = sharedName(row.text(3));
                place(*m_reviewBase, review, t, reviewsFirst);
            }
        });
        if (isRunning) {
            isRunning = false;
            forEachKeptRow(db, whole, {id}, [&](const auto &row) {
                isRunning = true;
                if (m_running)
                    place(*m_running, running, runningFromRow(row), runsFirst);
            });
        }
        if (!inReady)
            removeAt(*m_candidates, ready);
        if (!inReview)
            removeAt(*m_reviewBase, review);
        if (!isRunning && m_running)
            removeAt(*m_running, running);
    }
}

void DispatchKernel::recheckLapsedClaims()
{
    // A lease renewal writes no event: a running row whose claim looks
    // lapsed may have been renewed since it was read. Those rows (few, and
    // each at most once per change of the board) are read again before a
    // tick acts on them.
    const qint64 n = now();
    QStringList recheck;
    for (const RunningTask &r : std::as_const(*m_running)) {
        if (r.task.claimExpires && *r.task.claimExpires < n && !m_lapseChecked.contains(r.task.id))
            recheck << r.task.id;
    }
    if (recheck.isEmpty())
        return;
    patchRowLists(recheck);
    for (const QString &id : std::as_const(recheck))
        m_lapseChecked.insert(id);
}

void DispatchKernel::keepCachesAcross(const std::function<void()> &write)
{
    QSqlDatabase &db = m_board.db();
    if (!Dialect::countsCommits(db)) {
        write();
        return;
    }
    const qint64 before = ownChanges();
    write();
    // Only this write happened on this connection, and no one else
    // committed since the caches were filled: they still hold.
    if (m_stamp.second == before && dataVersion() == m_stamp.first)
        m_stamp.second = ownChanges();
}

void DispatchKernel::releaseMemory()
{
    if (m_candidates)
        m_candidates->squeeze();
    if (m_reviewBase)
        m_reviewBase->squeeze();
    if (m_running)
        m_running->squeeze();
    QSqlDatabase &db = m_board.db();
    if (const QString sql = Dialect::releaseMemory(db); !sql.isEmpty())
        Sql::scalar(db, sql);
}

QList<RunningTask> DispatchKernel::runningTasks()
{
    // A tick asks several times (heartbeat, lease, reclaim, crash and
    // runtime checks), and the dispatcher every tick; unless the board
    // changed, the answer holds. On SQLite it is patched by the change.
    if (followsChanges()) {
        ensureRowLists();
        recheckLapsedClaims();
        return *m_running;
    }
    validateCaches();
    if (m_running)
        return *m_running;
    m_running = readRunning(QStringLiteral("t.status = 'running'"), {});
    return *m_running;
}

QString DispatchKernel::workerFingerprint(const QString &taskId, qint64 pid)
{
    return Sql::scalar(m_board.db(),
                       QStringLiteral("SELECT worker_fingerprint FROM task_runs WHERE task_id = ?"
                                      " AND worker_pid = ? ORDER BY id DESC LIMIT 1"),
                       {taskId, pid})
        .toString();
}

std::optional<RunningTask> DispatchKernel::runningTask(const QString &id)
{
    const QList<RunningTask> one =
        readRunning(QStringLiteral("t.id = ? AND t.status = 'running'"), {id});
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

QList<RunningTask> DispatchKernel::readRunning(const QString &where, const QVariantList &binds)
{
    QList<RunningTask> out;
    forEachRow(m_board.db(), runningSql(where), binds,
               [&out](const auto &row) { out << runningFromRow(row); });
    return out;
}

namespace {

// A review candidate from id, assignee, reviewer, priority, created_at,
// cooldown_until.
template <typename Row> Task reviewRow(const Row &row)
{
    Task t;
    t.id = row.text(0);
    t.assignee = row.text(1);
    t.reviewer = row.text(2);
    t.status = TaskStatus::Review;
    t.priority = row.int64(3);
    t.createdAt = row.int64(4);
    t.cooldownUntil = row.optInt(5);
    return t;
}

} // namespace

QList<Task> DispatchKernel::reviewCandidates()
{
    static const QString parentsDone = QStringLiteral(
        "SELECT id, assignee, reviewer, priority, created_at, cooldown_until FROM tasks t"
        " WHERE status = 'review' AND claim_lock IS NULL AND COALESCE(reviewer, '') <> ''"
        " AND NOT EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
        " WHERE l.child_id = t.id AND p.status NOT IN ('done', 'archived'))%1"
        " ORDER BY priority DESC, created_at ASC, id ASC");
    QString filter;
    QVariantList binds;
    if (Dialect::eventIdsInCommitOrder(m_board.db())) {
        // Only the rows of the review list are asked about their parents.
        ensureRowLists();
        if (m_reviewBase->isEmpty())
            return {};
        if (m_reviewBase->size() <= 256) {
            QStringList ids;
            for (const Task &t : std::as_const(*m_reviewBase))
                ids << t.id;
            filter = idsIn(ids, &binds);
        }
    }
    QList<Task> out;
    forEachRow(m_board.db(), parentsDone.arg(filter), binds,
               [&out](const auto &row) { out << reviewRow(row); });
    return out;
}

QList<Task> DispatchKernel::readReviewBase()
{
    QList<Task> out;
    forEachRow(m_board.db(),
               QStringLiteral("SELECT id, assignee, reviewer, priority, created_at, cooldown_until"
                              " FROM tasks WHERE status = 'review' AND claim_lock IS NULL"
                              " AND COALESCE(reviewer, '') <> ''"
                              " ORDER BY priority DESC, created_at ASC, id ASC"),
               {}, [this, &out](const auto &row) {
                   Task t = reviewRow(row);
                   t.assignee = sharedName(t.assignee);
                   t.reviewer = sharedName(t.reviewer);
                   out << t;
               });
    return out;
}

QList<Task> DispatchKernel::spawnCandidates()
{
    if (followsChanges()) {
        ensureRowLists();
        return *m_candidates;
    }
    validateCaches();
    if (!m_candidates)
        m_candidates = readReady();
    return *m_candidates;
}

QList<Task> DispatchKernel::readReady()
{
    // Narrow on purpose: a tick walks every ready task (thousands on a big
    // board), and decoding whole rows was most of its time. On SQLite the
    // rows come in table order and are put in spawn order here (SQLite's
    // sorter was a fifth of the read; the key ends with the id, so the
    // order is total and the same); PostgreSQL sorts them itself (its
    // collation orders the ids).
    const bool sortHere = followsChanges();
    // A dry run asks which of them a claim would send back to todo: told
    // by the same read (one probe of the links per row, not a second walk).
    const bool gates = sortHere && m_readGates;
    QSet<QString> gated;
    QList<Task> rows;
    forEachRow(
        m_board.db(),
        QStringLiteral("SELECT id, assignee, priority, created_at, cooldown_until, create_seq%1"
                       " FROM tasks t WHERE status = 'ready' AND claim_lock IS NULL%2")
            .arg(gates ? QStringLiteral(", EXISTS (SELECT 1 FROM task_links l JOIN tasks p"
                                        " ON p.id = l.parent_id WHERE l.child_id = t.id"
                                        " AND p.status NOT IN ('done', 'archived'))")
                       : QString(),
                 sortHere ? QString()
                          : QStringLiteral(" ORDER BY priority DESC, created_at, create_seq, id")),
        {}, [this, &rows, &gated, gates](const auto &row) {
            Task t;
            t.id = row.text(0);
            t.assignee = sharedName(row.text(1));
            t.status = TaskStatus::Ready;
            t.priority = row.int64(2);
            t.createdAt = row.int64(3);
            t.cooldownUntil = row.optInt(4);
            t.createSeq = row.int64(5);
            if (gates && row.int64(6))
                gated.insert(t.id);
            rows << t;
        });
    if (gates)
        m_gates = gated;
    if (!sortHere)
        return rows;
    // Sorted as indexes: a Task is large to move.
    QList<int> order(rows.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&rows](int a, int b) { return spawnsFirst(rows.at(a), rows.at(b)); });
    QList<Task> out;
    out.reserve(rows.size());
    for (const int i : std::as_const(order))
        out << std::move(rows[i]);
    return out;
}

qint64 DispatchKernel::runningCount(const QString &assignee)
{
    if (assignee.isEmpty())
        return Sql::scalar(m_board.db(),
                           QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'running'"))
            .toLongLong();
    // Counted by the profile of the active run: a review run is its reviewer's.
    return Sql::scalar(m_board.db(),
                       QStringLiteral("SELECT COUNT(*) FROM tasks t LEFT JOIN task_runs r"
                                      " ON r.id = t.current_run_id WHERE t.status = 'running'"
                                      " AND COALESCE(r.profile, t.assignee) = ?"),
                       {assignee})
        .toLongLong();
}

QStringList DispatchKernel::promotableIds()
{
    QStringList out;
    forEachRow(m_board.db(),
               QStringLiteral("SELECT t.id FROM tasks t WHERE t.status = 'todo' AND NOT EXISTS ("
                              "SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                              " WHERE l.child_id = t.id AND p.status NOT IN ('done', 'archived'))"
                              " ORDER BY t.priority DESC, t.created_at, t.create_seq, t.id"),
               {}, [&out](const auto &row) { out << row.text(0); });
    return out;
}

QSet<QString> DispatchKernel::readyWithOpenParents()
{
    QSet<QString> out;
    forEachRow(m_board.db(),
               QStringLiteral("SELECT t.id FROM tasks t WHERE t.status = 'ready' AND EXISTS ("
                              "SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                              " WHERE l.child_id = t.id AND p.status NOT IN ('done', 'archived'))"),
               {}, [&out](const auto &row) { out.insert(row.text(0)); });
    return out;
}

QSet<QString> DispatchKernel::gatedCandidates()
{
    if (followsChanges()) {
        ensureRowLists();
        if (m_gates)
            return *m_gates;
    }
    return readyWithOpenParents();
}

int DispatchKernel::recomputeReady()
{
    validateCaches();
    const bool recent = m_promoteCursor >= 0 && now() - m_promoteScanAt < kPromoteRescanSeconds;
    if (m_nothingToPromote && recent)
        return 0;
    // The board changed, or a minute passed. Transitions that finish a
    // parent promote its children themselves; this scan is the safety net.
    // It runs when an event since the last scan could have freed a todo
    // task (every status change writes one), and at least every minute.
    QSqlDatabase &db = m_board.db();
    const qint64 newest = Dialect::eventIdsInCommitOrder(db) ? newestEventId() : -1;
    auto canFreeTodo = [&] {
        static const QString sql =
            QStringLiteral(
                "SELECT 1 FROM task_events WHERE id > ? AND id <= ? AND kind NOT IN (%1) LIMIT 1")
                .arg(cannotFreeTodo());
        bool found = false;
        forEachKeptRow(db, sql, {m_promoteCursor, newest},
                       [&found](const auto &) { found = true; });
        return found;
    };
    if (recent && newest >= 0 && !canFreeTodo()) {
        m_promoteCursor = newest;
        m_nothingToPromote = true;
        return 0;
    }
    const int promoted = m_kernel.recomputeReady();
    m_promoteCursor = newest;
    m_promoteScanAt = now();
    // Nothing promoted means nothing written: the stamp still holds.
    m_nothingToPromote = promoted == 0;
    return promoted;
}

bool DispatchKernel::extendClaim(const Task &t, qint64 ttlSeconds)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const qint64 n = now();
    const qint64 expires = n + ttlSeconds;
    const int changed =
        Sql::update(db,
                    QStringLiteral("UPDATE tasks SET claim_expires = ?, updated_at = ?"
                                   " WHERE id = ? AND status = 'running' AND claim_lock = ?"),
                    {expires, n, t.id, t.claimLock});
    if (changed == 0)
        return false;
    if (t.currentRunId)
        Sql::exec(db, QStringLiteral("UPDATE task_runs SET claim_expires = ? WHERE id = ?"),
                  {expires, *t.currentRunId});
    KernelPrivate::appendEvent(
        m_board, t.id, EventKind::ClaimExtended,
        object({{QStringLiteral("reason"), QStringLiteral("pid_alive")},
                {QStringLiteral("worker_pid"), optJson(t.workerPid)},
                {QStringLiteral("claim_lock"), t.claimLock},
                {QStringLiteral("claim_expires_was"), optJson(t.claimExpires)},
                {QStringLiteral("claim_expires_now"), expires},
                {QStringLiteral("last_heartbeat_at"), optJson(t.lastHeartbeatAt)}}),
        t.currentRunId);
    txn.commit();
    return true;
}

int DispatchKernel::renewLeases(const QList<Task> &tasks, qint64 ttlSeconds)
{
    if (tasks.isEmpty())
        return 0;
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const qint64 n = now();
    const qint64 expires = n + ttlSeconds;
    QStringList renewed;
    for (const Task &t : tasks) {
        // Never revives a lapsed lease: another host may be reclaiming it.
        if (Sql::update(db,
                        QStringLiteral("UPDATE tasks SET claim_expires = ? WHERE id = ?"
                                       " AND status = 'running' AND claim_lock = ?"
                                       " AND claim_expires >= ?"),
                        {expires, t.id, t.claimLock, n}) == 0)
            continue;
        renewed << t.id;
        if (t.currentRunId)
            Sql::exec(db, QStringLiteral("UPDATE task_runs SET claim_expires = ? WHERE id = ?"),
                      {expires, *t.currentRunId});
    }
    txn.commit();
    // A renewal writes no event: the running list learns it here.
    if (m_running && followsChanges()) {
        for (RunningTask &r : *m_running) {
            if (renewed.contains(r.task.id)) {
                r.task.claimExpires = expires;
            }
        }
    }
    return int(renewed.size());
}

bool DispatchKernel::reclaimExpired(const Task &t, const JsonFields &extra)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const qint64 n = now();
    const QString target = KernelPrivate::sourcePhase(m_board, t.currentRunId);
    const int changed = Sql::update(
        db,
        QStringLiteral(
            "UPDATE tasks SET status = ?, %1, updated_at = ?"
            " WHERE id = ? AND status = 'running' AND claim_lock = ? AND claim_expires < ?")
            .arg(clearClaimSql()),
        {target, n, t.id, t.claimLock, n});
    if (changed == 0)
        return false;
    if (t.currentRunId)
        closeRun(*t.currentRunId, EventKind::Reclaimed, EventKind::Reclaimed,
                 QStringLiteral("stale_lock=") + t.claimLock);
    JsonFields fields{{QStringLiteral("stale_lock"), t.claimLock},
                      {QStringLiteral("worker_pid"), optJson(t.workerPid)},
                      {QStringLiteral("claim_expires"), optJson(t.claimExpires)},
                      {QStringLiteral("last_heartbeat_at"), optJson(t.lastHeartbeatAt)},
                      {QStringLiteral("now"), n}};
    fields += extra;
    fields << qMakePair(QStringLiteral("retry_status"), Json(target));
    KernelPrivate::appendEvent(m_board, t.id, EventKind::Reclaimed, object(fields), t.currentRunId);
    txn.commit();
    return true;
}

void DispatchKernel::setWorkspace(const QString &taskId, const QString &path, const QString &branch)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    Sql::exec(db,
              QStringLiteral(
                  "UPDATE tasks SET workspace_path = ?, branch_name = COALESCE(?, branch_name),"
                  " updated_at = ? WHERE id = ?"),
              {path, SqlValue::textOrNull(branch), now(), taskId});
    txn.commit();
}

void DispatchKernel::recordSpawn(const QString &taskId, qint64 runId, qint64 pid,
                                 const QString &host, const QString &fingerprint)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    // The worker may already have finished its task: then only the run
    // and the event learn the pid.
    Sql::exec(db,
              QStringLiteral("UPDATE tasks SET worker_pid = ?, worker_host = ?, updated_at = ?"
                             " WHERE id = ? AND status = 'running' AND current_run_id = ?"),
              {pid, host, now(), taskId, runId});
    Sql::exec(db,
              QStringLiteral(
                  "UPDATE task_runs SET worker_pid = ?, worker_host = ?, worker_fingerprint = ?"
                  " WHERE id = ?"),
              {pid, host, SqlValue::textOrNull(fingerprint), runId});
    KernelPrivate::appendEvent(m_board, taskId, EventKind::Spawned,
                               object({{QStringLiteral("pid"), pid}}), runId);
    txn.commit();
}

FailureResult DispatchKernel::recordFailure(const QString &taskId, qint64 runId,
                                            const FailureReport &report, int failureLimit)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    FailureResult out;
    const auto t = m_kernel.task(taskId);
    if (!t || t->status != TaskStatus::Running || t->currentRunId != runId)
        return out;
    const QString error = report.error.left(500);
    out.applied = true;
    out.failures = t->consecutiveFailures + 1;
    out.limit = t->maxRetries ? *t->maxRetries : qint64(failureLimit);
    out.gaveUp = out.failures >= out.limit;
    const QString target =
        out.gaveUp ? TaskStatus::Blocked : KernelPrivate::sourcePhase(m_board, runId);
    const qint64 n = now();
    // The next attempt waits (exponential backoff with jitter); a blocked
    // task waits for a person instead.
    if (!out.gaveUp && report.backoffBaseSeconds > 0)
        out.retryAfter = n + RetryBackoff::delaySeconds(out.failures, m_board.entropy()->next32(),
                                                        report.backoffBaseSeconds);
    Sql::exec(db,
              QStringLiteral(
                  "UPDATE tasks SET status = ?, consecutive_failures = ?, last_failure_error = ?,"
                  " cooldown_until = ?, %1, updated_at = ? WHERE id = ? AND status = 'running'")
                  .arg(clearClaimSql()),
              {target, out.failures, error, SqlValue::optInt(out.retryAfter), n, taskId});
    closeRun(runId, QStringLiteral("failed"), out.gaveUp ? EventKind::GaveUp : report.outcome,
             error);
    JsonFields fields = report.extra;
    fields << qMakePair(QStringLiteral("error"), Json(error))
           << qMakePair(QStringLiteral("failures"), Json(out.failures))
           << qMakePair(QStringLiteral("retry_status"), Json(target))
           << qMakePair(QStringLiteral("retry_after"), optJson(out.retryAfter));
    KernelPrivate::appendEvent(m_board, taskId, report.outcome, object(fields), runId);
    if (out.gaveUp) {
        Sql::exec(
            db,
            QStringLiteral(
                "INSERT INTO task_comments(task_id, author, body, created_at) VALUES (?, ?, ?, ?)"),
            {taskId, QStringLiteral("dispatcher"), QStringLiteral("BLOCKED: ") + error, n});
        KernelPrivate::appendEvent(
            m_board, taskId, EventKind::GaveUp,
            object({{QStringLiteral("failures"), out.failures},
                    {QStringLiteral("effective_limit"), out.limit},
                    {QStringLiteral("limit_source"),
                     t->maxRetries ? QStringLiteral("task") : QStringLiteral("dispatcher")},
                    {QStringLiteral("error"), error},
                    {QStringLiteral("trigger_outcome"), report.outcome},
                    {QStringLiteral("retry_status"), TaskStatus::Blocked}}),
            runId);
    }
    txn.commit();
    return out;
}

bool DispatchKernel::recordRateLimited(const QString &taskId, qint64 runId, const JsonFields &extra,
                                       qint64 cooldownSeconds)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const qint64 n = now();
    const qint64 until = n + cooldownSeconds;
    const QString target = KernelPrivate::sourcePhase(m_board, runId);
    const int changed = Sql::update(
        db,
        QStringLiteral("UPDATE tasks SET status = ?, cooldown_until = ?, %1, updated_at = ?"
                       " WHERE id = ? AND status = 'running' AND current_run_id = ?")
            .arg(clearClaimSql()),
        {target, until, n, taskId, runId});
    if (changed == 0)
        return false;
    closeRun(runId, EventKind::RateLimited, EventKind::RateLimited,
             QStringLiteral("exited rate-limited (exit %1): requeued without counting a failure")
                 .arg(kRateLimitExitCode));
    JsonFields fields = extra;
    fields << qMakePair(QStringLiteral("cooldown_until"), Json(until))
           << qMakePair(QStringLiteral("retry_status"), Json(target));
    KernelPrivate::appendEvent(m_board, taskId, EventKind::RateLimited, object(fields), runId);
    txn.commit();
    return true;
}

bool DispatchKernel::recordSkipped(const QString &taskId, const QString &kind,
                                   const JsonFields &payload)
{
    QSqlDatabase &db = m_board.db();
    const QString text = QString::fromUtf8(object(payload).dump(0));
    // The newest event that bears on skipping: the same skip again, or a
    // claim/assignment since, which makes a new skip worth telling.
    static const QString sql =
        QStringLiteral("SELECT kind, payload FROM task_events e WHERE task_id = ? AND %1"
                       " ORDER BY id DESC LIMIT 1")
            .arg(skipRelevant());
    auto alreadyTold = [&] {
        QSqlQuery q = Sql::exec(db, sql, {taskId});
        return q.next() && q.value(0).toString() == kind && q.value(1).toString() == text;
    };
    if (alreadyTold())
        return false;
    WriteTxn txn(db);
    if (alreadyTold())
        return false;
    KernelPrivate::appendEvent(m_board, taskId, kind, object(payload));
    txn.commit();
    return true;
}

QHash<QString, QPair<QString, QString>> DispatchKernel::newestSkipEvents(const QStringList &taskIds)
{
    QHash<QString, QPair<QString, QString>> out;
    if (taskIds.size() <= 16) {
        // A few (a tick after a small change): one prepared statement each.
        static const QString sql =
            QStringLiteral("SELECT kind, payload FROM task_events e WHERE task_id = ? AND %1"
                           " ORDER BY id DESC LIMIT 1")
                .arg(skipRelevant());
        for (const QString &id : taskIds)
            forEachKeptRow(m_board.db(), sql, {id}, [&](const auto &row) {
                out.insert(id, {row.text(0), knownText(row.text(1))});
            });
        return out;
    }
    constexpr int kChunk = 500; // bound variables per statement
    for (qsizetype from = 0; from < taskIds.size(); from += kChunk) {
        const QStringList ids = taskIds.mid(from, kChunk);
        QVariantList binds;
        for (const QString &id : ids)
            binds << id;
        const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
        QSqlQuery q = Sql::exec(
            m_board.db(),
            QStringLiteral(
                "SELECT task_id, kind, payload FROM task_events e WHERE id IN (SELECT MAX(id) FROM"
                " task_events e WHERE task_id IN (%1) AND %2 GROUP BY task_id)")
                .arg(marks, skipRelevant()),
            binds);
        while (q.next())
            out.insert(q.value(0).toString(),
                       {q.value(1).toString(), knownText(q.value(2).toString())});
    }
    return out;
}

QString DispatchKernel::internText(const QString &text)
{
    // Few distinct payloads (one per reason): the memo shares them.
    const auto it = m_skipTexts.constFind(text);
    if (it != m_skipTexts.constEnd())
        return *it;
    if (m_skipTexts.size() > 4096)
        m_skipTexts.clear();
    m_skipTexts.insert(text, text);
    return text;
}

QString DispatchKernel::knownText(const QString &text) const
{
    return m_skipTexts.value(text, text);
}

bool DispatchKernel::sameText(const QString &a, const QString &b)
{
    // Interned texts share their data: equal pointers settle most compares.
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

void DispatchKernel::refreshSkipMemo()
{
    QSqlDatabase &db = m_board.db();
    if (!Dialect::eventIdsInCommitOrder(db)) {
        m_skipNewest.clear();
        return;
    }
    const qint64 newest = newestEventId();
    if (m_skipCursor >= 0 && newest > m_skipCursor && !m_skipNewest.isEmpty()) {
        static const QString sql = QStringLiteral("SELECT task_id, kind, payload FROM task_events e"
                                                  " WHERE id > ? AND id <= ? AND %1 ORDER BY id")
                                       .arg(skipRelevant());
        forEachKeptRow(db, sql, {m_skipCursor, newest}, [this](const auto &row) {
            const auto it = m_skipNewest.find(row.text(0));
            if (it != m_skipNewest.end())
                *it = {row.text(1), knownText(row.text(2))};
        });
    }
    m_skipCursor = newest;
}

int DispatchKernel::recordSkippedMany(const QString &kind,
                                      const QList<QPair<QString, JsonFields>> &items)
{
    if (items.isEmpty())
        return 0; // the memo catches up at the next call that has items
    // Payload text per distinct payload: callers share one JsonFields per
    // payload, so a few dumps per tick, not one per task.
    QHash<const void *, QPair<Json, QString>> byPayload;
    const QPair<Json, QString> *last = nullptr;
    const void *lastKey = nullptr;
    auto payloadOf = [&](const JsonFields &fields) -> const QPair<Json, QString> & {
        const void *key = fields.constData();
        if (last && key == lastKey)
            return *last;
        auto it = byPayload.constFind(key);
        if (it == byPayload.constEnd()) {
            const Json payload = object(fields);
            it = byPayload.insert(key, {payload, internText(QString::fromUtf8(payload.dump(0)))});
        }
        lastKey = key;
        last = &*it;
        return *last;
    };
    // Same rule as recordSkipped: tell a task again only when its newest
    // skip-relevant event is not this very skip. The memo answers for tasks
    // seen before (one lookup each: a tick with nothing new writes nothing
    // and builds nothing); the rest are read; those that seem untold are
    // checked again under the write lock.
    refreshSkipMemo();
    QList<qsizetype> maybe; // indexes into items
    QStringList unknown;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto it = m_skipNewest.constFind(items.at(i).first);
        if (it == m_skipNewest.constEnd()) {
            unknown << items.at(i).first;
            maybe << i;
        } else if (it->first != kind ||
                   !sameText(it->second, payloadOf(items.at(i).second).second)) {
            maybe << i;
        }
    }
    if (!unknown.isEmpty()) {
        const auto found = newestSkipEvents(unknown);
        for (const QString &id : std::as_const(unknown))
            m_skipNewest.insert(id, found.value(id));
    }
    auto untold = [&](const QHash<QString, QPair<QString, QString>> &newest,
                      const QList<qsizetype> &from) {
        QList<qsizetype> out;
        for (const qsizetype i : from) {
            const auto it = newest.constFind(items.at(i).first);
            if (it == newest.constEnd() || it->first != kind ||
                !sameText(it->second, payloadOf(items.at(i).second).second))
                out << i;
        }
        return out;
    };
    const QList<qsizetype> pending = untold(m_skipNewest, maybe);
    if (pending.isEmpty())
        return 0;
    QStringList ids;
    for (const qsizetype i : pending)
        ids << items.at(i).first;
    WriteTxn txn(m_board.db());
    const QList<qsizetype> toWrite = untold(newestSkipEvents(ids), pending); // under the lock
    for (const qsizetype i : toWrite)
        KernelPrivate::appendEvent(m_board, items.at(i).first, kind,
                                   payloadOf(items.at(i).second).first);
    txn.commit();
    for (const qsizetype i : toWrite)
        m_skipNewest.insert(items.at(i).first, {kind, payloadOf(items.at(i).second).second});
    return int(toWrite.size());
}

void DispatchKernel::closeRun(qint64 runId, const QString &status, const QString &outcome,
                              const QString &error)
{
    Sql::exec(m_board.db(),
              QStringLiteral("UPDATE task_runs SET status = ?, outcome = ?, ended_at = ?, error = ?"
                             " WHERE id = ? AND ended_at IS NULL"),
              {status, outcome, now(), SqlValue::textOrNull(error.left(500)), runId});
}
