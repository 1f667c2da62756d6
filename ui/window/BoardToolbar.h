#pragma once

#include "ui/board/BoardFilter.h"

#include <QToolBar>

class QAction;
class QActionEvent;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

// The window's toolbar: board switcher, search field ("/" focuses it),
// assignee and tenant filters, "show archived", and the actions the
// window adds (New task, Dispatch now, the dispatcher pill).
class BoardToolbar : public QToolBar
{
    Q_OBJECT
public:
    explicit BoardToolbar(QWidget *parent = nullptr);

    BoardFilter filter() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *boardBox() const { return m_boards; }
    // Clears the text, assignee and tenant filters at once (Ctrl+Shift+F).
    QAction *clearFiltersAction() const { return m_clearFilters; }
    void clearFilters();
    // "?": what the colours and rings of a card mean.
    QToolButton *legendButton() const { return m_legend; }
    bool showArchived() const;
    void setShowArchived(bool show);
    // Keeps the chosen entry when the lists change.
    void setAssignees(const QStringList &names);
    void setTenants(const QStringList &names);
    // slugs of the boards; current = the open one; pinned = a --db file.
    void setBoards(const QStringList &slugs, const QString &current,
                   const QString &pinnedLabel = {});
    // Pushes what is added next to the right edge.
    void addSpacer();
    void retranslate();

signals:
    void filterChanged(const BoardFilter &filter);
    void showArchivedChanged(bool show);
    void boardChosen(const QString &slug);
    void newBoardRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Every action's tooltip names its shortcut.
    void actionEvent(QActionEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void emitFilter();
    void styleArchived();

    QComboBox *m_boards;
    QLineEdit *m_search;
    QComboBox *m_assignee;
    QComboBox *m_tenant;
    QCheckBox *m_archived;
    QTimer *m_debounce;
    QWidget *m_spacer;
    QAction *m_clearFilters;
    QToolButton *m_legend;
};
