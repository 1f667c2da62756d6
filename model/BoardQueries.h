#pragma once

#include "model/SqliteNative.h"
#include "model/Types.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// Small read-only queries for the board window (drawer, filters, stats).
namespace BoardQueries {
struct BodyText
{
    bool found = false;
    QString text;          // at most maxChars characters
    qint64 totalChars = 0; // of the whole body
    bool truncated = false;
};

// Opens its own short-lived read-only connection, so it is safe to call
// from a worker thread. maxChars <= 0 reads the whole body.
BodyText readBody(const QString &dbPath, const QString &taskId, int maxChars);

// The task with an empty body; *bodyChars gets the body's length.
std::optional<Task> taskHead(QSqlDatabase &db, const QString &id, qint64 *bodyChars = nullptr);
// Newest first, at most limit.
QList<Event> lastEvents(QSqlDatabase &db, const QString &id, int limit);
// The newest `limit` comments, oldest first; *total gets the count.
QList<Comment> lastComments(QSqlDatabase &db, const QString &id, int limit, int *total = nullptr);
// Distinct names over the whole board, sorted.
QStringList assignees(QSqlDatabase &db);
QStringList tenants(QSqlDatabase &db);

struct TaskRef
{
    QString id;
    QString title;
    QString status;
    qint64 createdAt = 0;
};
std::optional<TaskRef> oldestReady(QSqlDatabase &db);
// id, title and status of the given ids (missing ids are left out).
QList<TaskRef> refs(QSqlDatabase &db, const QStringList &ids);

// What create prints of the task it made (id, status, assignee, reviewer:
// the rest of Task is left empty), without reading the whole row; throws
// KanbanError(NotFound) as Kernel::requireTask does.
Task createdHead(QSqlDatabase &db, const QString &id);

// The list verb's query over `columns` (of tasks): the filter's rows in its
// order. Throws KanbanError for an unknown status or sort key.
struct ListQuery
{
    QString sql;
    QVariantList binds;
};
ListQuery listQuery(const ListFilter &filter, const QString &columns);

// The columns a list needs, in these orders (the original's order of the
// task dict for Json, whose last is cooldown_until for retry_after).
enum class ListColumns { Line, Json };
namespace LineColumn {
enum { Id, Status, Assignee, Tenant, Title, Reviewer };
}
namespace JsonColumn {
enum {
    Id,
    Title,
    Body,
    Assignee,
    Status,
    Priority,
    Tenant,
    WorkspaceKind,
    WorkspacePath,
    BranchName,
    CreatedBy,
    CreatedAt,
    StartedAt,
    CompletedAt,
    Result,
    MaxRuntimeSeconds,
    MaxRetries,
    LastFailureError,
    ConsecutiveFailures,
    IdempotencyKey,
    CurrentRunId,
    Reviewer,
    Skills,
    HeartbeatTimeoutSeconds,
    CooldownUntil,
};
}
QString listColumns(ListColumns which);

// Calls fn(row) for each listed task, straight from SQLite where it can
// (SqliteNative's forEachRow): a big board without a Task per row.
template <typename F>
void forEachListed(QSqlDatabase &db, const ListFilter &filter, ListColumns which, F &&fn)
{
    const ListQuery q = listQuery(filter, listColumns(which));
    forEachRow(db, q.sql, q.binds, fn);
}
} // namespace BoardQueries
