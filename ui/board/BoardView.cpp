#include "ui/board/BoardView.h"

#include "model/TaskTableModel.h"
#include "model/Types.h"
#include "ui/board/BoardColumn.h"
#include "ui/board/CardListView.h"
#include "ui/board/CardMenu.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/ColumnHeader.h"
#include "ui/board/StatusText.h"
#include "ui/style/ScrollBarStyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTimer>

BoardView::BoardView(QWidget *parent) : QScrollArea(parent), m_container(new QWidget)
{
    setObjectName(QStringLiteral("boardView"));
    setAccessibleName(tr("Board"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_container->setObjectName(QStringLiteral("boardContainer"));
    auto *layout = new QHBoxLayout(m_container);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    setWidget(m_container);
    viewport()->setAutoFillBackground(false);
    m_container->setAutoFillBackground(false);
    ScrollBarStyle::apply(horizontalScrollBar());
}

void BoardView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ScrollBarStyle::apply(horizontalScrollBar());
    if (event->type() == QEvent::LanguageChange)
        updateEmptyHints();
}

void BoardView::setModel(TaskTableModel *model)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_model = model;
    auto *layout = static_cast<QHBoxLayout *>(m_container->layout());
    for (const QString &status : StatusText::boardColumns()) {
        auto *proxy = new ColumnFilterProxy(status, this);
        proxy->setSourceModel(model);
        proxy->setBoardFilter(m_filter);
        auto *col = new BoardColumn(status, proxy, m_container);
        proxy->setParent(col);
        layout->addWidget(col, 1);
        m_columns << col;
        CardListView *view = col->view();
        view->setDragIdsProvider([this] { return selectedIds(); });
        connect(view, &CardListView::cardsDropped, this, &BoardView::cardsDropped);
        connect(view, &CardListView::openRequested, this, &BoardView::openRequested);
        connect(view, &CardListView::archiveRequested, this, &BoardView::archiveRequested);
        connect(view, &CardListView::focusNeighbour, this,
                [this, view](int dir) { focusNeighbour(view, dir); });
        connect(view, &CardListView::exclusivePress, this, [this, view] { clearOthers(view); });
        connect(view, &CardListView::titleEdited, this, &BoardView::titleEdited);
        connect(
            view, &CardListView::contextMenuRequested, this,
            [this, view](const QString &id, const QPoint &pos) { showCardMenu(view, id, pos); });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &BoardView::selectionChanged);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (current.isValid() && view->hasFocus())
                        emit currentCardChanged(current.data(TaskTableModel::IdRole).toString());
                });
        // A click on the card that already is its column's current one
        // changes no current index: say it too (the open drawer follows).
        connect(view, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
            emit currentCardChanged(index.data(TaskTableModel::IdRole).toString());
        });
        connect(col->header(), &ColumnHeader::createRequested, this,
                [this, status] { emit createRequested(status); });
        col->setVisible(status != TaskStatus::Archived || m_showArchived);
        view->adaptLayoutMode();
    }
    updateCounts();
}

void BoardView::setBoardFilter(const BoardFilter &filter)
{
    const bool changed = !(filter == m_filter);
    m_filter = filter;
    for (BoardColumn *c : std::as_const(m_columns)) {
        c->proxy()->setBoardFilter(filter);
        c->view()->adaptLayoutMode();
        // A new filter shows its matches from the top.
        if (changed)
            c->view()->restoreScroll(0);
    }
    updateCounts();
}

void BoardView::setShowArchived(bool show)
{
    m_showArchived = show;
    BoardColumn *c = column(TaskStatus::Archived);
    if (!c)
        return;
    c->setVisible(show);
    // Bring the column into view once the board has laid it out; not
    // while the window opens with the saved setting (it starts at Triage).
    if (show && isVisible())
        QTimer::singleShot(0, this, [this] {
            if (BoardColumn *a = column(TaskStatus::Archived); a && a->isVisible()) {
                m_container->layout()->activate();
                ensureWidgetVisible(a, 0, 0);
            }
        });
}

