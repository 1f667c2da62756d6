#include "model/TaskTableModel.h"

#include "model/Staleness.h"
#include "model/Types.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {
enum Col {
    CId,
    CTitle,
    CBody,
    CAssignee,
    CStatus,
    CPriority,
    CTenant,
    CCreated,
    CStarted,
    CUpdated,
    CFailures,
    CReviewer,
    CCooldown,
    CCount
};
static_assert(CCount == TaskTableModel::kColumns, "m_col holds one slot per column");
const char *const kColNames[CCount] = {"id",
                                       "title",
                                       "body",
                                       "assignee",
                                       "status",
                                       "priority",
                                       "tenant",
                                       "created_at",
                                       "started_at",
                                       "updated_at",
                                       "consecutive_failures",
                                       "reviewer",
                                       "cooldown_until"};

// The events that put a task into a column: the latest one's time is when
// the task entered the column it is in (staleness counts from there).
QString columnEntryKinds()
{
    QStringList kinds;
    for (const QString &k :
         {EventKind::Created, EventKind::Specified, EventKind::Promoted, EventKind::Status,
          EventKind::Claimed, EventKind::Completed, EventKind::Blocked, EventKind::Unblocked,
          EventKind::Archived, EventKind::Reclaimed, EventKind::ReviewRequested,
          EventKind::ChangesRequested, EventKind::RateLimited, EventKind::SpawnFailed,
          EventKind::Crashed, EventKind::TimedOut, EventKind::ProtocolViolation, EventKind::GaveUp})
        kinds << QLatin1Char('\'') + k + QLatin1Char('\'');
    return kinds.join(QLatin1Char(','));
}

// Comments per task and unfinished parents per task, in one grouped pass.
const QString kDerivedSql =
    QStringLiteral("SELECT k.task_id, SUM(k.c), SUM(k.w) FROM ("
                   " SELECT task_id, 1 AS c, 0 AS w FROM task_comments"
                   " UNION ALL"
                   " SELECT l.child_id, 0, 1 FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                   "  WHERE p.status NOT IN ('done', 'archived')"
                   ") k GROUP BY k.task_id");

// The titles of each task's unfinished parents (few rows: links only).
const QString kWaitingOnSql =
    QStringLiteral("SELECT l.child_id, p.title FROM task_links l JOIN tasks p ON p.id = l.parent_id"
                   " WHERE p.status NOT IN ('done', 'archived')"
                   " ORDER BY p.priority DESC, p.created_at, p.id");

// When each task whose age shows (or orders its column) entered it: its
// latest moving event, found from the newest back through the
// (task_id, id) index (a grouped pass over every event costs twice as much).
QString enteredSql()
{
    return QStringLiteral("SELECT t.id, (SELECT e.created_at FROM task_events e"
                          " WHERE e.task_id = t.id AND e.kind IN (%1)"
                          " ORDER BY e.id DESC LIMIT 1) FROM tasks t"
                          " WHERE t.status IN ('todo', 'ready', 'blocked', 'done')")
        .arg(columnEntryKinds());
}
} // namespace

TaskTableModel::TaskTableModel(const QSqlDatabase &db, Clock *clock, QObject *parent)
    : QSqlTableModel(parent, db), m_clock(clock)
{
    setTable(QStringLiteral("tasks"));
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    // The columns a card needs, in Col order: long texts cut to excerpts,
    // and a running task's start is the start of its current run.
    QStringList cols;
    for (int c = 0; c < CCount; ++c) {
        const QString name = QLatin1String(kColNames[c]);
        if (c == CBody)
            cols << QStringLiteral("substr(body, 1, %1) AS body").arg(kExcerptChars);
        else if (c == CStarted)
            cols << QStringLiteral(
                "CASE WHEN status = 'running' AND current_run_id IS NOT NULL THEN"
                " COALESCE((SELECT r.started_at FROM task_runs r WHERE r.id = "
                "tasks.current_run_id),"
                " started_at) ELSE started_at END AS started_at");
        else
            cols << name;
        m_col[c] = c;
    }
    m_columns = cols.join(QStringLiteral(", "));
}

