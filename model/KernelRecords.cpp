// Kernel: comments, events, runs, stats and the events gc.
#include "model/Database.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"

using KernelPrivate::eventColumns;
using KernelPrivate::eventFromRow;

namespace {

Run runFromRow(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toString();
    r.profile = SqlValue::toText(q.value(2));
    r.status = q.value(3).toString();
    r.claimLock = SqlValue::toText(q.value(4));
    r.claimExpires = SqlValue::toOptInt(q.value(5));
    r.workerPid = SqlValue::toOptInt(q.value(6));
    r.workerHost = SqlValue::toText(q.value(7));
    r.maxRuntimeSeconds = SqlValue::toOptInt(q.value(8));
    r.lastHeartbeatAt = SqlValue::toOptInt(q.value(9));
    r.startedAt = q.value(10).toLongLong();
    r.endedAt = SqlValue::toOptInt(q.value(11));
    r.outcome = SqlValue::toText(q.value(12));
    r.summary = SqlValue::toText(q.value(13));
    r.metadata = SqlValue::toText(q.value(14));
    r.error = SqlValue::toText(q.value(15));
    r.stepKey = SqlValue::toText(q.value(16));
    return r;
}

const QString kRunCols = QStringLiteral(
    "id, task_id, profile, status, claim_lock, claim_expires, worker_pid, worker_host,"
    " max_runtime_seconds, last_heartbeat_at, started_at, ended_at, outcome, summary, metadata, "
    "error, step_key");

} // namespace

void Kernel::addComment(const QString &id, const QString &author, const QString &body,
                        OptInt expectedRunId)
{
    const QString text = body.trimmed();
    const QString who = author.trimmed();
    if (text.isEmpty())
        throw KanbanError(KanbanError::Code::CommentRequired, {},
                          QStringLiteral("comment body is required"));
    if (who.isEmpty())
        throw KanbanError(QStringLiteral("comment author is required"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    requireTask(id);
    if (expectedRunId) {
        // The worker's own task (a worker may hand off to other tasks).
        const QVariant owner = Sql::scalar(
            db, QStringLiteral("SELECT task_id FROM task_runs WHERE id = ?"), {*expectedRunId});
        if (owner.isNull())
            throw KanbanError(
                QStringLiteral("stale worker: run %1 does not exist").arg(*expectedRunId),
                KanbanError::Conflict);
        requireCurrentRun(requireTask(owner.toString()), expectedRunId);
    }
    KernelPrivate::insertComment(m_board, id, who, text);
    txn.commit();
}

QList<Comment> Kernel::comments(const QString &id)
{
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT id, task_id, author, body, created_at FROM task_comments"
                                 " WHERE task_id = ? ORDER BY id"),
                  {id});
    QList<Comment> out;
    while (q.next())
        out << Comment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong()};
    return out;
}

QList<Event> Kernel::events(const QString &id)
{
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT %1 FROM task_events WHERE task_id = ? ORDER BY id")
                      .arg(eventColumns()),
                  {id});
    QList<Event> out;
    while (q.next())
        out << eventFromRow(q);
    return out;
}

QList<Event> Kernel::eventsSince(qint64 afterId, int limit)
{
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT %1 FROM task_events WHERE id > ? ORDER BY id LIMIT ?")
                      .arg(eventColumns()),
                  {afterId, limit});
    QList<Event> out;
    while (q.next())
        out << eventFromRow(q);
    return out;
}

qint64 Kernel::latestEventId()
{
    return Database::latestEventId(m_board.db());
}

QList<Run> Kernel::runs(const QString &id)
{
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT %1 FROM task_runs WHERE task_id = ? ORDER BY id").arg(kRunCols),
        {id});
    QList<Run> out;
    while (q.next())
        out << runFromRow(q);
    return out;
}

std::optional<Run> Kernel::run(qint64 runId)
{
    QSqlQuery q =
        Sql::exec(m_board.db(),
                  QStringLiteral("SELECT %1 FROM task_runs WHERE id = ?").arg(kRunCols), {runId});
    if (!q.next())
        return std::nullopt;
    return runFromRow(q);
}

BoardStats Kernel::boardStats()
{
    BoardStats s;
    s.now = now();
    QSqlDatabase &db = m_board.db();
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM tasks WHERE status <> 'archived'"
                                     " GROUP BY status"));
    while (q.next())
        s.byStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    q = Sql::exec(
        db, QStringLiteral("SELECT assignee, status, COUNT(*) FROM tasks WHERE status <> 'archived'"
                           " AND assignee IS NOT NULL GROUP BY assignee, status"));
    while (q.next())
        s.byAssignee[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    const QVariant oldest =
        Sql::scalar(db, QStringLiteral("SELECT MIN(created_at) FROM tasks WHERE status = 'ready'"));
    if (!oldest.isNull() && oldest.isValid())
        s.oldestReadyAgeSeconds = qMax<qint64>(0, s.now - oldest.toLongLong());
    return s;
}

TaskAge Kernel::taskAge(const Task &t, qint64 now)
{
    TaskAge a;
    if (t.createdAt > 0)
        a.createdAgeSeconds = qMax<qint64>(0, now - t.createdAt);
    if (t.startedAt)
        a.startedAgeSeconds = qMax<qint64>(0, now - *t.startedAt);
    if (t.completedAt) {
        const qint64 from = t.startedAt ? *t.startedAt : t.createdAt;
        a.timeToCompleteSeconds = qMax<qint64>(0, *t.completedAt - from);
    }
    return a;
}

int Kernel::gcEvents(qint64 olderThanSeconds)
{
    WriteTxn txn(m_board.db());
    const int n =
        Sql::update(m_board.db(),
                    QStringLiteral("DELETE FROM task_events WHERE created_at < ? AND task_id IN"
                                   " (SELECT id FROM tasks WHERE status IN ('done', 'archived'))"),
                    {now() - olderThanSeconds});
    txn.commit();
    return n;
}
