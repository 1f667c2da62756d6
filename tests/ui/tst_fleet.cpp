// One dispatcher for every board (issue 14, defect 7) and the board's own
// notifications (defect 9). Offscreen; the last case runs the desktop
// program with a tray and is skipped without one (tray_test.sh runs it).
#include "tests/ui/UiTestSupport.h"

#include "dispatcher/BoardLock.h"
#include "dispatcher/DispatcherFleet.h"
#include "dispatcher/Profiles.h"
#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Json.h"
#include "model/Types.h"
#include "ui/tray/BoardEventFeed.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/DispatcherPill.h"
#include "ui/tray/TickReport.h"
#include "ui/tray/TrayService.h"
#include "ui/window/BoardStatusBar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>

namespace {

QString qkanbanBin()
{
    return QStringLiteral(QK_QKANBAN_BIN);
}

// A profile whose worker completes its task at once.
void addCompletingProfile(const QString &dir, const QString &name)
{
    const QString script = dir + QStringLiteral("/complete.sh");
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\nexec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" --result ok\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Profile p;
    p.name = name;
    p.command = script;
    Profiles::save(p, BoardPaths::configPath());
}

// A board under the test's home with one ready task for `assignee`.
QString boardWithTask(const QString &slug, const QString &title, const QString &assignee,
                      BoardLocation *where = nullptr)
{
    const BoardLocation loc = DispatcherFleet::locationFor(BoardPaths::root(), slug);
    Board board(loc);
    Kernel k(board);
    CreateOptions o;
    o.title = title;
    o.assignee = assignee;
    if (where)
        *where = loc;
    return k.createTask(o).id;
}

QString statusIn(const BoardLocation &loc, const QString &id)
{
    Board board(loc);
    Kernel k(board);
    return UiTest::statusOf(k, id);
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void init() { qputenv("QKANBAN_BIN", qkanbanBin().toUtf8()); }

    // The window shows "default"; a ready task on "other" (and on a board
    // made after the start) is dispatched all the same, and the board
    // left behind by a switch keeps being dispatched.
    void everyBoardIsDispatched()
    {
        UiTestBoard tb;
        auto session = tb.openBoardBySlug();
        addCompletingProfile(tb.dir.path(), QStringLiteral("bot"));
        BoardLocation other;
        const QString otherId = boardWithTask(QStringLiteral("other"), QStringLiteral("Elsewhere"),
                                              QStringLiteral("bot"), &other);

        DispatcherHost host(session->board().location());
        host.startHosting(QStringLiteral("window"));
        QTRY_COMPARE_WITH_TIMEOUT(statusIn(other, otherId), TaskStatus::Done, 20000);

        // A board created while the dispatcher runs joins it.
        BoardLocation later;
        const QString laterId = boardWithTask(QStringLiteral("later"), QStringLiteral("Made later"),
                                              QStringLiteral("bot"), &later);
        QTRY_COMPARE_WITH_TIMEOUT(statusIn(later, laterId), TaskStatus::Done, 20000);

        // The window switches to "later": "default" is still dispatched.
        host.setLocation(later);
        const QString homeId =
            tb.create(session->kernel(), QStringLiteral("Left behind"), QStringLiteral("bot"));
        QTRY_COMPARE_WITH_TIMEOUT(UiTest::statusOf(session->kernel(), homeId), TaskStatus::Done,
                                  20000);

        // The tray menu says each board's state.
        TrayService tray(&host);
        QTRY_COMPARE_WITH_TIMEOUT(host.boards().size(), 3, 5000);
        QTRY_VERIFY(tray.boardLines().size() == 3);
        const QStringList lines = tray.boardLines();
        QVERIFY2(lines.filter(QStringLiteral("other: 0 running · 0 ready · dispatching")).size() ==
                     1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.filter(QStringLiteral("default:")).size() == 1);
        QVERIFY(lines.filter(QStringLiteral("later:")).size() == 1);
        QVERIFY(tray.menu()->findChild<QAction *>(QStringLiteral("trayBoard_other")));
        host.stopHosting();
    }

    // A board another process dispatches is followed, not taken; when
    // that one stops, the tray takes the board over.
    void takesOverABoardWhenItsDaemonStops()
    {
        UiTestBoard tb;
        auto session = tb.openBoardBySlug();
        BoardLocation other;
        boardWithTask(QStringLiteral("other"), QStringLiteral("Unassigned"), {}, &other);
        QProcess daemon;
        daemon.start(qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("--board"),
                                    QStringLiteral("other"), QStringLiteral("daemon")});
        QVERIFY(daemon.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(BoardLock::holderPid(other), daemon.processId(), 15000);

        DispatcherHost host(session->board().location());
        TrayService tray(&host);
        host.startHosting(QStringLiteral("tray"));
        const auto lineOf = [&tray](const QString &slug) {
            const QStringList l = tray.boardLines().filter(slug + QLatin1Char(':'));
            return l.isEmpty() ? QString() : l.first();
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            lineOf(QStringLiteral("other")),
            QStringLiteral("other: 0 running · 1 ready · dispatched elsewhere"), 10000);
        QTRY_VERIFY(lineOf(QStringLiteral("default")).endsWith(QStringLiteral("· dispatching")));

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(lineOf(QStringLiteral("other")),
                                  QStringLiteral("other: 0 running · 1 ready · dispatching"),
                                  15000);
        QTRY_COMPARE(BoardLock::holderPid(other), QCoreApplication::applicationPid());
        host.stopHosting();
    }

    // Every task that blocks or crashes is told of, subscribed or not,
    // through the tray's notifications; completed ones once the setting
    // asks for them (applied live by reloadOptions()).
    void boardNotifications()
    {
        UiTestBoard tb;
        auto session = tb.openBoardBySlug();
        Kernel &k = session->kernel();
        DispatcherHost host(session->board().location());
        TrayService tray(&host);
        QStringList shown;
        tray.setNotificationSink(
            [&shown](const QString &, const QString &text, bool) { shown << text; });
        host.startHosting(QStringLiteral("window"));
        QTRY_VERIFY(host.isLocalRunning());

        const QString a = tb.create(k, QStringLiteral("Needs a key"));
        QVERIFY(k.blockTask(a, QStringLiteral("no key")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        QCOMPARE(shown.first(), QStringLiteral("Blocked: Needs a key"));

        // Completed is not among the defaults.
        const QString b = tb.create(k, QStringLiteral("Quick one"));
        QVERIFY(k.claimTask(b));
        QVERIFY(k.completeTask(b));
        const QString c = tb.create(k, QStringLiteral("Marker"));
        QVERIFY(k.blockTask(c));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
        QCOMPARE(shown.last(), QStringLiteral("Blocked: Marker"));

        {
            QSettings ini(BoardPaths::configPath(), QSettings::IniFormat);
            ini.setValue(QStringLiteral("notifications/board_events"),
                         QStringLiteral("completed,blocked"));
        }
        host.reloadOptions();
        const QString d = tb.create(k, QStringLiteral("Done now"));
        QVERIFY(k.claimTask(d));
        QVERIFY(k.completeTask(d));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 10000);
        QCOMPARE(shown.last(), QStringLiteral("Done: Done now"));
        host.stopHosting();
    }

    // Defect 8: the card says why a ready task does not start; "Dispatch
    // now" and the pill say what the tick did.
    void saysWhyReadyTasksWait()
    {
        UiTestBoard tb;
        auto session = tb.openBoardBySlug();
        const QString lost = tb.create(session->kernel(), QStringLiteral("Needs a writer"),
                                       QStringLiteral("writer"));
        const BoardLocation loc = session->board().location();
        MainWindow w(std::move(session));
        DispatcherHost host(loc);
        w.setDispatcherHost(&host);
        host.startHosting(QStringLiteral("window"));
        TaskTableModel *m = w.session()->model();
        const auto reason = [&] {
            return m->index(m->rowOfId(lost), 0).data(TaskTableModel::WaitReasonRole).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(reason(), QStringLiteral("No profile named writer"), 10000);

        QAction *now = w.findChild<QAction *>(QStringLiteral("actionDispatchNow"));
        QVERIFY(now);
        now->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.boardStatusBar()->notice(),
                                  QStringLiteral("1 waits for profile writer"), 10000);
        QTRY_VERIFY(
            w.dispatcherPill()->text().endsWith(QStringLiteral(" · 1 waits for profile writer")));
        QVERIFY(w.dispatcherPill()->toolTip().contains(
            QStringLiteral("Last tick did: 1 waits for profile writer")));

        // The card says it in its footer, within the card: a screenshot.
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = w.width();
        QDir().mkpath(QStringLiteral(QK_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(QK_SCREENSHOT_DIR "/wait-reason.png")));
        QCOMPARE(w.width(), before);
        host.stopHosting();
    }

    void tickReportCountsByReason()
    {
        DispatchResult r;
        r.spawned << SpawnedTask{QStringLiteral("t_1"), QStringLiteral("bot"), {}, 1}
                  << SpawnedTask{QStringLiteral("t_2"), QStringLiteral("bot"), {}, 2};
        QHash<QString, WaitReason> reasons;
        for (const char *id : {"t_3", "t_4", "t_5"}) {
            WaitReason w;
            w.kind = WaitReason::CommandMissing;
            w.profile = QStringLiteral("writer");
            reasons.insert(QString::fromLatin1(id), w);
        }
        WaitReason parents;
        parents.kind = WaitReason::Parents;
        reasons.insert(QStringLiteral("t_6"), parents);
        QCOMPARE(TickReport::text(r, reasons),
                 QStringLiteral("Started 2, 3 wait for profile writer"));
        QCOMPARE(TickReport::text({}, {}), QStringLiteral("Nothing to start"));
    }

    void configuredKinds()
    {
        UiTestBoard tb;
        QSettings ini(BoardPaths::configPath(), QSettings::IniFormat);
        QCOMPARE(BoardEventFeed::configuredKinds(),
                 (QStringList{EventKind::Blocked, EventKind::GaveUp, EventKind::Crashed}));
        ini.setValue(QStringLiteral("notifications/board_events"), QStringLiteral("crashed"));
        ini.sync();
        QCOMPARE(BoardEventFeed::configuredKinds(), QStringList{EventKind::Crashed});
        ini.setValue(QStringLiteral("notifications/board_events"), QStringLiteral("none"));
        ini.sync();
        QVERIFY(BoardEventFeed::configuredKinds().isEmpty());
    }

    // Acceptance: the desktop program with a tray dispatches a ready task
    // that the CLI put on a board the window does not show.
    void desktopProgramDispatchesAnotherBoard()
    {
        // Under tray_test.sh the tray host may take a moment to be seen.
        if (QGuiApplication::platformName() != QLatin1String("xcb") ||
            !QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 5000))
            QSKIP("no tray host: tray_test.sh runs this case");
        UiTestBoard tb;
        addCompletingProfile(tb.dir.path(), QStringLiteral("bot"));
        QProcess gui;
        gui.setProcessChannelMode(QProcess::ForwardedChannels);
        gui.start(qkanbanBin(), {});
        QVERIFY(gui.waitForStarted());
        auto cli = [](const QStringList &args) {
            QProcess p;
            p.start(qkanbanBin(), QStringList{QStringLiteral("--headless")} + args);
            p.closeWriteChannel();
            if (!p.waitForFinished(30000))
                qWarning("qkanban %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        // The window shows "default"; the task goes to "other".
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(BoardPaths::dbPathFor(BoardPaths::root(), QStringLiteral("default"))),
            20000);
        qInfo("the window's board exists");
        cli({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("other")});
        const QJsonObject created =
            QJsonDocument::fromJson(
                cli({QStringLiteral("--board"), QStringLiteral("other"), QStringLiteral("create"),
                     QStringLiteral("Far away"), QStringLiteral("--assignee"),
                     QStringLiteral("bot"), QStringLiteral("--json")})
                    .toUtf8())
                .object();
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), "create --json gave no id");
        qInfo("created %s on board other", qPrintable(id));
        const auto status = [&] {
            return QJsonDocument::fromJson(
                       cli({QStringLiteral("--board"), QStringLiteral("other"),
                            QStringLiteral("show"), id, QStringLiteral("--json")})
                           .toUtf8())
                .object()
                .value(QStringLiteral("task"))
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        // (QTRY counts its 50 ms steps, not the time each CLI call takes.)
        QElapsedTimer waited;
        waited.start();
        QString last;
        while ((last = status()) != TaskStatus::Done && waited.elapsed() < 30000)
            QTest::qWait(200);
        if (last != TaskStatus::Done)
            qWarning("%s", qPrintable(cli({QStringLiteral("--board"), QStringLiteral("other"),
                                           QStringLiteral("dispatcher-status")})));
        QCOMPARE(last, TaskStatus::Done);
        qInfo("done %lld ms after it was created", waited.elapsed());
        gui.terminate();
        if (!gui.waitForFinished(5000)) {
            gui.kill();
            gui.waitForFinished();
        }
    }
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
