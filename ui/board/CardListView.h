#pragma once

#include <QListView>

#include <functional>

class QDrag;
class TitleEditor;

// The cards of one column. Drags carry task ids (CardMime); a drop emits
// cardsDropped() and the board asks the kernel for the transition. The
// view never removes rows after a move-drag (QAbstractItemView would, and
// on a QSqlTableModel that deletes tasks): startDrag is our own.
class CardListView : public QListView
{
    Q_OBJECT
public:
    explicit CardListView(const QString &status, QWidget *parent = nullptr);

    QString status() const { return m_status; }
    QStringList selectedIds() const;
    QString currentId() const;
    // The ids a drag from this view carries (the board's selection).
    void setDragIdsProvider(std::function<QStringList()> provider);
    // Test seam: runs a QDrag instead of QDrag::exec (offscreen DnD cannot
    // be driven with the mouse). Returns the action the drop reported.
    static void setDragExecutor(std::function<Qt::DropAction(QDrag *)> executor);
    void setEmptyText(const QString &text);
    // Why a drop of these ids here would be refused ("" when it would not):
    // while dragging, a refusing column looks refused and says why.
    using DropCheck = std::function<QString(const QStringList &ids, const QString &status)>;
    void setDropCheck(DropCheck check);
    QString dropRefusal() const { return m_dropRefusal; }
    QString emptyText() const { return m_emptyText; }
    // Cards of this column the board's filter hides: an empty column then
    // says so instead of its usual hint.
    void setHiddenCount(int hidden);
    // What an empty column shows now ("" while it has cards).
    QString shownEmptyText() const;
    // Opens the in-place title editor on a card (F2, a double-click on
    // the title, the context menu).
    void editTitle(const QModelIndex &index);
    TitleEditor *titleEditor() const { return m_editor; }
    // Large columns lay out in batches, so the first cards paint at once.
    void adaptLayoutMode();
    // Scrolls to value once the layout has grown that far (batched
    // layouts grow after the event loop runs), unless the user scrolls.
    void restoreScroll(int value);

signals:
    void cardsDropped(const QStringList &ids, const QString &status);
    void openRequested(const QString &id);
    void archiveRequested();
    void focusNeighbour(int direction); // -1 left, +1 right
    void exclusivePress();              // a plain click: clear the other columns
    void titleEdited(const QString &id, const QString &title);
    void contextMenuRequested(const QString &id, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void updateGeometries() override;

private:
    void placeEditor();

    QPixmap dragPixmap(const QModelIndex &index, int count) const;

    QString m_status;
    QString m_emptyText;
    bool m_dragOver = false;
    int m_pendingScroll = -1;
    int m_hidden = 0;
    TitleEditor *m_editor = nullptr;
    std::function<QStringList()> m_dragIds;
    DropCheck m_dropCheck;
    QString m_dropRefusal;
};
