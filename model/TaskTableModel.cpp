#include "model/TaskTableModel.h"

#include "model/Staleness.h"
#include "model/Types.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

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
    CSeq,
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
                                       "cooldown_until",
                                       "create_seq"};

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
    QStringList where;
    if (!m_includeArchived)
        where << QStringLiteral("status <> 'archived'");
    // selectRow() reads one row through the filter (its primary key).
    if (!filter().isEmpty())
        where << QLatin1Char('(') + filter() + QLatin1Char(')');
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql + QStringLiteral(" ORDER BY priority DESC, created_at, create_seq, id");
}

bool TaskTableModel::refresh()
{
    // Per-row caches are rebuilt below; until then data() reads the rows.
    m_rowDerived.clear();
    m_status.clear();
    m_touched = 0;
    m_inserted.clear();
    if (!QSqlTableModel::select())
        return false;
    while (canFetchMore())
        fetchMore();
    indexRows();
    return loadDerived();
}

bool TaskTableModel::loadDerived()
{
    // Straight into the rows (no table by id beside them: a 10,000-task
    // board's peak memory holds one copy).
    const auto at = [this](const QVariant &id) -> Derived * {
        const int row = rowOfId(id.toString());
        return row < 0 ? nullptr : &m_rowDerived[row];
    };
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(kDerivedSql))
        return false;
    while (q.next()) {
        if (Derived *d = at(q.value(0))) {
            d->comments = q.value(1).toInt();
            d->waiting = q.value(2).toInt();
        }
    }
    static const QString entered = enteredSql();
    if (!q.exec(entered))
        return false;
    while (q.next()) {
        const qint64 when = q.value(1).toLongLong();
        if (Derived *d = when > 0 ? at(q.value(0)) : nullptr)
            d->entered = when;
    }
    if (!q.exec(kWaitingOnSql))
        return false;
    while (q.next()) {
        if (Derived *d = at(q.value(0)))
            d->waitingOn << q.value(1).toString();
    }
    return true;
}

void TaskTableModel::indexRows()
{
    m_rowOfId.clear();
    const int n = rowCount();
    m_rowOfId.reserve(n);
    m_rowDerived.resize(n);
    m_status.resize(n);
    m_statusRows.clear();
    m_assigneeRows.clear();
    m_tenantRows.clear();
    m_latestRetryAt = 0;
    for (int r = 0; r < n; ++r) {
        const QString id = field(r, CId).toString();
        m_rowOfId.insert(id, r);
        m_status[r] = field(r, CStatus).toString();
        countRow(r, 1);
    }
    m_assignees = m_assigneeRows.keys();
    std::sort(m_assignees.begin(), m_assignees.end());
    m_tenants = m_tenantRows.keys();
    std::sort(m_tenants.begin(), m_tenants.end());
}

void TaskTableModel::countRow(int row, int delta)
{
    // The assignees and tenants in use, and the latest retry ahead.
    const auto count = [delta](QHash<QString, int> &rows, const QString &key) {
        if (key.isEmpty())
            return;
        if ((rows[key] += delta) <= 0)
            rows.remove(key);
    };
    count(m_statusRows, m_status.at(row));
    count(m_assigneeRows, field(row, CAssignee).toString());
    count(m_tenantRows, field(row, CTenant).toString());
    if (delta > 0 && m_status.at(row) == TaskStatus::Ready)
        m_latestRetryAt = qMax(m_latestRetryAt, field(row, CCooldown).toLongLong());
}

