// Respawn guards: the heartbeat backstop (a live worker that stopped
// heartbeating is stopped and counted timed_out), the retry backoff
// (failed tasks wait 30 s, 2 min, ... before their next attempt) and
// profile pauses (a profile failing alike on several tasks stops being
// started). Real worker processes; time moves through the ManualClock and
// the jitter through a fixed Entropy.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "model/DispatchKernel.h"
#include "model/ProfilePauses.h"
#include "model/RetryBackoff.h"
#include "model/Sql.h"
#include "model/TaskJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>

class TestGuards : public QObject
{
    Q_OBJECT

    static DispatchOptions fastOptions(Entropy *entropy)
    {
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 20;
        o.entropy = entropy;
        return o;
    }

    // Events of one kind on the whole board.
    static int boardEvents(Fixture::Env &env, const QString &kind)
    {
        return Sql::scalar(env.board->db(),
                           QStringLiteral("SELECT COUNT(*) FROM task_events WHERE kind = ?"),
                           {kind})
            .toInt();
    }

    static void setBoardSetting(const QString &key, const QVariant &value)
    {
        QSettings s(qEnvironmentVariable("QKANBAN_CONFIG"), QSettings::IniFormat);
        s.setValue(QStringLiteral("dispatcher/") + key, value);
        s.sync();
    }

private slots:
    void backoffGrowsFourfoldWithJitterAndACap_data()
    {
        QTest::addColumn<qint64>("failures");
        QTest::addColumn<quint32>("entropy");
        QTest::addColumn<qint64>("seconds");
        const quint32 mid = 0x80000000u, low = 0, high = 0xffffffffu;
        QTest::newRow("1st, no jitter") << qint64(1) << mid << qint64(30);
        QTest::newRow("1st, -20%") << qint64(1) << low << qint64(24);
        QTest::newRow("1st, +20%") << qint64(1) << high << qint64(36);
        QTest::newRow("2nd") << qint64(2) << mid << qint64(120);
        QTest::newRow("3rd") << qint64(3) << mid << qint64(480);
        QTest::newRow("4th") << qint64(4) << mid << qint64(1920);
        QTest::newRow("4th, +20%") << qint64(4) << high << qint64(2304);
        QTest::newRow("5th, capped") << qint64(5) << mid << qint64(3600);
        QTest::newRow("5th, -20%, capped") << qint64(5) << low << qint64(3600);
        QTest::newRow("40th") << qint64(40) << high << qint64(3600);
    }

    void backoffGrowsFourfoldWithJitterAndACap()
    {
        QFETCH(qint64, failures);
        QFETCH(quint32, entropy);
        QFETCH(qint64, seconds);
        QCOMPARE(RetryBackoff::delaySeconds(failures, entropy), seconds);
    }

    void failureSetsRetryAfterThatOperatorsClear()
    {
        Fixture::Env env;
        Fixture::FixedEntropy fixed;
        Board dkBoard(env.location, &env.clock, &fixed);
        DispatchKernel dk(dkBoard);
        const QString id = env.create(QStringLiteral("flaky"), QStringLiteral("coder"));
        const qint64 t0 = env.clock.now();
        for (const qint64 wait : {qint64(30), qint64(120)}) {
            const Task t = *env.kernel->claimTask(id);
            const FailureResult r = dk.recordFailure(
                id, *t.currentRunId, {EventKind::Crashed, QStringLiteral("boom"), {}}, 5);
            QCOMPARE(*r.retryAfter, t0 + wait);
            QCOMPARE(*env.task(id).cooldownUntil, t0 + wait);
            QCOMPARE(
                Fixture::payload(env, id, EventKind::Crashed).value(QStringLiteral("retry_after")),
                QJsonValue(double(t0 + wait)));
        }
        // The task's JSON says when, until that time has come.
        Task t = env.task(id);
        QCOMPARE(TaskJson::task(t, t0).toQt().toObject().value(QStringLiteral("retry_after")),
                 QJsonValue(double(t0 + 120)));
        QVERIFY(TaskJson::task(t, t0 + 120)
                    .toQt()
                    .toObject()
                    .value(QStringLiteral("retry_after"))
                    .isNull());
        // The breaker trips: blocked tasks wait for a person, not a clock.
        Task again = *env.kernel->claimTask(id);
        const FailureResult trip = dk.recordFailure(
            id, *again.currentRunId, {EventKind::Crashed, QStringLiteral("boom"), {}}, 3);
        QVERIFY(trip.gaveUp);
        QVERIFY(!trip.retryAfter);
        QVERIFY(Fixture::payload(env, id, EventKind::Crashed)
                    .value(QStringLiteral("retry_after"))
                    .isNull());
        QVERIFY(env.kernel->unblockTask(id));
        QVERIFY(!env.task(id).cooldownUntil);

        // complete and an operator reclaim clear it too.
        const QString other = env.create(QStringLiteral("other"), QStringLiteral("coder"));
        Task o = *env.kernel->claimTask(other);
        dk.recordFailure(other, *o.currentRunId, {EventKind::Crashed, QStringLiteral("x"), {}}, 5);
        QVERIFY(env.task(other).cooldownUntil);
        QVERIFY(env.kernel->completeTask(other));
        QVERIFY(!env.task(other).cooldownUntil);
        const QString third = env.create(QStringLiteral("third"), QStringLiteral("coder"));
        Sql::exec(env.board->db(),
                  QStringLiteral("UPDATE tasks SET cooldown_until = ? WHERE id = ?"),
                  {env.clock.now() + 500, third});
        env.kernel->claimTask(third);
        QVERIFY(env.kernel->reclaimTask(third, QStringLiteral("operator")).ok);
        QVERIFY(!env.task(third).cooldownUntil);
    }

