#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

// Every keyboard shortcut of a window, read from the actions of its menus
// (and any other action on the window), grouped by menu: an action's text
// without its mnemonic, and its keys in the platform's notation. It is
// built from the actions themselves and follows them when a shortcut or a
// text changes, so it cannot drift from what the keys do.
class ShortcutsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsWindow(QWidget *source, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The keys shown for an action (by its text as listed), or "".
    QString keysFor(const QString &actionText) const;
    // "File", "Task › Move to", …: the groups as listed.
    QStringList groups() const;
    void rebuild();

    // "&New task…" → "New task"
    static QString plainText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addMenu(QMenu *menu, const QString &group, QList<QAction *> &seen);
    QTreeWidgetItem *addRow(QTreeWidgetItem *&groupItem, const QString &group, QAction *action);
    QTreeWidgetItem *newGroup(const QString &group);
    void watch(QAction *action);
    void scheduleRebuild();
    void applyFilter();
    void retranslate();

    QPointer<QWidget> m_source;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_hint;
    bool m_pending = false;
};
