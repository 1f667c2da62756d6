// The dispatcher's health in the window: from a dispatcher in another
// process (its health row), and from one this window hosts when there is
// no tray.
#include "tests/ui/UiTestSupport.h"

#include "ui/window/BoardStatusBar.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/DispatcherPill.h"
#include "model/DispatcherStatus.h"
#include "model/Json.h"
#include "ui/window/MainWindow.h"

#include <QProcess>

class TestDispatcherHost : public QObject
{
    Q_OBJECT

private slots:
    void followsAnotherProcessesDispatcher()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        const BoardLocation loc = session->board().location();
        // Another process on this host: its pid is alive, its row ticks.
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        DispatcherStatus rows(session->board());
        rows.recordStart(other.processId(), QStringLiteral("daemon"), 60, false);
        rows.recordTick(QStringLiteral("ok"), {}, Json::object());

        MainWindow w(std::move(session));
        DispatcherHost host(loc, &tb.clock);
        w.setDispatcherHost(&host);
        host.pollHealth();
        QCOMPARE(host.health().state, DispatcherHealth::Alive);
        QVERIFY(!host.health().local);
        QCOMPARE(host.health().pid, other.processId());
        QCOMPARE(host.health().lastTick, tb.clock.now());
        QVERIFY(w.boardStatusBar()->healthText().startsWith(
            QStringLiteral("Dispatcher alive, last tick")));
        QVERIFY(DispatcherPill::details(host.health()).contains(QStringLiteral("daemon")));

        // Its last tick failed: red, with the error.
        DispatcherStatus(w.session()->board())
            .recordTick(QStringLiteral("error"), QStringLiteral("disk full"), Json::object());
        host.pollHealth();
        QCOMPARE(host.health().state, DispatcherHealth::Failing);
        QVERIFY(w.boardStatusBar()->healthText().contains(QStringLiteral("disk full")));

        // It goes away: no dispatcher, said plainly.
        other.kill();
        other.waitForFinished();
        host.pollHealth();
        QCOMPARE(host.health().state, DispatcherHealth::Absent);
        QCOMPARE(w.boardStatusBar()->healthText(), QStringLiteral("No dispatcher running"));
        QCOMPARE(w.dispatcherPill()->text(), QStringLiteral("No dispatcher"));
    }

    void hostsTheDispatcherWhenThereIsNoTray()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        const BoardLocation loc = session->board().location();
        MainWindow w(std::move(session));
        DispatcherHost host(loc);
        w.setDispatcherHost(&host);
        host.startHosting(QStringLiteral("window"), QStringLiteral("No system tray here"));
        QVERIFY(host.isLocalRunning());
        QTRY_COMPARE(host.health().state, DispatcherHealth::Alive);
        QVERIFY(host.health().local);
        QCOMPARE(host.health().mode, QStringLiteral("window"));
        QVERIFY(w.boardStatusBar()->healthText().startsWith(QStringLiteral("Dispatcher alive")));
        QVERIFY(w.dispatcherPill()->toolTip().contains(QStringLiteral("No system tray here")));
        QVERIFY(w.boardStatusBar()->notice().contains(QStringLiteral("No system tray here")));
        // Pause from the window's menu.
        auto *pause = w.findChild<QAction *>(QStringLiteral("actionPauseDispatcher"));
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_COMPARE(host.health().state, DispatcherHealth::Paused);
        QCOMPARE(w.dispatcherPill()->text(), QStringLiteral("Dispatcher paused"));
        host.stopHosting();
        QVERIFY(!host.isLocalRunning());
    }
};

QTEST_MAIN(TestDispatcherHost)
#include "tst_dispatcherhost.moc"