    void hungWorkerIsStoppedWithItsGroup_data()
    {
        // 0: not set there.
        QTest::addColumn<qint64>("taskTimeout");
        QTest::addColumn<qint64>("profileTimeout");
        QTest::addColumn<qint64>("boardTimeout");
        QTest::addColumn<qint64>("timeout");
        QTest::newRow("default, an hour") << qint64(0) << qint64(0) << qint64(0) << qint64(3600);
        QTest::newRow("board") << qint64(0) << qint64(0) << qint64(600) << qint64(600);
        QTest::newRow("profile over board")
            << qint64(0) << qint64(300) << qint64(600) << qint64(300);
        QTest::newRow("task over profile")
            << qint64(60) << qint64(300) << qint64(600) << qint64(60);
    }

    void hungWorkerIsStoppedWithItsGroup()
    {
        QFETCH(qint64, taskTimeout);
        QFETCH(qint64, profileTimeout);
        QFETCH(qint64, boardTimeout);
        QFETCH(qint64, timeout);
        auto set = [](qint64 v) { return v > 0 ? OptInt(v) : OptInt(); };
        Fixture::Env env;
        Fixture::FixedEntropy fixed;
        if (boardTimeout > 0)
            setBoardSetting(QStringLiteral("heartbeat_timeout"), boardTimeout);
        const QString childFile = env.path(QStringLiteral("child.pid"));
        // Alive, never heartbeats, and has a child of its own.
        env.profile(QStringLiteral("hung"),
                    env.script(QStringLiteral("hung.sh"), "sleep 300 &\necho $! > '" +
                                                              childFile.toUtf8() +
                                                              "'\nwhile true; do sleep 1; done"),
                    0, set(profileTimeout));
        const QString id =
            env.create(QStringLiteral("stuck"), QStringLiteral("hung"), {},
                       [&](CreateOptions &o) { o.heartbeatTimeoutSeconds = set(taskTimeout); });
        Dispatcher d(env.location, &env.clock, fastOptions(&fixed));
        const DispatchResult first = d.tick();
        QCOMPARE(first.spawned.size(), 1);
        const qint64 pgid = first.spawned.first().pid;
        QTRY_VERIFY(Fixture::readFile(childFile).trimmed().toLongLong() > 0);
        const qint64 child = Fixture::readFile(childFile).trimmed().toLongLong();

        env.clock.advance(timeout - 1);
        QVERIFY(d.tick().timedOut.isEmpty());
        QCOMPARE(env.task(id).status, TaskStatus::Running);
        env.clock.advance(2);
        const DispatchResult r = d.tick();
        QCOMPARE(r.timedOut, QStringList{id});
        QTRY_VERIFY_WITH_TIMEOUT(Fixture::groupGone(pgid), 15000);
        QVERIFY(!ProcessGroup::isAlive(child));

        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Ready); // backing off: not respawned at once
        QCOMPARE(t.consecutiveFailures, qint64(1));
        const QString error =
            QStringLiteral("no heartbeat for %1s (timeout %2s)").arg(timeout + 1).arg(timeout);
        QCOMPARE(t.lastFailureError, error);
        const Run run = env.kernel->runs(id).last();
        QCOMPARE(run.outcome, EventKind::TimedOut);
        QCOMPARE(run.error, error);
        const QJsonObject p = Fixture::payload(env, id, EventKind::TimedOut);
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("heartbeat"));
        QCOMPARE(p.value(QStringLiteral("heartbeat_age_seconds")).toInteger(), timeout + 1);
        QCOMPARE(p.value(QStringLiteral("timeout_seconds")).toInteger(), timeout);
        QCOMPARE(p.value(QStringLiteral("pid")).toInteger(), pgid);
        QCOMPARE(p.value(QStringLiteral("sigkill")).toBool(), false);
        QCOMPARE(p.value(QStringLiteral("retry_after")).toInteger(), env.clock.now() + 30);
        QVERIFY(d.tick().spawned.isEmpty());
    }

    void heartbeatingWorkerKeepsItsTask()
    {
        Fixture::Env env;
        Fixture::FixedEntropy fixed;
        env.profile(QStringLiteral("alive"),
                    env.script(QStringLiteral("alive.sh"), "exec sleep 300"));
        const QString id = env.create(QStringLiteral("long"), QStringLiteral("alive"), {},
                                      [](CreateOptions &o) { o.heartbeatTimeoutSeconds = 100; });
        Dispatcher d(env.location, &env.clock, fastOptions(&fixed));
        const DispatchResult first = d.tick();
        QCOMPARE(first.spawned.size(), 1);
        const qint64 pid = first.spawned.first().pid;
        // Its heartbeats (what `qkanban heartbeat` does) keep coming.
        for (int i = 0; i < 5; ++i) {
            env.clock.advance(90);
            QVERIFY(env.kernel->heartbeat(id, QStringLiteral("still at it")));
            const DispatchResult r = d.tick();
            QVERIFY(r.timedOut.isEmpty());
            QCOMPARE(env.task(id).status, TaskStatus::Running);
            QCOMPARE(*env.task(id).workerPid, pid);
        }
        QVERIFY(ProcessGroup::isAlive(pid));
        // Then they stop: 100 s after the last one, it is taken for hung.
        env.clock.advance(99);
        QVERIFY(d.tick().timedOut.isEmpty());
        env.clock.advance(1);
        QCOMPARE(d.tick().timedOut, QStringList{id});
        QTRY_VERIFY(Fixture::groupGone(pid));
        QCOMPARE(Fixture::payload(env, id, EventKind::TimedOut)
                     .value(QStringLiteral("heartbeat_age_seconds")),
                 QJsonValue(100));
    }

    void failedAttemptsBackOffOnTheClock()
    {
        Fixture::Env env;
        Fixture::FixedEntropy fixed; // no jitter: 30 s, then 2 min
        env.profile(QStringLiteral("crashy"),
                    env.script(QStringLiteral("crashy.sh"), "echo 'segfault soon'; exit 3"));
        const QString id = env.create(QStringLiteral("fragile"), QStringLiteral("crashy"));
        Dispatcher d(env.location, &env.clock, fastOptions(&fixed));
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(exited.wait(15000));
        const qint64 failedAt = env.clock.now();
        Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Ready);
        QCOMPARE(*t.cooldownUntil, failedAt + 30);
        QCOMPARE(Fixture::payload(env, id, EventKind::Crashed).value(QStringLiteral("retry_after")),
                 QJsonValue(double(failedAt + 30)));

        env.clock.advance(29);
        const DispatchResult early = d.tick();
        QVERIFY(early.spawned.isEmpty());
        QCOMPARE(early.nextRetryAt, failedAt + 30);
        QCOMPARE(env.kernel->runs(id).size(), 1);
        env.clock.advance(2);
        QCOMPARE(d.tick().spawned.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.task(id).consecutiveFailures, qint64(2), 15000);
        // The second failure waits four times longer.
        t = env.task(id);
        QCOMPARE(*t.cooldownUntil, env.clock.now() + 120);
        env.clock.advance(119);
        QVERIFY(d.tick().spawned.isEmpty());
        env.clock.advance(2);
        QCOMPARE(d.tick().spawned.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.task(id).consecutiveFailures, qint64(3), 15000);
        QCOMPARE(*env.task(id).cooldownUntil, env.clock.now() + 480);
    }

    void normalisedErrorsMatchAcrossTasks_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("exit code and path")
            << QStringLiteral("exit code 127: /x/y not found")
            << QStringLiteral("exit code 1: /opt/tool/bin/z not found") << true;
        QTest::newRow("pids") << QStringLiteral("pid 4242 exited with code 3")
                              << QStringLiteral("pid 77 exited with code 3") << true;
        QTest::newRow("task ids and hex")
            << QStringLiteral("workspace: cannot create /tmp/ws/t_0123abcd (deadbeef42)")
            << QStringLiteral("workspace: cannot create /tmp/ws/t_99999999 (cafe1234ff)") << true;
        QTest::newRow("worker output")
            << QStringLiteral("worker exited cleanly (rc=0) without complete. Worker's last "
                              "output: 'did task A'")
            << QStringLiteral("worker exited cleanly (rc=0) without complete. Worker's last "
                              "output: 'something else'")
            << true;
        QTest::newRow("different words") << QStringLiteral("pid 1 exited with code 3")
                                         << QStringLiteral("pid 1 killed by signal 9") << false;
    }

    void normalisedErrorsMatchAcrossTasks()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ProfilePauses::normaliseError(a) == ProfilePauses::normaliseError(b), same);
    }

    void pauseNeedsDistinctTasksAndOneError()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        ProfilePauses pauses(*env.board);
        auto fail = [&](const QString &id, const QString &error) {
            const Task t = *env.kernel->claimTask(id);
            dk.recordFailure(id, *t.currentRunId, {EventKind::SpawnFailed, error, {}}, 99);
            return pauses.pauseIfFailing(QStringLiteral("coder"), id, 3, QStringLiteral("cmd"));
        };
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << env.create(QStringLiteral("task %1").arg(i), QStringLiteral("coder"));
        // One task failing three times is the task's problem, not the profile's.
        QVERIFY(!fail(ids[0], QStringLiteral("exit code 2: /a not found")));
        QVERIFY(!fail(ids[0], QStringLiteral("exit code 2: /a not found")));
        QVERIFY(!fail(ids[1], QStringLiteral("exit code 2: /b not found")));
        // A different error breaks the streak.
        QVERIFY(!fail(ids[2], QStringLiteral("permission denied")));
        QVERIFY(!fail(ids[3], QStringLiteral("exit code 5: /d not found")));
        QVERIFY(!fail(ids[1], QStringLiteral("exit code 5: /b2 not found")));
        const auto paused = fail(ids[0], QStringLiteral("exit code 9: /a9 not found"));
        QVERIFY(paused);
        QCOMPARE(paused->name, QStringLiteral("coder"));
        QCOMPARE(paused->command, QStringLiteral("cmd"));
        QVERIFY2(paused->reason.contains(QStringLiteral("/a9 not found")),
                 qPrintable(paused->reason));
        const QJsonObject p = Fixture::payload(env, ids[0], EventKind::ProfilePaused);
        QCOMPARE(p.value(QStringLiteral("profile")).toString(), QStringLiteral("coder"));
        QCOMPARE(p.value(QStringLiteral("tasks")).toArray(), QJsonArray({ids[3], ids[1], ids[0]}));
        // Once only.
        QVERIFY(!fail(ids[2], QStringLiteral("exit code 1: /c not found")));
        QCOMPARE(boardEvents(env, EventKind::ProfilePaused), 1);
        QCOMPARE(pauses.list().size(), 1);
        QVERIFY(pauses.resume(QStringLiteral("coder"), QStringLiteral("operator")));
        QVERIFY(!pauses.resume(QStringLiteral("coder"), QStringLiteral("operator")));
        QCOMPARE(Fixture::payload(env, ids[0], EventKind::ProfileResumed)
                     .value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("operator")));
        QVERIFY(pauses.list().isEmpty());
    }

    void profileFailingFiveTasksAlikeIsPaused()
    {
        Fixture::Env env;
        Fixture::FixedEntropy fixed;
        env.profile(QStringLiteral("broken"),
                    env.script(QStringLiteral("broken.sh"),
                               "echo \"exit code 127: /opt/tool/$QKANBAN_TASK not found\" >&2\n"
                               "exit 127"));
        env.profile(QStringLiteral("steady"),
                    env.script(QStringLiteral("steady.sh"), "exec sleep 300"));
        QStringList broken;
        for (int i = 0; i < 6; ++i)
            broken << env.create(QStringLiteral("job %1").arg(i), QStringLiteral("broken"));
        const QString calm = env.create(QStringLiteral("calm"), QStringLiteral("steady"));
        Dispatcher d(env.location, &env.clock, fastOptions(&fixed));
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        QSignalSpy attention(&d, &Dispatcher::attention);
        QCOMPARE(d.tick().spawned.size(), 7);
        QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 6, 30000);

        // Paused once, on the task whose failure made five.
        QCOMPARE(boardEvents(env, EventKind::ProfilePaused), 1);
        const auto pause = ProfilePauses(*env.board).find(QStringLiteral("broken"));
        QVERIFY(pause);
        QCOMPARE(pause->command, env.path(QStringLiteral("broken.sh")));
        QVERIFY2(pause->reason.contains(QStringLiteral("exited with code 127")),
                 qPrintable(pause->reason));
        int notices = 0;
        for (const QList<QVariant> &a : attention)
            notices += a.at(1).toString() == EventKind::ProfilePaused ? 1 : 0;
        QCOMPARE(notices, 1);

        // Past the backoff, broken's tasks are skipped; other profiles run.
        env.clock.advance(40);
        const QString calm2 = env.create(QStringLiteral("calm 2"), QStringLiteral("steady"));
        DispatchResult r = d.tick();
        QCOMPARE(r.spawned.size(), 1);
        QCOMPARE(r.spawned.first().taskId, calm2);
        QCOMPARE(QSet<QString>(r.skippedPaused.begin(), r.skippedPaused.end()),
                 QSet<QString>(broken.begin(), broken.end()));
        QCOMPARE(
            r.toJson().toQt().toObject().value(QStringLiteral("skipped_paused")).toArray().size(),
            6);
        QVERIFY(Fixture::payload(env, broken.first(), EventKind::SkippedUnconfigured)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("profiles resume broken")));
        QCOMPARE(env.task(calm).status, TaskStatus::Running);
        QCOMPARE(boardEvents(env, EventKind::ProfilePaused), 1);

        // Resumed: its tasks run again (and, failing alike, pause it again).
        QVERIFY(
            ProfilePauses(*env.board).resume(QStringLiteral("broken"), QStringLiteral("operator")));
        r = d.tick();
        QCOMPARE(r.spawned.size(), 6);
        QVERIFY(r.skippedPaused.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 12, 30000);
        QVERIFY(ProfilePauses(*env.board).find(QStringLiteral("broken")));
        QCOMPARE(boardEvents(env, EventKind::ProfilePaused), 2);

        // A new command lifts the pause at the next tick.
        env.profile(QStringLiteral("broken"),
                    env.script(QStringLiteral("fixed.sh"), "exec sleep 300"));
        env.clock.advance(121);
        r = d.tick();
        QCOMPARE(r.spawned.size(), 6);
        QVERIFY(!ProfilePauses(*env.board).find(QStringLiteral("broken")));
        QCOMPARE(boardEvents(env, EventKind::ProfileResumed), 2);
        bool changed = false;
        for (const QString &id : broken)
            changed = changed || Fixture::payload(env, id, EventKind::ProfileResumed)
                                         .value(QStringLiteral("reason"))
                                         .toString() == QStringLiteral("command_changed");
        QVERIFY(changed);
        d.stop(Dispatcher::TerminateWorkers);
    }

    void cliFlagsAndResume()
    {
        Fixture::Env env;
        QByteArray out, err;
        // Profiles keep their heartbeat timeout.
        QCOMPARE(env.cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("slow"),
                          QStringLiteral("--command"), QStringLiteral("/bin/true"),
                          QStringLiteral("--heartbeat-timeout"), QStringLiteral("10m")},
                         &out, &err),
                 0);
        QCOMPARE(*Profiles::find(QStringLiteral("slow"))->heartbeatTimeoutSeconds, qint64(600));
        QCOMPARE(env.cli({QStringLiteral("profiles"), QStringLiteral("list")}, &out, &err), 0);
        QVERIFY2(out.contains("heartbeat_timeout=600s"), out.constData());
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")},
                    &out, &err),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).array().first().toObject().value(
                     QStringLiteral("heartbeat_timeout_seconds")),
                 QJsonValue(600));

        // Tasks: create and edit take durations; show and the JSON say so.
        env.close();
        QCOMPARE(env.cli({QStringLiteral("create"), QStringLiteral("watched"),
                          QStringLiteral("--heartbeat-timeout"), QStringLiteral("30m"),
                          QStringLiteral("--json")},
                         &out, &err),
                 0);
        const QJsonObject created = QJsonDocument::fromJson(out).object();
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(created.value(QStringLiteral("heartbeat_timeout_seconds")), QJsonValue(1800));
        QVERIFY(created.value(QStringLiteral("retry_after")).isNull());
        QCOMPARE(env.cli({QStringLiteral("show"), id}, &out, &err), 0);
        QVERIFY2(out.contains("heartbeat timeout: 1800s"), out.constData());
        QCOMPARE(env.cli({QStringLiteral("edit"), id, QStringLiteral("--heartbeat-timeout"),
                          QStringLiteral("2h")},
                         &out, &err),
                 0);
        env.reopen();
        QCOMPARE(*env.task(id).heartbeatTimeoutSeconds, qint64(7200));
        // A task waiting for its retry says until when, in show and list --json.
        const qint64 until = QDateTime::currentSecsSinceEpoch() + 100;
        Sql::exec(env.board->db(),
                  QStringLiteral("UPDATE tasks SET cooldown_until = ? WHERE id = ?"), {until, id});
        env.close();
        QCOMPARE(env.cli({QStringLiteral("show"), id}, &out, &err), 0);
        QVERIFY2(out.contains("retry after: ") && out.contains("(in 1m "), out.constData());
        QCOMPARE(env.cli({QStringLiteral("list"), QStringLiteral("--json")}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().first().toObject().value(
                     QStringLiteral("retry_after")),
                 QJsonValue(double(until)));
        QCOMPARE(env.cli({QStringLiteral("edit"), id, QStringLiteral("--heartbeat-timeout"),
                          QStringLiteral("none")},
                         &out, &err),
                 0);

        // Bad input: one error, exit 2, nothing changed.
        const QList<QStringList> bad{
            {QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--heartbeat-timeout"),
             QStringLiteral("soon")},
            {QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--heartbeat-timeout"),
             QStringLiteral("0")},
            {QStringLiteral("edit"), id, QStringLiteral("--heartbeat-timeout"),
             QStringLiteral("-5m")},
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("slow"),
             QStringLiteral("--command"), QStringLiteral("/bin/false"),
             QStringLiteral("--heartbeat-timeout"), QStringLiteral("forever")},
            {QStringLiteral("profiles"), QStringLiteral("resume")},
            {QStringLiteral("profiles"), QStringLiteral("pause"), QStringLiteral("slow")},
        };
        for (const QStringList &args : bad) {
            QCOMPARE(env.cli(args, &out, &err), 2);
            // argparse's shape: the usage, then one error line.
            QCOMPARE(err.count(": error: "), 1);
        }
        QCOMPARE(Profiles::find(QStringLiteral("slow"))->command, QStringLiteral("/bin/true"));
        env.reopen();
        QVERIFY(!env.task(id).heartbeatTimeoutSeconds);
        QCOMPARE(env.kernel->listTasks().size(), 1);

        // resume: a paused profile, then one that is not.
        Sql::exec(env.board->db(),
                  QStringLiteral("INSERT INTO profile_pauses(name, reason, command, paused_at)"
                                 " VALUES ('slow', 'the last 5 attempts failed', '/bin/true', ?)"),
                  {env.clock.now()});
        env.close();
        QCOMPARE(env.cli({QStringLiteral("dispatcher-status")}, &out, &err), 0);
        QVERIFY2(out.contains("Paused profile slow since"), out.constData());
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        const QJsonArray paused = QJsonDocument::fromJson(out)
                                      .object()
                                      .value(QStringLiteral("paused_profiles"))
                                      .toArray();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("slow")));
        QCOMPARE(paused.first().toObject().value(QStringLiteral("since")),
                 QJsonValue(double(env.clock.now())));
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("resume"), QStringLiteral("slow")},
                    &out, &err),
            0);
        QCOMPARE(out.trimmed(), QByteArray("Resumed slow"));
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("resume"), QStringLiteral("slow")},
                    &out, &err),
            1);
        QCOMPARE(err.trimmed(), QByteArray("qkanban: profile slow is not paused"));
        QCOMPARE(env.cli({QStringLiteral("profiles"), QStringLiteral("resume"),
                          QStringLiteral("nobody")},
                         &out, &err),
                 1);
        env.reopen();
        QVERIFY(ProfilePauses(*env.board).list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuards)
#include "tst_guards.moc"
