// The dispatcher's transitions without processes: the unified failure
// counter and circuit breaker, rate limits, skipped events, claims that
// expired, the health row, and the profile store.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/CommandSplit.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"
#include "model/KanbanError.h"
#include "model/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

class TestDispatchKernel : public QObject
{
    Q_OBJECT

    static Task claim(Fixture::Env &env, const QString &id)
    {
        auto t = env.kernel->claimTask(id);
        if (!t)
            qFatal("claim failed");
        return *t;
    }

private slots:
    void failuresCountUntilTheBreakerTrips()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("flaky"), QStringLiteral("coder"));
        for (int i = 1; i <= 3; ++i) {
            const Task t = claim(env, id);
            const FailureResult r = dk.recordFailure(
                id, *t.currentRunId,
                {EventKind::Crashed, QStringLiteral("pid 9 exited with code 3"), {}}, 3);
            QVERIFY(r.applied);
            QCOMPARE(r.failures, qint64(i));
            QCOMPARE(r.gaveUp, i == 3);
            QCOMPARE(env.task(id).consecutiveFailures, qint64(i));
            QCOMPARE(env.task(id).status, i < 3 ? TaskStatus::Ready : TaskStatus::Blocked);
        }
        const Task blocked = env.task(id);
        QCOMPARE(blocked.lastFailureError, QStringLiteral("pid 9 exited with code 3"));
        QVERIFY(!blocked.claimLock.size() && !blocked.currentRunId && !blocked.workerPid);
        const QJsonObject gaveUp = Fixture::payload(env, id, EventKind::GaveUp);
        QCOMPARE(gaveUp.value(QStringLiteral("failures")).toInt(), 3);
        QCOMPARE(gaveUp.value(QStringLiteral("effective_limit")).toInt(), 3);
        QCOMPARE(gaveUp.value(QStringLiteral("limit_source")).toString(),
                 QStringLiteral("dispatcher"));
        QCOMPARE(gaveUp.value(QStringLiteral("trigger_outcome")).toString(), EventKind::Crashed);
        QCOMPARE(env.kernel->comments(id).last().body,
                 QStringLiteral("BLOCKED: pid 9 exited with code 3"));
        const QList<Run> runs = env.kernel->runs(id);
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0).outcome, EventKind::Crashed);
        QCOMPARE(runs.at(2).outcome, EventKind::GaveUp);
        QCOMPARE(runs.at(2).error, QStringLiteral("pid 9 exited with code 3"));
        // unblock resets the counter.
        QVERIFY(env.kernel->unblockTask(id));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(0));
    }

    void maxRetriesOverridesTheLimit()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("strict"), QStringLiteral("coder"), {},
                                      [](CreateOptions &o) { o.maxRetries = 1; });
        const Task t = claim(env, id);
        const FailureResult r = dk.recordFailure(
            id, *t.currentRunId, {EventKind::SpawnFailed, QStringLiteral("boom"), {}}, 10);
        QVERIFY(r.gaveUp);
        QCOMPARE(Fixture::payload(env, id, EventKind::GaveUp)
                     .value(QStringLiteral("limit_source"))
                     .toString(),
                 QStringLiteral("task"));
    }

    void completeResetsTheCounterAndStaleRunsAreIgnored()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("t"), QStringLiteral("coder"));
        const Task first = claim(env, id);
        dk.recordFailure(id, *first.currentRunId,
                         {EventKind::TimedOut, QStringLiteral("elapsed"), {}}, 5);
        const Task second = claim(env, id);
        // A report about the first run changes nothing now.
        QVERIFY(!dk.recordFailure(id, *first.currentRunId,
                                  {EventKind::Crashed, QStringLiteral("x"), {}}, 5)
                     .applied);
        QVERIFY(!dk.recordRateLimited(id, *first.currentRunId, {}));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(1));
        QVERIFY(env.kernel->completeTask(id, {QStringLiteral("ok"), {}, {}, second.currentRunId}));
        QCOMPARE(env.task(id).consecutiveFailures, qint64(0));
        QVERIFY(env.task(id).lastFailureError.isEmpty());
    }

    void rateLimitIsNotCounted()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("quota"), QStringLiteral("coder"));
        const Task t = claim(env, id);
        QVERIFY(
            dk.recordRateLimited(id, *t.currentRunId, {{QStringLiteral("exit_code"), 75}}, 300));
        const Task after = env.task(id);
        QCOMPARE(after.status, TaskStatus::Ready);
        QCOMPARE(after.consecutiveFailures, qint64(0));
        QCOMPARE(*after.cooldownUntil, env.clock.now() + 300);
        QCOMPARE(env.kernel->runs(id).last().outcome, EventKind::RateLimited);
        QVERIFY(env.eventKinds(id).contains(EventKind::RateLimited));
    }

    // The tick's promotion scan is a safety net (transitions promote
    // children themselves): it reruns after an event that can free a todo
    // task, and at least once a minute for changes that wrote none.
    void promotionSafetyNetRescans()
    {
        QK_SKIP_ON_PG("the event-id cursor that spares rescans; PostgreSQL rescans every tick");
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString parent = env.create(QStringLiteral("parent"), QStringLiteral("coder"));
        const QString child =
            env.create(QStringLiteral("child"), QStringLiteral("coder"), {parent});
        QCOMPARE(dk.recomputeReady(), 0);
        // A parent finished behind the kernel's back (no event): the child
        // waits for the next full scan, which the clock brings.
        Sql::update(env.board->db(),
                    QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {parent});
        QCOMPARE(dk.recomputeReady(), 0);
        QCOMPARE(env.task(child).status, TaskStatus::Todo);
        env.clock.advance(61);
        QCOMPARE(dk.recomputeReady(), 1);
        QCOMPARE(env.task(child).status, TaskStatus::Ready);
        // An event that can free a todo task rescans at once.
        const QString p2 = env.create(QStringLiteral("p2"), QStringLiteral("coder"));
        const QString c2 = env.create(QStringLiteral("c2"), QStringLiteral("coder"), {p2});
        QCOMPARE(dk.recomputeReady(), 0);
        Sql::update(env.board->db(),
                    QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {p2});
        Sql::update(env.board->db(),
                    QStringLiteral("INSERT INTO task_events(task_id, kind, payload, created_at)"
                                   " VALUES (?, ?, '{}', ?)"),
                    {p2, EventKind::Status, env.clock.now()});
        QCOMPARE(dk.recomputeReady(), 1);
        QCOMPARE(env.task(c2).status, TaskStatus::Ready);
    }

    // The dispatcher's ready and review lists follow what other connections
    // change (patched by the tasks changed since, not reread whole): after
    // creates, claims, edits, a review and a completion they equal a fresh
    // read, in spawn order.
    void candidateListsFollowOtherWriters()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << env.create(QStringLiteral("t%1").arg(i), QStringLiteral("coder"));
        auto idsOf = [](const QList<Task> &tasks) {
            QStringList out;
            for (const Task &t : tasks)
                out << t.id + QLatin1Char('/') + t.assignee + QLatin1Char('/') +
                           QString::number(t.priority);
            return out;
        };
        auto same = [&] {
            DispatchKernel fresh(*env.board);
            return idsOf(dk.spawnCandidates()) == idsOf(fresh.spawnCandidates()) &&
                   idsOf(dk.reviewCandidates()) == idsOf(fresh.reviewCandidates());
        };
        QCOMPARE(dk.spawnCandidates().size(), 6);
        Board other(env.board->location(), &env.clock);
        Kernel otherKernel(other);
        otherKernel.createTask([] {
            CreateOptions o;
            o.title = QStringLiteral("new");
            o.priority = 5;
            return o;
        }());
        QVERIFY(otherKernel.claimTask(ids.at(0)));
        TaskEdit edit;
        edit.priority = 9;
        edit.assignee = QStringLiteral("writer");
        otherKernel.editTask(ids.at(3), edit);
        QVERIFY(same());
        QCOMPARE(dk.spawnCandidates().size(), 6);
        QCOMPARE(dk.spawnCandidates().first().id, ids.at(3));
        // A review with a reviewer appears once its run hands it over.
        TaskEdit reviewer;
        reviewer.reviewer = QStringLiteral("reviewer");
        otherKernel.editTask(ids.at(1), reviewer);
        const auto run = otherKernel.claimTask(ids.at(1));
        QVERIFY(run);
        QVERIFY(otherKernel.requestReview(ids.at(1), QStringLiteral("look")));
        QVERIFY(otherKernel.completeTask(ids.at(0)));
        QVERIFY(same());
        QCOMPARE(dk.reviewCandidates().size(), 1);
        // Back to ready behind the kernel's back (no event): the whole reread
        // a minute later finds it.
        Sql::update(env.board->db(),
                    QStringLiteral("UPDATE tasks SET status = 'ready', claim_lock = NULL,"
                                   " current_run_id = NULL WHERE id = ?"),
                    {ids.at(1)});
        dk.spawnCandidates();
        env.clock.advance(61);
        QVERIFY(same());
    }

    // The running list follows other connections too: claims and
    // completions by their events, and a lease renewal (which writes no
    // event) before a tick would take the claim for lapsed.
    void runningListFollowsOtherWriters()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString a = env.create(QStringLiteral("a"), QStringLiteral("coder"));
        const QString b = env.create(QStringLiteral("b"), QStringLiteral("coder"));
        auto running = [&dk] {
            QStringList out;
            for (const RunningTask &r : dk.runningTasks())
                out << r.task.id + QLatin1Char('@') +
                           QString::number(r.task.claimExpires.value_or(0));
            return out;
        };
        auto fresh = [&env] {
            DispatchKernel other(*env.board);
            QStringList out;
            for (const RunningTask &r : other.runningTasks())
                out << r.task.id + QLatin1Char('@') +
                           QString::number(r.task.claimExpires.value_or(0));
            return out;
        };
        QVERIFY(running().isEmpty());
        Board other(env.board->location(), &env.clock);
        Kernel otherKernel(other);
        QVERIFY(otherKernel.claimTask(a, 100));
        QVERIFY(otherKernel.claimTask(b, 100));
        QCOMPARE(running(), fresh());
        QCOMPARE(running().size(), 2);
        // Another host renews a's lease (no event), then the old expiry passes.
        Sql::update(other.db(), QStringLiteral("UPDATE tasks SET claim_expires = ? WHERE id = ?"),
                    {env.clock.now() + 1000, a});
        env.clock.advance(200);
        QCOMPARE(running(), fresh());
        QVERIFY(running().contains(a + QLatin1Char('@') + QString::number(env.clock.now() + 800)));
        QVERIFY(otherKernel.completeTask(b));
        QCOMPARE(running(), fresh());
        QCOMPARE(running().size(), 1);
    }

    // The skip memo follows events written by other connections: a claim in
    // between makes the same skip news again.
    void skipMemoFollowsOtherWriters()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("nobody"), QString());
        const QList<QPair<QString, JsonFields>> items{{id, {}}};
        QCOMPARE(dk.recordSkippedMany(EventKind::SkippedUnassigned, items), 1);
        QCOMPARE(dk.recordSkippedMany(EventKind::SkippedUnassigned, items), 0);
        Board other(env.board->location(), &env.clock);
        Kernel otherKernel(other);
        const auto t = otherKernel.claimTask(id);
        QVERIFY(t);
        QVERIFY(otherKernel.reclaimTask(id).ok);
        QCOMPARE(dk.recordSkippedMany(EventKind::SkippedUnassigned, items), 1);
        QCOMPARE(dk.recordSkippedMany(EventKind::SkippedUnassigned, items), 0);
    }

    void skippedEventsAreToldOnce()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("nobody"), QString());
        const JsonFields why{{QStringLiteral("assignee"), QStringLiteral("ghost")},
                             {QStringLiteral("reason"), QStringLiteral("no command")}};
        QVERIFY(dk.recordSkipped(id, EventKind::SkippedUnconfigured, why));
        QVERIFY(!dk.recordSkipped(id, EventKind::SkippedUnconfigured, why));
        QVERIFY(!dk.recordSkipped(id, EventKind::SkippedUnconfigured, why));
        // A different reason is news; so is the same one after an assignment.
        const JsonFields other{{QStringLiteral("assignee"), QStringLiteral("ghost")},
                               {QStringLiteral("reason"), QStringLiteral("not executable")}};
        QVERIFY(dk.recordSkipped(id, EventKind::SkippedUnconfigured, other));
        QVERIFY(env.kernel->assignTask(id, QStringLiteral("ghost2")));
        QVERIFY(dk.recordSkipped(id, EventKind::SkippedUnconfigured, other));
        QCOMPARE(env.eventKinds(id).count(EventKind::SkippedUnconfigured), 3);
    }

    void expiredClaimsAreExtendedOrReclaimed()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("slow"), QStringLiteral("coder"));
        Task t = claim(env, id);
        env.clock.advance(1000);
        QVERIFY(dk.extendClaim(t, 900));
        QCOMPARE(*env.task(id).claimExpires, env.clock.now() + 900);
        QCOMPARE(Fixture::payload(env, id, EventKind::ClaimExtended)
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("pid_alive"));
        // Not expired yet: reclaim refuses.
        t = env.task(id);
        QVERIFY(!dk.reclaimExpired(t, {}));
        env.clock.advance(901);
        QVERIFY(dk.reclaimExpired(t, {{QStringLiteral("host_local"), true}}));
        const Task after = env.task(id);
        QCOMPARE(after.status, TaskStatus::Ready);
        QCOMPARE(after.consecutiveFailures, qint64(0));
        QVERIFY(after.claimLock.isEmpty());
        QCOMPARE(env.kernel->runs(id).last().outcome, EventKind::Reclaimed);
        QVERIFY(env.kernel->runs(id).last().error.startsWith(QStringLiteral("stale_lock=")));
    }

    void spawnRecordsThePid()
    {
        Fixture::Env env;
        DispatchKernel dk(*env.board);
        const QString id = env.create(QStringLiteral("t"), QStringLiteral("coder"));
        const Task t = claim(env, id);
        dk.recordSpawn(id, *t.currentRunId, 4242, DispatcherStatus::thisHost(),
                       QStringLiteral("123"));
        QCOMPARE(*env.task(id).workerPid, qint64(4242));
        QCOMPARE(Fixture::payload(env, id, EventKind::Spawned).value(QStringLiteral("pid")).toInt(),
                 4242);
        const QList<RunningTask> running = dk.runningTasks();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().workerFingerprint, QStringLiteral("123"));
        QCOMPARE(running.first().runStartedAt, env.clock.now());
        QCOMPARE(dk.runningCount(), qint64(1));
        QCOMPARE(dk.runningCount(QStringLiteral("coder")), qint64(1));
        QCOMPARE(dk.runningCount(QStringLiteral("other")), qint64(0));
    }

    void healthRow()
    {
        Fixture::Env env;
        DispatcherStatus status(*env.board);
        QVERIFY(!status.liveDispatcher());
        QVERIFY(status.noDispatcherWarning().contains(QStringLiteral("qkanban --headless daemon")));
        status.recordStart(QCoreApplication::applicationPid(), QStringLiteral("daemon"), 60, false);
        QVERIFY(status.liveDispatcher());
        QVERIFY(status.noDispatcherWarning().isEmpty());
        Json counts = Json::object();
        counts.set(EventKind::Spawned, 2);
        status.recordTick(QStringLiteral("ok"), QString(), counts);
        status.recordTick(QStringLiteral("error"), QStringLiteral("database is locked"), counts);
        status.recordTick(QStringLiteral("idle"), QString(), Json::object());
        auto info = status.forHost(DispatcherStatus::thisHost());
        QVERIFY(info);
        QCOMPARE(info->ticks, qint64(3));
        QCOMPARE(info->lastOutcome, QStringLiteral("idle"));
        QCOMPARE(info->lastError, QStringLiteral("database is locked")); // kept after good ticks
        QCOMPARE(QJsonDocument::fromJson(info->totals.toUtf8())
                     .object()
                     .value(EventKind::Spawned)
                     .toInt(),
                 4);
        status.setPaused(true);
        QVERIFY(status.forHost(DispatcherStatus::thisHost())->paused);
        status.recordStop();
        QVERIFY(!status.liveDispatcher());
        // A dead pid is not alive either.
        status.recordStart(999999999, QStringLiteral("daemon"), 60, false);
        QVERIFY(!status.liveDispatcher());
    }

    void profilesAreStoredInTheConfig()
    {
        Fixture::Env env;
        QVERIFY(Profiles::list().isEmpty());
        Profile p;
        p.name = QStringLiteral("Coder");
        p.command =
            QStringLiteral("/bin/echo '{task} in {workspace}' --run={run} {profile} {board} {db}");
        p.maxInProgress = 2;
        p.env.insert(QStringLiteral("MODEL"), QStringLiteral("big one"));
        Profiles::save(p);
        QVERIFY(QFile::exists(env.path(QStringLiteral("qkanban.conf"))));
        const auto found = Profiles::find(QStringLiteral("coder"));
        QVERIFY(found);
        QCOMPARE(found->maxInProgress, 2);
        QCOMPARE(found->env.value(QStringLiteral("MODEL")), QStringLiteral("big one"));
        const QStringList argv = found->argv({{QStringLiteral("task"), QStringLiteral("t_1")},
                                              {QStringLiteral("workspace"), QStringLiteral("/w s")},
                                              {QStringLiteral("run"), QStringLiteral("7")},
                                              {QStringLiteral("profile"), QStringLiteral("coder")},
                                              {QStringLiteral("board"), QStringLiteral("default")},
                                              {QStringLiteral("db"), QStringLiteral("/x.db")}});
        QCOMPARE(argv, (QStringList{QStringLiteral("/bin/echo"), QStringLiteral("t_1 in /w s"),
                                    QStringLiteral("--run=7"), QStringLiteral("coder"),
                                    QStringLiteral("default"), QStringLiteral("/x.db")}));
        QVERIFY(Profiles::preflight(*found).isEmpty());
        QCOMPARE(Profiles::list().size(), 1);
        QVERIFY(Profiles::remove(QStringLiteral("coder")));
        QVERIFY(!Profiles::remove(QStringLiteral("coder")));
        QVERIFY(Profiles::list().isEmpty());

        p.name = QStringLiteral("Bad Name");
        QVERIFY_THROWS_EXCEPTION(KanbanError, Profiles::save(p));
        p.name = QStringLiteral("empty");
        p.command = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(KanbanError, Profiles::save(p));
    }

    void commandSplit_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << QStringLiteral("agent  --go  now")
                               << QStringList{"agent", "--go", "now"};
        QTest::newRow("single") << QStringLiteral("sh -c 'echo $HOME; exit 3'")
                                << QStringList{"sh", "-c", "echo $HOME; exit 3"};
        QTest::newRow("double") << QStringLiteral("say \"a \\\"b\\\" $c\"")
                                << QStringList{"say", "a \"b\" $c"};
        QTest::newRow("escape") << QStringLiteral("a\\ b c") << QStringList{"a b", "c"};
        QTest::newRow("empty word") << QStringLiteral("x '' y") << QStringList{"x", "", "y"};
        QTest::newRow("joined") << QStringLiteral("--name='two words'x")
                                << QStringList{"--name=two wordsx"};
        QTest::newRow("unterminated") << QStringLiteral("echo 'oops") << QStringList{};
        QTest::newRow("blank") << QStringLiteral("   ") << QStringList{};
    }

    void commandSplit()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, argv);
        QCOMPARE(CommandSplit::split(command), argv);
    }

    void preflightFindsCommandsThatCannotRun()
    {
        Fixture::Env env;
        Profile p;
        p.name = QStringLiteral("x");
        QVERIFY(Profiles::preflight(p).contains(QStringLiteral("no command")));
        p.command = QStringLiteral("/nonexistent/agent --go");
        QVERIFY(Profiles::preflight(p).contains(QStringLiteral("does not exist")));
        p.command = QStringLiteral("no-such-program-qkanban-test");
        QVERIFY(Profiles::preflight(p).contains(QStringLiteral("not found on PATH")));
        p.command = QStringLiteral("relative/agent");
        QVERIFY(Profiles::preflight(p).contains(QStringLiteral("relative")));
        const QString plain = env.path(QStringLiteral("plain.txt"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        p.command = plain;
        QVERIFY(Profiles::preflight(p).contains(QStringLiteral("not executable")));
        p.command = QStringLiteral("sh -c 'exit 0'");
        QVERIFY(Profiles::preflight(p).isEmpty());
    }

    void settingsDefaults()
    {
        Fixture::Env env;
        const DispatcherSettings s = Profiles::settings();
        QCOMPARE(s.failureLimit, 5);
        QCOMPARE(s.rateLimitCooldownSeconds, qint64(300));
        QCOMPARE(s.claimTtlSeconds, qint64(900));
        QVERIFY(!s.maxInProgress);
        const int cap = DispatcherSettings::memoryDerivedCap();
        QVERIFY(cap >= 2 && cap <= 8);
    }
};

QTEST_GUILESS_MAIN(TestDispatchKernel)
#include "tst_dispatchkernel.moc"
