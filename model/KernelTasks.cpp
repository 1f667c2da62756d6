// Kernel: creating, reading, listing and editing tasks.
#include "model/BoardQueries.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/ProfileNames.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/TaskSkills.h"
#include "model/internal/KernelPrivate.h"
#include "model/internal/SqlValue.h"
#include "model/internal/TaskRow.h"

#include <QDir>

using KernelPrivate::appendEvent;
using KernelPrivate::taskColumns;
using KernelPrivate::taskFromRow;
using SqlValue::text;

namespace {

QString normaliseAssignee(const QString &a)
{
    return ProfileNames::normalised(a, QStringLiteral("assignee"));
}

QString nullIfEmpty(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QString() : t;
}

} // namespace

Kernel::Kernel(Board &board) : m_board(board) {}

std::optional<Task> Kernel::task(const QString &id)
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(taskColumns());
    std::optional<Task> out;
    Sql::first(m_board.db(), sql, {id}, [&out](const QSqlQuery &q) { out = taskFromRow(q); });
    return out;
}

Task Kernel::requireTask(const QString &id)
{
    auto t = task(id);
    if (!t)
        throw KanbanError(KanbanError::Code::NoSuchTask, {id},
                          QStringLiteral("no such task: %1").arg(id), KanbanError::NotFound);
    return *t;
}

