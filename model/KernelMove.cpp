// Kernel: the GUI/REST "move to column" mapped onto transitions.
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"

namespace {

QString waitingOn(const QList<QPair<QString, QString>> &open)
{
    QStringList parts;
    for (const auto &p : open)
        parts << QStringLiteral("%1 (%2)").arg(p.first, p.second);
    return QStringLiteral("waiting on ") + parts.join(QStringLiteral(", "));
}

// The open parents' titles, one a line (the argument of WaitingOnParents).
QString parentTitles(Kernel &k, const QList<QPair<QString, QString>> &open)
{
    QStringList titles;
    for (const auto &p : open) {
        const auto t = k.task(p.first);
        titles << (t ? t->title : p.first);
    }
    return titles.join(QLatin1Char('\n'));
}

[[noreturn]] void refuse(const QString &why, KanbanError::Code code = KanbanError::Code::Unknown,
                         const QStringList &args = {})
{
    throw KanbanError(code, args, why, KanbanError::Conflict);
}

} // namespace

TransitionOutcome Kernel::moveTask(const QString &id, const QString &to, const QString &note)
{
    if (!TaskStatus::isValid(to))
        throw KanbanError(KanbanError::Code::UnknownStatus, {to},
                          QStringLiteral("unknown status: %1").arg(to));
    const Task t = requireTask(id);
    if (t.status == to)
        return {true, {}, {}};
    if (to == TaskStatus::Running)
        refuse(QStringLiteral(
                   "Cannot set status to 'running' directly; the dispatcher claims ready tasks"),
               KanbanError::Code::RunningDirectly, {t.title});
    if (to == TaskStatus::Done) {
        if (!completeTask(id, CompleteOptions{note, {}, {}, {}}))
            refuse(QStringLiteral("cannot complete %1 from %2").arg(id, t.status),
                   KanbanError::Code::CannotComplete, {t.title, t.status});
        return {true, t.workerPid, t.workerHost};
    }
    if (to == TaskStatus::Archived)
        return archiveTask(id);
    if (to == TaskStatus::Blocked) {
        if (!blockTask(id, note))
            refuse(QStringLiteral("cannot block %1 from %2").arg(id, t.status),
                   KanbanError::Code::CannotBlock, {t.title, t.status});
        return {true, t.workerPid, t.workerHost};
    }
    if (t.status == TaskStatus::Blocked && (to == TaskStatus::Ready || to == TaskStatus::Todo)) {
        if (to == TaskStatus::Ready) {
            const auto open = unfinishedParents(id);
            if (!open.isEmpty())
                refuse(QStringLiteral("Cannot move %1 to ready: %2").arg(id, waitingOn(open)),
                       KanbanError::Code::WaitingOnParents, {t.title, parentTitles(*this, open)});
        }
        // One transaction straight to the target: never ready in between,
        // where a dispatcher could claim a task the user sent to todo.
        unblock(id, to);
        return {true, {}, {}};
    }
    if (t.status == TaskStatus::Triage && to == TaskStatus::Todo) {
        specifyTask(id);
        return {true, {}, {}};
    }
    if (to == TaskStatus::Review) {
        // A card waiting on parents cannot be reviewed yet.
        const auto open = unfinishedParents(id);
        if (!open.isEmpty())
            refuse(QStringLiteral("Cannot move %1 to review: %2").arg(id, waitingOn(open)));
    }
    if (t.status == TaskStatus::Review && to == TaskStatus::Ready && !note.trimmed().isEmpty()) {
        // Sent back with a reason: the changes requested, as by a reviewer.
        const auto open = unfinishedParents(id);
        if (!open.isEmpty())
            refuse(QStringLiteral("Cannot move %1 to ready: %2").arg(id, waitingOn(open)));
        if (!requestChanges(id, note, {}, QStringLiteral("user")))
            refuse(QStringLiteral("cannot send %1 back from %2").arg(id, t.status));
        return {true, {}, {}};
    }
    if (to == TaskStatus::Review && t.status == TaskStatus::Running) {
        requestReview(id, note);
        return {true, t.workerPid, t.workerHost};
    }

    // A direct move: triage/todo/ready/review, from any non-running status,
    // or off running (the run is closed and the worker stopped).
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const Task cur = requireTask(id);
    if (to == TaskStatus::Ready) {
        const auto open = unfinishedParents(id);
        if (!open.isEmpty())
            refuse(QStringLiteral("Cannot move %1 to ready: %2").arg(id, waitingOn(open)),
                   KanbanError::Code::WaitingOnParents, {cur.title, parentTitles(*this, open)});
    }
    if (cur.status == TaskStatus::Archived && !cur.idempotencyKey.isEmpty()) {
        // A live task may have taken the key since (the key is unique among live tasks).
        const QVariant holder = Sql::scalar(
            db,
            QStringLiteral(
                "SELECT id FROM tasks WHERE idempotency_key = ? AND status <> 'archived' LIMIT 1"),
            {cur.idempotencyKey});
        if (holder.isValid())
            refuse(QStringLiteral("Cannot restore %1: its idempotency key '%2' is now used by %3")
                       .arg(id, cur.idempotencyKey, holder.toString()),
                   KanbanError::Code::KeyTaken, {cur.title, cur.idempotencyKey, holder.toString()});
    }
    TransitionOutcome out{true, {}, {}};
    if (cur.status == TaskStatus::Running) {
        out.workerPid = cur.workerPid;
        out.workerHost = cur.workerHost;
        if (cur.currentRunId)
            closeRun(*cur.currentRunId, EventKind::Reclaimed, EventKind::Reclaimed, {}, {},
                     QStringLiteral("status changed to %1 (direct)").arg(to));
    }
    const bool reopening = TaskStatus::satisfiesParent(cur.status);
    Sql::exec(db,
              QStringLiteral("UPDATE tasks SET status = ?, %1,"
                             " completed_at = CASE WHEN ? THEN NULL ELSE completed_at END,"
                             " updated_at = ? WHERE id = ? AND status = ?")
                  .arg(KernelPrivate::clearClaimSql()),
              {to, reopening, now(), id, cur.status});
    Json p = Json::object();
    p.set(QStringLiteral("status"), to);
    p.set(QStringLiteral("from"), cur.status);
    KernelPrivate::appendEvent(m_board, id, EventKind::Status, p, cur.currentRunId);
    if (reopening)
        demoteReadyChildren(id);
    txn.commit();
    return out;
}

void Kernel::promoteTask(const QString &id, const QString &reason, bool dryRun)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const Task t = requireTask(id);
    if (t.status != TaskStatus::Todo)
        refuse(QStringLiteral("%1 is %2, not todo").arg(id, t.status), KanbanError::Code::NotTodo,
               {t.title, t.status});
    const auto open = unfinishedParents(id);
    if (!open.isEmpty())
        refuse(waitingOn(open), KanbanError::Code::WaitingOnParents,
               {t.title, parentTitles(*this, open)});
    if (dryRun)
        return;
    Sql::exec(db, QStringLiteral("UPDATE tasks SET status = 'ready', updated_at = ? WHERE id = ?"),
              {now(), id});
    Json p = Json::object();
    p.set(QStringLiteral("manual"), true);
    p.set(QStringLiteral("reason"), Json::orNull(reason.isEmpty() ? QString() : reason));
    KernelPrivate::appendEvent(m_board, id, EventKind::Promoted, p);
    txn.commit();
}
