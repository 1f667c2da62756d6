#include "TaskFormat.h"

#include <QDateTime>

namespace TaskFormat {

namespace {

// Visits the task dict's fields in the original's order, typed, so the
// Json builder and the fast byte writer share one field list.
template<class Visitor>
void visitTask(const Task &t, Visitor &&v)
{
    v.text("id", t.id);
    v.text("title", t.title);
    v.text("body", t.body);
    v.text("assignee", t.assignee);
    v.text("status", t.status);
    v.number("priority", t.priority);
    v.text("tenant", t.tenant);
    v.text("workspace_kind", t.workspaceKind);
    v.text("workspace_path", t.workspacePath);
    v.text("branch_name", t.branchName);
    v.text("created_by", t.createdBy);
    v.number("created_at", t.createdAt);
    v.optNumber("started_at", t.startedAt);
    v.optNumber("completed_at", t.completedAt);
    v.text("result", t.result);
    v.optNumber("max_runtime_seconds", t.maxRuntimeSeconds);
    v.optNumber("max_retries", t.maxRetries);
    v.text("last_failure_error", t.lastFailureError);
    v.number("consecutive_failures", t.consecutiveFailures);
    v.text("idempotency_key", t.idempotencyKey);
    v.optNumber("current_run_id", t.currentRunId);
}

struct JsonBuilder
{
    Json obj = Json::object();
    void text(const char *k, const QString &s) { obj.set(QLatin1String(k), Json::orNull(s)); }
    void number(const char *k, qint64 n) { obj.set(QLatin1String(k), Json(n)); }
    void optNumber(const char *k, const OptInt &n) { obj.set(QLatin1String(k), n ? Json(*n) : Json()); }
};

struct ByteWriter
{
    QByteArray &out;
    QByteArray pad; // indentation of the members
    bool first = true;
    void key(const char *k)
    {
        out.append(first ? "\n" : ",\n");
        first = false;
        out.append(pad);
        out.append('"').append(k).append("\": ");
    }
    void text(const char *k, const QString &s)
    {
        key(k);
        if (s.isNull())
            out.append("null");
        else
            appendJsonString(out, s);
    }
    void number(const char *k, qint64 n)
    {
        key(k);
        out.append(QByteArray::number(n));
    }
    void optNumber(const char *k, const OptInt &n)
    {
        key(k);
        if (n)
            out.append(QByteArray::number(*n));
        else
            out.append("null");
    }
};

} // namespace

QString timestamp(qint64 t)
{
    if (t == 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timestamp(const OptInt &t)
{
    return t ? timestamp(*t) : QString();
}

QString statusIcon(const QString &status)
{
    static const QHash<QString, QString> icons{
        {TaskStatus::Triage, QStringLiteral("?")}, {TaskStatus::Todo, QStringLiteral("◻")},
        {TaskStatus::Ready, QStringLiteral("▶")},  {TaskStatus::Running, QStringLiteral("●")},
        {TaskStatus::Blocked, QStringLiteral("⊘")}, {TaskStatus::Review, QStringLiteral("◆")},
        {TaskStatus::Done, QStringLiteral("✓")},    {TaskStatus::Archived, QStringLiteral("—")},
    };
    return icons.value(status, QStringLiteral("?"));
}

QString taskLine(const Task &t)
{
    const QString assignee = t.assignee.isEmpty() ? QStringLiteral("(unassigned)") : t.assignee;
    const QString tenant = t.tenant.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(t.tenant);
    return QStringLiteral("%1 %2  %3  %4%5  %6")
        .arg(statusIcon(t.status), t.id, t.status.leftJustified(8), assignee.leftJustified(20), tenant, t.title);
}

Json taskJson(const Task &t)
{
    JsonBuilder b;
    visitTask(t, b);
    return b.obj;
}

void appendTaskJson(QByteArray &out, const Task &t, int depth)
{
    out.append('{');
    ByteWriter w{out, QByteArray(2 * (depth + 1), ' ')};
    visitTask(t, w);
    out.append('\n').append(QByteArray(2 * depth, ' ')).append('}');
}

Json commentJson(const Comment &c)
{
    Json o = Json::object();
    o.set(QStringLiteral("author"), c.author);
    o.set(QStringLiteral("body"), c.body);
    o.set(QStringLiteral("created_at"), c.createdAt);
    return o;
}

Json eventJson(const Event &e)
{
    Json o = Json::object();
    o.set(QStringLiteral("kind"), e.kind);
    o.set(QStringLiteral("payload"), Json::parse(e.payload, true));
    o.set(QStringLiteral("created_at"), e.createdAt);
    o.set(QStringLiteral("run_id"), e.runId ? Json(*e.runId) : Json());
    return o;
}

Json runJson(const Run &r)
{
    Json o = Json::object();
    o.set(QStringLiteral("id"), r.id);
    o.set(QStringLiteral("profile"), Json::orNull(r.profile));
    o.set(QStringLiteral("status"), r.status);
    o.set(QStringLiteral("outcome"), Json::orNull(r.outcome));
    o.set(QStringLiteral("summary"), Json::orNull(r.summary));
    o.set(QStringLiteral("error"), Json::orNull(r.error));
    o.set(QStringLiteral("metadata"), Json::parse(r.metadata, true));
    o.set(QStringLiteral("worker_pid"), r.workerPid ? Json(*r.workerPid) : Json());
    o.set(QStringLiteral("started_at"), r.startedAt);
    o.set(QStringLiteral("ended_at"), r.endedAt ? Json(*r.endedAt) : Json());
    return o;
}

QString eventLine(const Event &e)
{
    const QString payload = e.payload.isEmpty() ? QString() : QLatin1Char(' ') + e.payload;
    return QStringLiteral("[%1] %2%3").arg(timestamp(e.createdAt), e.kind, payload);
}

QString elapsed(qint64 s)
{
    s = qMax<qint64>(0, s);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1h").arg(double(s) / 3600.0, 0, 'f', 1);
}

} // namespace TaskFormat
