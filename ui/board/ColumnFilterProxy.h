#pragma once

#include "ui/board/BoardFilter.h"

#include <QSortFilterProxyModel>

// One board column: the tasks of one status that pass the toolbar filter,
// in the source's order (priority, then age); Done lists the latest
// finished first. Read-only like its source. Cards speak to screen
// readers through Qt::AccessibleTextRole (CardText).
class ColumnFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ColumnFilterProxy(const QString &status, QObject *parent = nullptr);

    QString status() const { return m_status; }
    void setBoardFilter(const BoardFilter &filter);
    const BoardFilter &boardFilter() const { return m_filter; }
    QModelIndex indexOfId(const QString &id) const;
    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    // Drops are handled by the view (a kernel transition), never here.
    bool canDropMimeData(const QMimeData *, Qt::DropAction, int, int,
                         const QModelIndex &) const override;
    bool dropMimeData(const QMimeData *, Qt::DropAction, int, int, const QModelIndex &) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // A card is one cell: the view needs column 0 only.
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    const class TaskTableModel *m_tasks = nullptr;
    QString m_status;
    BoardFilter m_filter;
    QString m_needle;
};
