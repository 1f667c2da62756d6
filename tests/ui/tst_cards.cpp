// Cards (issue 14, defects 18 and 21): the title edited in place (F2, a
// double-click on the title; Enter saves through the kernel, Esc cancels),
// the context menu, Done by recency, staleness counted from entering the
// column (an imported board is not all red) and its legend, "Show
// archived" bringing its column into view, the first-start hint, and the
// tray icon's left click.
#include "tests/ui/WindowFixture.h"

#include "model/Staleness.h"
#include "model/Types.h"
#include "ui/board/TitleEditor.h"
#include "ui/tray/TrayService.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QToolButton>

class TestCards : public WindowFixture
{
    Q_OBJECT

private:
    CardListView *view(const QString &status) { return window().board()->column(status)->view(); }

    QString title(const QString &id) { return k->task(id)->title; }

    // Chooses an action of the open card menu, then closes the menu (as a
    // click on the item would).
    void choose(QMenu *menu, const char *name)
    {
        auto *a = menu->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(a, name);
        a->trigger();
        menu->close();
        QTRY_VERIFY(!window().findChild<QMenu *>(QStringLiteral("cardMenu")));
    }

    QMenu *openMenuOn(const QString &status, const QString &id)
    {
        CardListView *v = view(status);
        auto *proxy = static_cast<ColumnFilterProxy *>(v->model());
        const QPoint at = v->visualRect(proxy->indexOfId(id)).center();
        QContextMenuEvent e(QContextMenuEvent::Mouse, at, v->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(v->viewport(), &e);
        QMenu *menu = nullptr;
        [&] { QTRY_VERIFY((menu = window().findChild<QMenu *>(QStringLiteral("cardMenu")))); }();
        return menu;
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void f2EditsTheTitleAndEnterSaves()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Old title"));
        window().refreshNow();
        QVERIFY(window().board()->selectId(id));
        CardListView *v = view(TaskStatus::Ready);
        QTest::keyClick(v, Qt::Key_F2);
        TitleEditor *editor = v->titleEditor();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("Old title"));
        QVERIFY(v->viewport()->rect().contains(editor->geometry()));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("New title"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(title(id), QStringLiteral("New title"));
        QTRY_VERIFY(!v->titleEditor());
        QTRY_COMPARE(static_cast<ColumnFilterProxy *>(v->model())
                         ->indexOfId(id)
                         .data(TaskTableModel::TitleRole)
                         .toString(),
                     QStringLiteral("New title"));
        QTRY_VERIFY(v->hasFocus());
        // F2 is an action of the Task menu (listed with the shortcuts).
        auto *edit = window().findChild<QAction *>(QStringLiteral("actionEditTitle"));
        QVERIFY(edit);
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
        edit->trigger();
        QVERIFY(v->titleEditor());
        QCOMPARE(v->titleEditor()->text(), QStringLiteral("New title"));
        QTest::keyClick(v->titleEditor(), Qt::Key_Escape);
        QTRY_VERIFY(!v->titleEditor());
    }

    void escCancelsTheEdit()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Keep me"));
        window().refreshNow();
        QVERIFY(window().board()->selectId(id));
        CardListView *v = view(TaskStatus::Ready);
        QTest::keyClick(v, Qt::Key_F2);
        QVERIFY(v->titleEditor());
        v->titleEditor()->selectAll();
        QTest::keyClicks(v->titleEditor(), QStringLiteral("Thrown away"));
        QTest::keyClick(v->titleEditor(), Qt::Key_Escape);
        QTRY_VERIFY(!v->titleEditor());
        QCOMPARE(title(id), QStringLiteral("Keep me"));
        // Esc went to the editor only: the window is still there, the card
        // still selected.
        QCOMPARE(window().board()->selectedIds(), QStringList{id});
    }

