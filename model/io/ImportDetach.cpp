#include "model/io/ImportDetach.h"

#include "model/Json.h"
#include "model/Sql.h"
#include "model/Types.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"

namespace {

const QString kWhy =
    QStringLiteral("imported: the worker belongs to the board this was exported from");

struct Held
{
    QString id;
    QString lock;
    OptInt pid;
    QString host;
    OptInt runId;
    bool reviewRun = false;
    bool parentsOpen = false;
};

QList<Held> runningTasks(QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT t.id, t.claim_lock, t.worker_pid, t.worker_host, t.current_run_id,"
                       " COALESCE(r.step_key, '') = 'review',"
                       " EXISTS (SELECT 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                       "  WHERE l.child_id = t.id AND p.status NOT IN ('done', 'archived'))"
                       " FROM tasks t LEFT JOIN task_runs r ON r.id = t.current_run_id"
                       " WHERE t.status = 'running' ORDER BY t.id"));
    QList<Held> out;
    while (q.next())
        out << Held{q.value(0).toString(),
                    SqlValue::toText(q.value(1)),
                    SqlValue::toOptInt(q.value(2)),
                    SqlValue::toText(q.value(3)),
                    SqlValue::toOptInt(q.value(4)),
                    q.value(5).toBool(),
                    q.value(6).toBool()};
    return out;
}

Json optJson(const OptInt &v)
{
    return v ? Json(*v) : Json();
}

} // namespace

namespace ImportDetach {

QStringList detachWorkers(Board &board)
{
    QSqlDatabase &db = board.db();
    const qint64 now = board.now();
    const QList<Held> held = runningTasks(db);
    for (const Held &h : held) {
        const QString target = h.reviewRun     ? TaskStatus::Review
                               : h.parentsOpen ? TaskStatus::Todo
                                               : TaskStatus::Ready;
        Sql::exec(db,
                  QStringLiteral("UPDATE task_runs SET status = ?, outcome = ?, error = ?,"
                                 " ended_at = ? WHERE task_id = ? AND ended_at IS NULL"),
                  {EventKind::Reclaimed, EventKind::Reclaimed, kWhy, now, h.id});
        Sql::exec(db,
                  QStringLiteral("UPDATE tasks SET status = ?, %1, updated_at = ? WHERE id = ?")
                      .arg(KernelPrivate::clearClaimSql()),
                  {target, now, h.id});
        Json p = Json::object();
        p.set(QStringLiteral("reason"), kWhy);
        p.set(QStringLiteral("imported"), true);
        p.set(QStringLiteral("prev_lock"), Json::orNull(h.lock));
        p.set(QStringLiteral("worker_pid"), optJson(h.pid));
        p.set(QStringLiteral("worker_host"), Json::orNull(h.host));
        p.set(QStringLiteral("retry_status"), target);
        KernelPrivate::appendEvent(board, h.id, EventKind::Reclaimed, p, h.runId);
    }
    // Nothing else may name a process of the other board either.
    Sql::exec(db, QStringLiteral("UPDATE tasks SET claim_lock = NULL, claim_expires = NULL,"
                                 " worker_pid = NULL, worker_host = NULL"
                                 " WHERE worker_pid IS NOT NULL OR claim_lock IS NOT NULL"));
    Sql::exec(db, QStringLiteral("UPDATE task_runs SET claim_lock = NULL, claim_expires = NULL,"
                                 " worker_pid = NULL, worker_host = NULL, worker_fingerprint = NULL"
                                 " WHERE worker_pid IS NOT NULL OR claim_lock IS NOT NULL"
                                 " OR worker_fingerprint IS NOT NULL"));
    if (held.isEmpty())
        return {};
    return {QStringLiteral("%1 running task(s) returned to ready, review or todo: their workers "
                           "belong to the board they were exported from")
                .arg(held.size())};
}

} // namespace ImportDetach
