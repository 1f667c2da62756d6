#include "model/TaskJson.h"

#include "model/internal/TaskRow.h"

namespace TaskJson {

Json opt(const OptInt &v)
{
    return v ? Json(*v) : Json();
}

QStringList skillsOfColumn(const QString &text)
{
    return TaskRow::skillsFromText(text, false).value_or(QStringList());
}

Json skills(const std::optional<QStringList> &s)
{
    // As the original: a list, [] when none (NULL and [] both read as []).
    Json arr = Json::array();
    for (const QString &name : s.value_or(QStringList()))
        arr << Json(name);
    return arr;
}

OptInt retryAfter(const Task &t, qint64 now)
{
    return t.cooldownUntil && *t.cooldownUntil > now ? t.cooldownUntil : OptInt();
}

Json task(const Task &t, qint64 now)
{
    Json o = Json::object();
    o.set(QStringLiteral("id"), t.id);
    o.set(QStringLiteral("title"), t.title);
    o.set(QStringLiteral("body"), Json::orNull(t.body));
    o.set(QStringLiteral("assignee"), Json::orNull(t.assignee));
    o.set(QStringLiteral("status"), t.status);
    o.set(QStringLiteral("priority"), t.priority);
    o.set(QStringLiteral("tenant"), Json::orNull(t.tenant));
    o.set(QStringLiteral("workspace_kind"), t.workspaceKind);
    o.set(QStringLiteral("workspace_path"), Json::orNull(t.workspacePath));
    o.set(QStringLiteral("branch_name"), Json::orNull(t.branchName));
    o.set(QStringLiteral("created_by"), Json::orNull(t.createdBy));
    o.set(QStringLiteral("created_at"), t.createdAt);
    o.set(QStringLiteral("started_at"), opt(t.startedAt));
    o.set(QStringLiteral("completed_at"), opt(t.completedAt));
    o.set(QStringLiteral("result"), Json::orNull(t.result));
    o.set(QStringLiteral("max_runtime_seconds"), opt(t.maxRuntimeSeconds));
    o.set(QStringLiteral("max_retries"), opt(t.maxRetries));
    o.set(QStringLiteral("last_failure_error"), Json::orNull(t.lastFailureError));
    o.set(QStringLiteral("consecutive_failures"), t.consecutiveFailures);
    o.set(QStringLiteral("idempotency_key"), Json::orNull(t.idempotencyKey));
    o.set(QStringLiteral("current_run_id"), opt(t.currentRunId));
    o.set(QStringLiteral("reviewer"), Json::orNull(t.reviewer));
    o.set(QStringLiteral("skills"), skills(t.skills));
    o.set(QStringLiteral("heartbeat_timeout_seconds"), opt(t.heartbeatTimeoutSeconds));
    o.set(QStringLiteral("retry_after"), opt(retryAfter(t, now)));
    return o;
}

namespace {

struct CompactWriter
{
    QByteArray &out;
    bool first = true;
    template <qsizetype N> void key(const char (&k)[N])
    {
        out.append(first ? "{\"" : ",\"", 2);
        first = false;
        out.append(k, N - 1);
        out.append("\":", 2);
    }
    template <qsizetype N> void text(const char (&k)[N], const QString &s)
    {
        key(k);
        if (s.isNull())
            out.append("null", 4);
        else
            appendJsonString(out, s);
    }
    // Always a string (a null QString too), as Json(QString).
    template <qsizetype N> void str(const char (&k)[N], const QString &s)
    {
        key(k);
        appendJsonString(out, s);
    }
    template <qsizetype N> void number(const char (&k)[N], const OptInt &n)
    {
        key(k);
        if (n)
            out.append(QByteArray::number(*n));
        else
            out.append("null", 4);
    }
};

} // namespace

void appendTaskOpen(QByteArray &out, const Task &t, qint64 now)
{
    // The members and order of task(t, now).
    CompactWriter w{out};
    w.str("id", t.id);
    w.str("title", t.title);
    w.text("body", t.body);
    w.text("assignee", t.assignee);
    w.str("status", t.status);
    w.number("priority", t.priority);
    w.text("tenant", t.tenant);
    w.str("workspace_kind", t.workspaceKind);
    w.text("workspace_path", t.workspacePath);
    w.text("branch_name", t.branchName);
    w.text("created_by", t.createdBy);
    w.number("created_at", t.createdAt);
    w.number("started_at", t.startedAt);
    w.number("completed_at", t.completedAt);
    w.text("result", t.result);
    w.number("max_runtime_seconds", t.maxRuntimeSeconds);
    w.number("max_retries", t.maxRetries);
    w.text("last_failure_error", t.lastFailureError);
    w.number("consecutive_failures", t.consecutiveFailures);
    w.text("idempotency_key", t.idempotencyKey);
    w.number("current_run_id", t.currentRunId);
    w.text("reviewer", t.reviewer);
    w.key("skills");
    out.append('[');
    bool firstSkill = true;
    for (const QString &name : t.skills.value_or(QStringList())) {
        if (!firstSkill)
            out.append(',');
        firstSkill = false;
        appendJsonString(out, name);
    }
    out.append(']');
    w.number("heartbeat_timeout_seconds", t.heartbeatTimeoutSeconds);
    w.number("retry_after", retryAfter(t, now));
}

Json comment(const Comment &c)
{
    Json o = Json::object();
    o.set(QStringLiteral("id"), c.id);
    o.set(QStringLiteral("author"), c.author);
    o.set(QStringLiteral("body"), c.body);
    o.set(QStringLiteral("created_at"), c.createdAt);
    return o;
}

Json event(const Event &e)
{
    Json o = Json::object();
    o.set(QStringLiteral("id"), e.id);
    o.set(QStringLiteral("task_id"), e.taskId);
    o.set(QStringLiteral("run_id"), opt(e.runId));
    o.set(QStringLiteral("kind"), e.kind);
    o.set(QStringLiteral("payload"), Json::parse(e.payload, true));
    o.set(QStringLiteral("created_at"), e.createdAt);
    return o;
}

Json run(const Run &r)
{
    Json o = Json::object();
    o.set(QStringLiteral("id"), r.id);
    o.set(QStringLiteral("task_id"), r.taskId);
    o.set(QStringLiteral("profile"), Json::orNull(r.profile));
    o.set(QStringLiteral("step_key"), Json::orNull(r.stepKey));
    o.set(QStringLiteral("status"), r.status);
    o.set(QStringLiteral("outcome"), Json::orNull(r.outcome));
    o.set(QStringLiteral("summary"), Json::orNull(r.summary));
    o.set(QStringLiteral("error"), Json::orNull(r.error));
    o.set(QStringLiteral("metadata"), Json::parse(r.metadata, true));
    o.set(QStringLiteral("worker_pid"), opt(r.workerPid));
    o.set(QStringLiteral("started_at"), r.startedAt);
    o.set(QStringLiteral("ended_at"), opt(r.endedAt));
    return o;
}

Json notifySub(const NotifySub &s)
{
    Json o = Json::object();
    o.set(QStringLiteral("task_id"), s.taskId);
    o.set(QStringLiteral("platform"), s.platform);
    o.set(QStringLiteral("chat_id"), s.chatId);
    o.set(QStringLiteral("thread_id"), s.threadId.isEmpty() ? Json() : Json(s.threadId));
    o.set(QStringLiteral("user_id"), Json::orNull(s.userId));
    o.set(QStringLiteral("user_id_alt"), Json::orNull(s.userIdAlt));
    o.set(QStringLiteral("chat_type"), Json::orNull(s.chatType));
    o.set(QStringLiteral("created_at"), s.createdAt);
    o.set(QStringLiteral("last_event_id"), s.lastEventId);
    // Delivery state: why events wait, and the last failed attempt.
    o.set(QStringLiteral("pending_reason"), Json::orNull(s.pendingReason));
    o.set(QStringLiteral("last_error"), Json::orNull(s.lastError));
    o.set(QStringLiteral("attempts"), s.attempts);
    o.set(QStringLiteral("next_attempt_at"), opt(s.nextAttemptAt));
    return o;
}

Json stats(const BoardStats &s)
{
    Json byStatus = Json::object();
    for (const QString &st : TaskStatus::all()) {
        if (st != TaskStatus::Archived)
            byStatus.set(st, s.byStatus.value(st, 0));
    }
    Json byAssignee = Json::object();
    for (auto it = s.byAssignee.begin(); it != s.byAssignee.end(); ++it) {
        Json counts = Json::object();
        for (auto c = it.value().begin(); c != it.value().end(); ++c)
            counts.set(c.key(), c.value());
        byAssignee.set(it.key(), counts);
    }
    Json o = Json::object();
    o.set(QStringLiteral("by_status"), byStatus);
    o.set(QStringLiteral("by_assignee"), byAssignee);
    o.set(QStringLiteral("oldest_ready_age_seconds"), opt(s.oldestReadyAgeSeconds));
    o.set(QStringLiteral("now"), s.now);
    return o;
}

Json age(const TaskAge &a)
{
    Json o = Json::object();
    o.set(QStringLiteral("created_age_seconds"), opt(a.createdAgeSeconds));
    o.set(QStringLiteral("started_age_seconds"), opt(a.startedAgeSeconds));
    o.set(QStringLiteral("time_to_complete_seconds"), opt(a.timeToCompleteSeconds));
    return o;
}

} // namespace TaskJson
