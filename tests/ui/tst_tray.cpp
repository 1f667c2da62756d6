// Under Xvfb with the tray host trayer (tray_test.sh): the tray icon is
// there, and its "Dispatch now" spawns a ready task's worker.
#include "tests/ui/UiTestSupport.h"

#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/Types.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/TrayService.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void trayIconAndDispatchNow()
    {
        // trayer's window shows before it owns the tray selection: wait.
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                                  "no tray host: run through tray_test.sh", 10000);
        UiTestBoard tb;
        auto session = tb.openSession();
        Kernel &k = session->kernel();
        const BoardLocation loc = session->board().location();

        DispatcherHost host(loc);
        TrayService tray(&host);
        tray.show();
        host.startHosting(QStringLiteral("tray"));
        QTRY_VERIFY(host.isLocalRunning());
        QTRY_VERIFY_WITH_TIMEOUT(tray.icon()->isVisible() && tray.icon()->geometry().width() > 0,
                                 5000);
        QCOMPARE(tray.state(), QStringLiteral("idle"));
        QTRY_VERIFY(host.health().state == DispatcherHealth::Alive && host.health().local);
        QVERIFY(
            tray.toolTip().startsWith(QStringLiteral("qkanban: 0 running · 0 ready · 0 blocked")));

        // A ready task whose profile has no command yet: ticks skip it.
        QSignalSpy ticks(&host, &DispatcherHost::ticked);
        const QString id = tb.create(k, QStringLiteral("Say hello"), QStringLiteral("bot"));
        QTRY_VERIFY_WITH_TIMEOUT(!ticks.isEmpty(), 5000);
        QCOMPARE(UiTest::statusOf(k, id), TaskStatus::Ready);

        // Now the profile gets its command, and "Dispatch now" starts it.
        const QString marker = tb.dir.filePath(QStringLiteral("worker-started"));
        const QString script = tb.dir.filePath(QStringLiteral("worker.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // It says hello, waits for the test's go, then fails (exit 3): a
        // crash, which the tray reports.
        f.write(
            "#!/bin/sh\n"
            "echo \"$QKANBAN_TASK\" > \"$QK_MARKER.tmp\" && mv \"$QK_MARKER.tmp\" \"$QK_MARKER\"\n"
            "while [ ! -e \"$QK_MARKER.go\" ]; do sleep 0.05; done\n"
            "exit 3\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        Profile p;
        p.name = QStringLiteral("bot");
        p.command = script + QStringLiteral(" {task}");
        p.env.insert(QStringLiteral("QK_MARKER"), marker);
        Profiles::save(p, BoardPaths::configPath());

        QSignalSpy started(&host, &DispatcherHost::workerStarted);
        QSignalSpy attention(&host, &DispatcherHost::attention);
        QAction *dispatch = tray.menu()->findChild<QAction *>(QStringLiteral("trayDispatchNow"));
        QVERIFY(dispatch && tray.dispatchAction() == dispatch);
        dispatch->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 10000);
        // Paused before it crashes: no respawn after the crash.
        tray.menu()->findChild<QAction *>(QStringLiteral("trayPause"))->trigger();
        QTRY_COMPARE(host.health().state, DispatcherHealth::Paused);
        QFile go(marker + QStringLiteral(".go"));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        QFile m(marker);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(m.readAll()).trimmed(), id);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), id);
        // The worker crashed: a notification, and the task is back in ready.
        QTRY_VERIFY_WITH_TIMEOUT(!attention.isEmpty(), 10000);
        QCOMPARE(attention.first().at(0).toString(), id);
        QCOMPARE(attention.first().at(1).toString(), EventKind::Crashed);
        QVERIFY(!tray.lastMessage().isEmpty());
        QTRY_COMPARE(UiTest::statusOf(k, id), TaskStatus::Ready);
        QCOMPARE(k.runs(id).size(), 1);
        QCOMPARE(k.runs(id).first().outcome, EventKind::Crashed);
        host.stopHosting();
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
