// A jump of the wall clock is no time passing: a live worker is neither
// timed out (max-runtime, the heartbeat backstop) nor counted as failed
// when the wall clock steps two hours either way, and a retry backoff is
// not cut short; monotonic time past the limit still stops it. The
// injected clock moves the wall alone (ManualClock::jumpWall); the real
// daemon is run under libfaketime with the wall clock stepped mid-run.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "model/Types.h"

#include <QJsonArray>
#include <QSettings>

class TestClockJump : public QObject
{
    Q_OBJECT

    static DispatchOptions fastOptions(Entropy *entropy = nullptr)
    {
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 20;
        o.entropy = entropy;
        return o;
    }

    static QString libfaketime()
    {
        for (const char *p : {"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                              "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
                              "/usr/lib/faketime/libfaketime.so.1"})
            if (QFile::exists(QString::fromLatin1(p)))
                return QString::fromLatin1(p);
        return {};
    }

private slots:
    void wallJumpIsNoRuntime_data()
    {
        QTest::addColumn<qint64>("jump");
        QTest::addColumn<bool>("heartbeat"); // which limit: the backstop or max-runtime
        QTest::newRow("+2h, max-runtime") << qint64(7200) << false;
        QTest::newRow("-2h, max-runtime") << qint64(-7200) << false;
        QTest::newRow("+2h, heartbeat") << qint64(7200) << true;
        QTest::newRow("-2h, heartbeat") << qint64(-7200) << true;
    }

    void wallJumpIsNoRuntime()
    {
        QFETCH(qint64, jump);
        QFETCH(bool, heartbeat);
        Fixture::Env env;
        env.profile(QStringLiteral("steady"),
                    env.script(QStringLiteral("steady.sh"), "exec sleep 300"));
        const QString id =
            env.create(QStringLiteral("long"), QStringLiteral("steady"), {}, [&](CreateOptions &o) {
                if (heartbeat)
                    o.heartbeatTimeoutSeconds = 60;
                else
                    o.maxRuntimeSeconds = 60;
            });
        Dispatcher d(env.location, &env.clock, fastOptions());
        const DispatchResult first = d.tick();
        QCOMPARE(first.spawned.size(), 1);
        const qint64 pid = first.spawned.first().pid;

        env.clock.jumpWall(jump);
        for (int i = 0; i < 2; ++i) {
            const DispatchResult r = d.tick();
            QVERIFY(r.timedOut.isEmpty());
            QVERIFY(r.crashed.isEmpty());
        }
        Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Running);
        QCOMPARE(*t.workerPid, pid);
        QCOMPARE(t.consecutiveFailures, qint64(0));
        QVERIFY(!env.eventKinds(id).contains(EventKind::TimedOut));
        QVERIFY(ProcessGroup::isAlive(pid));

