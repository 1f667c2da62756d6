#include "ui/dialogs/ShortcutsWindow.h"

#include "ui/style/Theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsWindow::ShortcutsWindow(QWidget *source, QWidget *parent)
    : QDialog(parent), m_source(source), m_filter(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsWindow"));
    resize(560, 600);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setItemsExpandable(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_hint->setObjectName(QStringLiteral("shortcutsHint"));
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_hint->setPalette(muted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsWindow::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    retranslate();
    rebuild();
}

QString ShortcutsWindow::plainText(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QChar(1), QLatin1Char('&'));
    t = t.trimmed();
    if (t.endsWith(QStringLiteral("…")))
        t.chop(1);
    else if (t.endsWith(QLatin1String("...")))
        t.chop(3);
    return t.trimmed();
}

void ShortcutsWindow::rebuild()
{
    m_pending = false;
    m_tree->clear();
    if (!m_source)
        return;
    QMenuBar *bar = nullptr;
    if (auto *main = qobject_cast<QMainWindow *>(m_source.data()))
        bar = main->menuBar();
    else
        bar = m_source->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    QList<QAction *> seen;
    if (bar) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu()) {
                watch(menu->menuAction());
                addMenu(menu, plainText(menu->title()), seen);
            }
        }
    }
    // Actions on the window that no menu shows.
    QTreeWidgetItem *other = nullptr;
    for (QAction *a : m_source->actions()) {
        if (!seen.contains(a) && !a->menu()) {
            watch(a);
            addRow(other, tr("Other"), a);
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsWindow::addMenu(QMenu *menu, const QString &group, QList<QAction *> &seen)
{
    // The group goes before its submenus' groups; dropped if it stays empty.
    QTreeWidgetItem *groupItem = newGroup(group);
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            watch(a);
            addMenu(sub, group + QStringLiteral(" › ") + plainText(sub->title()), seen);
            continue;
        }
        if (seen.contains(a))
            continue; // an action in two menus is listed under the first
        seen << a;
        watch(a);
        addRow(groupItem, group, a);
    }
    if (groupItem->childCount() == 0)
        delete groupItem;
}

QTreeWidgetItem *ShortcutsWindow::newGroup(const QString &group)
{
    auto *item = new QTreeWidgetItem(m_tree, {group});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_tree->font();
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

QTreeWidgetItem *ShortcutsWindow::addRow(QTreeWidgetItem *&groupItem, const QString &group,
                                         QAction *action)
{
    const QList<QKeySequence> keys = action->shortcuts();
    if (keys.isEmpty() || action->text().isEmpty() || !action->isVisible())
        return nullptr;
    if (!groupItem)
        groupItem = newGroup(group);
    QStringList texts;
    for (const QKeySequence &k : keys)
        texts << k.toString(QKeySequence::NativeText);
    auto *row = new QTreeWidgetItem(groupItem,
                                    {plainText(action->text()), texts.join(QStringLiteral(", "))});
    row->setFlags(Qt::ItemIsEnabled);
    row->setToolTip(0, action->toolTip());
    return row;
}

void ShortcutsWindow::watch(QAction *action)
{
    connect(action, &QAction::changed, this, &ShortcutsWindow::scheduleRebuild,
            Qt::UniqueConnection);
}

void ShortcutsWindow::scheduleRebuild()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            rebuild();
    });
}

void ShortcutsWindow::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool match = needle.isEmpty() || groupMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QString ShortcutsWindow::keysFor(const QString &actionText) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->text(0) == actionText)
                return group->child(r)->text(1);
        }
    }
    return {};
}

QStringList ShortcutsWindow::groups() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        out << m_tree->topLevelItem(g)->text(0);
    return out;
}

void ShortcutsWindow::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts — qkanban"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_hint->setText(tr("On the board, the arrow keys move between cards and columns, Enter opens "
                       "the selected card and Esc closes it."));
}

void ShortcutsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRebuild();
    }
    QDialog::changeEvent(event);
}

void ShortcutsWindow::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}
