#include "model/internal/KernelPrivate.h"

#include "model/Board.h"
#include "model/HostId.h"
#include "model/Json.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"
#include "model/internal/SqlValue.h"
#include "model/internal/TaskRow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace KernelPrivate {

const QString &taskColumns()
{
    static const QString cols = QStringLiteral(
        "id, title, body, assignee, status, priority, tenant, created_by, created_at, started_at,"
        " completed_at, result, workspace_kind, workspace_path, branch_name, idempotency_key,"
        " claim_lock, claim_expires, worker_pid, worker_host, consecutive_failures,"
        " last_failure_error, max_runtime_seconds, max_retries, last_heartbeat_at, current_run_id,"
        " cooldown_until, updated_at, reviewer, skills, heartbeat_timeout_seconds, create_seq");
    return cols;
}

Task taskFromRow(const QSqlQuery &q)
{
    return TaskRow::read(QtRow{q});
}

const QString &eventColumns()
{
    static const QString cols = QStringLiteral("id, task_id, run_id, kind, payload, created_at");
    return cols;
}

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.taskId = q.value(1).toString();
    e.runId = SqlValue::toOptInt(q.value(2));
    e.kind = q.value(3).toString();
    e.payload = SqlValue::toText(q.value(4));
    e.createdAt = q.value(5).toLongLong();
    return e;
}

QString newTaskId(Board &board)
{
    return QStringLiteral("t_%1").arg(board.entropy()->next32(), 8, 16, QLatin1Char('0'));
}

QString claimLock(const QString &host, qint64 pid, quint32 nonce)
{
    return QStringLiteral("%1:%2:%3")
        .arg(host)
        .arg(pid)
        .arg(nonce & 0xffffff, 6, 16, QLatin1Char('0'));
}

QString defaultClaimLock()
{
    return claimLock(HostId::current(), QCoreApplication::applicationPid(),
                     Entropy::system()->next32());
}

void appendEvent(Board &board, const QString &taskId, const QString &kind, const Json &payload,
                 OptInt runId)
{
    Sql::update(
        board.db(),
        QStringLiteral("INSERT INTO task_events(task_id, run_id, kind, payload, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {taskId, SqlValue::optInt(runId), kind,
         payload.isNull() ? SqlValue::nullText() : QVariant(QString::fromUtf8(payload.dump(0))),
         board.now()});
}

void insertComment(Board &board, const QString &taskId, const QString &author, const QString &body,
                   bool commented)
{
    Sql::update(
        board.db(),
        QStringLiteral(
            "INSERT INTO task_comments(task_id, author, body, created_at) VALUES (?, ?, ?, ?)"),
        {taskId, author, body, board.now()});
    if (!commented)
        return;
    Json p = Json::object();
    p.set(QStringLiteral("author"), author);
    p.set(QStringLiteral("len"), qint64(body.size()));
    appendEvent(board, taskId, EventKind::Commented, p);
}

const QString &clearClaimSql()
{
    static const QString sql = QStringLiteral(
        "claim_lock = NULL, claim_expires = NULL, worker_pid = NULL, worker_host = NULL,"
        " current_run_id = NULL, last_heartbeat_at = NULL");
    return sql;
}

QString sourcePhase(Board &board, const OptInt &runId)
{
    if (runId &&
        Sql::scalar(board.db(),
                    QStringLiteral("SELECT 1 FROM task_runs WHERE id = ? AND step_key = ?"),
                    {*runId, RunStep::Review})
            .isValid())
        return TaskStatus::Review;
    return TaskStatus::Ready;
}

const QStringList &skipRelevantKinds()
{
    static const QStringList kinds{EventKind::SkippedUnassigned, EventKind::SkippedUnconfigured,
                                   EventKind::Claimed, EventKind::Assigned};
    return kinds;
}

QString sqlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

QString sqlAnyOf(const QString &column, const QStringList &values)
{
    QStringList terms;
    for (const QString &v : values)
        terms << column + QStringLiteral(" = '") + v + QLatin1Char('\'');
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace KernelPrivate

namespace TaskRow {

std::optional<QStringList> skillsFromText(const QString &text, bool isNull)
{
    if (isNull)
        return std::nullopt;
    QStringList out;
    const QJsonValue arr = Json::parse(text).toQt();
    for (const QJsonValue &v : arr.toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QString skillsToText(const std::optional<QStringList> &skills)
{
    if (!skills)
        return {};
    Json arr = Json::array();
    for (const QString &s : *skills)
        arr << Json(s);
    return QString::fromUtf8(arr.dump(0));
}

} // namespace TaskRow
