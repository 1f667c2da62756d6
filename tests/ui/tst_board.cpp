// The board window: columns, drops (kernel transitions), refusals, undo,
// the MoveAction pitfall, live refresh, filters and the keyboard.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/board/CardMime.h"
#include "ui/board/MoveController.h"
#include "ui/dialogs/CreateTaskDialog.h"
#include "ui/dialogs/Prompt.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/BoardToolbar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDrag>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QScrollBar>

namespace {

void dropOn(CardListView *view, const QStringList &ids)
{
    std::unique_ptr<QMimeData> mime(CardMime::create(ids));
    const QPoint pos = view->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
}

CardListView *viewOf(MainWindow &w, const QString &status)
{
    return w.board()->column(status)->view();
}

} // namespace

class TestBoard : public WindowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tb = std::make_unique<UiTestBoard>();
        Prompt::clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
        Prompt::clear();
        CardListView::setDragExecutor({});
    }

    void columnsShowTheRightCards()
    {
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("Parent"), QStringLiteral("alice"), 2);
        const QString b = m_tb->create(*k, QStringLiteral("Child"), QStringLiteral("bob"), 0, {a});
        const QString c = m_tb->create(*k, QStringLiteral("Idea"), {}, 0, {}, true);
        const QString d = m_tb->create(*k, QStringLiteral("Low"), QStringLiteral("alice"), -1);
        k->claimTask(a);
        w.refreshNow();
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Triage), QStringList{c});
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Todo), QStringList{b});
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready), QStringList{d});
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Running), QStringList{a});
        QVERIFY(UiTest::columnIds(w.board(), TaskStatus::Done).isEmpty());
        QVERIFY(!w.board()->column(TaskStatus::Archived)->isVisible());
        // Derived card data: one unfinished parent, elapsed time while running.
        ColumnFilterProxy *todo = w.board()->column(TaskStatus::Todo)->proxy();
        QCOMPARE(todo->index(0, 0).data(TaskTableModel::WaitingCountRole).toInt(), 1);
        m_tb->clock.advance(125);
        ColumnFilterProxy *running = w.board()->column(TaskStatus::Running)->proxy();
        QCOMPARE(running->index(0, 0).data(TaskTableModel::ElapsedRole).toLongLong(), 125);
        QCOMPARE(w.board()->column(TaskStatus::Todo)->header()->count(), 1);
        QVERIFY(w.boardStatusBar()->countsText().contains(QStringLiteral("Running 1")));
    }

    void modelsPassTheModelTester()
    {
        MainWindow &w = window();
        for (int i = 0; i < 12; ++i)
            m_tb->create(*k, QStringLiteral("Task %1").arg(i),
                         i % 2 ? QStringLiteral("alice") : QString(), i % 3);
        QAbstractItemModelTester sourceTester(
            w.session()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            w.board()->column(TaskStatus::Ready)->proxy(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.refreshNow();
        QCOMPARE(w.board()->column(TaskStatus::Ready)->proxy()->rowCount(), 12);
        w.board()->setBoardFilter({QStringLiteral("Task 1"), {}, {}});
        QCOMPARE(w.board()->column(TaskStatus::Ready)->proxy()->rowCount(), 3); // 1, 10, 11
        w.board()->setBoardFilter({});
        w.refreshNow();
    }

    void dropPerformsTheKernelTransition()
    {
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Think about it"), {}, 0, {}, true);
        w.refreshNow();
        dropOn(viewOf(w, TaskStatus::Todo), {id});
        // triage -> todo, then recompute: no parents, so it lands in ready.
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready), QStringList{id});
        QVERIFY(UiTest::columnIds(w.board(), TaskStatus::Triage).isEmpty());
        const QList<Event> events = k->events(id);
        QCOMPARE(events.last().kind, EventKind::Promoted);
    }

    void refusedDropLeavesTheBoardAndSaysWhy()
    {
        MainWindow &w = window();
        const QString parent = m_tb->create(*k, QStringLiteral("First"));
        const QString child = m_tb->create(*k, QStringLiteral("Second"), {}, 0, {parent});
        k->moveTask(parent, TaskStatus::Todo);
        w.refreshNow();
        const int rows = w.session()->model()->rowCount();
        dropOn(viewOf(w, TaskStatus::Ready), {child});
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Todo).size(), 2);
        QVERIFY(UiTest::columnIds(w.board(), TaskStatus::Ready).isEmpty());
        QCOMPARE(w.session()->model()->rowCount(), rows);
        const QString notice = w.boardStatusBar()->notice();
        // Named by title, translated from the error's code (MessageText).
        QVERIFY2(notice.contains(QStringLiteral("waits on")) &&
                     notice.contains(QStringLiteral("First")) && !notice.contains(parent),
                 qPrintable(notice));
        QVERIFY(!w.moves()->canUndo());
        // Running is never set from the board.
        dropOn(viewOf(w, TaskStatus::Running), {parent});
        QCOMPARE(UiTest::statusOf(*k, parent), TaskStatus::Todo);
        QVERIFY(w.boardStatusBar()->notice().contains(QStringLiteral("dispatcher")));
    }

    void finalMovesAskFirst_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("text");
        QTest::newRow("done takes a result") << TaskStatus::Done << QStringLiteral("Shipped it");
        QTest::newRow("blocked takes a reason")
            << TaskStatus::Blocked << QStringLiteral("Needs a key");
        QTest::newRow("archived") << TaskStatus::Archived << QString();
    }

    void finalMovesAskFirst()
    {
        QFETCH(QString, target);
        QFETCH(QString, text);
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Finish me"), QStringLiteral("alice"));
        w.refreshNow();
        // Cancelled: nothing moves.
        Prompt::queueAnswer({false, {}});
        w.moves()->moveTasks({id}, target);
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        QCOMPARE(Prompt::pendingAnswers(), 0);
        // Accepted: it moves, with the result or reason.
        Prompt::queueAnswer({true, text});
        if (target == TaskStatus::Archived)
            w.board()->setShowArchived(true);
        dropOn(viewOf(w, target), {id});
        QCOMPARE(UiTest::statusOf(*k, id), target);
        QCOMPARE(Prompt::pendingAnswers(), 0);
        QVERIFY(!Prompt::lastRequest().title.isEmpty());
        if (target == TaskStatus::Done)
            QCOMPARE(k->task(id)->result, text);
        if (target == TaskStatus::Blocked) {
            const QList<Comment> comments = k->comments(id);
            QVERIFY(!comments.isEmpty());
            QVERIFY(comments.last().body.contains(text));
        }
    }

    void undoMovesTheLastBatchBack()
    {
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("A"));
        const QString b = m_tb->create(*k, QStringLiteral("B"));
        w.refreshNow();
        dropOn(viewOf(w, TaskStatus::Review), {a});
        QCOMPARE(UiTest::statusOf(*k, a), TaskStatus::Review);
        Prompt::queueAnswer({true, QStringLiteral("done")});
        dropOn(viewOf(w, TaskStatus::Done), {b});
        QCOMPARE(UiTest::statusOf(*k, b), TaskStatus::Done);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
        w.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(UiTest::statusOf(*k, b), TaskStatus::Ready);
        QCOMPARE(UiTest::statusOf(*k, a), TaskStatus::Review);
        w.undo();
        QCOMPARE(UiTest::statusOf(*k, a), TaskStatus::Ready);
        QVERIFY(!w.moves()->canUndo());
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 2);
    }

    void undoViaCtrlZ()
    {
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("A"));
        w.refreshNow();
        dropOn(viewOf(w, TaskStatus::Todo), {a});
        QCOMPARE(UiTest::statusOf(*k, a), TaskStatus::Todo);
        QApplication::setActiveWindow(&w);
        viewOf(w, TaskStatus::Todo)->setFocus();
        QTest::keyClick(viewOf(w, TaskStatus::Todo), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(UiTest::statusOf(*k, a), TaskStatus::Ready);
    }

    void bulkMoveOfASelection()
    {
        MainWindow &w = window();
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << m_tb->create(*k, QStringLiteral("Bulk %1").arg(i));
        w.refreshNow();
        CardListView *ready = viewOf(w, TaskStatus::Ready);
        ready->selectAll();
        QCOMPARE(w.board()->selectedIds().size(), 3);
        w.findChild<QAction *>(QStringLiteral("actionMoveTo_review"))->trigger();
        for (const QString &id : ids)
            QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Review);
        // The selection followed the cards.
        QCOMPARE(w.board()->selectedIds().size(), 3);
        w.undo();
        for (const QString &id : ids)
            QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
    }

    void moveDragDeletesNothing()
    {
        // QAbstractItemView removes the dragged rows after a MoveAction;
        // on a QSqlTableModel that would delete the tasks.
        MainWindow &w = window();
        const QString a = m_tb->create(*k, QStringLiteral("Drag me"));
        const QString b = m_tb->create(*k, QStringLiteral("Stay"));
        w.refreshNow();
        int drags = 0;
        QStringList carried;
        CardListView::setDragExecutor([&](QDrag *drag) {
            ++drags;
            carried = CardMime::ids(drag->mimeData());
            return Qt::MoveAction; // as if another column accepted a move
        });
        CardListView *ready = viewOf(w, TaskStatus::Ready);
        const QRect r = ready->visualRect(ready->model()->index(0, 0));
        QTest::mousePress(ready->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseMove(ready->viewport(), r.center() + QPoint(0, 40));
        QTest::mouseMove(ready->viewport(), r.center() + QPoint(30, 80));
        QTest::mouseRelease(ready->viewport(), Qt::LeftButton, {}, r.center() + QPoint(30, 80));
        QCOMPARE(drags, 1);
        QCOMPARE(carried,
                 QStringList{ready->model()->index(0, 0).data(TaskTableModel::IdRole).toString()});
        QVERIFY(k->task(a));
        QVERIFY(k->task(b));
        QCOMPARE(w.session()->model()->rowCount(), 2);
        w.refreshNow();
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 2);
        // And the model itself refuses to drop rows, even on submit.
        TaskTableModel *model = w.session()->model();
        QVERIFY(!model->removeRows(0, 1));
        QVERIFY(!w.board()->column(TaskStatus::Ready)->proxy()->removeRows(0, 1));
        QVERIFY(!model->setData(model->index(0, 1), QStringLiteral("x")));
        QVERIFY(!model->insertRows(0, 1));
        model->submitAll();
        QCOMPARE(k->listTasks().size(), 2);
    }

    void liveRefreshFromAnotherProcess()
    {
        MainWindow &w = window();
        QStringList ids;
        for (int i = 0; i < 40; ++i)
            ids << m_tb->create(*k, QStringLiteral("Ready task number %1").arg(i));
        w.refreshNow();
        CardListView *ready = viewOf(w, TaskStatus::Ready);
        QTRY_VERIFY(ready->verticalScrollBar()->maximum() > 0);
        const QString picked = ids.at(25);
        QVERIFY(w.board()->selectId(picked));
        ready->verticalScrollBar()->setValue(ready->verticalScrollBar()->maximum() / 2);
        const int scroll = ready->verticalScrollBar()->value();
        const int before = w.session()->refreshCount();

        QProcess writer;
        writer.start(QStringLiteral(QK_UI_WRITER),
                     {m_tb->dbPath, QStringLiteral("create"), QStringLiteral("From the CLI")});
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitCode(), 0);
        const QString created = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(UiTest::columnIds(w.board(), TaskStatus::Ready).contains(created),
                                 1000);
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(w.session()->refreshCount(), before + 1);
        QCOMPARE(w.board()->selectedIds(), QStringList{picked});
        QCOMPARE(ready->verticalScrollBar()->value(), scroll);

        // A move by another process: the card changes column.
        writer.start(QStringLiteral(QK_UI_WRITER),
                     {m_tb->dbPath, QStringLiteral("move"), picked, QStringLiteral("review")});
        QVERIFY(writer.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(UiTest::columnIds(w.board(), TaskStatus::Review).contains(picked),
                                 1000);
        QCOMPARE(w.board()->selectedIds(), QStringList{picked});
    }

    void noQueryWhenNothingChanged()
    {
        MainWindow &w = window();
        m_tb->create(*k, QStringLiteral("Quiet"));
        w.refreshNow();
        const int before = w.session()->refreshCount();
        QVERIFY(!w.session()->pollNow());
        QVERIFY(!w.session()->pollNow());
        QCOMPARE(w.session()->refreshCount(), before);
    }

    void filters()
    {
        MainWindow &w = window();
        m_tb->create(*k, QStringLiteral("Write the release notes"), QStringLiteral("alice"), 0, {},
                     false, QStringLiteral("acme"));
        m_tb->create(*k, QStringLiteral("Fix the build"), QStringLiteral("bob"));
        m_tb->create(*k, QStringLiteral("Unowned chore"));
        w.refreshNow();
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        auto *assignee = w.findChild<QComboBox *>(QStringLiteral("assigneeFilter"));
        auto *tenant = w.findChild<QComboBox *>(QStringLiteral("tenantFilter"));
        QVERIFY(search && assignee && tenant);
        search->setText(QStringLiteral("build"));
        QTRY_COMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 1);
        search->clear();
        QTRY_COMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 3);
        assignee->setCurrentIndex(assignee->findData(QStringLiteral("alice")));
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 1);
        assignee->setCurrentIndex(assignee->findData(BoardFilter::unassigned()));
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 1);
        assignee->setCurrentIndex(0);
        tenant->setCurrentIndex(tenant->findData(QStringLiteral("acme")));
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 1);
        tenant->setCurrentIndex(0);
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Ready).size(), 3);
    }

    void showArchived()
    {
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Old"));
        k->archiveTask(id);
        w.refreshNow();
        QCOMPARE(w.session()->model()->rowOfId(id), -1);
        w.findChild<QAction *>(QStringLiteral("actionShowArchived"))->setChecked(true);
        QVERIFY(w.board()->column(TaskStatus::Archived)->isVisible());
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Archived), QStringList{id});
        w.findChild<QAction *>(QStringLiteral("actionShowArchived"))->setChecked(false);
        QVERIFY(!w.board()->column(TaskStatus::Archived)->isVisible());
    }

    void keyboard()
    {
        MainWindow &w = window();
        const QString r1 = m_tb->create(*k, QStringLiteral("Ready one"), {}, 5);
        const QString r2 = m_tb->create(*k, QStringLiteral("Ready two"), {}, 1);
        const QString idea = m_tb->create(*k, QStringLiteral("An idea"), {}, 0, {}, true);
        w.refreshNow();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.board()->selectId(r1));
        CardListView *ready = viewOf(w, TaskStatus::Ready);
        QTRY_VERIFY(ready->hasFocus());
        QTest::keyClick(ready, Qt::Key_Down);
        QCOMPARE(ready->currentId(), r2);
        // Left skips the empty Todo column and lands in Triage.
        QTest::keyClick(ready, Qt::Key_Left);
        CardListView *triage = viewOf(w, TaskStatus::Triage);
        QTRY_VERIFY(triage->hasFocus());
        QCOMPARE(w.board()->selectedIds(), QStringList{idea});
        QTest::keyClick(triage, Qt::Key_Right);
        QTRY_VERIFY(ready->hasFocus());
        // Enter opens the drawer, Esc closes it.
        QTest::keyClick(ready, Qt::Key_Return);
        QVERIFY(w.drawer()->isOpen());
        QCOMPARE(w.drawer()->taskId(), ready->currentId());
        QTest::keyClick(w.drawer()->findChild<QWidget *>(QStringLiteral("drawerTitle")),
                        Qt::Key_Escape);
        QVERIFY(!w.drawer()->isOpen());
        // Del archives after asking.
        ready->setFocus();
        QVERIFY(w.board()->selectId(r1));
        Prompt::queueAnswer({true, {}});
        QTest::keyClick(ready, Qt::Key_Delete);
        QCOMPARE(UiTest::statusOf(*k, r1), TaskStatus::Archived);
        QCOMPARE(Prompt::lastRequest().acceptText, QStringLiteral("Archive"));
        // "/" focuses the filter; N opens the create dialog.
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Slash);
        QTRY_VERIFY(w.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->hasFocus());
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_N);
        CreateTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CreateTaskDialog *>()) && dialog->isVisible());
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!w.findChild<CreateTaskDialog *>());
    }

    void accessibleNames()
    {
        MainWindow &w = window();
        for (const char *name :
             {"filterEdit", "assigneeFilter", "tenantFilter", "showArchived", "boardSwitcher",
              "dispatcherPill", "cards_ready", "header_ready", "drawerTitle", "commentEdit"}) {
            auto *widget = w.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