bool TaskTableModel::applyChanges(const QSet<QString> &changed)
{
    // Every touched row stays in the table model's cache (which data()
    // walks) until the next select: past a few hundred, re-read it all.
    constexpr int kMaxTouched = 128;
    if (changed.isEmpty())
        return countsAgree();
    // Rows are added into the select's record: without one (a select
    // that found no row may have no columns), read everything.
    if (m_touched + changed.size() > kMaxTouched || record().count() != kColumns)
        return false;
    QStringList ids(changed.cbegin(), changed.cend());
    // Their children wait on them: counts and titles of open parents.
    QSet<QString> affected = changed;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT child_id FROM task_links WHERE parent_id IN (%1)")
                      .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &id : std::as_const(ids))
            q.addBindValue(id);
        if (!q.exec())
            return false;
        while (q.next())
            affected.insert(q.value(0).toString());
    }
    if (affected.size() > 4 * kMaxTouched)
        return false;
    QHash<QString, QSqlRecord> rows;
    QHash<QString, Derived> derived;
    if (!readRows(ids, rows) ||
        !readDerived(QStringList(affected.cbegin(), affected.cend()), derived))
        return false;
    for (const QString &id : std::as_const(ids)) {
        const int row = rowOfId(id);
        const auto fresh = rows.constFind(id);
        if (fresh == rows.cend()) {
            if (row >= 0)
                removeRow(row);
            continue;
        }
        // Same place in the order (priority first): re-read in place.
        if (row >= 0 && field(row, CPriority) == fresh->value(CPriority)) {
            reloadRow(row, *fresh, derived.value(id));
            continue;
        }
        if (row >= 0)
            removeRow(row);
        insertRow(*fresh, derived.value(id));
    }
    for (const QString &id : std::as_const(affected)) {
        const int row = changed.contains(id) ? -1 : rowOfId(id);
        if (row < 0)
            continue;
        m_rowDerived[row] = derived.value(id);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    m_assignees = m_assigneeRows.keys();
    std::sort(m_assignees.begin(), m_assignees.end());
    m_tenants = m_tenantRows.keys();
    std::sort(m_tenants.begin(), m_tenants.end());
    return countsAgree();
}

bool TaskTableModel::readRows(const QStringList &ids, QHash<QString, QSqlRecord> &out)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT %1 FROM tasks WHERE id IN (%2)")
            .arg(m_columns, QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    if (!m_includeArchived)
        sql += QStringLiteral(" AND status <> 'archived'");
    q.prepare(sql);
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return false;
    while (q.next())
        out.insert(q.value(CId).toString(), q.record());
    return true;
}

bool TaskTableModel::readDerived(const QStringList &ids, QHash<QString, Derived> &out)
{
    const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        q.prepare(sql.arg(marks));
        for (const QString &id : ids)
            q.addBindValue(id);
        return q.exec();
    };
    if (!run(QStringLiteral(
            "SELECT task_id, COUNT(*) FROM task_comments WHERE task_id IN (%1) GROUP BY task_id")))
        return false;
    while (q.next())
        out[q.value(0).toString()].comments = q.value(1).toInt();
    if (!run(QStringLiteral("SELECT l.child_id, p.title FROM task_links l"
                            " JOIN tasks p ON p.id = l.parent_id"
                            " WHERE l.child_id IN (%1) AND p.status NOT IN ('done', 'archived')"
                            " ORDER BY p.priority DESC, p.created_at, p.id")))
        return false;
    while (q.next()) {
        Derived &d = out[q.value(0).toString()];
        d.waitingOn << q.value(1).toString();
        d.waiting = int(d.waitingOn.size());
    }
    static const QString entered = enteredSql() + QStringLiteral(" AND t.id IN (%1)");
    if (!run(entered))
        return false;
    while (q.next()) {
        if (const qint64 at = q.value(1).toLongLong(); at > 0)
            out[q.value(0).toString()].entered = at;
    }
    return true;
}