CreateResult Kernel::createTask(const CreateOptions &opts)
{
    const QString title = opts.title.trimmed();
    if (title.isEmpty())
        throw KanbanError(KanbanError::Code::TitleRequired, {},
                          QStringLiteral("title is required"));
    const QString kind =
        opts.workspaceKind.isEmpty() ? QStringLiteral("scratch") : opts.workspaceKind;
    if (kind != QLatin1String("scratch") && kind != QLatin1String("worktree") &&
        kind != QLatin1String("dir"))
        throw KanbanError(
            QStringLiteral("workspace_kind must be one of scratch, worktree, dir (got '%1')")
                .arg(kind));
    QString wsPath = opts.workspacePath.trimmed();
    if (kind == QLatin1String("scratch") && !wsPath.isEmpty())
        throw KanbanError(QStringLiteral("a scratch workspace takes no path"));
    if (kind == QLatin1String("dir") && wsPath.isEmpty())
        throw KanbanError(QStringLiteral("--workspace dir: requires a path after the colon"));
    if (!wsPath.isEmpty() && !QDir::isAbsolutePath(wsPath))
        throw KanbanError(
            QStringLiteral("non-absolute workspace_path '%1'; use an absolute path "
                           "(relative paths are ambiguous against the dispatcher's CWD)")
                .arg(wsPath));
    if (!wsPath.isEmpty())
        wsPath = QDir::cleanPath(wsPath);
    const QString branch = opts.branchName.trimmed();
    if (!branch.isEmpty() && kind != QLatin1String("worktree"))
        throw KanbanError(QStringLiteral("--branch needs a worktree workspace"));
    if (!branch.isEmpty() &&
        (branch.startsWith(QLatin1Char('-')) || branch.contains(QLatin1Char(' '))))
        throw KanbanError(QStringLiteral("invalid branch name '%1'").arg(branch));
    if (opts.maxRetries && *opts.maxRetries < 1)
        throw KanbanError(
            QStringLiteral("--max-retries must be >= 1 (got %1); use 1 to trip on the "
                           "first failure.")
                .arg(*opts.maxRetries));
    if (opts.maxRuntimeSeconds && *opts.maxRuntimeSeconds < 1)
        throw KanbanError(QStringLiteral("--max-runtime must be positive"));
    if (opts.heartbeatTimeoutSeconds && *opts.heartbeatTimeoutSeconds < 1)
        throw KanbanError(QStringLiteral("--heartbeat-timeout must be positive"));

    const QString assignee = normaliseAssignee(opts.assignee);
    const QString reviewer = ProfileNames::normalised(opts.reviewer, QStringLiteral("reviewer"));
    const QString key = nullIfEmpty(opts.idempotencyKey);
    // Skills: checked before anything is written.
    std::optional<QStringList> skills;
    if (opts.skills)
        skills = TaskSkills::normalize(*opts.skills);
    QStringList parents;
    for (const QString &p : opts.parents) {
        const QString id = p.trimmed();
        if (id.isEmpty())
            throw KanbanError(QStringLiteral("a parent task id must not be empty"));
        if (!parents.contains(id))
            parents << id;
    }

    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    if (!key.isEmpty()) {
        const QVariant existing = Sql::scalar(
            db,
            QStringLiteral("SELECT id FROM tasks WHERE idempotency_key = ? AND status <> "
                           "'archived' ORDER BY created_at DESC LIMIT 1"),
            {key});
        if (existing.isValid())
            return {existing.toString(), true};
    }
    QString tenant = nullIfEmpty(opts.tenant);
    bool anyOpen = false;
    QStringList unknown;
    for (const QString &p : parents) {
        QSqlQuery q =
            Sql::exec(db, QStringLiteral("SELECT status, tenant FROM tasks WHERE id = ?"), {p});
        if (!q.next()) {
            unknown << p;
            continue;
        }
        if (!TaskStatus::satisfiesParent(q.value(0).toString()))
            anyOpen = true;
        if (tenant.isEmpty() && !q.value(1).isNull())
            tenant = nullIfEmpty(q.value(1).toString());
    }
    if (!unknown.isEmpty())
        throw KanbanError(
            KanbanError::Code::UnknownTasks, {unknown.join(QStringLiteral(", "))},
            QStringLiteral("unknown parent task(s): %1").arg(unknown.join(QStringLiteral(", "))),
            KanbanError::NotFound);
    const QString status = opts.triage ? TaskStatus::Triage
                           : anyOpen   ? TaskStatus::Todo
                                       : TaskStatus::Ready;
    const qint64 t = now();

    QString id;
    for (int attempt = 0;; ++attempt) {
        id = KernelPrivate::newTaskId(m_board);
        if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM tasks WHERE id = ?"), {id}).isValid())
            break;
        if (attempt > 20)
            throw KanbanError(QStringLiteral("could not mint a unique task id"),
                              KanbanError::Storage);
    }
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO tasks(id, title, body, assignee, status, priority, tenant,"
                       " created_by, created_at, workspace_kind, workspace_path, branch_name,"
                       " idempotency_key, max_runtime_seconds, max_retries, updated_at, skills,"
                       " create_seq, reviewer, heartbeat_timeout_seconds)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " (SELECT COALESCE(MAX(create_seq), 0) + 1 FROM tasks), ?, ?)"),
        {id, title, text(opts.body.isEmpty() ? QString() : opts.body), text(assignee), status,
         opts.priority, text(tenant), text(nullIfEmpty(opts.createdBy)), t, kind, text(wsPath),
         text(branch.isEmpty() ? QString() : branch), text(key),
         SqlValue::optInt(opts.maxRuntimeSeconds), SqlValue::optInt(opts.maxRetries), t,
         text(TaskRow::skillsToText(skills)), SqlValue::textOrNull(reviewer),
         SqlValue::optInt(opts.heartbeatTimeoutSeconds)});
    Json parentList = Json::array();
    for (const QString &p : parents) {
        Sql::exec(db, QStringLiteral("INSERT INTO task_links(parent_id, child_id) VALUES (?, ?)"),
                  {p, id});
        parentList << p;
    }
    Json payload = Json::object();
    payload.set(QStringLiteral("assignee"), Json::orNull(assignee));
    payload.set(QStringLiteral("status"), status);
    payload.set(QStringLiteral("parents"), parentList);
    payload.set(QStringLiteral("tenant"), Json::orNull(tenant));
    payload.set(QStringLiteral("workspace_kind"), kind);
    payload.set(QStringLiteral("workspace_path"), Json::orNull(wsPath));
    if (!branch.isEmpty())
        payload.set(QStringLiteral("branch_name"), branch);
    // As the original: the list, or null when there is none.
    Json skillList = Json::array();
    for (const QString &name : skills.value_or(QStringList()))
        skillList << Json(name);
    payload.set(QStringLiteral("skills"), skills && !skills->isEmpty() ? skillList : Json());
    if (!reviewer.isEmpty())
        payload.set(QStringLiteral("reviewer"), reviewer);
    appendEvent(m_board, id, EventKind::Created, payload);
    txn.commit();
    return {id, false};
}

void Kernel::forEachTask(const ListFilter &filter, const std::function<void(const Task &)> &fn)
{
    // The filter and order: BoardQueries::listQuery (the CLI's list reads
    // only the columns it prints through the same query).
    const BoardQueries::ListQuery q = BoardQueries::listQuery(filter, taskColumns());
    // A big board: straight from SQLite, without a QVariant per value.
    forEachRow(m_board.db(), q.sql, q.binds, [&fn](const auto &row) { fn(TaskRow::read(row)); });
}

QList<Task> Kernel::listTasks(const ListFilter &filter)
{
    QList<Task> out;
    forEachTask(filter, [&out](const Task &t) { out << t; });
    return out;
}

QList<Task> Kernel::archivedTasks()
{
    return listTasks(ListFilter{{}, TaskStatus::Archived, {}, true, {}});
}

