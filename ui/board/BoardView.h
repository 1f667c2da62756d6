#pragma once

#include "ui/board/BoardFilter.h"

#include <QHash>
#include <QScrollArea>

#include <functional>

class BoardColumn;
class CardListView;
class TaskTableModel;

// The board: one column per status side by side, in a horizontal scroll
// area (a narrow window scrolls sideways rather than squeezing cards).
// Selection may span columns; it and each column's scroll position
// survive a refresh of the model.
class BoardView : public QScrollArea
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(TaskTableModel *model);
    TaskTableModel *model() const { return m_model; }
    void setBoardFilter(const BoardFilter &filter);
    void setShowArchived(bool show);
    BoardColumn *column(const QString &status) const;
    QList<BoardColumn *> columns() const { return m_columns; }

    QStringList selectedIds() const;
    QString currentId() const;
    // Selects one card, scrolls to it and gives it focus.
    bool selectId(const QString &id);
    void clearSelection();
    // The in-place title editor on the card with the focus (F2).
    void editCurrentTitle();
    void focusBoard();
    // Every column asks this while cards are dragged over it (see
    // CardListView::setDropCheck).
    void setDropCheck(const std::function<QString(const QStringList &, const QString &)> &check);

    // Around a model refresh: remember selection and scroll and let go of
    // the model (the columns then filter the new rows in one pass), then
    // take it back and restore what was remembered.
    void beginRefresh();
    void endRefresh();
    // Around a few rows changing (TaskTableModel::applyChanges): the
    // columns stay on the model; a selected card that moved to another
    // column stays selected there, and every column keeps its scroll.
    void beginUpdate();
    void endUpdate();
    void updateCounts();

signals:
    void cardsDropped(const QStringList &ids, const QString &status);
    void openRequested(const QString &id);
    void archiveRequested();
    void createRequested(const QString &status);
    // From a card's in-place editor and its context menu.
    void titleEdited(const QString &id, const QString &title);
    void assignRequested(const QString &id, const QString &assignee);
    void idCopied(const QString &id);
    void selectionChanged();
    // The card with the keyboard focus changed (user navigation).
    void currentCardChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveState();
    void restoreState(bool relayout = true);
    void focusNeighbour(CardListView *from, int direction);
    void clearOthers(CardListView *keep);
    void showCardMenu(CardListView *view, const QString &id, const QPoint &globalPos);
    void updateEmptyHints();

    struct ColumnState
    {
        QStringList selected;
        QString current;
        int scroll = 0;
    };
    TaskTableModel *m_model = nullptr;
    QWidget *m_container;
    QList<BoardColumn *> m_columns;
    BoardFilter m_filter;
    bool m_showArchived = false;
    QHash<QString, ColumnState> m_saved;
    QString m_focusStatus;
    bool m_detached = false;
};