void TaskTableModel::setIncludeArchived(bool include)
{
    m_includeArchived = include;
}

QString TaskTableModel::selectStatement() const
{
    QString sql = QStringLiteral("SELECT %1 FROM tasks").arg(m_columns);
    if (!m_includeArchived)
        sql += QStringLiteral(" WHERE status <> 'archived'");
    return sql + QStringLiteral(" ORDER BY priority DESC, created_at, create_seq, id");
}

bool TaskTableModel::refresh()
{
    if (!loadDerived())
        return false;
    // Per-row caches are rebuilt below; until then data() reads the rows.
    m_rowDerived.clear();
    m_status.clear();
    if (!select())
        return false;
    while (canFetchMore())
        fetchMore();
    indexRows();
    return true;
}

bool TaskTableModel::loadDerived()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(kDerivedSql))
        return false;
    m_derived.clear();
    while (q.next()) {
        Derived &d = m_derived[q.value(0).toString()];
        d.comments = q.value(1).toInt();
        d.waiting = q.value(2).toInt();
    }
    static const QString entered = enteredSql();
    if (!q.exec(entered))
        return false;
    while (q.next()) {
        if (const qint64 at = q.value(1).toLongLong(); at > 0)
            m_derived[q.value(0).toString()].entered = at;
    }
    if (!q.exec(kWaitingOnSql))
        return false;
    while (q.next())
        m_derived[q.value(0).toString()].waitingOn << q.value(1).toString();
    return true;
}

void TaskTableModel::indexRows()
{
    m_rowOfId.clear();
    const int n = rowCount();
    m_rowOfId.reserve(n);
    m_rowDerived.resize(n);
    m_status.resize(n);
    QSet<QString> assignees, tenants;
    m_latestRetryAt = 0;
    for (int r = 0; r < n; ++r) {
        const QString id = field(r, CId).toString();
        m_rowOfId.insert(id, r);
        m_rowDerived[r] = m_derived.value(id);
        m_status[r] = field(r, CStatus).toString();
        if (m_status[r] == TaskStatus::Ready)
            m_latestRetryAt = qMax(m_latestRetryAt, field(r, CCooldown).toLongLong());
        const QString a = field(r, CAssignee).toString();
        if (!a.isEmpty())
            assignees.insert(a);
        const QString t = field(r, CTenant).toString();
        if (!t.isEmpty())
            tenants.insert(t);
    }
    m_assignees = QStringList(assignees.begin(), assignees.end());
    std::sort(m_assignees.begin(), m_assignees.end());
    m_tenants = QStringList(tenants.begin(), tenants.end());
    std::sort(m_tenants.begin(), m_tenants.end());
}

QVariant TaskTableModel::field(int row, int column) const
{
    return QSqlTableModel::data(index(row, m_col[column]), Qt::DisplayRole);
}

qint64 TaskTableModel::enteredAt(int row) const
{
    const qint64 created = field(row, CCreated).toLongLong();
    const qint64 moved = row < m_rowDerived.size() ? m_rowDerived.at(row).entered : 0;
    return qMax(created, moved);
}

QString TaskTableModel::idAt(int row) const
{
    return field(row, CId).toString();
}

QStringList TaskTableModel::assignees() const
{
    return m_assignees;
}

QStringList TaskTableModel::tenants() const
{
    return m_tenants;
}

