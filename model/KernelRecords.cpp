// Kernel: comments, events, runs, stats, notification subscriptions, gc.
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"

namespace {

OptInt optFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString str(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toString();
    e.runId = optFrom(q.value(2));
    e.kind = q.value(3).toString();
    e.payload = str(q.value(4));
    e.createdAt = q.value(5).toLongLong();
    return e;
}

const QString kEventCols = QStringLiteral("id, task_id, run_id, kind, payload, created_at");

Run runFromRow(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toString();
    r.profile = str(q.value(2));
    r.status = q.value(3).toString();
    r.claimLock = str(q.value(4));
    r.claimExpires = optFrom(q.value(5));
    r.workerPid = optFrom(q.value(6));
    r.workerHost = str(q.value(7));
    r.maxRuntimeSeconds = optFrom(q.value(8));
    r.lastHeartbeatAt = optFrom(q.value(9));
    r.startedAt = q.value(10).toLongLong();
    r.endedAt = optFrom(q.value(11));
    r.outcome = str(q.value(12));
    r.summary = str(q.value(13));
    r.metadata = str(q.value(14));
    r.error = str(q.value(15));
    return r;
}

const QString kRunCols = QStringLiteral(
    "id, task_id, profile, status, claim_lock, claim_expires, worker_pid, worker_host,"
    " max_runtime_seconds, last_heartbeat_at, started_at, ended_at, outcome, summary, metadata, "
    "error");

NotifySub subFromRow(const QSqlQuery &q)
{
    NotifySub s;
    s.taskId = q.value(0).toString();
    s.platform = q.value(1).toString();
    s.chatId = q.value(2).toString();
    s.threadId = q.value(3).toString();
    s.userId = str(q.value(4));
    s.createdAt = q.value(5).toLongLong();
    s.lastEventId = q.value(6).toLongLong();
    s.attempts = q.value(7).toLongLong();
    s.nextAttemptAt = optFrom(q.value(8));
    s.lastError = str(q.value(9));
    return s;
}

// thread_id is NOT NULL ('' = no thread): never bind a null QString.
QString threadKey(const QString &thread)
{
    return thread.isNull() ? QStringLiteral("") : thread.trimmed();
}

const QString kSubCols = QStringLiteral(
    "task_id, platform, chat_id, thread_id, user_id, created_at, last_event_id, attempts,"
    " next_attempt_at, last_error");

} // namespace

void Kernel::addComment(const QString &id, const QString &authorArg, const QString &bodyArg)
{
    const QString body = bodyArg.trimmed();
    const QString author = authorArg.trimmed();
    if (body.isEmpty())
        throw KanbanError(QStringLiteral("comment body is required"));
    if (author.isEmpty())
        throw KanbanError(QStringLiteral("comment author is required"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    requireTask(id);
    Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO task_comments(task_id, author, body, created_at) VALUES (?, ?, ?, ?)"),
        {id, author, body, now()});
    Json p = Json::object();
    p.set(QStringLiteral("author"), author);
    p.set(QStringLiteral("len"), qint64(body.size()));
    appendEvent(id, QStringLiteral("commented"), p);
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
    QSqlQuery q = Sql::exec(
        m_board.db(),
        QStringLiteral("SELECT %1 FROM task_events WHERE task_id = ? ORDER BY id").arg(kEventCols),
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
                      .arg(kEventCols),
                  {afterId, limit});
    QList<Event> out;
    while (q.next())
        out << eventFromRow(q);
    return out;
}

qint64 Kernel::latestEventId()
{
    return Sql::scalar(m_board.db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"))
        .toLongLong();
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

bool Kernel::addNotifySub(const NotifySub &sub)
{
    if (sub.platform.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--platform is required"));
    if (sub.chatId.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("--chat-id is required"));
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    requireTask(sub.taskId);
    const int n = Sql::update(
        db,
        QStringLiteral(
            "INSERT INTO notify_subs(task_id, platform, chat_id, thread_id, user_id, created_at,"
            " last_event_id) VALUES (?, ?, ?, ?, ?, ?,"
            " (SELECT COALESCE(MAX(id), 0) FROM task_events WHERE task_id = ?)) ON CONFLICT DO "
            "NOTHING"),
        {sub.taskId, sub.platform.trimmed(), sub.chatId.trimmed(), threadKey(sub.threadId),
         sub.userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sub.userId),
         now(), sub.taskId});
    txn.commit();
    return n > 0;
}

QList<NotifySub> Kernel::notifySubs(const QString &taskId)
{
    QSqlQuery q =
        taskId.isEmpty()
            ? Sql::exec(m_board.db(),
                        QStringLiteral("SELECT %1 FROM notify_subs ORDER BY task_id, created_at")
                            .arg(kSubCols))
            : Sql::exec(
                  m_board.db(),
                  QStringLiteral("SELECT %1 FROM notify_subs WHERE task_id = ? ORDER BY created_at")
                      .arg(kSubCols),
                  {taskId});
    QList<NotifySub> out;
    while (q.next())
        out << subFromRow(q);
    return out;
}

bool Kernel::removeNotifySub(const QString &taskId, const QString &platform, const QString &chatId,
                             const QString &threadId)
{
    WriteTxn txn(m_board.db());
    const int n = Sql::update(
        m_board.db(),
        QStringLiteral("DELETE FROM notify_subs WHERE task_id = ? AND platform = ? AND chat_id = ?"
                       " AND thread_id = ?"),
        {taskId, platform, chatId, threadKey(threadId)});
    txn.commit();
    return n > 0;
}

QList<Event> Kernel::unseenEvents(const NotifySub &sub, const QStringList &kinds)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM task_events WHERE task_id = ? AND id > ?").arg(kEventCols);
    QVariantList binds{sub.taskId, sub.lastEventId};
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : kinds) {
            marks << QStringLiteral("?");
            binds << k;
        }
        sql += QStringLiteral(" AND kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = Sql::exec(m_board.db(), sql, binds);
    QList<Event> out;
    while (q.next())
        out << eventFromRow(q);
    return out;
}

bool Kernel::advanceNotifyCursor(const NotifySub &sub, qint64 fromEventId, qint64 toEventId)
{
    WriteTxn txn(m_board.db());
    const int n = Sql::update(
        m_board.db(),
        QStringLiteral("UPDATE notify_subs SET last_event_id = ?, attempts = 0,"
                       " next_attempt_at = NULL, last_error = NULL WHERE task_id = ? AND"
                       " platform = ? AND chat_id = ? AND thread_id = ? AND last_event_id = ?"
                       " AND ? > last_event_id"),
        {toEventId, sub.taskId, sub.platform, sub.chatId, threadKey(sub.threadId), fromEventId,
         toEventId});
    txn.commit();
    return n > 0;
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

QList<Task> Kernel::archivedTasks()
{
    return listTasks(ListFilter{{}, TaskStatus::Archived, {}, true, {}});
}