    void theEditorFollowsItsCardThroughARefresh()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Being edited"));
        window().refreshNow();
        QVERIFY(window().board()->selectId(id));
        CardListView *v = view(TaskStatus::Ready);
        QTest::keyClick(v, Qt::Key_F2);
        QVERIFY(v->titleEditor());
        QTest::keyClicks(v->titleEditor(), QStringLiteral("Half typed"));
        // Another process adds a more urgent task above it.
        m_tb->create(*k, QStringLiteral("Urgent"), {}, 3);
        window().refreshNow();
        auto *proxy = static_cast<ColumnFilterProxy *>(v->model());
        QCOMPARE(proxy->indexOfId(id).row(), 1);
        QVERIFY(v->titleEditor());
        QCOMPARE(v->titleEditor()->text(), QStringLiteral("Half typed"));
        QTRY_VERIFY(
            v->visualRect(proxy->indexOfId(id)).contains(v->titleEditor()->geometry().center()));
        QTest::keyClick(v->titleEditor(), Qt::Key_Return);
        QCOMPARE(title(id), QStringLiteral("Half typed"));
    }

    void doubleClickOnTheTitleEdits()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Click my title"));
        window().refreshNow();
        CardListView *v = view(TaskStatus::Ready);
        const QRect r = v->visualRect(static_cast<ColumnFilterProxy *>(v->model())->indexOfId(id));
        // The title sits below the id row, at the card's left.
        const QPoint onTitle(r.left() + 30, r.top() + 40);
        QTest::mouseDClick(v->viewport(), Qt::LeftButton, {}, onTitle);
        QTRY_VERIFY(v->titleEditor());
        QVERIFY(v->titleEditor()->geometry().contains(onTitle));
        QCOMPARE(v->titleEditor()->taskId(), id);
    }

    void contextMenuOffersTheCardsActions()
    {
        window();
        const QString id =
            m_tb->create(*k, QStringLiteral("Menu card"), QStringLiteral("coder"), 1);
        m_tb->create(*k, QStringLiteral("Other"), QStringLiteral("writer"));
        window().refreshNow();
        QMenu *menu = openMenuOn(TaskStatus::Ready, id);
        QVERIFY(menu->isVisible());
        QCOMPARE(window().board()->selectedIds(), QStringList{id});
        for (const char *name : {"cardMenuOpen", "cardMenuEditTitle", "cardMenuCopyId",
                                 "cardMenuArchive", "cardMenuMoveTo_todo", "cardMenuMoveTo_done",
                                 "cardMenuMoveTo_blocked", "cardMenuAssign_writer"})
            QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
        // Not into its own column, and never into Running by hand.
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("cardMenuMoveTo_ready")));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("cardMenuMoveTo_running")));

        choose(menu, "cardMenuCopyId");
        QCOMPARE(QGuiApplication::clipboard()->text(), id);

        choose(openMenuOn(TaskStatus::Ready, id), "cardMenuAssign_writer");
        QCOMPARE(k->task(id)->assignee, QStringLiteral("writer"));

        choose(openMenuOn(TaskStatus::Ready, id), "cardMenuMoveTo_todo");
        QTRY_COMPARE(UiTest::statusOf(*k, id), TaskStatus::Todo);

        choose(openMenuOn(TaskStatus::Todo, id), "cardMenuEditTitle");
        QTRY_VERIFY(view(TaskStatus::Todo)->titleEditor());
        QCOMPARE(view(TaskStatus::Todo)->titleEditor()->taskId(), id);
    }

    void doneListsTheLatestFinishedFirst()
    {
        window();
        const QString urgent = m_tb->create(*k, QStringLiteral("Urgent, done first"), {}, 3);
        const QString minor = m_tb->create(*k, QStringLiteral("Minor, done last"), {}, 0);
        const QString middle = m_tb->create(*k, QStringLiteral("Middle"), {}, 1);
        k->completeTask(urgent);
        m_tb->clock.advance(60);
        k->completeTask(middle);
        m_tb->clock.advance(60);
        k->completeTask(minor);
        window().refreshNow();
        QCOMPARE(UiTest::columnIds(window().board(), TaskStatus::Done),
                 QStringList({minor, middle, urgent}));
    }

    void stalenessCountsFromEnteringTheColumn()
    {
        window();
        const QString parent = m_tb->create(*k, QStringLiteral("Parent"));
        const QString child = m_tb->create(*k, QStringLiteral("Child"), {}, 0, {parent});
        const QString old = m_tb->create(*k, QStringLiteral("Ready for a month"));
        m_tb->clock.advance(30 * 86400);
        k->completeTask(parent); // the child becomes ready now
        window().refreshNow();
        auto *ready = window().board()->column(TaskStatus::Ready)->proxy();
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Ready);
        QCOMPARE(ready->indexOfId(child).data(TaskTableModel::StalenessRole).toInt(),
                 int(Staleness::Fresh));
        QCOMPARE(ready->indexOfId(old).data(TaskTableModel::StalenessRole).toInt(),
                 int(Staleness::Red));
        m_tb->clock.advance(2 * 3600);
        window().refreshNow();
        QCOMPARE(ready->indexOfId(child).data(TaskTableModel::StalenessRole).toInt(),
                 int(Staleness::Amber));
        // The colours are explained: the toolbar's "?" legend.
        QToolButton *legend = window().toolbar()->legendButton();
        QVERIFY(legend->isVisible());
        QVERIFY(legend->toolTip().contains(QStringLiteral("Red border")));
        QVERIFY(legend->toolTip().contains(QStringLiteral("Amber border")));
    }

    void showArchivedBringsTheColumnIntoView()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Archived one"));
        k->archiveTask(id);
        window().refreshNow();
        BoardView *board = window().board();
        QCheckBox *box = window().toolbar()->findChild<QCheckBox *>(QStringLiteral("showArchived"));
        QVERIFY(!box->icon().isNull()); // not only a faint box in dark mode
        box->click();
        BoardColumn *archived = board->column(TaskStatus::Archived);
        QTRY_VERIFY(archived->isVisible());
        QTRY_VERIFY(board->viewport()->rect().contains(
            QRect(archived->mapTo(board->viewport(), QPoint(0, 0)), archived->size())));
        QTRY_COMPARE(UiTest::columnIds(board, TaskStatus::Archived), QStringList{id});
    }

    void anEmptyBoardSaysHowToBegin()
    {
        window();
        QVERIFY(view(TaskStatus::Triage)->shownEmptyText().contains(QStringLiteral("Press N")));
        m_tb->create(*k, QStringLiteral("First"));
        window().refreshNow();
        QVERIFY(!view(TaskStatus::Triage)->shownEmptyText().contains(QStringLiteral("Press N")));
    }

    void trayLeftClickTogglesTheWindow()
    {
        TrayService tray(nullptr);
        QSignalSpy toggle(&tray, &TrayService::toggleWindowRequested);
        QSignalSpy open(&tray, &TrayService::openBoardRequested);
        auto *icon = tray.findChild<QSystemTrayIcon *>();
        QVERIFY(icon);
        emit icon->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(toggle.count(), 1);
        QCOMPARE(open.count(), 0);
        emit icon->activated(QSystemTrayIcon::DoubleClick);
        QCOMPARE(open.count(), 1);
    }
};

QTEST_MAIN(TestCards)
#include "tst_cards.moc"
