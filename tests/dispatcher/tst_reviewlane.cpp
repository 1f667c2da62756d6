// The dispatcher's review lane with real worker processes: a task with a
// reviewer goes implementer -> reviewer -> (changes) -> implementer ->
// reviewer -> done; review runs that fail go back to review; a task in
// review without a reviewer waits for a person.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "model/KanbanError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

class TestReviewLane : public QObject
{
    Q_OBJECT

    static QJsonObject payload(const Event &e)
    {
        return QJsonDocument::fromJson(e.payload.toUtf8()).object();
    }

    // A task of `impl`, reviewed by `reviewer`, already handed over for review.
    static QString inReview(Fixture::Env &env, const QString &reviewer)
    {
        const QString id = env.create(QStringLiteral("Fix the parser"), QStringLiteral("impl"), {},
                                      [&](CreateOptions &o) { o.reviewer = reviewer; });
        env.kernel->claimTask(id);
        env.kernel->requestReview(id, QStringLiteral("parser fixed"));
        return id;
    }

    // A worker script that counts its runs in <name>.n and saves its context
    // and environment under the test folder, then runs `then` (with $n set).
    static QString worker(const Fixture::Env &env, const QString &name, const QByteArray &then)
    {
        const QByteArray dir = env.dir.path().toUtf8();
        return env.script(name + QStringLiteral(".sh"),
                          "n=$(cat '" + dir + "/" + name.toUtf8() +
                              ".n' 2>/dev/null || echo 0); n=$((n + 1))\n"
                              "echo $n > '" +
                              dir + "/" + name.toUtf8() +
                              ".n'\n"
                              "\"$QKANBAN_BIN\" --headless context \"$QKANBAN_TASK\" > '" +
                              dir + "/" + name.toUtf8() +
                              "-context-'$n.md\n"
                              "echo \"$QKANBAN_PROFILE step=$QKANBAN_STEP\" >> '" +
                              dir + "/env.txt'\n" + then);
    }

private slots:
    void reviewerSendsChangesBackThenApproves()
    {
        Fixture::Env env;
        const QByteArray dir = env.dir.path().toUtf8();
        env.profile(QStringLiteral("impl"),
                    worker(env, QStringLiteral("impl"),
                           "echo \"round $n\" > work.txt\n"
                           "exec \"$QKANBAN_BIN\" --headless request-review \"$QKANBAN_TASK\" "
                           "--summary \"implementation round $n\""));
        env.profile(QStringLiteral("critic"),
                    worker(env, QStringLiteral("critic"),
                           "cat work.txt >> '" + dir +
                               "/seen.txt'\n"
                               "if [ $n = 1 ]; then exec \"$QKANBAN_BIN\" --headless "
                               "request-changes \"$QKANBAN_TASK\" --reason \"handle the empty "
                               "input\"; fi\n"
                               "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" "
                               "--summary approved"));
        const QString id =
            env.create(QStringLiteral("Fix the parser"), QStringLiteral("impl"), {},
                       [](CreateOptions &o) { o.reviewer = QStringLiteral("critic"); });

        env.close(); // workers write: one connection in this process
        {
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
            QSignalSpy exited(&d, &Dispatcher::workerExited);
            QVERIFY(d.start());
            // The last reviewer's exit is the one that completes the task
            // (earlier workers may be replaced by the next run of the task).
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const QList<QVariant> &e : exited) {
                        if (e.at(2).toString() == EventKind::Completed)
                            return true;
                    }
                    return false;
                }(),
                90000);
            d.stop();
        }
        env.reopen();

        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Done);
        QCOMPARE(t.assignee, QStringLiteral("impl"));
        QCOMPARE(t.reviewer, QStringLiteral("critic"));
        QCOMPARE(t.consecutiveFailures, qint64(0));

        const QList<Run> runs = env.kernel->runs(id);
        QStringList profiles, steps, outcomes;
        for (const Run &r : runs) {
            profiles << r.profile;
            steps << r.stepKey;
            outcomes << r.outcome;
        }
        QCOMPARE(profiles, (QStringList{QStringLiteral("impl"), QStringLiteral("critic"),
                                        QStringLiteral("impl"), QStringLiteral("critic")}));
        QCOMPARE(steps, (QStringList{QString(), RunStep::Review, QString(), RunStep::Review}));
        QCOMPARE(outcomes, (QStringList{EventKind::ReviewRequested, EventKind::ChangesRequested,
                                        EventKind::ReviewRequested, EventKind::Completed}));

        // Each claim from review says so.
        QStringList sources;
        for (const Event &e : env.kernel->events(id)) {
            if (e.kind == EventKind::Claimed)
                sources << payload(e).value(QStringLiteral("source_status")).toString();
        }
        QCOMPARE(sources,
                 (QStringList{QString(), TaskStatus::Review, QString(), TaskStatus::Review}));

        // The workers' environment: the reviewer knows it is reviewing.
        QCOMPARE(Fixture::readFile(env.path(QStringLiteral("env.txt"))),
                 QByteArray("impl step=\ncritic step=review\nimpl step=\ncritic step=review\n"));
        // The reviewer works in the implementer's workspace.
        QCOMPARE(Fixture::readFile(env.path(QStringLiteral("seen.txt"))),
                 QByteArray("round 1\nround 2\n"));

        // The reviewer's context: the request and how to decide.
        const QByteArray review1 =
            Fixture::readFile(env.path(QStringLiteral("critic-context-1.md")));
        QVERIFY2(review1.contains("## Review request"), review1.constData());
        QVERIFY(review1.contains("You are reviewing this task as @critic"));
        QVERIFY(review1.contains("implementation round 1"));
        QVERIFY(review1.contains("request-changes " + id.toUtf8() + " --reason"));
        // The implementer's second context leads with the reason.
        const QByteArray impl1 = Fixture::readFile(env.path(QStringLiteral("impl-context-1.md")));
        const QByteArray impl2 = Fixture::readFile(env.path(QStringLiteral("impl-context-2.md")));
        QVERIFY2(!impl1.contains("Changes requested"), impl1.constData());
        QVERIFY2(impl2.contains("## Changes requested"), impl2.constData());
        QVERIFY(impl2.contains("handle the empty input"));
        QVERIFY(impl2.indexOf("## Changes requested") < impl2.indexOf("## Prior attempts"));
        // The second review sees what the first one asked for.
        const QByteArray review2 =
            Fixture::readFile(env.path(QStringLiteral("critic-context-2.md")));
        QVERIFY2(review2.contains("Earlier rounds asked for"), review2.constData());
        QVERIFY(review2.contains("handle the empty input"));

        const QJsonObject changes = [&] {
            for (const Event &e : env.kernel->events(id)) {
                if (e.kind == EventKind::ChangesRequested)
                    return payload(e);
            }
            return QJsonObject();
        }();
        QCOMPARE(changes.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("handle the empty input"));
        QCOMPARE(changes.value(QStringLiteral("implementer")).toString(), QStringLiteral("impl"));
        QCOMPARE(changes.value(QStringLiteral("reviewer")).toString(), QStringLiteral("critic"));
        QCOMPARE(changes.value(QStringLiteral("status")).toString(), TaskStatus::Ready);
    }

    void crashedReviewRunGoesBackToReview()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("critic"),
                    env.script(QStringLiteral("crash.sh"), "echo 'looking'; exit 3"));
        const QString id = inReview(env, QStringLiteral("critic"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        const DispatchResult r = d.tick();
        QCOMPARE(r.spawned.size(), 1);
        QCOMPARE(r.spawned.first().assignee, QStringLiteral("critic"));
        QVERIFY(exited.wait(15000));
        QCOMPARE(exited.first().at(2).toString(), EventKind::Crashed);
        const Task t = env.task(id);
        QCOMPARE(t.status, TaskStatus::Review);
        QCOMPARE(t.assignee, QStringLiteral("impl"));
        QCOMPARE(t.consecutiveFailures, qint64(1));
        QCOMPARE(t.lastFailureError,
                 QStringLiteral("pid %1 exited with code 3").arg(r.spawned.first().pid));
        const Run last = env.kernel->runs(id).last();
        QCOMPARE(last.profile, QStringLiteral("critic"));
        QCOMPARE(last.stepKey, RunStep::Review);
        QCOMPARE(last.outcome, EventKind::Crashed);
        QJsonObject crashed;
        for (const Event &e : env.kernel->events(id)) {
            if (e.kind == EventKind::Crashed)
                crashed = payload(e);
        }
        QCOMPARE(crashed.value(QStringLiteral("retry_status")).toString(), TaskStatus::Review);
    }

    void expiredReviewClaimGoesBackToReview()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("critic"), QStringLiteral("/bin/true"));
        const QString id = inReview(env, QStringLiteral("critic"));
        // A reviewer on another host took it and vanished.
        QVERIFY(env.kernel->claimReviewTask(id, 60, QStringLiteral("elsewhere:42:abcdef")));
        env.clock.advance(61);
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 0; // only the bookkeeping
        Dispatcher d(env.location, &env.clock, o);
        QCOMPARE(d.tick().reclaimed, 1);
        QCOMPARE(env.task(id).status, TaskStatus::Review);
        QCOMPARE(env.kernel->runs(id).last().outcome, EventKind::Reclaimed);
    }

    void reviewWithoutAReviewerWaitsForAPerson()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("impl"), QStringLiteral("/bin/true"));
        const QString id = inReview(env, QString());
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        const DispatchResult r = d.tick();
        QVERIFY(r.spawned.isEmpty());
        QVERIFY(!r.skippedUnassigned.contains(id));
        QVERIFY(!r.skippedUnconfigured.contains(id));
        QCOMPARE(env.task(id).status, TaskStatus::Review);
        QCOMPARE(env.kernel->runs(id).size(), 1);
    }

    void reviewLaneKeepsTheReviewersCap()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("critic"),
                    env.script(QStringLiteral("slow.sh"), "exec sleep 120"), 1);
        env.profile(QStringLiteral("impl"),
                    env.script(QStringLiteral("impl.sh"), "exec sleep 120"));
        const QString a = inReview(env, QStringLiteral("critic"));
        const QString b = inReview(env, QStringLiteral("critic"));
        const QString c = env.create(QStringLiteral("new work"), QStringLiteral("impl"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        DispatchResult r = d.tick();
        QStringList spawned;
        for (const SpawnedTask &s : r.spawned)
            spawned << s.taskId + QLatin1Char(':') + s.assignee;
        // One of the two reviews (same priority and second: either) and the new work.
        QCOMPARE(spawned.size(), 2);
        const QString first = spawned.first().section(QLatin1Char(':'), 0, 0);
        QVERIFY2(first == a || first == b, qPrintable(spawned.join(QLatin1Char(' '))));
        QCOMPARE(spawned.first().section(QLatin1Char(':'), 1), QStringLiteral("critic"));
        QCOMPARE(spawned.last(), c + QStringLiteral(":impl"));
        QCOMPARE(env.task(first == a ? b : a).status, TaskStatus::Review);
        // The reviewer's cap holds across ticks too.
        QVERIFY(d.tick().spawned.isEmpty());
        d.stop(Dispatcher::TerminateWorkers);
    }

    void unconfiguredReviewerIsReportedOnce()
    {
        Fixture::Env env;
        const QString id = inReview(env, QStringLiteral("ghost"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QVERIFY(d.tick().skippedUnconfigured.contains(id));
        QVERIFY(d.tick().skippedUnconfigured.contains(id));
        QCOMPARE(env.eventKinds(id).count(EventKind::SkippedUnconfigured), 1);
        QJsonObject p;
        for (const Event &e : env.kernel->events(id)) {
            if (e.kind == EventKind::SkippedUnconfigured)
                p = payload(e);
        }
        QCOMPARE(p.value(QStringLiteral("reviewer")).toString(), QStringLiteral("ghost"));
        QCOMPARE(env.task(id).status, TaskStatus::Review);
    }
};

QTEST_GUILESS_MAIN(TestReviewLane)
#include "tst_reviewlane.moc"
