// What a new user still tripped over after the issue 14 fixes, one test
// per defect found by the review pass.
#include "tests/ui/WindowFixture.h"

#include "ui/board/TitleEditor.h"
#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/SettingsWindow.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/tray/DispatcherPill.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>

class TestNewUser : public WindowFixture
{
    Q_OBJECT

private:
    static void clickCard(BoardView *board, const QString &status, int row)
    {
        CardListView *view = board->column(status)->view();
        const QModelIndex index = view->model()->index(row, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    // Click a card, then one in another column, open the drawer there and
    // click the first card again: the drawer shows it (it kept the other).
    void drawerFollowsAClickOnAColumnsCurrentCard()
    {
        MainWindow &w = window();
        Kernel &k = w.session()->kernel();
        const QString a = m_tb->create(k, QStringLiteral("First card"));
        const QString b = m_tb->create(k, QStringLiteral("Second card"), {}, 0, {}, true);
        w.refreshNow();
        BoardView *board = w.board();
        QTRY_COMPARE(UiTest::columnIds(board, TaskStatus::Triage), QStringList{b});

        clickCard(board, TaskStatus::Ready, 0);
        clickCard(board, TaskStatus::Triage, 0);
        w.openTask(b);
        QTRY_COMPARE(w.drawer()->taskId(), b);

        clickCard(board, TaskStatus::Ready, 0);
        QTRY_COMPARE(w.drawer()->taskId(), a);
    }

    // The status bar names the new task by its title, not by its id.
    void createdNoticeNamesTheTitle()
    {
        MainWindow &w = window();
        w.showCreateDialog();
        CreateTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CreateTaskDialog *>()));
        dialog->findChild<QLineEdit *>(QStringLiteral("createTitle"))
            ->setText(QStringLiteral("Water the plants"));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(w.boardStatusBar()->notice(), QStringLiteral("Created “Water the plants”"));
    }

    // F2 on a long title: all of it selected, and its start in view.
    void titleEditorShowsTheStartOfALongTitle()
    {
        MainWindow &w = window();
        const QString title = QStringLiteral("Write the design note from the research, then "
                                             "send it to everyone who asked for it");
        const QString id = m_tb->create(w.session()->kernel(), title);
        w.refreshNow();
        QTRY_VERIFY(w.board()->selectId(id));
        CardListView *view = w.board()->column(TaskStatus::Ready)->view();
        QTest::keyClick(view, Qt::Key_F2);
        TitleEditor *editor = view->titleEditor();
        QVERIFY(editor);
        QCOMPARE(editor->selectedText(), title);
        QCOMPARE(editor->cursorPosition(), 0);
    }

    // Settings opens wide enough for all its tabs (WIP limits was behind
    // the tab bar's scroll arrows).
    void settingsShowsEveryTab()
    {
        SettingsWindow s;
        s.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        QTabBar *bar = s.findChild<QTabWidget *>(QStringLiteral("settingsPages"))->tabBar();
        QVERIFY(bar->count() >= 4);
        for (int i = 0; i < bar->count(); ++i)
            QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(bar->tabText(i)));
    }

    // The dispatcher pill stays on the toolbar of a 1400 px window while
    // it says what a busy tick did (it went into the overflow menu).
    void dispatcherPillStaysOnTheToolbar()
    {
        MainWindow &w = window();
        DispatcherHealth h;
        h.state = DispatcherHealth::Alive;
        h.lastTick = 1'800'000'000;
        h.pausedProfiles.insert(QStringLiteral("writer"), QStringLiteral("failing"));
        h.lastTickReport = QStringLiteral("11 wait for profile alice, 11 wait for profile carol, "
                                          "9 wait for profile writer");
        w.dispatcherPill()->setStatus(h);
        DispatcherPill *pill = w.dispatcherPill();
        QTRY_VERIFY(pill->isVisible() && pill->width() >= pill->sizeHint().width());
        QVERIFY(w.toolbar()->rect().contains(pill->geometry()));
    }

    // Opening and closing the drawer of a long title leaves the window's
    // height alone (the heading, wrapped at the narrowing drawer's width,
    // grew the window past the screen).
    void drawerOfALongTitleKeepsTheWindowHeight()
    {
        MainWindow &w = window();
        QString title;
        for (int i = 0; i < 12; ++i)
            title += QStringLiteral("a long title that wraps over many lines ");
        const QString id = m_tb->create(w.session()->kernel(), title.trimmed());
        w.refreshNow();
        const QSize before = w.size();
        w.openTask(id);
        QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
        w.drawer()->closeDrawer();
        QTRY_VERIFY(!w.drawer()->isVisible());
        QCOMPARE(w.size(), before);
    }

    // A window saved taller than the screen opens within the screen.
    void savedGeometryTallerThanTheScreenFitsIt()
    {
        MainWindow &w = window();
        const QSize avail = w.screen()->availableGeometry().size();
        w.move(w.screen()->availableGeometry().topLeft() + QPoint(0, 20));
        w.resize(avail.width(), avail.height() * 3);
        QTRY_COMPARE(w.height(), avail.height() * 3);
        w.close();
        m_window.reset();
        MainWindow again(m_tb->openSession());
        const QRect screen = again.screen()->availableGeometry();
        QVERIFY(screen.contains(QRect(again.pos(), again.size())));
    }

    // With "Show archived" saved on, the board opens at its left end (the
    // Triage column and the first-start hint), not scrolled to Archived.
    void savedShowArchivedOpensAtTheLeft()
    {
        MainWindow &w = window();
        w.findChild<QAction *>(QStringLiteral("actionShowArchived"))->setChecked(true);
        QTRY_VERIFY(w.board()->column(TaskStatus::Archived)->isVisible());
        w.close();
        m_window.reset();
        MainWindow again(m_tb->openSession());
        again.resize(1000, 700);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QScrollBar *bar = again.board()->horizontalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(TestNewUser)
#include "tst_newuser.moc"