void TaskTableModel::setWaitReasons(const QHash<QString, QString> &reasons)
{
    QSet<QString> changed;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (m_waitReasons.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = m_waitReasons.cbegin(); it != m_waitReasons.cend(); ++it)
        if (!reasons.contains(it.key()))
            changed.insert(it.key());
    m_waitReasons = reasons;
    for (const QString &id : std::as_const(changed)) {
        const int row = rowOfId(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1), {WaitReasonRole});
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role < IdRole)
        return QSqlTableModel::data(index, role);
    const int row = index.row();
    switch (role) {
    case IdRole:
        return field(row, CId);
    case TitleRole:
        return field(row, CTitle);
    case StatusRole:
        return field(row, CStatus);
    case AssigneeRole:
        return field(row, CAssignee).toString();
    case PriorityRole:
        return field(row, CPriority).toLongLong();
    case TenantRole:
        return field(row, CTenant).toString();
    case ExcerptRole:
        return field(row, CBody).toString();
    case CreatedAtRole:
        return field(row, CCreated).toLongLong();
    case StartedAtRole:
        return field(row, CStarted).toLongLong();
    case UpdatedAtRole:
        return field(row, CUpdated).toLongLong();
    case FailuresRole:
        return field(row, CFailures).toLongLong();
    case ReviewerRole:
        return field(row, CReviewer).toString();
    case CommentCountRole:
        return row < m_rowDerived.size() ? m_rowDerived.at(row).comments : 0;
    case WaitingCountRole:
        return row < m_rowDerived.size() ? m_rowDerived.at(row).waiting : 0;
    case AgeRole:
        return Staleness::ageSeconds(field(row, CStatus).toString(), enteredAt(row),
                                     field(row, CStarted).toLongLong(), m_clock->now());
    case EnteredAtRole:
        return enteredAt(row);
    case WaitingOnRole:
        return row < m_rowDerived.size() ? m_rowDerived.at(row).waitingOn : QStringList();
    case ElapsedRole: {
        if (row < m_status.size() ? m_status.at(row) != TaskStatus::Running
                                  : field(row, CStatus).toString() != TaskStatus::Running)
            return qint64(-1);
        const qint64 started = field(row, CStarted).toLongLong();
        return started > 0 ? qMax<qint64>(0, m_clock->now() - started) : qint64(-1);
    }
    case RetryInRole: {
        const QVariant until = field(row, CCooldown);
        if (until.isNull() || field(row, CStatus).toString() != TaskStatus::Ready)
            return qint64(-1);
        const qint64 left = until.toLongLong() - m_clock->now();
        return left > 0 ? left : qint64(-1);
    }
    case WaitReasonRole: {
        const QString status = field(row, CStatus).toString();
        if (status != TaskStatus::Ready && status != TaskStatus::Todo)
            return QString();
        return m_waitReasons.value(field(row, CId).toString());
    }
    case StalenessRole: {
        const QString status = field(row, CStatus).toString();
        const qint64 age = Staleness::ageSeconds(status, enteredAt(row),
                                                 field(row, CStarted).toLongLong(), m_clock->now());
        return int(Staleness::tier(status, age));
    }
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QSqlTableModel::roleNames();
    names.insert({{IdRole, "taskId"},
                  {TitleRole, "title"},
                  {StatusRole, "status"},
                  {AssigneeRole, "assignee"},
                  {PriorityRole, "priority"},
                  {TenantRole, "tenant"},
                  {ExcerptRole, "excerpt"},
                  {CreatedAtRole, "createdAt"},
                  {StartedAtRole, "startedAt"},
                  {UpdatedAtRole, "updatedAt"},
                  {FailuresRole, "failures"},
                  {CommentCountRole, "commentCount"},
                  {WaitingCountRole, "waitingCount"},
                  {AgeRole, "age"},
                  {ElapsedRole, "elapsed"},
                  {StalenessRole, "staleness"},
                  {ReviewerRole, "reviewer"},
                  {RetryInRole, "retryIn"},
                  {EnteredAtRole, "enteredAt"},
                  {WaitReasonRole, "waitReason"},
                  {WaitingOnRole, "waitingOn"}});
    return names;
}

bool TaskTableModel::setData(const QModelIndex &, const QVariant &, int)
{
    return false;
}

bool TaskTableModel::insertRows(int, int, const QModelIndex &)
{
    return false;
}

bool TaskTableModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

bool TaskTableModel::removeColumns(int, int, const QModelIndex &)
{
    return false;
}
