// The dispatcher with real worker processes (small shell scripts as
// profile commands). Time moves through the ManualClock wherever the
// logic allows it; real processes are awaited with QTRY_*/QSignalSpy.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/TaskCleanup.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"
#include "model/KanbanError.h"
#include "model/Sql.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

class TestDispatcher : public QObject
{
    Q_OBJECT

    // The pid of a process that has exited (and been reaped).
    static qint64 deadPid()
    {
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        p.waitForFinished();
        return p.readAllStandardOutput().trimmed().toLongLong();
    }

private slots:
    void chainRunsToDoneInDependencyOrder()
    {
        Fixture::Env env;
        const QString order = env.path(QStringLiteral("order.txt"));
        for (const QString &name :
             {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
            const QString s = env.script(
                name + QStringLiteral(".sh"),
                "echo \"[$QKANBAN_PROFILE] working on $QKANBAN_TASK (run $QKANBAN_RUN_ID)\"\n"
                "echo \"$QKANBAN_TASK $PWD\" >> '" +
                    order.toUtf8() +
                    "'\n"
                    "echo artifact > out.txt\n"
                    "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" --result \"by "
                    "$QKANBAN_PROFILE\"");
            env.profile(name, s);
        }
        const QString a = env.create(QStringLiteral("A"), QStringLiteral("alpha"));
        const QString b = env.create(QStringLiteral("B"), QStringLiteral("beta"), {a});
        const QString c = env.create(QStringLiteral("C"), QStringLiteral("gamma"), {b});
        QCOMPARE(env.task(b).status, TaskStatus::Todo);

        env.close(); // workers write: one connection in this process
        {
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
            QSignalSpy started(&d, &Dispatcher::workerStarted);
            QSignalSpy exited(&d, &Dispatcher::workerExited);
            QVERIFY(d.start());
            QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 3, 60000);
            for (const QList<QVariant> &e : exited)
                QCOMPARE(e.at(2).toString(), EventKind::Completed);
            QCOMPARE(started.count(), 3);
            d.stop();
        }
        env.reopen();
        QCOMPARE(env.task(c).status, TaskStatus::Done);
        QCOMPARE(env.task(a).status, TaskStatus::Done);
        QCOMPARE(env.task(b).result, QStringLiteral("by beta"));

        const QList<QByteArray> lines = Fixture::readFile(order).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QStringList ids, dirs;
        for (const QByteArray &l : lines) {
            ids << QString::fromUtf8(l.split(' ').at(0));
            dirs << QString::fromUtf8(l.mid(l.indexOf(' ') + 1));
        }
        QCOMPARE(ids, (QStringList{a, b, c}));
        QCOMPARE(QSet<QString>(dirs.begin(), dirs.end()).size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(dirs.at(i), env.location.workspacePath(ids.at(i)));
            QCOMPARE(env.task(ids.at(i)).workspacePath, dirs.at(i));
            const QByteArray log = Fixture::readFile(env.location.logPath(ids.at(i)));
            QVERIFY2(log.contains("working on " + ids.at(i).toUtf8()), log.constData());
            QVERIFY(log.contains("[qkanban] run "));
            QVERIFY(env.eventKinds(ids.at(i)).contains(EventKind::Spawned));
            // Completed scratch workspaces are removed.
            QVERIFY(!QFileInfo::exists(dirs.at(i)));
        }
    }