bool Kernel::assignTask(const QString &id, const QString &profile)
{
    const QString assignee = normaliseAssignee(profile);
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    auto t = task(id);
    if (!t)
        return false;
    if (t->status == TaskStatus::Running && !t->claimLock.isEmpty())
        throw KanbanError(
            QStringLiteral("cannot reassign %1: currently running (claimed). Wait for "
                           "completion or reclaim the stale lock first.")
                .arg(id),
            KanbanError::Conflict);
    if (t->assignee == assignee)
        return true;
    Sql::exec(db,
              QStringLiteral("UPDATE tasks SET assignee = ?, consecutive_failures = 0,"
                             " last_failure_error = NULL, updated_at = ? WHERE id = ?"),
              {text(assignee), now(), id});
    Json payload = Json::object();
    payload.set(QStringLiteral("assignee"), Json::orNull(assignee));
    payload.set(QStringLiteral("from"), Json::orNull(t->assignee));
    appendEvent(m_board, id, EventKind::Assigned, payload);
    txn.commit();
    return true;
}

void Kernel::editTask(const QString &id, const TaskEdit &edit)
{
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const Task t = requireTask(id);
    QStringList sets;
    QVariantList binds;
    Json fields = Json::array();
    auto setField = [&](const QString &col, const QVariant &v) {
        sets << col + QStringLiteral(" = ?");
        binds << v;
        fields << col;
    };
    if (edit.title) {
        const QString title = edit.title->trimmed();
        if (title.isEmpty())
            throw KanbanError(KanbanError::Code::TitleRequired, {},
                              QStringLiteral("title cannot be empty"));
        if (title != t.title)
            setField(QStringLiteral("title"), title);
    }
    if (edit.body && *edit.body != t.body)
        setField(QStringLiteral("body"), text(edit.body->isEmpty() ? QString() : *edit.body));
    if (edit.reviewer &&
        ProfileNames::normalised(*edit.reviewer, QStringLiteral("reviewer")) != t.reviewer)
        setField(QStringLiteral("reviewer"), SqlValue::textOrNull(ProfileNames::normalised(
                                                 *edit.reviewer, QStringLiteral("reviewer"))));
    if (edit.tenant && nullIfEmpty(*edit.tenant) != t.tenant)
        setField(QStringLiteral("tenant"), text(nullIfEmpty(*edit.tenant)));
    if (edit.maxRuntimeSeconds) {
        if (*edit.maxRuntimeSeconds && **edit.maxRuntimeSeconds < 1)
            throw KanbanError(QStringLiteral("--max-runtime must be positive"));
        setField(QStringLiteral("max_runtime_seconds"), SqlValue::optInt(*edit.maxRuntimeSeconds));
    }
    if (edit.maxRetries) {
        if (*edit.maxRetries && **edit.maxRetries < 1)
            throw KanbanError(
                QStringLiteral("--max-retries must be >= 1 (got %1); use 1 to trip on "
                               "the first failure.")
                    .arg(**edit.maxRetries));
        setField(QStringLiteral("max_retries"), SqlValue::optInt(*edit.maxRetries));
    }
    if (edit.heartbeatTimeoutSeconds) {
        if (*edit.heartbeatTimeoutSeconds && **edit.heartbeatTimeoutSeconds < 1)
            throw KanbanError(QStringLiteral("--heartbeat-timeout must be positive"));
        setField(QStringLiteral("heartbeat_timeout_seconds"),
                 SqlValue::optInt(*edit.heartbeatTimeoutSeconds));
    }
    if (edit.result) {
        if (t.status != TaskStatus::Done)
            throw KanbanError(KanbanError::Code::ResultNotDone, {t.title, t.status},
                              QStringLiteral("cannot edit the result of %1: task is %2, not done")
                                  .arg(id, t.status),
                              KanbanError::Conflict);
        setField(QStringLiteral("result"), text(*edit.result));
    }
    bool skillsCleared = false;
    if (edit.skills) {
        if (t.status == TaskStatus::Running)
            throw KanbanError(
                QStringLiteral("cannot %1 skills of %2: it is running (its worker started with "
                               "them); reclaim it first")
                    .arg(*edit.skills ? QStringLiteral("change") : QStringLiteral("clear"), id),
                KanbanError::Conflict);
        std::optional<QStringList> skills;
        if (*edit.skills)
            skills = TaskSkills::normalize(**edit.skills);
        skillsCleared = !skills;
        if (skills != t.skills)
            setField(QStringLiteral("skills"), text(TaskRow::skillsToText(skills)));
    }
    QString newAssignee = t.assignee;
    if (edit.assignee) {
        newAssignee = normaliseAssignee(*edit.assignee);
        if (newAssignee != t.assignee) {
            if (t.status == TaskStatus::Running && !t.claimLock.isEmpty())
                throw KanbanError(
                    QStringLiteral("cannot reassign %1: currently running (claimed). "
                                   "Wait for completion or reclaim the stale lock first.")
                        .arg(id),
                    KanbanError::Conflict);
            setField(QStringLiteral("assignee"), text(newAssignee));
            sets << QStringLiteral("consecutive_failures = 0")
                 << QStringLiteral("last_failure_error = NULL");
        }
    }
    const bool reprioritised = edit.priority && *edit.priority != t.priority;
    if (reprioritised) {
        sets << QStringLiteral("priority = ?");
        binds << *edit.priority;
    }
    if (sets.isEmpty())
        return;
    sets << QStringLiteral("updated_at = ?");
    binds << now() << id;
    Sql::exec(
        db, QStringLiteral("UPDATE tasks SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
        binds);
    if (fields.size() > 0) {
        Json payload = Json::object();
        payload.set(QStringLiteral("fields"), fields);
        if (skillsCleared) // as the original's edit --clear-skills
            payload.set(QStringLiteral("skills_cleared"), true);
        appendEvent(m_board, id, EventKind::Edited, payload);
    }
    if (newAssignee != t.assignee) {
        Json payload = Json::object();
        payload.set(QStringLiteral("assignee"), Json::orNull(newAssignee));
        payload.set(QStringLiteral("from"), Json::orNull(t.assignee));
        appendEvent(m_board, id, EventKind::Assigned, payload);
    }
    if (reprioritised) {
        Json payload = Json::object();
        payload.set(QStringLiteral("priority"), *edit.priority);
        appendEvent(m_board, id, EventKind::Reprioritized, payload);
    }
    txn.commit();
}

std::optional<QString> Kernel::specifyTask(const QString &id, const SpecifyFields &f)
{
    std::optional<QString> title;
    if (f.title) {
        title = f.title->trimmed();
        if (title->isEmpty())
            throw KanbanError(KanbanError::Code::TitleRequired, {},
                              QStringLiteral("title cannot be blank"));
    }
    QSqlDatabase &db = m_board.db();
    WriteTxn txn(db);
    const auto t = task(id);
    if (!t || t->status != TaskStatus::Triage)
        return std::nullopt;
    QStringList sets{QStringLiteral("status = 'todo'"), QStringLiteral("updated_at = ?")};
    QVariantList binds{now()};
    Json changed = Json::array();
    QStringList changedNames;
    auto change = [&](const QString &col, const QVariant &v) {
        sets << col + QStringLiteral(" = ?");
        binds << v;
        changed << col;
        changedNames << col;
    };
    if (title && *title != t->title)
        change(QStringLiteral("title"), *title);
    if (f.body && *f.body != t->body)
        change(QStringLiteral("body"), text(f.body->isEmpty() ? QString() : *f.body));
    const QString assignee = f.assignee ? normaliseAssignee(*f.assignee) : t->assignee;
    if (assignee != t->assignee)
        change(QStringLiteral("assignee"), text(assignee));
    binds << id;
    const int n =
        Sql::update(db,
                    QStringLiteral("UPDATE tasks SET %1 WHERE id = ? AND status = 'triage'")
                        .arg(sets.join(QStringLiteral(", "))),
                    binds);
    if (n == 0)
        return std::nullopt;
    // As the original: the comment only when a field changed, and no
    // `commented` event (the `specified` event records it).
    if (!changedNames.isEmpty() && !f.author.trimmed().isEmpty())
        KernelPrivate::insertComment(m_board, id, f.author.trimmed(),
                                     QStringLiteral("Specified — updated %1 and promoted to todo.")
                                         .arg(changedNames.join(QStringLiteral(", "))),
                                     false);
    Json payload;
    if (!changedNames.isEmpty()) {
        payload = Json::object();
        payload.set(QStringLiteral("changed_fields"), changed);
    }
    appendEvent(m_board, id, EventKind::Specified, payload);
    if (assignee != t->assignee) {
        Json p = Json::object();
        p.set(QStringLiteral("assignee"), Json::orNull(assignee));
        p.set(QStringLiteral("from"), Json::orNull(t->assignee));
        appendEvent(m_board, id, EventKind::Assigned, p);
    }
    const bool ready = unfinishedParents(id).isEmpty();
    if (ready)
        promote({id});
    txn.commit();
    return ready ? TaskStatus::Ready : TaskStatus::Todo;
}