void TaskTableModel::reloadRow(int row, const QSqlRecord &rec, const Derived &d)
{
    ++m_touched;
    countRow(row, -1);
    // The columns filter by status as the row changes.
    m_status[row] = rec.value(CStatus).toString();
    m_rowDerived[row] = d;
    if (m_inserted.contains(rec.value(CId).toString())) {
        // An inserted row: selectRow() cannot read it back.
        m_writing = true;
        QSqlTableModel::setRecord(row, rec);
        m_writing = false;
    } else {
        selectRow(row);
    }
    countRow(row, 1);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int TaskTableModel::insertPosition(const QSqlRecord &rec) const
{
    // The select's order: priority DESC, created_at, create_seq, id.
    const auto key = [](qint64 priority, qint64 created, qint64 seq, const QString &id) {
        return std::make_tuple(-priority, created, seq, id);
    };
    const auto wanted = key(rec.value(CPriority).toLongLong(), rec.value(CCreated).toLongLong(),
                            rec.value(CSeq).toLongLong(), rec.value(CId).toString());
    int lo = 0, hi = rowCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const auto at = key(field(mid, CPriority).toLongLong(), field(mid, CCreated).toLongLong(),
                            field(mid, CSeq).toLongLong(), field(mid, CId).toString());
        if (at < wanted)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void TaskTableModel::insertRow(const QSqlRecord &rec, const Derived &d)
{
    ++m_touched;
    const int row = insertPosition(rec);
    // Shown by no column until its values are in.
    m_status.insert(row, QString());
    m_rowDerived.insert(row, Derived());
    for (auto it = m_rowOfId.begin(); it != m_rowOfId.end(); ++it) {
        if (*it >= row)
            ++*it;
    }
    m_writing = true;
    QSqlTableModel::insertRows(row, 1);
    QSqlTableModel::setRecord(row, rec);
    m_writing = false;
    const QString id = rec.value(CId).toString();
    m_rowOfId.insert(id, row);
    m_inserted.insert(id);
    m_status[row] = rec.value(CStatus).toString();
    m_rowDerived[row] = d;
    countRow(row, 1);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void TaskTableModel::removeRow(int row)
{
    ++m_touched;
    countRow(row, -1);
    const QString id = field(row, CId).toString();
    m_rowOfId.remove(id);
    m_inserted.remove(id);
    m_status[row] = QString();
    m_rowDerived[row] = Derived();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

bool TaskTableModel::countsAgree()
{
    // A change without an event (an import, a deleted archived task)
    // shows here: the table holds another number of rows.
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // (A bare COUNT(*) counts b-tree cells; the archived ones are a range
    // of the status index: no row is read.)
    if (!q.exec(m_includeArchived
                    ? QStringLiteral("SELECT COUNT(*) FROM tasks")
                    : QStringLiteral("SELECT (SELECT COUNT(*) FROM tasks) -"
                                     " (SELECT COUNT(*) FROM tasks WHERE status = 'archived')")) ||
        !q.next())
        return false;
    return q.value(0).toInt() == liveRows();
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
    // The status without a trip through the query's cache (sizeHint asks
    // several roles per card).
    const auto status = [&] {
        return row < m_status.size() ? m_status.at(row) : field(row, CStatus).toString();
    };
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
        if (status() != TaskStatus::Ready)
            return qint64(-1);
        const QVariant until = field(row, CCooldown);
        if (until.isNull())
            return qint64(-1);
        const qint64 left = until.toLongLong() - m_clock->now();
        return left > 0 ? left : qint64(-1);
    }
    case WaitReasonRole: {
        const QString st = status();
        if (st != TaskStatus::Ready && st != TaskStatus::Todo)
            return QString();
        if (m_waitReasons.isEmpty())
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
    const Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    return m_writing ? f | Qt::ItemIsEditable : f;
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

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Only applyChanges() fills rows (in the cache, never submitted).
    return m_writing && QSqlTableModel::setData(index, value, role);
}

bool TaskTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    return m_writing && QSqlTableModel::insertRows(row, count, parent);
}

bool TaskTableModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

bool TaskTableModel::removeColumns(int, int, const QModelIndex &)
{
    return false;
}

bool TaskTableModel::select()
{
    return refresh();
}

void TaskTableModel::revertRow(int) {}

bool TaskTableModel::updateRowInTable(int, const QSqlRecord &)
{
    return true;
}

bool TaskTableModel::insertRowIntoTable(const QSqlRecord &)
{
    return true;
}

bool TaskTableModel::deleteRowFromTable(int)
{
    return true;
}