void BoardView::showCardMenu(CardListView *view, const QString &id, const QPoint &globalPos)
{
    const QModelIndex at = view->currentIndex();
    auto *menu = new CardMenu(id, view->status(), at.data(TaskTableModel::AssigneeRole).toString(),
                              m_model ? m_model->assignees() : QStringList(), this);
    connect(menu, &CardMenu::openRequested, this, &BoardView::openRequested);
    connect(menu, &CardMenu::editTitleRequested, view, [view](const QString &taskId) {
        if (auto *p = qobject_cast<ColumnFilterProxy *>(view->model()))
            view->editTitle(p->indexOfId(taskId));
    });
    connect(menu, &CardMenu::moveRequested, this,
            [this](const QString &status) { emit cardsDropped(selectedIds(), status); });
    connect(menu, &CardMenu::assignRequested, this, &BoardView::assignRequested);
    connect(menu, &CardMenu::archiveRequested, this, &BoardView::archiveRequested);
    connect(menu, &CardMenu::copyIdRequested, this, [this](const QString &taskId) {
        QGuiApplication::clipboard()->setText(taskId);
        emit idCopied(taskId);
    });
    menu->popup(globalPos);
}

void BoardView::updateEmptyHints()
{
    // A first start: the empty board says how to begin.
    const bool empty = m_model && m_model->liveRows() == 0 && m_filter.isEmpty();
    for (BoardColumn *c : std::as_const(m_columns)) {
        QString hint = StatusText::emptyHint(c->status());
        if (empty && c->status() == TaskStatus::Triage)
            hint = tr("This board is empty. Press N to create your first task.");
        c->view()->setEmptyText(hint);
    }
}

BoardColumn *BoardView::column(const QString &status) const
{
    for (BoardColumn *c : m_columns) {
        if (c->status() == status)
            return c;
    }
    return nullptr;
}

void BoardView::updateCounts()
{
    if (!m_model)
        return;
    const QHash<QString, int> &totals = m_model->statusCounts();
    for (BoardColumn *c : std::as_const(m_columns))
        c->updateCount(totals.value(c->status()));
    updateEmptyHints();
}

QStringList BoardView::selectedIds() const
{
    QStringList ids;
    for (BoardColumn *c : m_columns) {
        if (c->isVisible())
            ids << c->view()->selectedIds();
    }
    return ids;
}

QString BoardView::currentId() const
{
    for (BoardColumn *c : m_columns) {
        if (c->view()->hasFocus() && c->view()->currentIndex().isValid())
            return c->view()->currentId();
    }
    const QStringList sel = selectedIds();
    return sel.size() == 1 ? sel.first() : QString();
}

bool BoardView::selectId(const QString &id)
{
    for (BoardColumn *c : std::as_const(m_columns)) {
        const QModelIndex i = c->proxy()->indexOfId(id);
        if (!i.isValid() || !c->isVisible())
            continue;
        clearOthers(c->view());
        c->view()->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
        c->view()->scrollTo(i);
        c->view()->setFocus();
        ensureWidgetVisible(c, 0, 0);
        return true;
    }
    return false;
}

void BoardView::setDropCheck(
    const std::function<QString(const QStringList &, const QString &)> &check)
{
    for (BoardColumn *c : std::as_const(m_columns))
        c->view()->setDropCheck(check);
}

void BoardView::editCurrentTitle()
{
    const QString id = currentId();
    for (BoardColumn *c : std::as_const(m_columns)) {
        const QModelIndex i = c->proxy()->indexOfId(id);
        if (i.isValid() && c->isVisible()) {
            c->view()->editTitle(i);
            return;
        }
    }
}

void BoardView::clearSelection()
{
    for (BoardColumn *c : std::as_const(m_columns))
        c->view()->clearSelection();
}

