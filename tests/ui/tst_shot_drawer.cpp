// A screenshot of the drawer of a well-filled task: a long wrapped title, a
// description with a table, a block quote and code, parents and children,
// markdown comments, events as sentences and an abandoned run. Saved as
// drawer.png (and drawer-events.png, drawer-runs.png) under the screenshot
// folder; the geometry a person would notice is asserted.
#include "tests/ui/UiTestSupport.h"

#include "model/DispatchKernel.h"
#include "model/Types.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/CommentThread.h"
#include "ui/drawer/DependencyEditor.h"
#include "ui/drawer/MarkdownBrowser.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/drawer/TitleEdit.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>
#include <QTreeWidget>

class TestShotDrawer : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        const QString path = UiTest::screenshotDir() + QLatin1Char('/') + name;
        QVERIFY(img.save(path));
        qInfo() << "wrote" << path;
    }

private slots:
    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void drawer_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void drawer()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        UiTestBoard tb;
        auto session = tb.openSession();
        Kernel &k = session->kernel();
        const QString research =
            tb.create(k, QStringLiteral("Research: compare SQLite journal modes"),
                      QStringLiteral("researcher"));
        QVERIFY(k.claimTask(research));
        CompleteOptions done;
        done.summary = QStringLiteral("WAL: 50k commits/s");
        QVERIFY(k.completeTask(research, done));
        const QString design = tb.create(k, QStringLiteral("Write the design note"));
        CreateOptions o;
        o.title = QStringLiteral("Fix flaky worker start when many ready tasks are dispatched "
                                 "at once (émoji ✓, quotes \"x\")");
        o.assignee = QStringLiteral("coder");
        o.priority = 2;
        o.parents = {research, design};
        o.body = QStringLiteral("Workers sometimes start **twice** under load.\n\n"
                                "| Mode | Commits/s | Note |\n"
                                "|:-----|----------:|:----:|\n"
                                "| WAL | 50000 | default |\n"
                                "| DELETE | 3300 | old |\n\n"
                                "> Seen on the staging box only,\n> after a restart.\n\n"
                                "```\nqkanban dispatch --once\n```\n");
        const QString focus = k.createTask(o).id;
        tb.create(k, QStringLiteral("Review the design note"), {}, 0, {focus});
        tb.create(k, QStringLiteral("Release 2.1"), {}, 0, {focus});
        k.addComment(focus, QStringLiteral("alice"),
                     QStringLiteral("**Reproduced** with `--once`:\n\n> two workers, one task\n"));
        k.addComment(focus, QStringLiteral("bob"),
                     QStringLiteral("Plan:\n\n- add a claim check\n- retest"));
        // Dispatch it once; its worker vanishes and is reclaimed.
        QVERIFY(k.claimTask(design));
        QVERIFY(k.completeTask(design));
        QVERIFY(k.claimTask(focus, 900));
        tb.clock.advance(420);
        QVERIFY(k.heartbeat(focus, QStringLiteral("reproducing")));
        tb.clock.advance(2 * 86400);
        DispatchKernel dk(session->board());
        QVERIFY(dk.reclaimExpired(*k.task(focus), {}));
        tb.clock.advance(600);

        MainWindow w(std::move(session));
        w.resize(1400, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refreshNow();
        w.openTask(focus);
        TaskDrawer *d = w.drawer();
        QTRY_COMPARE(d->width(), TaskDrawer::kWidth);
        QTRY_VERIFY(!d->bodyView()->isLoading());
        QTRY_VERIFY(d->bodyView()->renderedText().contains(QStringLiteral("DELETE")));
        QTRY_VERIFY(d->comments()->threadText().contains(QStringLiteral("Reproduced")));

        // The heading: wrapped, whole, inside the drawer.
        auto *title = d->findChild<TitleEdit *>(QStringLiteral("drawerTitle"));
        QTRY_VERIFY(title->height() >= 2 * title->fontMetrics().lineSpacing());
        QVERIFY(d->rect().contains(QRect(title->mapTo(d, QPoint(0, 0)), title->size())));
        // The description's table fits its width; the quote has its bar.
        MarkdownBrowser *body = d->bodyView()->browser();
        QCOMPARE(body->horizontalScrollBar()->maximum(), 0);
        QVERIFY(body->document()->size().width() <= body->viewport()->width() + 1);
        QVERIFY(!body->quoteBars().isEmpty());
        // Two parents, two children, the add buttons in one column.
        QCOMPARE(d->dependencies()->chipIds(true).size(), 2);
        QCOMPARE(d->dependencies()->chipIds(false).size(), 2);
        auto *addParent = d->findChild<QToolButton *>(QStringLiteral("add_parent"));
        auto *addChild = d->findChild<QToolButton *>(QStringLiteral("add_child"));
        QCOMPARE(addParent->mapTo(d, QPoint(0, 0)).x(), addChild->mapTo(d, QPoint(0, 0)).x());

        save(d, QStringLiteral("drawer%1.png").arg(suffix));
        auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("drawerTabs"));
        auto *events = d->findChild<QTreeWidget *>(QStringLiteral("drawerEvents"));
        tabs->setCurrentWidget(events);
        QVERIFY(events->topLevelItemCount() > 5);
        // The long sentence wraps over two lines instead of ending in "…".
        QCoreApplication::processEvents();
        const int line = events->fontMetrics().lineSpacing();
        QTRY_VERIFY2(
            events->visualItemRect(events->topLevelItem(0)).height() >= 2 * line,
            qPrintable(QString::number(events->visualItemRect(events->topLevelItem(0)).height())));
        save(d, QStringLiteral("drawer-events%1.png").arg(suffix));
        auto *runs = d->findChild<QTreeWidget *>(QStringLiteral("drawerRuns"));
        tabs->setCurrentWidget(runs);
        QCOMPARE(runs->topLevelItemCount(), 1);
        QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("7m"));
        save(d, QStringLiteral("drawer-runs%1.png").arg(suffix));
        if (dark)
            QVERIFY(d->palette().color(QPalette::Base).lightness() < 128);
    }
};

QTEST_MAIN(TestShotDrawer)
#include "tst_shot_drawer.moc"
