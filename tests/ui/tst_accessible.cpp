// Accessible cards (issue 14, acceptance): a screen reader hears each card
// as its title, status, assignee, priority and what it waits on (read here
// through QAccessible, as AT-SPI does); columns announce their name and
// count; every toolbar action's tooltip names its shortcut.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "tests/ui/BoardSeed.h"
#include "ui/board/StatusText.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>

class TestAccessible : public QObject
{
    Q_OBJECT

private slots:
    void everyCardSpeaksItsTitleAndStatus()
    {
        UiTestBoard tb;
        const auto shown = UiTest::showSeededBoard(tb);
        QVERIFY(shown);
        MainWindow &w = *shown;
        const TaskTableModel *model = w.session()->model();
        int cards = 0, waiting = 0;
        for (BoardColumn *c : w.board()->columns()) {
            if (!c->isVisible())
                continue;
            const QString status = StatusText::name(c->status());
            const int rows = c->proxy()->rowCount();
            QAccessibleInterface *list = QAccessible::queryAccessibleInterface(c->view());
            QVERIFY(list);
            QCOMPARE(list->childCount(), rows);
            // The column: its name and count.
            QVERIFY2(list->text(QAccessible::Name).startsWith(status),
                     qPrintable(list->text(QAccessible::Name)));
            QVERIFY2(list->text(QAccessible::Name).contains(QString::number(rows)),
                     qPrintable(list->text(QAccessible::Name)));
            for (int i = 0; i < rows; ++i) {
                QAccessibleInterface *card = list->child(i);
                QVERIFY(card);
                const QString name = card->text(QAccessible::Name);
                const QModelIndex index = c->proxy()->index(i, 0);
                const QString title = index.data(TaskTableModel::TitleRole).toString();
                QVERIFY2(name.startsWith(title.simplified().left(20)) || name.contains(title),
                         qPrintable(name));
                QVERIFY2(name.contains(status), qPrintable(name));
                const QString assignee = index.data(TaskTableModel::AssigneeRole).toString();
                QVERIFY2(
                    name.contains(assignee.isEmpty() ? QStringLiteral("unassigned") : assignee),
                    qPrintable(name));
                const qint64 priority = index.data(TaskTableModel::PriorityRole).toLongLong();
                if (priority != 0)
                    QVERIFY2(name.contains(QStringLiteral("priority %1").arg(priority)),
                             qPrintable(name));
                // What it waits on, by title.
                const QStringList parents =
                    index.data(TaskTableModel::WaitingOnRole).toStringList();
                QCOMPARE(parents.size(), index.data(TaskTableModel::WaitingCountRole).toInt());
                for (const QString &p : parents)
                    QVERIFY2(name.contains(QStringLiteral("waiting on")) && name.contains(p),
                             qPrintable(name));
                waiting += parents.isEmpty() ? 0 : 1;
                // Not the bare id any more; the id is in the description.
                QVERIFY(name != index.data(TaskTableModel::IdRole).toString());
                QVERIFY(card->text(QAccessible::Description)
                            .contains(index.data(TaskTableModel::IdRole).toString()));
                ++cards;
            }
        }
        QCOMPARE(cards, model->rowCount());
        QVERIFY(waiting >= 3); // the seed's chain waits
        QVERIFY(cards >= 30);
    }

    void everyToolbarActionNamesItsShortcut()
    {
        UiTestBoard tb;
        MainWindow w(tb.openSession());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int checked = 0;
        for (QAction *a : w.toolbar()->actions()) {
            if (a->isSeparator() || a->shortcut().isEmpty())
                continue;
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(a->toolTip().endsWith(QStringLiteral(" (%1)").arg(keys)),
                     qPrintable(a->toolTip()));
            ++checked;
        }
        QVERIFY(checked >= 3); // New task, Dispatch now, Clear filters
        QVERIFY(w.toolbar()->searchField()->toolTip().contains(QStringLiteral("/")));
        // A new tooltip (a retranslation) keeps the shortcut in it.
        QAction *newTask = w.findChild<QAction *>(QStringLiteral("actionNewTask"));
        newTask->setToolTip(QStringLiteral("Eine Aufgabe anlegen"));
        QCOMPARE(newTask->toolTip(), QStringLiteral("Eine Aufgabe anlegen (N)"));
        // Without a tooltip of its own, the text; a new shortcut shows.
        QAction *clear = w.toolbar()->clearFiltersAction();
        QCOMPARE(clear->toolTip(), QStringLiteral("Clear filters (%1)")
                                       .arg(clear->shortcut().toString(QKeySequence::NativeText)));
        clear->setText(QStringLiteral("Alle Filter löschen"));
        clear->setShortcut(QKeySequence(Qt::Key_F9));
        QCOMPARE(clear->toolTip(), QStringLiteral("Alle Filter löschen (F9)"));
        newTask->setShortcut(QKeySequence(Qt::Key_F8));
        QCOMPARE(newTask->toolTip(), QStringLiteral("Eine Aufgabe anlegen (F8)"));
    }
};

QTEST_MAIN(TestAccessible)
#include "tst_accessible.moc"
