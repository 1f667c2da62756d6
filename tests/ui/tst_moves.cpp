// Moves, focus and messages on the real board window (offscreen): where a
// card lands and how undo takes it back, refusals said by title before any
// question, refusing drop targets, focus after Esc and keyboard moves, and
// messages that never widen the window (issue 14: defects 4, 10, 11, 12, 19).
#include "tests/ui/WindowFixture.h"

#include "model/KanbanError.h"
#include "model/Types.h"
#include "ui/board/CardMime.h"
#include "ui/board/MoveController.h"
#include "ui/dialogs/Prompt.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>

namespace {

CardListView *viewOf(MainWindow &w, const QString &status)
{
    return w.board()->column(status)->view();
}

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

} // namespace

class TestMoves : public WindowFixture
{
    Q_OBJECT

private:
    void windowShown() override { QApplication::setActiveWindow(m_window.get()); }

    // A refusal shown by the board: titles, no ids, no shell.
    void assertBoardWords(const QString &text, const QStringList &ids)
    {
        QVERIFY2(!text.isEmpty(), "no message");
        for (const QString &id : ids)
            QVERIFY2(!text.contains(id), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("qkanban")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("--")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('`')), qPrintable(text));
    }

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
    }

    // Defect 4: a 2000-character refusal leaves the window's width alone;
    // the status bar elides it, the banner over the board shows it all.
    void longMessageNeverWidensTheWindow()
    {
        MainWindow &w = window();
        for (int i = 0; i < 6; ++i)
            m_tb->create(*k, QStringLiteral("Card %1").arg(i));
        w.refreshNow();
        QCoreApplication::processEvents();
        const int before = w.width();
        QCOMPARE(before, 1400);
        QString text = QStringLiteral("Cannot move: ");
        while (text.size() < 2000)
            text += QStringLiteral("“A long task title that keeps going” (Todo), ");
        text.truncate(2000);
        w.showNotice(text, true);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(w.width(), before);
        QVERIFY2(w.minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        // The bar: one elided line, the whole text as tooltip and notice().
        QCOMPARE(w.boardStatusBar()->notice(), text);
        auto *line = w.boardStatusBar()->findChild<QLabel *>(QStringLiteral("statusMessage"));
        QVERIFY(line);
        QVERIFY(line->text().size() < text.size());
        QVERIFY(line->text().endsWith(QChar(0x2026)));
        QVERIFY(line->width() < before);
        // The banner: the full text, word-wrapped, inside the window.
        MessageBanner *banner = w.messageBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), text);
        const QRect inWindow(banner->mapTo(&w, QPoint(0, 0)), banner->size());
        QVERIFY2(w.rect().contains(inWindow), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                             .arg(inWindow.x())
                                                             .arg(inWindow.y())
                                                             .arg(inWindow.width())
                                                             .arg(inWindow.height())));
        QVERIFY(banner->height() > 3 * banner->fontMetrics().height());
        // It covers the board, never the open drawer's heading.
        QStringList ids = UiTest::columnIds(w.board(), TaskStatus::Todo);
        ids += UiTest::columnIds(w.board(), TaskStatus::Ready);
        QVERIFY(!ids.isEmpty());
        w.openTask(ids.first());
        QTRY_COMPARE(w.drawer()->width(), TaskDrawer::kWidth);
        w.showNotice(text, true);
        QTRY_VERIFY(QRect(banner->mapTo(&w, QPoint(0, 0)), banner->size()).right() <
                    w.drawer()->mapTo(&w, QPoint(0, 0)).x());
        QVERIFY(w.grab().save(UiTest::screenshotDir() + QStringLiteral("/04-long-message.png")));
        // A narrower window: still no wider than asked, the banner follows.
        w.resize(900, 700);
        QTRY_COMPARE(w.width(), 900);
        QTRY_VERIFY(banner->width() < 900);
        QVERIFY(
            w.grab().save(UiTest::screenshotDir() + QStringLiteral("/04-long-message-900.png")));
        // Dismissed with its ×.
        banner->findChild<QToolButton *>(QStringLiteral("messageBannerClose"))->click();
        QVERIFY(!banner->isVisible());
        // A plain notice does not bring it back.
        w.showNotice(QStringLiteral("Created a task"));
        QVERIFY(!banner->isVisible());
    }

    // Defect 10: Esc closes the drawer and the open card keeps the focus.
    void escReturnsFocusToTheOpenCard()
    {
        MainWindow &w = window();
        m_tb->create(*k, QStringLiteral("An idea"), {}, 0, {}, true); // Triage comes first
        m_tb->create(*k, QStringLiteral("First"));
        const QString b = m_tb->create(*k, QStringLiteral("Second"));
        m_tb->create(*k, QStringLiteral("Third"));
        w.refreshNow();
        w.openTask(b);
        QVERIFY(w.drawer()->isOpen());
        w.drawer()->setFocus();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w.drawer(),
                        Qt::Key_Escape);
        QTRY_VERIFY(!w.drawer()->isOpen());
        CardListView *ready = viewOf(w, TaskStatus::Ready);
        QTRY_VERIFY(ready->hasFocus());
        QCOMPARE(ready->currentId(), b);
        QCOMPARE(w.board()->selectedIds(), QStringList{b});
        QCOMPARE(w.board()->currentId(), b);
    }

    // Defect 10: Ctrl+Shift+Left/Right keeps the moved card selected and
    // focused in its new column; a second press moves the same card on.
    void keyboardMoveKeepsTheCardSelected()
    {
        MainWindow &w = window();
        m_tb->create(*k, QStringLiteral("Stays"));
        const QString id = m_tb->create(*k, QStringLiteral("Walks left"));
        w.refreshNow();
        QVERIFY(w.board()->selectId(id));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Todo);
        CardListView *todo = viewOf(w, TaskStatus::Todo);
        QTRY_VERIFY(todo->hasFocus());
        QCOMPARE(todo->currentId(), id);
        QCOMPARE(w.board()->selectedIds(), QStringList{id});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Triage);
        QTRY_VERIFY(viewOf(w, TaskStatus::Triage)->hasFocus());
        QCOMPARE(w.board()->selectedIds(), QStringList{id});
        // Right again: triage -> todo lands in ready (nothing blocks it),
        // and the card is selected there.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        QTRY_VERIFY(viewOf(w, TaskStatus::Ready)->hasFocus());
        QCOMPARE(viewOf(w, TaskStatus::Ready)->currentId(), id);
        QCOMPARE(w.board()->selectedIds(), QStringList{id});
    }

    // Defect 11: triage -> todo lands in ready when nothing blocks it; the
    // message says so and undo takes it back to triage.
    void triageToTodoSaysWhereTheCardWent()
    {
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Think it over"), {}, 0, {}, true);
        w.refreshNow();
        dropOn(viewOf(w, TaskStatus::Todo), {id});
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        const QString notice = w.boardStatusBar()->notice();
        QVERIFY2(notice.contains(QStringLiteral("to Ready")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("Think it over")), qPrintable(notice));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionUndo"))
                    ->text()
                    .contains(QStringLiteral("Ready")));
        QVERIFY(
            w.grab().save(UiTest::screenshotDir() + QStringLiteral("/11-triage-landed-ready.png")));
        w.undo();
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Triage);
        QVERIFY2(w.boardStatusBar()->notice().startsWith(QStringLiteral("Undid")),
                 qPrintable(w.boardStatusBar()->notice()));
        QCOMPARE(UiTest::columnIds(w.board(), TaskStatus::Triage), QStringList{id});
        QVERIFY(w.grab().save(UiTest::screenshotDir() + QStringLiteral("/11-triage-undone.png")));
    }

    // Defect 12: todo -> done with open parents is refused before the
    // question, by title, without shell commands.
    void doneWithOpenParentsIsRefusedBeforeAsking()
    {
        MainWindow &w = window();
        const QString parent = m_tb->create(*k, QStringLiteral("Write the spec"));
        const QString child =
            m_tb->create(*k, QStringLiteral("Build it"), QStringLiteral("coder"), 0, {parent});
        k->moveTask(parent, TaskStatus::Todo);
        w.refreshNow();
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
        Prompt::queueAnswer({true, QStringLiteral("done anyway")});
        dropOn(viewOf(w, TaskStatus::Done), {child});
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
        QCOMPARE(Prompt::pendingAnswers(), 1); // never asked
        QVERIFY(Prompt::lastRequest().title.isEmpty());
        const QString notice = w.boardStatusBar()->notice();
        assertBoardWords(notice, {parent, child});
        QVERIFY2(notice.contains(QStringLiteral("“Build it”")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("“Write the spec” (Todo)")), qPrintable(notice));
        QCOMPARE(w.messageBanner()->text(), notice);
        QVERIFY(!w.moves()->canUndo());
        // Running: the dispatcher's, said in the board's words.
        dropOn(viewOf(w, TaskStatus::Running), {parent});
        assertBoardWords(w.boardStatusBar()->notice(), {parent, child});
    }

    // Defect 12: while dragging, a column that would refuse looks refused
    // (a forbidden drop, the reason painted) and one that accepts does not.
    void refusingDropTargetsLookRefused()
    {
        MainWindow &w = window();
        const QString parent = m_tb->create(*k, QStringLiteral("Write the spec"));
        const QString child = m_tb->create(*k, QStringLiteral("Build it"), {}, 0, {parent});
        k->moveTask(parent, TaskStatus::Todo);
        w.refreshNow();
        std::unique_ptr<QMimeData> mime(CardMime::create({child}));
        const auto hover = [&](const QString &status) {
            CardListView *v = viewOf(w, status);
            const QPoint pos = v->viewport()->rect().center();
            QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(v->viewport(), &enter);
            QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(v->viewport(), &move);
            return move.isAccepted();
        };
        const auto leave = [&](const QString &status) {
            QDragLeaveEvent left;
            QCoreApplication::sendEvent(viewOf(w, status)->viewport(), &left);
        };
        for (const QString &refusing : {TaskStatus::Ready, TaskStatus::Review, TaskStatus::Done}) {
            QVERIFY2(!hover(refusing), qPrintable(refusing));
            const QString why = viewOf(w, refusing)->dropRefusal();
            assertBoardWords(why, {parent, child});
            QVERIFY2(why.contains(QStringLiteral("“Write the spec”")), qPrintable(why));
            if (refusing == TaskStatus::Done)
                QVERIFY(w.grab().save(UiTest::screenshotDir() +
                                      QStringLiteral("/12-refused-drop.png")));
            leave(refusing);
            QVERIFY(viewOf(w, refusing)->dropRefusal().isEmpty());
        }
        QVERIFY(hover(TaskStatus::Triage));
        QVERIFY(viewOf(w, TaskStatus::Triage)->dropRefusal().isEmpty());
        leave(TaskStatus::Triage);
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
    }

    // Defect 19: a card waiting on parents cannot be dropped into Review.
    void waitingCardCannotGoToReview()
    {
        MainWindow &w = window();
        const QString parent = m_tb->create(*k, QStringLiteral("Write the spec"));
        const QString child = m_tb->create(*k, QStringLiteral("Build it"), {}, 0, {parent});
        w.refreshNow();
        dropOn(viewOf(w, TaskStatus::Review), {child});
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
        const QString notice = w.boardStatusBar()->notice();
        assertBoardWords(notice, {parent, child});
        QVERIFY2(notice.contains(QStringLiteral("“Write the spec” (Ready)")), qPrintable(notice));
        // The kernel refuses it too (REST, CLI moves).
        QVERIFY_THROWS_EXCEPTION(KanbanError, k->moveTask(child, TaskStatus::Review));
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Todo);
        // Its parent done, it may.
        k->completeTask(parent);
        dropOn(viewOf(w, TaskStatus::Review), {child});
        QCOMPARE(UiTest::statusOf(*k, child), TaskStatus::Review);
    }

    // Defect 19: review -> ready asks for a reason, which becomes a comment.
    void reviewToReadyAsksForAReason()
    {
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Polish it"), QStringLiteral("coder"));
        QVERIFY(k->requestReview(id, QStringLiteral("Have a look")));
        w.refreshNow();
        Prompt::queueAnswer({false, {}});
        dropOn(viewOf(w, TaskStatus::Ready), {id});
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Review);
        QVERIFY(Prompt::lastRequest().fieldRequired);
        QVERIFY(!Prompt::lastRequest().fieldLabel.isEmpty());
        Prompt::queueAnswer({true, QStringLiteral("Handle the empty list")});
        dropOn(viewOf(w, TaskStatus::Ready), {id});
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        QCOMPARE(Prompt::pendingAnswers(), 0);
        const QList<Comment> comments = k->comments(id);
        QVERIFY(!comments.isEmpty());
        QVERIFY(comments.last().body.contains(QStringLiteral("Handle the empty list")));
        QCOMPARE(k->events(id).last().kind, EventKind::ChangesRequested);
    }

    // Defect 19: undoing a Done gives the task back the result it had.
    void undoingDoneRestoresTheResult_data()
    {
        QTest::addColumn<QString>("former");
        QTest::newRow("no result before") << QString();
        QTest::newRow("an earlier result") << QStringLiteral("First attempt");
    }

    void undoingDoneRestoresTheResult()
    {
        QFETCH(QString, former);
        MainWindow &w = window();
        const QString id = m_tb->create(*k, QStringLiteral("Ship it"));
        if (!former.isEmpty()) {
            QVERIFY(k->completeTask(id, CompleteOptions{former, {}, {}, {}}));
            k->moveTask(id, TaskStatus::Ready); // reopened; the result stays
            QCOMPARE(k->task(id)->result, former);
        }
        w.refreshNow();
        Prompt::queueAnswer({true, QStringLiteral("Shipped on Monday")});
        dropOn(viewOf(w, TaskStatus::Done), {id});
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Done);
        QCOMPARE(k->task(id)->result, QStringLiteral("Shipped on Monday"));
        w.undo();
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);
        QCOMPARE(k->task(id)->result, former);
    }
};

QTEST_MAIN(TestMoves)
#include "tst_moves.moc"