    void sigkilledWorkerIsCrashedAndRetried()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("sleeper"),
                    env.script(QStringLiteral("sleep.sh"), "echo up; exec sleep 120"));
        const QString id = env.create(QStringLiteral("long job"), QStringLiteral("sleeper"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QVERIFY(d.start());
        QTRY_VERIFY(env.task(id).workerPid.has_value());
        const qint64 first = *env.task(id).workerPid;
        QVERIFY(::kill(pid_t(first), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(env.task(id).consecutiveFailures, qint64(1), 15000);
        // Retried once its backoff (30 s ± 20 %) is over.
        QCOMPARE(env.task(id).status, TaskStatus::Ready);
        env.clock.advance(37);
        d.requestTick();
        QTRY_VERIFY_WITH_TIMEOUT(env.task(id).workerPid && *env.task(id).workerPid != first, 15000);
        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Running);
        QCOMPARE(t.consecutiveFailures, qint64(1));
        QCOMPARE(t.lastFailureError, QStringLiteral("pid %1 killed by signal 9").arg(first));
        const QJsonObject crashed = Fixture::payload(env, id, EventKind::Crashed);
        QCOMPARE(crashed.value(QStringLiteral("exit_kind")).toString(), QStringLiteral("signal"));
        QCOMPARE(crashed.value(QStringLiteral("exit_code")).toInt(), 9);
        QCOMPARE(crashed.value(QStringLiteral("retry_status")).toString(), QStringLiteral("ready"));
        const QList<Run> runs = env.kernel->runs(id);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().outcome, EventKind::Crashed);
        const qint64 second = *t.workerPid;
        d.stop(Dispatcher::TerminateWorkers);
        QTRY_VERIFY(Fixture::groupGone(second));
    }

    void commandThatCannotStartTripsTheBreaker()
    {
        Fixture::Env env;
        // Executable, so the preflight passes, but exec fails.
        const QString broken = env.path(QStringLiteral("broken"));
        QFile script(broken);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/nonexistent/interpreter\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner);
        env.profile(QStringLiteral("broken"), broken);
        const QString id = env.create(QStringLiteral("doomed"), QStringLiteral("broken"));
        DispatchOptions o = Fixture::fastOptions();
        o.failureLimit = 3;
        Dispatcher d(env.location, &env.clock, o);
        for (int i = 1; i <= 3; ++i) {
            env.clock.advance(i > 1 ? 3600 : 0); // past the retry backoff
            const DispatchResult r = d.tick();
            QVERIFY(r.spawned.isEmpty());
            QCOMPARE(env.task(id).consecutiveFailures, qint64(i));
            QCOMPARE(r.autoBlocked.contains(id), i == 3);
            QCOMPARE(env.task(id).status, i < 3 ? TaskStatus::Ready : TaskStatus::Blocked);
        }
        const Task t = env.task(id);
        QVERIFY2(t.lastFailureError.startsWith(QStringLiteral("spawn failed")),
                 qPrintable(t.lastFailureError));
        QCOMPARE(env.kernel->comments(id).last().body,
                 QStringLiteral("BLOCKED: ") + t.lastFailureError);
        QCOMPARE(env.eventKinds(id).count(EventKind::SpawnFailed), 3);
        QCOMPARE(Fixture::payload(env, id, EventKind::GaveUp)
                     .value(QStringLiteral("trigger_outcome"))
                     .toString(),
                 EventKind::SpawnFailed);
        // Blocked tasks are left alone.
        QVERIFY(d.tick().spawned.isEmpty());
        QCOMPARE(env.task(id).consecutiveFailures, qint64(3));
    }

    void exitZeroWithoutCompletingIsAProtocolViolation()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("lazy"),
                    env.script(QStringLiteral("lazy.sh"), "echo 'I did some work'; exit 0"));
        const QString id = env.create(QStringLiteral("forgetful"), QStringLiteral("lazy"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        QCOMPARE(exited.first().at(2).toString(), EventKind::ProtocolViolation);
        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Ready);
        QCOMPARE(t.consecutiveFailures, qint64(1));
        QVERIFY(t.lastFailureError.contains(QStringLiteral("protocol violation")));
        QVERIFY(t.lastFailureError.contains(QStringLiteral("I did some work")));
        QVERIFY(Fixture::payload(env, id, EventKind::ProtocolViolation)
                    .value(EventKind::ProtocolViolation)
                    .toBool());
        // It is reported by the next tick and counts like a crash; the
        // tick after its backoff runs it again.
        QVERIFY(d.tick().crashed.contains(id));
        env.clock.advance(37);
        const DispatchResult next = d.tick();
        QCOMPARE(next.spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(2));
    }

    void exit75RequeuesWithoutCounting()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("quota"),
                    env.script(QStringLiteral("quota.sh"), "echo 'rate limited'; exit 75"));
        const QString id = env.create(QStringLiteral("busy api"), QStringLiteral("quota"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        QCOMPARE(exited.first().at(1).toInt(), 75);
        QCOMPARE(exited.first().at(2).toString(), EventKind::RateLimited);
        Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Ready);
        QCOMPARE(t.consecutiveFailures, qint64(0));
        QCOMPARE(*t.cooldownUntil, env.clock.now() + 300);
        // Cooling down: not spawned, not reported as skipped.
        DispatchResult r = d.tick();
        QVERIFY(r.rateLimited.contains(id));
        QVERIFY(r.spawned.isEmpty());
        env.clock.advance(299);
        QVERIFY(d.tick().spawned.isEmpty());
        env.clock.advance(2);
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(0));
        QCOMPARE(env.kernel->runs(id).size(), 2);
    }

    void maxRuntimeKillsTheWholeGroup_data()
    {
        QTest::addColumn<bool>("ignoresTerm");
        QTest::newRow("stops on SIGTERM") << false;
        QTest::newRow("ignores SIGTERM") << true;
    }

    void maxRuntimeKillsTheWholeGroup()
    {
        QFETCH(bool, ignoresTerm);
        Fixture::Env env;
        const QString childFile = env.path(QStringLiteral("child.pid"));
        const QByteArray trap = ignoresTerm ? "trap '' TERM\n" : "";
        env.profile(QStringLiteral("stubborn"),
                    env.script(QStringLiteral("stubborn.sh"),
                               trap + "sleep 300 &\necho $! > '" + childFile.toUtf8() +
                                   "'\nwhile true; do sleep 1; done"));
        const QString id = env.create(QStringLiteral("runaway"), QStringLiteral("stubborn"), {},
                                      [](CreateOptions &o) { o.maxRuntimeSeconds = 10; });
        DispatchOptions o = Fixture::fastOptions();
        o.killGraceMs = 500;
        Dispatcher d(env.location, &env.clock, o);
        const DispatchResult first = d.tick();
        QCOMPARE(first.spawned.size(), 1);
        const qint64 pgid = first.spawned.first().pid;
        QTRY_VERIFY(Fixture::readFile(childFile).trimmed().toLongLong() > 0);
        const qint64 child = Fixture::readFile(childFile).trimmed().toLongLong();
        QVERIFY(ProcessGroup::isAlive(child));

        env.clock.advance(9);
        QVERIFY(d.tick().timedOut.isEmpty());
        env.clock.advance(2);
        const DispatchResult r = d.tick();
        QCOMPARE(r.timedOut, QStringList{id});
        QVERIFY(!ProcessGroup::isAlive(child));
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::groupGone(pgid), 15000);
        const Task t = env.task(id);
        QVERIFY(t.status == TaskStatus::Ready ||
                t.status == TaskStatus::Running); // requeued (maybe respawned)
        QCOMPARE(t.consecutiveFailures, qint64(1));
        const QJsonObject p = Fixture::payload(env, id, EventKind::TimedOut);
        QCOMPARE(p.value(QStringLiteral("elapsed_seconds")).toInt(), 11);
        QCOMPARE(p.value(QStringLiteral("limit_seconds")).toInt(), 10);
        QCOMPARE(p.value(QStringLiteral("sigkill")).toBool(), ignoresTerm);
        QCOMPARE(t.lastFailureError, QStringLiteral("elapsed 11s > limit 10s"));
        d.stop(Dispatcher::TerminateWorkers);
    }

    void expiredClaimWithALiveWorkerIsExtended()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("slow"),
                    env.script(QStringLiteral("slow.sh"), "exec sleep 120"));
        const QString id = env.create(QStringLiteral("thinking"), QStringLiteral("slow"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        const DispatchResult first = d.tick();
        QCOMPARE(first.spawned.size(), 1);
        const qint64 pid = first.spawned.first().pid;
        env.clock.advance(901);
        const DispatchResult r = d.tick();
        QCOMPARE(r.extended, 1);
        QCOMPARE(r.reclaimed, 0);
        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Running);
        QCOMPARE(*t.workerPid, pid);
        QCOMPARE(*t.claimExpires, env.clock.now() + 900);
        QVERIFY(env.eventKinds(id).contains(EventKind::ClaimExtended));
        QVERIFY(!env.eventKinds(id).contains(EventKind::Reclaimed));
        d.stop(Dispatcher::TerminateWorkers);
        QTRY_VERIFY(Fixture::groupGone(pid));
    }

    void expiredClaimWithADeadWorkerIsReclaimed()
    {
        Fixture::Env env;
        // A worker of an earlier dispatcher, dead now; its profile is gone.
        const QString id = env.create(QStringLiteral("orphan"), QStringLiteral("vanished"));
        const Task claimed = *env.kernel->claimTask(id);
        DispatchKernel(*env.board)
            .recordSpawn(id, *claimed.currentRunId, deadPid(), DispatcherStatus::thisHost(), {});
        env.clock.advance(901);
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        const DispatchResult r = d.tick();
        QCOMPARE(r.reclaimed, 1);
        QVERIFY(r.crashed.isEmpty());
        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Ready);
        QCOMPARE(t.consecutiveFailures, qint64(0)); // not counted
        QVERIFY(Fixture::payload(env, id, EventKind::Reclaimed)
                    .value(QStringLiteral("host_local"))
                    .toBool());
        QVERIFY(r.skippedUnconfigured.contains(id));
    }

    void deadWorkerOfAnEarlierDispatcherIsCrashed()
    {
        Fixture::Env env;
        const QString id = env.create(QStringLiteral("left behind"), QStringLiteral("vanished"));
        const Task claimed = *env.kernel->claimTask(id);
        const qint64 pid = deadPid();
        DispatchKernel(*env.board)
            .recordSpawn(id, *claimed.currentRunId, pid, DispatcherStatus::thisHost(), {});
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        const DispatchResult r = d.tick();
        QCOMPARE(r.crashed, QStringList{id});
        QCOMPARE(env.task(id).lastFailureError, QStringLiteral("pid %1 not alive").arg(pid));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(1));

        // A detached worker's supervisor leaves its exit code in the log.
        const Task again = *env.kernel->claimTask(id);
        const qint64 pid2 = deadPid();
        DispatchKernel(*env.board)
            .recordSpawn(id, *again.currentRunId, pid2, DispatcherStatus::thisHost(), {});
        QDir().mkpath(env.location.logsDir());
        QFile log(env.location.logPath(id));
        QVERIFY(log.open(QIODevice::Append));
        log.write(QStringLiteral("\n[qkanban] run %1 worker exited with code 75\n")
                      .arg(*again.currentRunId)
                      .toUtf8());
        log.close();
        const DispatchResult r2 = d.tick();
        QVERIFY(r2.crashed.isEmpty());
        QCOMPARE(env.task(id).consecutiveFailures, qint64(1)); // rate-limited: not counted
        QVERIFY(env.task(id).cooldownUntil.has_value());
    }

    void staleWorkersCompleteIsRefused()
    {
        Fixture::Env env;
        const QString id = env.create(QStringLiteral("twice"), QStringLiteral("coder"));
        const Task first = *env.kernel->claimTask(id);
        QVERIFY(env.kernel->reclaimTask(id).ok);
        const Task second = *env.kernel->claimTask(id);
        QByteArray out, err;
        QProcessEnvironment stale;
        stale.insert(QStringLiteral("QKANBAN_RUN_ID"), QString::number(*first.currentRunId));
        stale.insert(QStringLiteral("QKANBAN_DB"), env.location.dbPath);
        QVERIFY(env.cli({QStringLiteral("complete"), id, QStringLiteral("--result"),
                         QStringLiteral("old")},
                        &out, &err, stale) != 0);
        QVERIFY2(err.contains("stale"), err.constData());
        QCOMPARE(env.task(id).status, TaskStatus::Running);
        // The kernel refuses the same way.
        QVERIFY_THROWS_EXCEPTION(KanbanError, env.kernel->heartbeat(id, {}, first.currentRunId));
        QProcessEnvironment current;
        current.insert(QStringLiteral("QKANBAN_RUN_ID"), QString::number(*second.currentRunId));
        current.insert(QStringLiteral("QKANBAN_DB"), env.location.dbPath);
        QCOMPARE(env.cli({QStringLiteral("complete"), id, QStringLiteral("--result"),
                          QStringLiteral("new")},
                         &out, &err, current),
                 0);
        QCOMPARE(env.task(id).status, TaskStatus::Done);
    }

    void skippedTasksGetOneEventAcrossTicks()
    {
        Fixture::Env env;
        const QString ghost = env.create(QStringLiteral("for a ghost"), QStringLiteral("ghost"));
        const QString nobody = env.create(QStringLiteral("for nobody"), QString());
        env.profile(QStringLiteral("mis"), QStringLiteral("/nonexistent/agent --task {task}"));
        const QString mis = env.create(QStringLiteral("misconfigured"), QStringLiteral("mis"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        for (int i = 0; i < 3; ++i) {
            const DispatchResult r = d.tick();
            QCOMPARE(r.skippedUnassigned, QStringList{nobody});
            QVERIFY(r.skippedUnconfigured.contains(ghost));
            QVERIFY(r.skippedUnconfigured.contains(mis));
            QVERIFY(r.spawned.isEmpty());
        }
        QCOMPARE(env.eventKinds(ghost).count(EventKind::SkippedUnconfigured), 1);
        QCOMPARE(env.eventKinds(nobody).count(EventKind::SkippedUnassigned), 1);
        QCOMPARE(env.eventKinds(mis).count(EventKind::SkippedUnconfigured), 1);
        QVERIFY(Fixture::payload(env, mis, EventKind::SkippedUnconfigured)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        // The preflight spared the failure budget.
        QCOMPARE(env.task(mis).consecutiveFailures, qint64(0));
        QCOMPARE(env.task(mis).status, TaskStatus::Ready);
    }

    void capsPerProfileAndGlobal()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("solo"), env.script(QStringLiteral("solo.sh"), "exec sleep 120"),
                    1);
        env.profile(QStringLiteral("crowd"),
                    env.script(QStringLiteral("crowd.sh"), "exec sleep 120"));
        for (int i = 0; i < 3; ++i)
            env.create(QStringLiteral("solo %1").arg(i), QStringLiteral("solo"));
        DispatchOptions o = Fixture::fastOptions();
        Dispatcher d(env.location, &env.clock, o);
        QCOMPARE(d.tick().spawned.size(), 1);
        QCOMPARE(d.tick().spawned.size(), 0);
        for (int i = 0; i < 3; ++i)
            env.create(QStringLiteral("crowd %1").arg(i), QStringLiteral("crowd"));
        o.maxSpawn = 3; // global: 1 solo running + 2 more
        d.setOptions(o);
        const DispatchResult r = d.tick();
        QCOMPARE(r.spawned.size(), 2);
        for (const SpawnedTask &s : r.spawned)
            QCOMPARE(s.assignee, QStringLiteral("crowd"));
        QCOMPARE(DispatchKernel(*env.board).runningCount(), qint64(3));
        QCOMPARE(d.liveWorkerCount(), 3);
        // Paused: nothing new.
        o.maxSpawn = 10;
        d.setOptions(o);
        d.setPaused(true);
        const DispatchResult paused = d.tick();
        QVERIFY(paused.paused);
        QVERIFY(paused.spawned.isEmpty());
        d.setPaused(false);
        QCOMPARE(d.tick().spawned.size(), 1); // the last crowd task
        d.stop(Dispatcher::TerminateWorkers);
        QCOMPARE(d.liveWorkerCount(), 0);
        // Stopped on purpose: requeued, nothing counted.
        QCOMPARE(DispatchKernel(*env.board).runningCount(), qint64(0));
        for (const Task &t : env.kernel->listTasks())
            QCOMPARE(t.consecutiveFailures, qint64(0));
    }

    void archiveStopsTheWorkersGroup()
    {
        Fixture::Env env;
        const QString childFile = env.path(QStringLiteral("child.pid"));
        env.profile(QStringLiteral("busy"),
                    env.script(QStringLiteral("busy.sh"),
                               "sleep 300 &\necho $! > '" + childFile.toUtf8() + "'\nwait"));
        const QString id = env.create(QStringLiteral("to archive"), QStringLiteral("busy"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        const qint64 pgid = d.tick().spawned.first().pid;
        QTRY_VERIFY(Fixture::readFile(childFile).trimmed().toLongLong() > 0);
        const TaskCleanup::Left left = TaskCleanup::leaveRunning(
            *env.board, id, [&] { return env.kernel->archiveTask(id); }, {1000, {}});
        QVERIFY(left.stopping);
        QVERIFY(left.termination.gone);
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.first().at(2).toString(), QStringLiteral("archived"));
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::groupGone(pgid), 15000);
        QVERIFY(!QFileInfo::exists(env.location.workspacePath(id))); // archived scratch removed
    }

    void aChangeIsSpawnedWithinASecond()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("quick"),
                    env.script(QStringLiteral("quick.sh"), "exec sleep 30"));
        DispatchOptions o;
        o.intervalSeconds = 3600; // defaults otherwise: 250 ms watch
        Dispatcher d(env.location, &env.clock, o);
        QSignalSpy started(&d, &Dispatcher::workerStarted);
        QSignalSpy ticked(&d, &Dispatcher::ticked);
        QVERIFY(d.start());
        QVERIFY(ticked.wait(5000)); // the first tick, with nothing to do
        QElapsedTimer timer;
        timer.start();
        const QString id = env.create(QStringLiteral("new work"), QStringLiteral("quick"));
        QVERIFY(started.wait(5000));
        const qint64 ms = timer.elapsed();
        qInfo("create -> spawn: %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(started.first().at(0).toString(), id);
        d.stop(Dispatcher::TerminateWorkers);
    }

    void aTickErrorIsLoggedAndTheLoopGoesOn()
    {
        Fixture::Env env;
        DispatchOptions o = Fixture::fastOptions();
        o.intervalSeconds = 0.1;
        Dispatcher d(env.location, &env.clock, o);
        QSignalSpy failed(&d, &Dispatcher::tickFailed);
        QSignalSpy ticked(&d, &Dispatcher::ticked);
        QVERIFY(d.start());
        QVERIFY(ticked.wait(5000));
        Sql::exec(env.board->db(), QStringLiteral("ALTER TABLE tasks RENAME TO tasks_hidden"));
        QVERIFY(failed.wait(5000));
        QVERIFY(d.isRunning());
        QVERIFY(!d.lastError().isEmpty());
        Sql::exec(env.board->db(), QStringLiteral("ALTER TABLE tasks_hidden RENAME TO tasks"));
        QTRY_VERIFY_WITH_TIMEOUT(d.lastError().isEmpty(), 5000);
        const auto info = DispatcherStatus(*env.board).forHost(DispatcherStatus::thisHost());
        QVERIFY(info);
        QVERIFY(info->lastError.contains(QStringLiteral("tasks")));
        QVERIFY(info->ticks >= 3);
        QCOMPARE(info->lastOutcome, QStringLiteral("idle"));
        d.stop();
        QVERIFY(!DispatcherStatus(*env.board).liveDispatcher());
    }

    void oneDispatcherPerBoard()
    {
        Fixture::Env env;
        Dispatcher first(env.location, &env.clock, Fixture::fastOptions());
        Dispatcher second(env.location, &env.clock, Fixture::fastOptions());
        QVERIFY(first.start());
        qint64 holder = 0;
        QVERIFY(!second.start(&holder));
        QCOMPARE(holder, qint64(QCoreApplication::applicationPid()));
        QCOMPARE(Dispatcher::lockHolder(env.location), qint64(QCoreApplication::applicationPid()));
        QVERIFY(DispatcherStatus(*env.board).liveDispatcher());
        first.stop();
        QCOMPARE(Dispatcher::lockHolder(env.location), qint64(0));
        QVERIFY(second.start());
        second.stop();
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
