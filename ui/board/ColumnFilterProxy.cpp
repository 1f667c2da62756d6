#include "ui/board/ColumnFilterProxy.h"

#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "ui/board/CardMime.h"
#include "ui/board/CardText.h"

ColumnFilterProxy::ColumnFilterProxy(const QString &status, QObject *parent)
    : QSortFilterProxyModel(parent), m_status(status)
{
    setDynamicSortFilter(true);
    // Done: the latest finished first.
    if (status == TaskStatus::Done)
        sort(0, Qt::DescendingOrder);
}

QVariant ColumnFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole && index.isValid())
        return CardText::accessibleName(index);
    if (role == Qt::AccessibleDescriptionRole && index.isValid())
        return CardText::accessibleDescription(index);
    return QSortFilterProxyModel::data(index, role);
}

bool ColumnFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Only Done sorts (descending): by the time each task entered the
    // column; equal times keep the source's order.
    const qint64 l = left.data(TaskTableModel::EnteredAtRole).toLongLong();
    const qint64 r = right.data(TaskTableModel::EnteredAtRole).toLongLong();
    if (l != r)
        return l < r;
    return left.row() > right.row();
}

void ColumnFilterProxy::setBoardFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = filter.text.trimmed();
    invalidateFilter();
}

bool ColumnFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tasks && sourceRow < m_tasks->cachedRows()
            ? m_tasks->statusAt(sourceRow) != m_status
            : i.data(TaskTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_filter.assignee.isEmpty()) {
        const QString a = i.data(TaskTableModel::AssigneeRole).toString();
        if (m_filter.assignee == BoardFilter::unassigned() ? !a.isEmpty() : a != m_filter.assignee)
            return false;
    }
    if (!m_filter.tenant.isEmpty() &&
        i.data(TaskTableModel::TenantRole).toString() != m_filter.tenant)
        return false;
    if (m_needle.isEmpty())
        return true;
    for (int role :
         {TaskTableModel::TitleRole, TaskTableModel::IdRole, TaskTableModel::AssigneeRole,
          TaskTableModel::TenantRole, TaskTableModel::ExcerptRole}) {
        if (i.data(role).toString().contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ColumnFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == 0;
}

void ColumnFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_tasks = qobject_cast<const TaskTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QModelIndex ColumnFilterProxy::indexOfId(const QString &id) const
{
    auto *src = qobject_cast<TaskTableModel *>(sourceModel());
    if (!src)
        return {};
    const int row = src->rowOfId(id);
    return row < 0 ? QModelIndex() : mapFromSource(src->index(row, 0));
}

Qt::ItemFlags ColumnFilterProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

QStringList ColumnFilterProxy::mimeTypes() const
{
    return {CardMime::type()};
}

QMimeData *ColumnFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        ids << i.data(TaskTableModel::IdRole).toString();
    return CardMime::create(ids);
}

Qt::DropActions ColumnFilterProxy::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ColumnFilterProxy::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ColumnFilterProxy::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &) const
{
    return CardMime::has(data);
}

bool ColumnFilterProxy::dropMimeData(const QMimeData *, Qt::DropAction, int, int,
                                     const QModelIndex &)
{
    return false;
}
