#pragma once

#include <QMenu>

// The context menu of a card (right-click, or the Menu key): open, edit
// the title, move to each column a person can move it to, assign, copy
// the id, archive. It only says what was chosen; the board acts.
class CardMenu : public QMenu
{
    Q_OBJECT
public:
    // assignees: the names to offer (the board's known assignees).
    CardMenu(const QString &id, const QString &status, const QString &assignee,
             const QStringList &assignees, QWidget *parent = nullptr);

signals:
    void openRequested(const QString &id);
    void editTitleRequested(const QString &id);
    void moveRequested(const QString &status);
    void assignRequested(const QString &id, const QString &assignee);
    void archiveRequested();
    void copyIdRequested(const QString &id);

private:
    QAction *add(const char *name, const QString &text, const QKeySequence &key = {});
};
