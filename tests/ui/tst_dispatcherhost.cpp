// The dispatcher's health in the window: from a dispatcher in another
// process (its health row), and from one this window hosts when there is
// no tray. The dispatcher runs in its own thread: the window never waits
// for a tick, and quitting joins that thread at once.
#include "tests/ui/UiTestSupport.h"

#include "model/DispatcherStatus.h"
#include "model/Json.h"
#include "model/ProfilePauses.h"
#include "model/Sql.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/DispatcherPill.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/MainWindow.h"

#include "dispatcher/Dispatcher.h"
#include "model/Board.h"

#include <QElapsedTimer>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

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
        QTRY_COMPARE(host.health().state, DispatcherHealth::Alive);
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
        QTRY_COMPARE(host.health().state, DispatcherHealth::Failing);
        QVERIFY(w.boardStatusBar()->healthText().contains(QStringLiteral("disk full")));

        // It goes away: no dispatcher, said plainly.
        other.kill();
        other.waitForFinished();
        host.pollHealth();
        QTRY_COMPARE(host.health().state, DispatcherHealth::Absent);
        QCOMPARE(w.boardStatusBar()->healthText(), QStringLiteral("No dispatcher running"));
        QCOMPARE(w.dispatcherPill()->text(), QStringLiteral("No dispatcher"));
    }

    void namesPausedProfiles()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        const BoardLocation loc = session->board().location();
        Sql::exec(session->board().db(),
                  QStringLiteral("INSERT INTO profile_pauses(name, reason, command, paused_at)"
                                 " VALUES ('coder', 'the last 5 attempts failed', 'x', ?)"),
                  {tb.clock.now()});
        MainWindow w(std::move(session));
        DispatcherHost host(loc, &tb.clock);
        w.setDispatcherHost(&host);
        QTRY_COMPARE(host.health().pausedProfiles.size(), 1);
        QVERIFY2(w.boardStatusBar()->healthText().endsWith(QStringLiteral(" · coder paused")),
                 qPrintable(w.boardStatusBar()->healthText()));
        const QString tip = w.dispatcherPill()->toolTip();
        QVERIFY2(
            tip.contains(QStringLiteral("Profile coder is paused: the last 5 attempts failed.")),
            qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("qkanban")), qPrintable(tip)); // no shell advice
        // The pill's menu resumes it: no shell needed.
        bool offered = false;
        QTimer::singleShot(0, &w, [&] {
            auto *menu = w.findChild<QMenu *>(QStringLiteral("dispatcherDetails"));
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (a->text() == QStringLiteral("Resume profile coder")) {
                    offered = true;
                    a->trigger();
                }
            }
            menu->close();
        });
        w.dispatcherPill()->click();
        QVERIFY(offered);
        QVERIFY(!ProfilePauses(w.session()->board()).find(QStringLiteral("coder")));
        QVERIFY2(w.boardStatusBar()->notice().contains(QStringLiteral("Resumed profile coder")),
                 qPrintable(w.boardStatusBar()->notice()));
        host.pollHealth();
        QTRY_VERIFY(host.health().pausedProfiles.isEmpty());
        QVERIFY(!w.boardStatusBar()->healthText().contains(QStringLiteral("paused")));
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
        QTRY_VERIFY(host.isLocalRunning());
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
        QTRY_VERIFY(!host.isLocalRunning());
    }

    void windowKeepsTurningWhileATickWaitsForTheDatabase()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        const BoardLocation loc = session->board().location();
        MainWindow w(std::move(session));
        w.show();
        DispatcherHost host(loc);
        w.setDispatcherHost(&host);
        QSignalSpy ticks(&host, &DispatcherHost::ticked);
        host.startHosting(QStringLiteral("window"));
        QTRY_VERIFY(host.isLocalRunning());
        QTRY_VERIFY(!ticks.isEmpty()); // its first tick
        ticks.clear();

        // Another process holds the write lock for 2 s; "Dispatch now".
        QProcess holder;
        holder.start(QStringLiteral(QK_UI_WRITER),
                     {tb.dbPath, QStringLiteral("hold"), QStringLiteral("2000")});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        QElapsedTimer held;
        held.start();
        w.findChild<QAction *>(QStringLiteral("actionDispatchNow"))->trigger();

        // The window's event loop meanwhile: a 10 ms timer and its largest gap.
        qint64 maxGap = 0;
        int fires = 0;
        QElapsedTimer sinceFire;
        sinceFire.start();
        QTimer beat;
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] {
            maxGap = qMax(maxGap, sinceFire.restart());
            ++fires;
        });
        beat.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ticks.isEmpty(), 30000);
        const qint64 tickWaited = held.elapsed();
        beat.stop();
        QTRY_COMPARE(holder.state(), QProcess::NotRunning);
        QCOMPARE(holder.exitCode(), 0);
        qInfo("tick waited %lld ms for the lock; %d timer fires, largest gap %lld ms", tickWaited,
              fires, maxGap);
        QVERIFY2(tickWaited >= 1500, "the tick did not wait for the lock");
        QVERIFY(fires > 100);
        QVERIFY2(maxGap < 100, qPrintable(QStringLiteral("gap of %1 ms").arg(maxGap)));
        QVERIFY(ticks.first().first().value<DispatchResult>().error.isEmpty());
    }

    void quitJoinsTheDispatcherThreadPromptly()
    {
        UiTestBoard tb;
        auto session = tb.openSession();
        const BoardLocation loc = session->board().location();
        auto *w = new MainWindow(std::move(session));
        auto host = std::make_unique<DispatcherHost>(loc);
        w->setDispatcherHost(host.get());
        host->startHosting(QStringLiteral("window"));
        QTRY_VERIFY(host->isLocalRunning());
        QVERIFY(host->dispatcherThread()->isRunning());
        QCOMPARE(Dispatcher::lockHolder(loc), QCoreApplication::applicationPid());

        // File → Quit, then what GuiMain does after the event loop.
        QEventLoop loop;
        connect(w, &MainWindow::quitRequested, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, w->findChild<QAction *>(QStringLiteral("actionQuit")),
                           &QAction::trigger);
        loop.exec();
        QElapsedTimer t;
        t.start();
        delete w;
        host->stopHosting();
        host.reset();
        qInfo("quit took %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 1000);
        // The board is free for the next dispatcher, its row says stopped.
        QCOMPARE(Dispatcher::lockHolder(loc), 0);
        Board board(loc);
        QVERIFY(!DispatcherStatus(board).liveDispatcher());
    }
};

QTEST_MAIN(TestDispatcherHost)
#include "tst_dispatcherhost.moc"
