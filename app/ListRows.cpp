#include "app/ListRows.h"

namespace ListRows {

const char *statusIcon(QByteArrayView status)
{
    static const struct
    {
        const char *status;
        const char *icon;
    } icons[] = {{"triage", "?"},       {"todo", "\u25fb"},    {"ready", "\u25b6"},
                 {"running", "\u25cf"}, {"blocked", "\u2298"}, {"review", "\u25c6"},
                 {"done", "\u2713"},    {"archived", "\u2014"}};
    for (const auto &i : icons) {
        if (status == QByteArrayView(i.status))
            return i.icon;
    }
    return "?";
}

const QList<QByteArray> &memberPrefixes(int pad)
{
    const auto build = [](int spaces) {
        QList<QByteArray> out;
        for (const char *k : kJsonKeys) {
            QByteArray p;
            JsonOut json(p);
            json.key(k, qsizetype(qstrlen(k)), spaces, out.isEmpty());
            json.finish();
            out << p;
        }
        return out;
    };
    static const QList<QByteArray> list = build(4); // list --json: depth 1
    if (pad == 4)
        return list;
    thread_local int otherPad = -1;
    thread_local QList<QByteArray> other;
    if (otherPad != pad) {
        other = build(pad);
        otherPad = pad;
    }
    return other;
}

namespace {

using namespace BoardQueries;

const QString *textField(const Task &t, int column)
{
    switch (column) {
    case JsonColumn::Id:
        return &t.id;
    case JsonColumn::Title:
        return &t.title;
    case JsonColumn::Body:
        return &t.body;
    case JsonColumn::Assignee:
        return &t.assignee;
    case JsonColumn::Status:
        return &t.status;
    case JsonColumn::Tenant:
        return &t.tenant;
    case JsonColumn::WorkspaceKind:
        return &t.workspaceKind;
    case JsonColumn::WorkspacePath:
        return &t.workspacePath;
    case JsonColumn::BranchName:
        return &t.branchName;
    case JsonColumn::CreatedBy:
        return &t.createdBy;
    case JsonColumn::Result:
        return &t.result;
    case JsonColumn::LastFailureError:
        return &t.lastFailureError;
    case JsonColumn::IdempotencyKey:
        return &t.idempotencyKey;
    case JsonColumn::Reviewer:
        return &t.reviewer;
    default:
        return nullptr;
    }
}

} // namespace

bool TaskAsRow::isNull(int column) const
{
    if (const QString *s = textField(t, column))
        return s->isNull();
    if (column == JsonColumn::Skills)
        return !t.skills;
    return !optInt(column);
}

qint64 TaskAsRow::int64(int column) const
{
    return optInt(column).value_or(0);
}

QString TaskAsRow::text(int column) const
{
    const QString *s = textField(t, column);
    return s ? *s : QString();
}

QByteArray TaskAsRow::raw(int column) const
{
    const QString *s = textField(t, column);
    if (!s || s->isNull())
        return {};
    const QByteArray b = s->toUtf8();
    return b.isNull() ? QByteArray("", 0) : b;
}

OptInt TaskAsRow::optInt(int column) const
{
    switch (column) {
    case JsonColumn::Priority:
        return t.priority;
    case JsonColumn::CreatedAt:
        return t.createdAt;
    case JsonColumn::StartedAt:
        return t.startedAt;
    case JsonColumn::CompletedAt:
        return t.completedAt;
    case JsonColumn::MaxRuntimeSeconds:
        return t.maxRuntimeSeconds;
    case JsonColumn::MaxRetries:
        return t.maxRetries;
    case JsonColumn::ConsecutiveFailures:
        return t.consecutiveFailures;
    case JsonColumn::CurrentRunId:
        return t.currentRunId;
    case JsonColumn::HeartbeatTimeoutSeconds:
        return t.heartbeatTimeoutSeconds;
    case JsonColumn::CooldownUntil:
        return t.cooldownUntil;
    default:
        return std::nullopt;
    }
}

QStringList skillsOf(const TaskAsRow &row)
{
    return row.t.skills.value_or(QStringList());
}

} // namespace ListRows
