// The drawer's Events and Runs tabs speak sentences with local times: no
// JSON payloads, no epoch seconds, and a run whose worker vanished shows
// how long it really ran, not the days until someone noticed.
#include "tests/ui/WindowFixture.h"

#include "model/DispatchKernel.h"
#include "model/Types.h"
#include "ui/drawer/BodyView.h"
#include "ui/drawer/EventSentence.h"
#include "ui/drawer/TaskDrawer.h"
#include "ui/window/MainWindow.h"

#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>

class TestDrawerEvents : public WindowFixture
{
    Q_OBJECT

private:
    TaskDrawer *open(const QString &id)
    {
        TaskDrawer *d = openDrawer(id);
        d->reload();
        return d;
    }

    static QStringList rows(QTreeWidget *tree, int column)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(column);
        return out;
    }

    // Nothing a person would not read: JSON, payload keys, epoch seconds.
    static void verifyHuman(QTreeWidget *tree)
    {
        static const QRegularExpression raw(
            QStringLiteral("\\{|\\}|\":|\\b1[0-9]{9}\\b|_at\\b|stale_lock|retry_status"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            for (int c = 0; c < tree->columnCount(); ++c) {
                QVERIFY2(!raw.match(item->text(c)).hasMatch(), qPrintable(item->text(c)));
                QVERIFY2(!raw.match(item->toolTip(c)).hasMatch(), qPrintable(item->toolTip(c)));
            }
        }
    }

private slots:
    void init() { m_tb = std::make_unique<UiTestBoard>(); }

    void cleanup()
    {
        m_window.reset();
        m_tb.reset();
    }

    void eventsAreSentences()
    {
        window();
        const QString design = m_tb->create(*k, QStringLiteral("Design the cache"));
        const QString build = m_tb->create(*k, QStringLiteral("Build it"));
        TaskEdit e;
        e.priority = 3;
        k->editTask(build, e);
        QVERIFY(k->assignTask(build, QStringLiteral("bob")));
        k->addComment(build, QStringLiteral("alice"), QStringLiteral("Looks fine"));
        QVERIFY(k->linkTasks(design, build));
        QVERIFY(k->claimTask(design));
        QVERIFY(k->completeTask(design));
        QVERIFY(k->blockTask(build, QStringLiteral("needs credentials for the staging box")));

        TaskDrawer *d = open(build);
        auto *events = d->findChild<QTreeWidget *>(QStringLiteral("drawerEvents"));
        QTRY_VERIFY(events->topLevelItemCount() >= 6);
        const QStringList what = rows(events, 1);
        const QString all = what.join(QLatin1Char('\n'));
        const qsizetype blocked =
            what.indexOf(QStringLiteral("Blocked: needs credentials for the staging box"));
        QVERIFY2(blocked >= 0, qPrintable(all));
        QVERIFY2(what.contains(QStringLiteral("alice commented.")), qPrintable(all));
        QVERIFY2(what.contains(QStringLiteral("Assigned to bob.")), qPrintable(all));
        QVERIFY2(what.contains(QStringLiteral("Priority set to 3.")), qPrintable(all));
        // Other tasks by their title.
        QVERIFY2(what.contains(QStringLiteral("Now waits for “Design the cache”.")),
                 qPrintable(all));
        QVERIFY2(what.contains(QStringLiteral("Created in Ready, unassigned.")), qPrintable(all));
        QVERIFY2(
            what.contains(QStringLiteral("Back to Todo: it now waits for “Design the cache”.")),
            qPrintable(all));
        QVERIFY2(what.contains(QStringLiteral("Ready: everything it waited for is done.")),
                 qPrintable(all));
        verifyHuman(events);
        // Times are local: today's events by their time of day.
        const qint64 now = m_tb->clock.now();
        const QDateTime local = QDateTime::fromSecsSinceEpoch(now);
        for (const QString &when : rows(events, 0)) {
            QCOMPARE(when, EventSentence::when(now, now));
            QVERIFY2(when.contains(
                         QStringLiteral(":%1").arg(local.time().minute(), 2, 10, QLatin1Char('0'))),
                     qPrintable(when));
        }
        // The tooltip: the sentence and the full local date.
        const QString tip = events->topLevelItem(int(blocked))->toolTip(1);
        QVERIFY2(tip.contains(QStringLiteral("needs credentials")), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(local.date().year())), qPrintable(tip));
    }

    void anAbandonedRunShowsWhatItRan()
    {
        window();
        const QString id =
            m_tb->create(*k, QStringLiteral("Write the report"), QStringLiteral("writer"));
        QVERIFY(k->claimTask(id, 900));
        m_tb->clock.advance(300);
        QVERIFY(k->heartbeat(id, QStringLiteral("halfway")));
        // The worker vanishes; ten days later the dispatcher notices.
        m_tb->clock.advance(10 * 86400 + 11 * 3600);
        DispatchKernel dk(m_window->session()->board());
        QVERIFY(dk.reclaimExpired(*k->task(id), {}));
        QCOMPARE(UiTest::statusOf(*k, id), TaskStatus::Ready);

        TaskDrawer *d = open(id);
        auto *runs = d->findChild<QTreeWidget *>(QStringLiteral("drawerRuns"));
        QTRY_COMPARE(runs->topLevelItemCount(), 1);
        const QTreeWidgetItem *run = runs->topLevelItem(0);
        QCOMPARE(run->text(1), QStringLiteral("Abandoned"));
        QCOMPARE(run->text(2), QStringLiteral("writer"));
        // It ran five minutes (to its last heartbeat), not 10d 11h.
        QCOMPARE(run->text(4), QStringLiteral("5m"));
        QVERIFY2(run->text(5).startsWith(QStringLiteral("The worker stopped answering after")),
                 qPrintable(run->text(5)));
        QVERIFY2(run->toolTip(4).contains(QStringLiteral("Last sign of life")),
                 qPrintable(run->toolTip(4)));
        verifyHuman(runs);

        auto *events = d->findChild<QTreeWidget *>(QStringLiteral("drawerEvents"));
        QTRY_VERIFY(events->topLevelItemCount() >= 3);
        const QString first = events->topLevelItem(0)->text(1);
        QVERIFY2(first.startsWith(QStringLiteral("The worker stopped answering (last sign of life "
                                                 "at")) &&
                     first.endsWith(QStringLiteral("the task went back to Ready.")),
                 qPrintable(first));
        QVERIFY2(rows(events, 1).contains(QStringLiteral("The worker reported: halfway")),
                 qPrintable(rows(events, 1).join(QLatin1Char('\n'))));
        verifyHuman(events);
        // Ten days ago is a date, not a time of day.
        QVERIFY(events->topLevelItem(events->topLevelItemCount() - 1)->text(0).size() >
                events->topLevelItem(0)->text(0).size());
    }

    void aRunWithoutHeartbeatsIsBoundedByItsClaim()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Silent"), QStringLiteral("writer"));
        QVERIFY(k->claimTask(id, 900));
        m_tb->clock.advance(3 * 86400);
        DispatchKernel dk(m_window->session()->board());
        QVERIFY(dk.reclaimExpired(*k->task(id), {}));
        TaskDrawer *d = open(id);
        auto *runs = d->findChild<QTreeWidget *>(QStringLiteral("drawerRuns"));
        QTRY_COMPARE(runs->topLevelItemCount(), 1);
        QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("under 15m"));
        QCOMPARE(runs->topLevelItem(0)->text(5),
                 QStringLiteral("The worker never answered after it started."));
        verifyHuman(runs);
    }

    void aFinishedRunKeepsItsTime()
    {
        window();
        const QString id = m_tb->create(*k, QStringLiteral("Quick"), QStringLiteral("writer"));
        QVERIFY(k->claimTask(id, 900));
        m_tb->clock.advance(125);
        CompleteOptions o;
        o.summary = QStringLiteral("wrote it");
        QVERIFY(k->completeTask(id, o));
        m_tb->clock.advance(5 * 86400);
        TaskDrawer *d = open(id);
        auto *runs = d->findChild<QTreeWidget *>(QStringLiteral("drawerRuns"));
        QTRY_COMPARE(runs->topLevelItemCount(), 1);
        QCOMPARE(runs->topLevelItem(0)->text(1), QStringLiteral("Done"));
        QCOMPARE(runs->topLevelItem(0)->text(4), QStringLiteral("2m"));
        QCOMPARE(runs->topLevelItem(0)->text(5), QStringLiteral("wrote it"));
        auto *events = d->findChild<QTreeWidget *>(QStringLiteral("drawerEvents"));
        QTRY_VERIFY(rows(events, 1).contains(QStringLiteral("Done: wrote it")));
        verifyHuman(events);
    }
};

QTEST_MAIN(TestDrawerEvents)
#include "tst_drawer_events.moc"
