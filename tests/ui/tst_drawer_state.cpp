// The drawer starts clean for each task: chips, placeholders, the error
// line, the comment draft and the scroll of the task before never stay; a
// task is never its own child. Also: the wrapped heading, the add buttons
// lined up, "Saved" after an edit, and the "Notify me" toggle.
#include "tests/ui/WindowFixture.h"

#include "model/Types.h"
#include "ui/dialogs/Prompt.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/DependencyChip.h"
#include "ui/drawer/DependencyEditor.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/drawer/TitleEdit.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>

class TestDrawerState : public WindowFixture
{
    Q_OBJECT

private:
    QStringList m_notices;

    void windowShown() override
    {
        connect(m_window->drawer(), &TaskDrawer::notice, this,
                [this](const QString &text, bool) { m_notices << text; });
    }

    TaskDrawer *open(const QString &id)
    {
        TaskDrawer *d = openLoadedDrawer(id);
        QCoreApplication::processEvents();
        return d;
    }

    // The chips the drawer shows and can see (not ones waiting to be deleted).
    static QStringList visibleChips(TaskDrawer *d)
    {
        QStringList ids;
        for (DependencyChip *c : d->findChildren<DependencyChip *>())
            if (c->isVisibleTo(d))
                ids << c->taskId();
        ids.sort();
        return ids;
    }

private slots:
    void init()
    {
        m_tb = std::make_unique<UiTestBoard>();
        Prompt::clear();
        m_notices.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void chipsOfTheTaskBeforeGo()
    {
        window();
        const QString research = m_tb->create(*k, QStringLiteral("Research"));
        const QString note = m_tb->create(*k, QStringLiteral("Write the note"), {}, 0, {research});
        const QString review = m_tb->create(*k, QStringLiteral("Review the note"), {}, 0, {note});
        const QString alone = m_tb->create(*k, QStringLiteral("Unrelated chore"));

        TaskDrawer *d = open(note);
        QCOMPARE(d->dependencies()->chipIds(true), QStringList{research});
        QCOMPARE(d->dependencies()->chipIds(false), QStringList{review});

        // A task without links shows no chips at all, and says so.
        d = open(alone);
        QVERIFY(d->dependencies()->chipIds(true).isEmpty());
        QVERIFY(d->dependencies()->chipIds(false).isEmpty());
        QTRY_VERIFY(visibleChips(d).isEmpty());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("noParents"))->isVisibleTo(d));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("noChildren"))->isVisibleTo(d));

        // The child of the task before is not shown as its own child.
        open(note);
        d = open(review);
        QCOMPARE(d->dependencies()->chipIds(true), QStringList{note});
        QVERIFY(d->dependencies()->chipIds(false).isEmpty());
        QTRY_COMPARE(visibleChips(d), QStringList{note});
        QVERIFY(!d->findChild<QToolButton *>(QStringLiteral("unlink_") + review));
    }

    void aStaleUnlinkReportsNothing()
    {
        window();
        const QString a = m_tb->create(*k, QStringLiteral("Design"));
        const QString b = m_tb->create(*k, QStringLiteral("Build"), {}, 0, {a});
        TaskDrawer *d = open(b);
        auto *unlink = d->findChild<QToolButton *>(QStringLiteral("unlink_") + a);
        QVERIFY(unlink);
        // The link goes behind the drawer's back (the CLI): the × then
        // neither claims to remove it nor touches anything.
        QVERIFY(k->unlinkTasks(a, b));
        m_notices.clear();
        emit d->dependencies()->unlinkRequested(a, b);
        QVERIFY2(m_notices.isEmpty(), qPrintable(m_notices.join(QLatin1Char('|'))));
        QTRY_VERIFY(d->dependencies()->chipIds(true).isEmpty());
        // A real link: removed, and said by title.
        QVERIFY(k->linkTasks(a, b));
        d = open(a);
        d = open(b);
        d->findChild<QToolButton *>(QStringLiteral("unlink_") + a)->click();
        QVERIFY(k->parentIds(b).isEmpty());
        QCOMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().contains(QStringLiteral("Design")) &&
                     m_notices.first().contains(QStringLiteral("Build")),
                 qPrintable(m_notices.first()));
    }

    void errorDraftAndDescriptionOfTheTaskBeforeGo()
    {
        window();
        CreateOptions o;
        o.title = QStringLiteral("Has a description");
        o.body = QStringLiteral("Some **text** here.");
        const QString first = k->createTask(o).id;
        const QString second = m_tb->create(*k, QStringLiteral("Has none"));
        TaskDrawer *d = open(first);
        QTRY_VERIFY(d->bodyView()->renderedText().contains(QStringLiteral("text")));
        // An error on the first task, and a comment draft.
        auto *title = d->findChild<TitleEdit *>(QStringLiteral("drawerTitle"));
        title->setText(QStringLiteral("   "));
        emit title->editingFinished();
        QVERIFY(!d->messageText().isEmpty());
        d->comments()->editor()->setPlainText(QStringLiteral("half a thought"));

        d = open(second);
        QVERIFY2(d->messageText().isEmpty(), qPrintable(d->messageText()));
        QVERIFY(d->comments()->editor()->toPlainText().isEmpty());
        QVERIFY(d->bodyView()->renderedText().isEmpty());
        auto emptyShown = [d] {
            for (QLabel *l : d->bodyView()->findChildren<QLabel *>())
                if (l->isVisibleTo(d) && l->text() == QStringLiteral("No description."))
                    return true;
            return false;
        };
        QTRY_VERIFY(emptyShown());
        QCOMPARE(title->text(), QStringLiteral("Has none"));
    }

    void scrollStartsAtTheTop()
    {
        window();
        CreateOptions o;
        o.title = QStringLiteral("Long");
        for (int i = 0; i < 60; ++i)
            o.body += QStringLiteral("Paragraph %1.\n\n").arg(i);
        const QString longOne = k->createTask(o).id;
        const QString other = m_tb->create(*k, QStringLiteral("Short"));
        TaskDrawer *d = open(longOne);
        auto *scroll = d->findChild<QScrollArea *>(QStringLiteral("drawerScroll"));
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        open(other);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    }

    void anEditUnderWaySavesToItsOwnTask()
    {
        MainWindow &w = window();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString a = m_tb->create(*k, QStringLiteral("First"));
        const QString b = m_tb->create(*k, QStringLiteral("Second"));
        TaskDrawer *d = open(a);
        auto *title = d->findChild<TitleEdit *>(QStringLiteral("drawerTitle"));
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("First, renamed"));
        open(b);
        QCOMPARE(k->task(a)->title, QStringLiteral("First, renamed"));
        QCOMPARE(k->task(b)->title, QStringLiteral("Second"));
        QCOMPARE(title->text(), QStringLiteral("Second"));
    }

    void longTitlesWrap()
    {
        window();
        const QString longTitle = QStringLiteral(
            "Investigate why the worker start is flaky when the board has many ready tasks at "
            "once, and document the workaround in the FAQ");
        const QString id = m_tb->create(*k, longTitle);
        TaskDrawer *d = open(id);
        auto *title = d->findChild<QWidget *>(QStringLiteral("drawerTitle"));
        QVERIFY(title);
        auto *edit = qobject_cast<TitleEdit *>(title);
        QVERIFY(edit);
        QCOMPARE(edit->text(), longTitle);
        // Wrapped over lines, all of it in the drawer: nothing clipped on
        // either side.
        const int line = title->fontMetrics().lineSpacing();
        QTRY_VERIFY2(title->height() >= 2 * line,
                     qPrintable(QStringLiteral("%1 < 2 x %2").arg(title->height()).arg(line)));
        const QRect inDrawer(title->mapTo(d, QPoint(0, 0)), title->size());
        QVERIFY(d->rect().contains(inDrawer));
        QTextDocument *doc = edit->document();
        QVERIFY2(doc->size().height() <= edit->viewport()->height() + 1,
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(doc->size().height())
                                .arg(edit->viewport()->height())));
        QCOMPARE(edit->horizontalScrollBar()->value(), 0);
        QCOMPARE(edit->verticalScrollBar()->value(), 0);
        // A short title takes one line again.
        const QString shortId = m_tb->create(*k, QStringLiteral("Short"));
        open(shortId);
        QTRY_VERIFY(title->height() < 2 * line);
    }

    void addButtonsLineUp()
    {
        window();
        const QString parent =
            m_tb->create(*k, QStringLiteral("Research: compare SQLite journal modes"));
        const QString id =
            m_tb->create(*k, QStringLiteral("Fix flaky worker start"), {}, 0, {parent});
        m_tb->create(*k, QStringLiteral("Review the design note"), {}, 0, {id});
        for (const QString &task : {id, parent}) {
            TaskDrawer *d = open(task);
            auto *addParent = d->findChild<QToolButton *>(QStringLiteral("add_parent"));
            auto *addChild = d->findChild<QToolButton *>(QStringLiteral("add_child"));
            QTRY_VERIFY(addParent->isVisible() && addChild->isVisible());
            QCOMPARE(addParent->mapTo(d, QPoint(0, 0)).x(), addChild->mapTo(d, QPoint(0, 0)).x());
            // The parent's button comes before the children.
            QVERIFY(addParent->mapTo(d, QPoint(0, 0)).y() < addChild->mapTo(d, QPoint(0, 0)).y());
        }
    }

    void editsSayTheyAreSaved()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Tune"), QStringLiteral("alice"), 1);
        TaskDrawer *d = open(id);
        QVERIFY(d->savedText().isEmpty());
        auto *priority = d->findChild<QSpinBox *>(QStringLiteral("drawerPriority"));
        // Nothing changed: nothing saved, nothing said.
        emit priority->editingFinished();
        QVERIFY(d->savedText().isEmpty());
        priority->setValue(4);
        emit priority->editingFinished();
        QCOMPARE(k->task(id)->priority, 4);
        QVERIFY(d->savedText().contains(QStringLiteral("Saved")));
        // It goes away by itself.
        QTRY_VERIFY_WITH_TIMEOUT(d->savedText().isEmpty(), 5000);
        auto *title = d->findChild<TitleEdit *>(QStringLiteral("drawerTitle"));
        title->setText(QStringLiteral("Tune the cache"));
        emit title->editingFinished();
        QCOMPARE(k->task(id)->title, QStringLiteral("Tune the cache"));
        QVERIFY(d->savedText().contains(QStringLiteral("Saved")));
        // Opening another task does not carry it over.
        d = open(m_tb->create(*k, QStringLiteral("Other")));
        QVERIFY(d->savedText().isEmpty());
    }

    void notifyMeSubscribesTheDesktop()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Long job"));
        TaskDrawer *d = open(id);
        auto *notify = d->findChild<QCheckBox *>(QStringLiteral("drawerNotify"));
        QVERIFY(notify);
        QVERIFY(notify->isVisibleTo(d));
        QVERIFY(!notify->isChecked());
        notify->click();
        QList<NotifySub> subs = k->notifySubs(id);
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.first().platform, QStringLiteral("desktop"));
        notify->click();
        QVERIFY(k->notifySubs(id).isEmpty());
        // A subscription made elsewhere (the CLI) shows as on.
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("desktop");
        sub.chatId = QStringLiteral("me");
        QVERIFY(k->addNotifySub(sub));
        m_window->refreshNow();
        d->reload();
        QTRY_VERIFY(notify->isChecked());
        // Another task: its own state.
        open(m_tb->create(*k, QStringLiteral("Other")));
        QVERIFY(!notify->isChecked());
    }

    void aReadyTaskSaysWhyItWaits()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Draft"), QStringLiteral("writer"));
        const QString other = m_tb->create(*k, QStringLiteral("Free"));
        m_window->refreshNow();
        const QString why = QStringLiteral("Waits for profile writer: no profile of that name");
        m_window->session()->model()->setWaitReasons({{id, why}});
        TaskDrawer *d = open(id);
        auto *waits = d->findChild<QLabel *>(QStringLiteral("drawerWaits"));
        QVERIFY(waits);
        QTRY_COMPARE(waits->text(), why);
        QVERIFY(waits->isVisibleTo(d));
        // A task that does not wait says nothing.
        open(other);
        QVERIFY(!waits->isVisibleTo(d));
    }
};

QTEST_MAIN(TestDrawerState)
#include "tst_drawer_state.moc"
