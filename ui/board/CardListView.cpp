#include "ui/board/CardListView.h"

#include "model/TaskTableModel.h"
#include "ui/board/CardDelegate.h"
#include "ui/board/CardMime.h"
#include "ui/board/ColumnFilterProxy.h"
#include "ui/board/TitleEditor.h"
#include "ui/style/ScrollBarStyle.h"
#include "ui/style/Theme.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QPainter>
#include <QScrollBar>

namespace {
std::function<Qt::DropAction(QDrag *)> g_dragExecutor;
constexpr int kBatchThreshold = 400;
constexpr int kBatchSize = 150;
} // namespace

CardListView::CardListView(const QString &status, QWidget *parent)
    : QListView(parent), m_status(status)
{
    setObjectName(QStringLiteral("cards_") + status);
    setItemDelegate(new CardDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setContentsMargins(0, 0, 0, 0);
    setViewportMargins(0, 0, 0, 0);
    ScrollBarStyle::apply(verticalScrollBar());
    setBatchSize(kBatchSize);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_pendingScroll >= 0 && max >= m_pendingScroll) {
            verticalScrollBar()->setValue(m_pendingScroll);
            m_pendingScroll = -1;
        }
    });
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_pendingScroll = -1; });
}

void CardListView::adaptLayoutMode()
{
    const bool large = model() && model()->rowCount() > kBatchThreshold;
    setLayoutMode(large ? QListView::Batched : QListView::SinglePass);
}

void CardListView::restoreScroll(int value)
{
    m_pendingScroll = -1;
    if (verticalScrollBar()->maximum() >= value)
        verticalScrollBar()->setValue(value);
    else
        m_pendingScroll = value;
}

void CardListView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ScrollBarStyle::apply(verticalScrollBar());
}

void CardListView::setDragExecutor(std::function<Qt::DropAction(QDrag *)> executor)
{
    g_dragExecutor = std::move(executor);
}

void CardListView::setDropCheck(DropCheck check)
{
    m_dropCheck = std::move(check);
}

void CardListView::setDragIdsProvider(std::function<QStringList()> provider)
{
    m_dragIds = std::move(provider);
}

void CardListView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void CardListView::setHiddenCount(int hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    viewport()->update();
}

QString CardListView::shownEmptyText() const
{
    if (model() && model()->rowCount() > 0)
        return {};
    if (m_hidden > 0)
        return tr("No card matches the filter — %n hidden", nullptr, m_hidden);
    return m_emptyText;
}

void CardListView::editTitle(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_editor)
        m_editor->cancel();
    scrollTo(index);
    setCurrentIndex(index);
    m_editor = new TitleEditor(index.data(TaskTableModel::IdRole).toString(),
                               index.data(TaskTableModel::TitleRole).toString(), viewport());
    connect(m_editor, &TitleEditor::committed, this, &CardListView::titleEdited);
    connect(m_editor, &TitleEditor::finished, this, [this, editor = m_editor] {
        const bool hadFocus = editor->hasFocus();
        editor->hide();
        editor->deleteLater();
        if (m_editor == editor)
            m_editor = nullptr;
        if (hadFocus)
            setFocus();
    });
    placeEditor();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void CardListView::placeEditor()
{
    if (!m_editor || !model())
        return;
    // By id: a refresh may have moved the card.
    const auto *proxy = qobject_cast<const ColumnFilterProxy *>(model());
    const QModelIndex index = proxy ? proxy->indexOfId(m_editor->taskId()) : QModelIndex();
    if (!index.isValid())
        return;
    QStyleOptionViewItem opt;
    initViewItemOption(&opt);
    opt.rect = visualRect(index);
    const auto *delegate = static_cast<CardDelegate *>(itemDelegate());
    const QRect title = delegate->titleRect(opt, index);
    const int h = qMax(title.height(), m_editor->sizeHint().height());
    m_editor->setGeometry(title.left() - 4, title.top() - 3, title.width() + 8, h + 2);
}

void CardListView::updateGeometries()
{
    QListView::updateGeometries();
    placeEditor(); // after each layout (a refresh can move the card)
}

void CardListView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    placeEditor();
}

void CardListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex hit =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!hit.isValid()) {
        QListView::contextMenuEvent(event);
        return;
    }
    // The menu acts on the card under the pointer (and the selection,
    // when that card is part of it).
    if (!selectionModel()->isSelected(hit)) {
        emit exclusivePress();
        selectionModel()->setCurrentIndex(hit, QItemSelectionModel::ClearAndSelect);
    } else {
        selectionModel()->setCurrentIndex(hit, QItemSelectionModel::NoUpdate);
    }
    const QPoint global = event->reason() == QContextMenuEvent::Mouse
                              ? event->globalPos()
                              : viewport()->mapToGlobal(visualRect(hit).center());
    emit contextMenuRequested(hit.data(TaskTableModel::IdRole).toString(), global);
    event->accept();
}

QStringList CardListView::selectedIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids << i.data(TaskTableModel::IdRole).toString();
    return ids;
}

QString CardListView::currentId() const
{
    return currentIndex().data(TaskTableModel::IdRole).toString();
}

