#include "model/BoardQueries.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/Sql.h"
#include "model/internal/KernelPrivate.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace {

QStringList strings(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = Sql::exec(db, sql);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString headColumns()
{
    QString cols = KernelPrivate::taskColumns();
    cols.replace(QStringLiteral(" body,"), QStringLiteral(" '' AS body,"));
    return cols;
}

} // namespace

namespace BoardQueries {

BodyText readBody(const QString &dbPath, const QString &taskId, int maxChars)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("qkanban-body-%1").arg(counter.fetchAndAddRelaxed(1));
    BodyText out;
    const bool postgres = Dialect::isPostgresPath(dbPath);
    {
        QSqlDatabase db;
        if (postgres) {
            try {
                db = Database::open(dbPath, name);
            } catch (const KanbanError &) {
                return out; // the drawer shows no body, as for a vanished task
            }
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                     .arg(Database::kBusyTimeoutMs));
        }
        if (db.isOpen() || db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(!postgres);
            const QString text =
                maxChars > 0 ? QStringLiteral("substr(COALESCE(body, ''), 1, %1)").arg(maxChars)
                             : QStringLiteral("COALESCE(body, '')");
            q.prepare(
                QStringLiteral("SELECT %1, length(COALESCE(body, '')) FROM tasks WHERE id = ?")
                    .arg(text));
            q.addBindValue(taskId);
            if (q.exec() && q.next()) {
                out.found = true;
                out.text = q.value(0).toString();
                out.totalChars = q.value(1).toLongLong();
                out.truncated = out.totalChars > out.text.size();
            }
            q.finish();
            Sql::forgetConnection(name);
            db.close();
        }
    }
    if (postgres)
        Database::close(name);
    else
        QSqlDatabase::removeDatabase(name);
    return out;
}

std::optional<Task> taskHead(QSqlDatabase &db, const QString &id, qint64 *bodyChars)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT %1, length(COALESCE(body, '')) FROM tasks WHERE id = ?")
                      .arg(headColumns()),
                  {id});
    if (!q.next())
        return std::nullopt;
    if (bodyChars) // the column after the task's
        *bodyChars =
            q.value(int(KernelPrivate::taskColumns().count(QLatin1Char(','))) + 1).toLongLong();
    return KernelPrivate::taskFromRow(q);
}

QList<Event> lastEvents(QSqlDatabase &db, const QString &id, int limit)
{
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT %1 FROM task_events"
                                           " WHERE task_id = ? ORDER BY id DESC LIMIT ?")
                                .arg(KernelPrivate::eventColumns()),
                            {id, limit});
    QList<Event> out;
    while (q.next())
        out << KernelPrivate::eventFromRow(q);
    return out;
}

QList<Comment> lastComments(QSqlDatabase &db, const QString &id, int limit, int *total)
{
    if (total)
        *total =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM task_comments WHERE task_id = ?"),
                        {id})
                .toInt();
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT id, task_id, author, body, created_at FROM task_comments"
                                 " WHERE task_id = ? ORDER BY id DESC LIMIT ?"),
                  {id, limit});
    QList<Comment> out;
    while (q.next())
        out.prepend(Comment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toLongLong()});
    return out;
}

QStringList assignees(QSqlDatabase &db)
{
    return strings(db,
                   QStringLiteral("SELECT DISTINCT assignee FROM tasks WHERE assignee IS NOT NULL"
                                  " AND assignee <> '' ORDER BY assignee"));
}

QStringList tenants(QSqlDatabase &db)
{
    return strings(db, QStringLiteral("SELECT DISTINCT tenant FROM tasks WHERE tenant IS NOT NULL"
                                      " AND tenant <> '' ORDER BY tenant"));
}

std::optional<TaskRef> oldestReady(QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id, title, status, created_at FROM tasks WHERE status = 'ready'"
                           " ORDER BY created_at, create_seq, id LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    return TaskRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toLongLong()};
}

QList<TaskRef> refs(QSqlDatabase &db, const QStringList &ids)
{
    QList<TaskRef> out;
    for (const QString &id : ids) {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT id, title, status, created_at FROM tasks WHERE id = ?"),
            {id});
        if (q.next())
            out << TaskRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong()};
    }
    return out;
}

Task createdHead(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT status, assignee, reviewer FROM tasks WHERE id = ?"), {id});
    if (!q.next())
        throw KanbanError(KanbanError::Code::NoSuchTask, {id},
                          QStringLiteral("no such task: %1").arg(id), KanbanError::NotFound);
    Task t;
    t.id = id;
    t.status = q.value(0).toString();
    t.assignee = q.value(1).toString();
    t.reviewer = q.value(2).toString();
    return t;
}

ListQuery listQuery(const ListFilter &filter, const QString &columns)
{
    QStringList where;
    QVariantList binds;
    if (!filter.assignee.isEmpty()) {
        where << QStringLiteral("assignee = ?");
        binds << filter.assignee.trimmed().toLower();
    }
    if (!filter.status.isEmpty()) {
        if (!TaskStatus::isValid(filter.status))
            throw KanbanError(
                QStringLiteral("unknown status: %1 (one of %2)")
                    .arg(filter.status, TaskStatus::all().join(QStringLiteral(", "))));
        where << QStringLiteral("status = ?");
        binds << filter.status;
    } else if (!filter.includeArchived) {
        where << QStringLiteral("status <> 'archived'");
    }
    if (!filter.tenant.isEmpty()) {
        where << QStringLiteral("tenant = ?");
        binds << filter.tenant;
    }
    // Ties of created_at (one second) fall to creation order, create_seq.
    static const QMap<QString, QString> orders{
        {QString(), QStringLiteral("priority DESC, created_at, create_seq, id")},
        {QStringLiteral("priority-desc"),
         QStringLiteral("priority DESC, created_at, create_seq, id")},
        {QStringLiteral("priority"), QStringLiteral("priority ASC, created_at, create_seq, id")},
        {QStringLiteral("created"), QStringLiteral("created_at, create_seq, id")},
        {QStringLiteral("created-desc"),
         QStringLiteral("created_at DESC, create_seq DESC, id DESC")},
        {QStringLiteral("status"),
         QStringLiteral("status ASC, priority DESC, created_at, create_seq, id")},
        {QStringLiteral("assignee"),
         QStringLiteral("assignee ASC, priority DESC, created_at, create_seq, id")},
        {QStringLiteral("title"), QStringLiteral("title ASC, id ASC")},
        {QStringLiteral("updated"), QStringLiteral("updated_at DESC, id ASC")},
    };
    if (!orders.contains(filter.sort))
        throw KanbanError(
            QStringLiteral("order_by must be one of created, created-desc, priority, "
                           "priority-desc, status, assignee, title, updated (got '%1')")
                .arg(filter.sort));
    QString sql = QStringLiteral("SELECT %1 FROM tasks").arg(columns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orders.value(filter.sort);
    return {sql, binds};
}

QString listColumns(ListColumns which)
{
    if (which == ListColumns::Line)
        return QStringLiteral("id, status, assignee, tenant, title, reviewer");
    return QStringLiteral(
        "id, title, body, assignee, status, priority, tenant, workspace_kind, workspace_path,"
        " branch_name, created_by, created_at, started_at, completed_at, result,"
        " max_runtime_seconds, max_retries, last_failure_error, consecutive_failures,"
        " idempotency_key, current_run_id, reviewer, skills, heartbeat_timeout_seconds,"
        " cooldown_until");
}

} // namespace BoardQueries