        // Time that really passes still counts.
        env.clock.advance(59);
        QVERIFY(d.tick().timedOut.isEmpty());
        env.clock.advance(2);
        QCOMPARE(d.tick().timedOut, QStringList{id});
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::groupGone(pid), 15000);
        t = env.task(id);
        QCOMPARE(t.consecutiveFailures, qint64(1));
        const QJsonObject p = Fixture::payload(env, id, EventKind::TimedOut);
        QCOMPARE(p.value(heartbeat ? QStringLiteral("heartbeat_age_seconds")
                                   : QStringLiteral("elapsed_seconds"))
                     .toInteger(),
                 61);
    }

    void wallJumpDoesNotEndARetryBackoff()
    {
        Fixture::Env env;
        Fixture::FixedEntropy fixed; // no jitter: 30 s
        env.profile(QStringLiteral("crashy"), env.script(QStringLiteral("crashy.sh"), "exit 3"));
        const QString id = env.create(QStringLiteral("fragile"), QStringLiteral("crashy"));
        Dispatcher d(env.location, &env.clock, fastOptions(&fixed));
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(1));
        env.clock.jumpWall(7200);
        const DispatchResult early = d.tick();
        QVERIFY(early.spawned.isEmpty());
        QVERIFY(early.nextRetryInMs > 0 && early.nextRetryInMs <= 30000);
        env.clock.advance(29);
        QVERIFY(d.tick().spawned.isEmpty());
        env.clock.advance(2);
        QCOMPARE(d.tick().spawned.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.task(id).consecutiveFailures, qint64(2), 15000);
    }

    void adoptedWorkerIsMeasuredFromItsProcessStart()
    {
        // A worker left by an earlier dispatcher; the wall clock stepped
        // two hours meanwhile. Its process is seconds old: not timed out.
        Fixture::Env env;
        env.profile(QStringLiteral("steady"),
                    env.script(QStringLiteral("steady.sh"), "exec sleep 300"));
        const QString id = env.create(QStringLiteral("long"), QStringLiteral("steady"), {},
                                      [](CreateOptions &o) { o.maxRuntimeSeconds = 600; });
        qint64 pid = 0;
        {
            Dispatcher first(env.location, &env.clock, fastOptions());
            pid = first.tick().spawned.value(0).pid;
        }
        QVERIFY(pid > 1);
        env.clock.jumpWall(7200);
        Dispatcher second(env.location, &env.clock, fastOptions());
        const DispatchResult r = second.tick();
        QVERIFY(r.timedOut.isEmpty());
        QCOMPARE(env.task(id).status, TaskStatus::Running);
        QCOMPARE(env.task(id).consecutiveFailures, qint64(0));
        env.clock.advance(601);
        QCOMPARE(second.tick().timedOut, QStringList{id});
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::groupGone(pid), 15000);
    }

    void realDaemonUnderFaketime()
    {
        const QString lib = libfaketime();
        if (lib.isEmpty())
            QSKIP("libfaketime is not installed (package faketime)");
        Fixture::Env env;
        env.profile(QStringLiteral("steady"),
                    env.script(QStringLiteral("steady.sh"), "exec sleep 300"));
        const QString id = env.create(QStringLiteral("long"), QStringLiteral("steady"), {},
                                      [](CreateOptions &o) { o.maxRuntimeSeconds = 20; });
        env.close();
        // The daemon's wall clock follows the file; its monotonic clocks
        // are real (as under an NTP step).
        const QString offset = env.path(QStringLiteral("faketime"));
        QFile f(offset);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("+0\n");
        f.close();
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.insert(QStringLiteral("LD_PRELOAD"), lib);
        pe.insert(QStringLiteral("FAKETIME_TIMESTAMP_FILE"), offset);
        pe.insert(QStringLiteral("FAKETIME_NO_CACHE"), QStringLiteral("1"));
        pe.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        QProcess daemon;
        daemon.setProcessEnvironment(pe);
        daemon.start(Fixture::qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                             QStringLiteral("--interval"), QStringLiteral("0.5")});
        QVERIFY(daemon.waitForStarted());
        auto task = [&env, &id] {
            QByteArray out;
            env.cli({QStringLiteral("show"), id, QStringLiteral("--json")}, &out);
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            return o.value(QStringLiteral("task")).isObject()
                       ? o.value(QStringLiteral("task")).toObject()
                       : o;
        };
        auto ticks = [&env] {
            QByteArray out;
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out);
            return QJsonDocument::fromJson(out).object().value(QStringLiteral("ticks")).toInteger();
        };
        QTRY_COMPARE_WITH_TIMEOUT(task().value(QStringLiteral("status")).toString(),
                                  TaskStatus::Running, 20000);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("+2h\n");
        f.close();
        // Three ticks after the step: the worker is still running, nothing
        // counted.
        const qint64 after = ticks();
        QTRY_VERIFY_WITH_TIMEOUT(ticks() >= after + 3, 15000);
        QJsonObject t = task();
        QCOMPARE(t.value(QStringLiteral("status")).toString(), TaskStatus::Running);
        QCOMPARE(t.value(QStringLiteral("consecutive_failures")).toInteger(), 0);
        // Its 20 s of real runtime still end it.
        QTRY_VERIFY_WITH_TIMEOUT(
            task().value(QStringLiteral("consecutive_failures")).toInteger() == 1, 60000);
        env.reopen();
        const QJsonObject p = Fixture::payload(env, id, EventKind::TimedOut);
        QVERIFY(p.value(QStringLiteral("elapsed_seconds")).toInteger() >= 20);
        QVERIFY(p.value(QStringLiteral("elapsed_seconds")).toInteger() < 3600);
        env.close();
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(15000));
    }
};

QTEST_GUILESS_MAIN(TestClockJump)
#include "tst_clockjump.moc"