void BoardView::focusBoard()
{
    for (BoardColumn *c : std::as_const(m_columns)) {
        if (c->isVisible() && c->proxy()->rowCount() > 0) {
            CardListView *v = c->view();
            if (!v->currentIndex().isValid())
                v->selectionModel()->setCurrentIndex(v->model()->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect);
            v->setFocus();
            return;
        }
    }
}

void BoardView::clearOthers(CardListView *keep)
{
    for (BoardColumn *c : std::as_const(m_columns)) {
        if (c->view() != keep)
            c->view()->clearSelection();
    }
}

void BoardView::focusNeighbour(CardListView *from, int direction)
{
    int at = -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i]->view() == from)
            at = i;
    }
    const int y = from->visualRect(from->currentIndex()).center().y();
    for (int i = at + direction; i >= 0 && i < m_columns.size(); i += direction) {
        BoardColumn *c = m_columns[i];
        if (!c->isVisible() || c->proxy()->rowCount() == 0)
            continue;
        CardListView *v = c->view();
        QModelIndex target = v->indexAt(QPoint(v->viewport()->width() / 2, qMax(0, y)));
        if (!target.isValid())
            target = v->model()->index(y > 0 ? v->model()->rowCount() - 1 : 0, 0);
        clearOthers(v);
        v->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        v->scrollTo(target);
        v->setFocus();
        ensureWidgetVisible(c, 0, 0);
        return;
    }
}

void BoardView::beginRefresh()
{
    if (m_detached)
        return;
    saveState();
    m_detached = true;
    for (BoardColumn *c : std::as_const(m_columns))
        c->proxy()->setSourceModel(nullptr);
}

void BoardView::endRefresh()
{
    if (!m_detached)
        return;
    m_detached = false;
    for (BoardColumn *c : std::as_const(m_columns)) {
        c->proxy()->setSourceModel(m_model);
        c->view()->adaptLayoutMode();
    }
    restoreState();
    updateCounts();
}

void BoardView::beginUpdate()
{
    if (!m_detached)
        saveState();
}

void BoardView::endUpdate()
{
    if (m_detached)
        return;
    restoreState(false);
    updateCounts();
}

void BoardView::saveState()
{
    m_saved.clear();
    m_focusStatus.clear();
    for (BoardColumn *c : std::as_const(m_columns)) {
        CardListView *v = c->view();
        m_saved.insert(c->status(),
                       {v->selectedIds(), v->currentId(), v->verticalScrollBar()->value()});
        if (v->hasFocus())
            m_focusStatus = c->status();
    }
}

void BoardView::restoreState(bool relayout)
{
    // A card that moved to another column stays selected there.
    QStringList selected;
    QString current;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        selected << it->selected;
        if (it.key() == m_focusStatus)
            current = it->current;
    }
    for (BoardColumn *c : std::as_const(m_columns)) {
        CardListView *v = c->view();
        QItemSelectionModel *sm = v->selectionModel();
        const QSignalBlocker block(sm);
        QItemSelection sel;
        for (const QString &id : std::as_const(selected)) {
            const QModelIndex i = c->proxy()->indexOfId(id);
            if (i.isValid())
                sel.select(i, i);
        }
        if (sel != sm->selection())
            sm->select(sel, QItemSelectionModel::ClearAndSelect);
        const QModelIndex cur = c->proxy()->indexOfId(current);
        if (cur.isValid() && cur != sm->currentIndex())
            sm->setCurrentIndex(cur, QItemSelectionModel::NoUpdate);
        if (relayout)
            v->viewport()->update();
    }
    if (!relayout) {
        // The views lay out the changed rows themselves (delayed).
        for (BoardColumn *c : std::as_const(m_columns))
            c->view()->restoreScroll(m_saved.value(c->status()).scroll);
        emit selectionChanged();
        return;
    }
    // Layouts are delayed; restore scroll positions once they are done.
    for (BoardColumn *c : std::as_const(m_columns)) {
        CardListView *v = c->view();
        const int scroll = m_saved.value(c->status()).scroll;
        v->doItemsLayout();
        v->restoreScroll(scroll);
    }
    emit selectionChanged();
}
