#pragma once

#include "app/JsonOut.h"
#include "app/TaskFormat.h"
#include "app/Utf8Text.h"

#include "model/BoardQueries.h"
#include "model/TaskJson.h"

#include <cstring>

// `list` rows written straight from the query's row (SqliteStatement or
// QtRow, BoardQueries::forEachListed), byte-identical to the Task based
// TaskFormat::taskLine and appendTaskJson: plain UTF-8 is copied, anything
// else goes through the same QString code.
namespace ListRows {

const char *statusIcon(QByteArrayView status); // UTF-8, as TaskFormat::statusIcon

// The task dict's members, in the original's order (as TaskJson::task).
inline constexpr const char *kJsonKeys[] = {"id",
                                            "title",
                                            "body",
                                            "assignee",
                                            "status",
                                            "priority",
                                            "tenant",
                                            "workspace_kind",
                                            "workspace_path",
                                            "branch_name",
                                            "created_by",
                                            "created_at",
                                            "started_at",
                                            "completed_at",
                                            "result",
                                            "max_runtime_seconds",
                                            "max_retries",
                                            "last_failure_error",
                                            "consecutive_failures",
                                            "idempotency_key",
                                            "current_run_id",
                                            "reviewer",
                                            "skills",
                                            "heartbeat_timeout_seconds",
                                            "retry_after"};
// What JsonOut::key writes before each of them at `pad` (the first without
// the comma), built once: a list writes them for every task.
const QList<QByteArray> &memberPrefixes(int pad);

// TaskFormat::taskLine and '\n' from a ListColumns::Line row, appended
// through JsonOut's raw writer (one bounds check per line, no QByteArray
// append per field: callgrind put those at a third of list's own work).
template <typename Row> void appendLine(JsonOut &out, const Row &row)
{
    using namespace BoardQueries;
    const QByteArray id = row.raw(LineColumn::Id);
    const QByteArray status = row.raw(LineColumn::Status);
    const QByteArray assignee = row.raw(LineColumn::Assignee);
    const QByteArray tenant = row.raw(LineColumn::Tenant);
    const QByteArray title = row.raw(LineColumn::Title);
    const QByteArray reviewer = row.raw(LineColumn::Reviewer);
    qsizetype statusUnits = 0, assigneeUnits = 0;
    bool plain = true;
    for (const QByteArray *f : {&id, &status, &assignee, &tenant, &title, &reviewer}) {
        bool hidden = false;
        const qsizetype units = Utf8Text::plainLength(*f, &hidden);
        plain = plain && units >= 0 && !hidden;
        if (f == &status)
            statusUnits = units;
        else if (f == &assignee)
            assigneeUnits = units;
    }
    if (!plain) { // something to escape or to replace: as taskLine does
        Task t;
        t.id = row.text(LineColumn::Id);
        t.status = row.text(LineColumn::Status);
        t.assignee = row.text(LineColumn::Assignee);
        t.tenant = row.text(LineColumn::Tenant);
        t.title = row.text(LineColumn::Title);
        t.reviewer = row.text(LineColumn::Reviewer);
        const QByteArray line = TaskFormat::taskLine(t).toUtf8();
        out.raw(line.constData(), line.size());
        out.literal("\n");
        return;
    }
    // Icon (3) + spaces and padding (at most 8 + 20 + 8) + brackets,
    // "(unassigned)", "  (review: " and ")\n": under 64 bytes of our own.
    char *const start = out.room(id.size() + status.size() + assignee.size() + tenant.size() +
                                 title.size() + reviewer.size() + 64);
    char *p = start;
    const auto put = [&p](const char *s, qsizetype n) {
        std::memcpy(p, s, size_t(n));
        p += n;
    };
    const auto putBytes = [&put](const QByteArray &b) { put(b.constData(), b.size()); };
    const auto padTo = [&p](qsizetype units, qsizetype width) {
        if (units < width) {
            std::memset(p, ' ', size_t(width - units));
            p += width - units;
        }
    };
    const char *icon = statusIcon(status);
    put(icon, qsizetype(std::strlen(icon)));
    *p++ = ' ';
    putBytes(id);
    put("  ", 2);
    putBytes(status);
    padTo(statusUnits, 8);
    put("  ", 2);
    if (assignee.isEmpty()) {
        put("(unassigned)", 12);
        padTo(12, 20);
    } else {
        putBytes(assignee);
        padTo(assigneeUnits, 20);
    }
    if (!tenant.isEmpty()) {
        put(" [", 2);
        putBytes(tenant);
        *p++ = ']';
    }
    put("  ", 2);
    putBytes(title);
    if (!reviewer.isEmpty()) {
        put("  (review: ", 11);
        putBytes(reviewer);
        *p++ = ')';
    }
    *p++ = '\n';
    out.advance(p - start);
}

// A Task read as a ListColumns::Json row: TaskFormat::appendTaskJson is
// appendJson over it, so one writer holds the task dict's members and order
// on this side (TaskJson::task is the model's).
struct TaskAsRow
{
    const Task &t;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const; // null for a null text
    QByteArray raw(int column) const;
    OptInt optInt(int column) const;
};

// The skills a row lists ([] for NULL).
template <typename Row> QStringList skillsOf(const Row &row)
{
    using namespace BoardQueries;
    return row.isNull(JsonColumn::Skills) ? QStringList()
                                          : TaskJson::skillsOfColumn(row.text(JsonColumn::Skills));
}
QStringList skillsOf(const TaskAsRow &row);

// The task dict (TaskJson::task inside a Json::dump(2)) at nesting `depth`
// from a ListColumns::Json row.
template <typename Row> void appendJson(JsonOut &out, const Row &row, int depth, qint64 now)
{
    using namespace BoardQueries;
    const int pad = 2 * (depth + 1);
    const QList<QByteArray> &prefixes = memberPrefixes(pad);
    qsizetype member = 0;
    const auto key = [&]<qsizetype N>(const char(&k)[N]) {
        Q_ASSERT(qstrcmp(k, kJsonKeys[member]) == 0);
        Q_UNUSED(k);
        const QByteArray &p = prefixes.at(member++);
        out.raw(p.constData(), p.size());
    };
    const auto text = [&]<qsizetype N>(const char(&k)[N], int column) {
        key(k);
        const QByteArray v = row.raw(column); // null for NULL
        if (v.isNull())
            out.literal("null");
        else if (!out.plainString(v))
            out.nullableString(row.text(column));
    };
    const auto number = [&]<qsizetype N>(const char(&k)[N], qint64 n) {
        key(k);
        out.number(n);
    };
    const auto optNumber = [&]<qsizetype N>(const char(&k)[N], const OptInt &n) {
        key(k);
        if (n)
            out.number(*n);
        else
            out.literal("null");
    };
    out.literal("{");
    text("id", JsonColumn::Id);
    text("title", JsonColumn::Title);
    text("body", JsonColumn::Body);
    text("assignee", JsonColumn::Assignee);
    text("status", JsonColumn::Status);
    number("priority", row.int64(JsonColumn::Priority));
    text("tenant", JsonColumn::Tenant);
    text("workspace_kind", JsonColumn::WorkspaceKind);
    text("workspace_path", JsonColumn::WorkspacePath);
    text("branch_name", JsonColumn::BranchName);
    text("created_by", JsonColumn::CreatedBy);
    number("created_at", row.int64(JsonColumn::CreatedAt));
    optNumber("started_at", row.optInt(JsonColumn::StartedAt));
    optNumber("completed_at", row.optInt(JsonColumn::CompletedAt));
    text("result", JsonColumn::Result);
    optNumber("max_runtime_seconds", row.optInt(JsonColumn::MaxRuntimeSeconds));
    optNumber("max_retries", row.optInt(JsonColumn::MaxRetries));
    text("last_failure_error", JsonColumn::LastFailureError);
    number("consecutive_failures", row.int64(JsonColumn::ConsecutiveFailures));
    text("idempotency_key", JsonColumn::IdempotencyKey);
    optNumber("current_run_id", row.optInt(JsonColumn::CurrentRunId));
    text("reviewer", JsonColumn::Reviewer);
    key("skills");
    const QStringList skills = skillsOf(row);
    if (skills.isEmpty()) {
        out.literal("[]");
    } else {
        out.literal("[");
        for (qsizetype i = 0; i < skills.size(); ++i) {
            if (i > 0)
                out.literal(",");
            out.indent(pad + 2);
            out.string(skills.at(i));
        }
        out.indent(pad);
        out.literal("]");
    }
    optNumber("heartbeat_timeout_seconds", row.optInt(JsonColumn::HeartbeatTimeoutSeconds));
    const OptInt cooldown = row.optInt(JsonColumn::CooldownUntil);
    optNumber("retry_after", cooldown && *cooldown > now ? cooldown : OptInt());
    out.indent(2 * depth);
    out.literal("}");
}

} // namespace ListRows