void CardListView::startDrag(Qt::DropActions)
{
    const QModelIndex pressed = currentIndex();
    QStringList ids = m_dragIds ? m_dragIds() : selectedIds();
    const QString pressedId = pressed.data(TaskTableModel::IdRole).toString();
    if (!pressedId.isEmpty() && !ids.contains(pressedId))
        ids = QStringList{pressedId};
    if (ids.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(CardMime::create(ids));
    if (pressed.isValid()) {
        const QPixmap pm = dragPixmap(pressed, ids.size());
        drag->setPixmap(pm);
        drag->setHotSpot(QPoint(int(pm.width() / pm.devicePixelRatio() / 2), 16));
    }
    // Whatever the drop reports, the rows stay: the kernel moved the task
    // (or refused), and the next refresh shows where it is.
    if (g_dragExecutor)
        g_dragExecutor(drag);
    else
        drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    drag->deleteLater();
}

QPixmap CardListView::dragPixmap(const QModelIndex &index, int count) const
{
    QStyleOptionViewItem opt;
    initViewItemOption(&opt);
    const QRect r = visualRect(index);
    opt.rect = QRect(QPoint(0, 0), r.size());
    opt.state |= QStyle::State_Selected;
    const qreal dpr = devicePixelRatioF();
    const QSize extra(count > 1 ? 8 : 0, count > 1 ? 8 : 0);
    QPixmap pm((r.size() + extra) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (count > 1) {
        // A second card peeking out behind, and the count.
        QStyleOptionViewItem back = opt;
        back.rect.translate(6, 6);
        p.setOpacity(0.6);
        itemDelegate()->paint(&p, back, index);
        p.setOpacity(1);
    }
    p.setOpacity(0.92);
    itemDelegate()->paint(&p, opt, index);
    if (count > 1) {
        p.setOpacity(1);
        const QRectF badge(r.width() - 26, 0, 24, 20);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Highlight));
        p.drawRoundedRect(badge, 10, 10);
        p.setPen(palette().color(QPalette::HighlightedText));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, QString::number(count));
    }
    return pm;
}

void CardListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!CardMime::has(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dragOver = true;
    m_dropRefusal =
        m_dropCheck ? m_dropCheck(CardMime::ids(event->mimeData()), m_status) : QString();
    viewport()->update();
    // Accepted even when refused: the column stays the target and hears
    // the move and the leave; the moves say no (a forbidden cursor).
    event->acceptProposedAction();
}

void CardListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!CardMime::has(event->mimeData())) {
        event->ignore();
        return;
    }
    if (!m_dropRefusal.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void CardListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragOver = false;
    m_dropRefusal.clear();
    viewport()->update();
    event->accept();
}

void CardListView::dropEvent(QDropEvent *event)
{
    m_dragOver = false;
    m_dropRefusal.clear();
    viewport()->update();
    const QStringList ids = CardMime::ids(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit cardsDropped(ids, m_status);
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (event->modifiers() == Qt::NoModifier) {
            emit focusNeighbour(event->key() == Qt::Key_Left ? -1 : 1);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            emit openRequested(currentId());
            return;
        }
        break;
    case Qt::Key_Delete:
        emit archiveRequested();
        return;
    case Qt::Key_F2:
        if (currentIndex().isValid()) {
            editTitle(currentIndex());
            return;
        }
        break;
    default:
        break;
    }
    QListView::keyPressEvent(event);
}

void CardListView::mousePressEvent(QMouseEvent *event)
{
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        const QModelIndex hit = indexAt(event->position().toPoint());
        if (!hit.isValid() || !selectionModel()->isSelected(hit))
            emit exclusivePress();
    }
    QListView::mousePressEvent(event);
}

void CardListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex hit = indexAt(event->position().toPoint());
    if (hit.isValid()) {
        // On the title: edit it in place; elsewhere on the card: open it.
        QStyleOptionViewItem opt;
        initViewItemOption(&opt);
        opt.rect = visualRect(hit);
        const auto *delegate = static_cast<CardDelegate *>(itemDelegate());
        if (delegate->titleRect(opt, hit).contains(event->position().toPoint())) {
            editTitle(hit);
            return;
        }
        emit openRequested(hit.data(TaskTableModel::IdRole).toString());
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

void CardListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Card heights depend on the width (title lines).
    scheduleDelayedItemsLayout();
    placeEditor();
}

void CardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QString emptyText = shownEmptyText();
    if (!emptyText.isEmpty() && m_dropRefusal.isEmpty()) {
        p.setPen(Theme::mutedText(palette()));
        p.drawText(viewport()->rect().adjusted(12, 24, -12, 0),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyText);
    }
    if (m_dragOver && !m_dropRefusal.isEmpty()) {
        // Refused: red, and why, over the cards.
        const QColor c = Theme::red();
        QColor fill = c;
        fill.setAlpha(28);
        p.setPen(QPen(c, 1.5, Qt::DashLine));
        p.setBrush(fill);
        const QRectF box = QRectF(viewport()->rect()).adjusted(3, 3, -3, -3);
        p.drawRoundedRect(box, 8, 8);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRect room = box.adjusted(14, 14, -14, -14).toRect();
        const QRect text = p.fontMetrics().boundingRect(room, flags, m_dropRefusal);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(text).adjusted(-8, -6, 8, 6), 6, 6);
        p.setPen(c);
        p.drawText(room, flags, m_dropRefusal);
    } else if (m_dragOver) {
        QColor c = palette().color(QPalette::Highlight);
        QColor fill = c;
        fill.setAlpha(24);
        QPen pen(c, 1.5, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(viewport()->rect()).adjusted(3, 3, -3, -3), 8, 8);
    }
}
