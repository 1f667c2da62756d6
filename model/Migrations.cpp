#include "model/Migrations.h"

#include "model/Dialect.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"

#include <QDateTime>
#include <QStringList>

namespace {

// Each migration is additive. Never edit a released one: add a new one.
QStringList migration(int version, bool pg)
{
    const QString autoId = Dialect::autoIncrementKey(pg);
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS tasks ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " body TEXT,"
                           " assignee TEXT,"
                           " status TEXT NOT NULL,"
                           " priority INTEGER NOT NULL DEFAULT 0,"
                           " tenant TEXT,"
                           " created_by TEXT,"
                           " created_at INTEGER NOT NULL,"
                           " started_at INTEGER,"
                           " completed_at INTEGER,"
                           " result TEXT,"
                           " workspace_kind TEXT NOT NULL DEFAULT 'scratch',"
                           " workspace_path TEXT,"
                           " branch_name TEXT,"
                           " idempotency_key TEXT,"
                           " claim_lock TEXT,"
                           " claim_expires INTEGER,"
                           " worker_pid INTEGER,"
                           " worker_host TEXT,"
                           " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
                           " last_failure_error TEXT,"
                           " max_runtime_seconds INTEGER,"
                           " max_retries INTEGER,"
                           " last_heartbeat_at INTEGER,"
                           " current_run_id INTEGER,"
                           " cooldown_until INTEGER,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS task_links ("
                           " parent_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " child_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (parent_id, child_id))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS task_comments ("
                           " id %1,"
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " author TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)")
                .arg(autoId),
            QStringLiteral("CREATE TABLE IF NOT EXISTS task_events ("
                           " id %1,"
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " run_id INTEGER,"
                           " kind TEXT NOT NULL,"
                           " payload TEXT,"
                           " created_at INTEGER NOT NULL)")
                .arg(autoId),
            QStringLiteral("CREATE TABLE IF NOT EXISTS task_runs ("
                           " id %1,"
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " profile TEXT,"
                           " status TEXT NOT NULL,"
                           " claim_lock TEXT,"
                           " claim_expires INTEGER,"
                           " worker_pid INTEGER,"
                           " worker_host TEXT,"
                           " max_runtime_seconds INTEGER,"
                           " last_heartbeat_at INTEGER,"
                           " started_at INTEGER NOT NULL,"
                           " ended_at INTEGER,"
                           " outcome TEXT,"
                           " summary TEXT,"
                           " metadata TEXT,"
                           " error TEXT)")
                .arg(autoId),
            QStringLiteral("CREATE TABLE IF NOT EXISTS notify_subs ("
                           " task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " platform TEXT NOT NULL,"
                           " chat_id TEXT NOT NULL,"
                           " thread_id TEXT NOT NULL DEFAULT '',"
                           " user_id TEXT,"
                           " created_at INTEGER NOT NULL,"
                           " last_event_id INTEGER NOT NULL DEFAULT 0,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER,"
                           " last_error TEXT,"
                           " PRIMARY KEY (task_id, platform, chat_id, thread_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tasks_status ON tasks(status)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_tasks_assignee_status ON tasks(assignee, status)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tasks_tenant ON tasks(tenant)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_tasks_idempotency ON tasks(idempotency_key)"),
            // Held unique among live tasks, so concurrent creates cannot both win.
            QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS idx_tasks_idempotency_live"
                           " ON tasks(idempotency_key)"
                           " WHERE idempotency_key IS NOT NULL AND status <> 'archived'"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_links_child ON task_links(child_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_links_parent ON task_links(parent_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_comments_task ON task_comments(task_id, id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_events_task ON task_events(task_id, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_events_run ON task_events(run_id, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_runs_task ON task_runs(task_id, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_notify_task ON notify_subs(task_id)"),
        };
    case 2:
        // Dispatcher health (one row per host) and the worker's process
        // fingerprint (start time), so a recycled PID is not taken for it.
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS dispatcher_status ("
                           " host TEXT PRIMARY KEY,"
                           " pid INTEGER,"
                           " mode TEXT,"
                           " started_at INTEGER,"
                           " stopped_at INTEGER,"
                           " last_tick_at INTEGER,"
                           " interval_seconds INTEGER,"
                           " paused INTEGER NOT NULL DEFAULT 0,"
                           " ticks INTEGER NOT NULL DEFAULT 0,"
                           " last_outcome TEXT,"
                           " last_error TEXT,"
                           " last_error_at INTEGER,"
                           " last_counts TEXT,"
                           " totals TEXT,"
                           " nudged_at INTEGER)"),
            QStringLiteral("ALTER TABLE task_runs ADD COLUMN worker_fingerprint TEXT"),
        };
    case 3:
        // The default list order (priority DESC, created_at, id) read from
        // an index instead of sorting whole rows: `list` on big boards.
        return {
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tasks_list_order ON tasks(priority "
                           "DESC, created_at, id)"),
        };
    case 4:
        // A dispatcher tick on a big board: a skipped task's newest
        // skip-relevant event in one index probe (DispatchKernel::
        // recordSkipped[Many]). No (status, ...) index: it would draw a
        // child recompute into scanning every todo task.
        return {
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_events_skip_relevant ON task_events(task_id, id)"
                " WHERE kind IN (%1)")
                .arg(KernelPrivate::sqlList(KernelPrivate::skipRelevantKinds())),
        };
    case 5:
        // The engine's second pass (issue 12): the review lane's reviewer,
        // skills (JSON array; NULL = profile defaults, [] = none), a
        // per-task heartbeat timeout, the run's step key (review runs),
        // a creation sequence so equal priorities list in creation order,
        // and the profiles the dispatcher paused.
        return {
            QStringLiteral("ALTER TABLE tasks ADD COLUMN reviewer TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN skills TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN heartbeat_timeout_seconds INTEGER"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN create_seq INTEGER"),
            QStringLiteral(
                "UPDATE tasks SET create_seq = s.n FROM (SELECT id, ROW_NUMBER() OVER"
                " (ORDER BY created_at, id) AS n FROM tasks) AS s WHERE tasks.id = s.id"),
            QStringLiteral("DROP INDEX IF EXISTS idx_tasks_list_order"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tasks_list_order2 ON tasks(priority "
                           "DESC, created_at, create_seq, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tasks_create_seq ON tasks(create_seq)"),
            QStringLiteral("ALTER TABLE task_runs ADD COLUMN step_key TEXT"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS profile_pauses ("
                           " name TEXT PRIMARY KEY,"
                           " reason TEXT NOT NULL,"
                           " command TEXT,"
                           " paused_at INTEGER NOT NULL)"),
        };
    case 6:
        // Notifications beyond desktop and webhook (issue 12): the
        // original's routing fields for chat platforms, and why the
        // notifier keeps a subscription's events pending (no notification
        // service, no command for the platform).
        return {
            QStringLiteral("ALTER TABLE notify_subs ADD COLUMN chat_type TEXT"),
            QStringLiteral("ALTER TABLE notify_subs ADD COLUMN user_id_alt TEXT"),
            QStringLiteral("ALTER TABLE notify_subs ADD COLUMN pending_reason TEXT"),
        };
    case 7:
        // Live refresh across hosts (issue 15): on PostgreSQL every
        // committed change notifies Dialect::changeChannel(). Nothing on
        // SQLite, whose readers poll data_version.
        return Dialect::changeNotifyTriggers(pg);
    case 8:
        // Claims (issue 16): nothing reads task_events by run_id, and every
        // event paid for the index (one more page written per claim).
        return {
            QStringLiteral("DROP INDEX IF EXISTS idx_events_run"),
        };
    case 9:
        // The same index, its condition as ORs (issue 16): an IN list of
        // four kinds made SQLite build a temporary table on every event
        // insert (about a tenth of a claim's instructions). The queries
        // spell the same condition (DispatchKernel's skipRelevant).
        return {
            QStringLiteral("DROP INDEX IF EXISTS idx_events_skip_relevant"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS idx_events_skip_relevant ON task_events(task_id, id)"
                " WHERE %1")
                .arg(KernelPrivate::sqlAnyOf(QStringLiteral("kind"),
                                             KernelPrivate::skipRelevantKinds())),
        };
    default:
        return {};
    }
}

constexpr int kLatest = 9;

} // namespace

namespace Migrations {

int latest()
{
    return kLatest;
}

void apply(QSqlDatabase &db)
{
    const bool pg = Dialect::isPostgres(db);
    Sql::exec(db, Dialect::ddl(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              " version INTEGER PRIMARY KEY,"
                                              " applied_at INTEGER NOT NULL)"),
                               pg));
    for (int v = 1; v <= kLatest; ++v) {
        WriteTxn txn(db);
        // Re-check inside the transaction: another process may have won.
        const bool done =
            Sql::scalar(db, QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"), {v})
                .isValid();
        if (done)
            continue;
        for (const QString &stmt : migration(v, pg))
            Sql::exec(db, Dialect::ddl(stmt, pg));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)"),
                  {v, QDateTime::currentSecsSinceEpoch()});
        txn.commit();
    }
}

} // namespace Migrations
