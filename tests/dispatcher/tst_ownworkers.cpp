// Signals reach only this board's own workers (issue 12, item 1): a pid is
// signalled only while host and process start time match what the spawn
// recorded, on every path that signals; and an imported board names no
// process of the board it came from.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/TaskCleanup.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <unistd.h>

class TestOwnWorkers : public QObject
{
    Q_OBJECT

    // An unrelated process in a session of its own: what a recycled pid
    // (or another board's worker) looks like from here.
    struct Bystander
    {
        QProcess p;
        Bystander()
        {
            p.setChildProcessModifier([] { ::setsid(); });
            p.start(QStringLiteral("sleep"), {QStringLiteral("300")});
            p.waitForStarted();
        }
        ~Bystander()
        {
            p.kill();
            p.waitForFinished();
        }
        qint64 pid() const { return p.processId(); }
    };

    // Claims `id` and records `pid` as its worker with that host and start
    // time, as a spawn would have.
    static void recordWorker(Fixture::Env &env, const QString &id, qint64 pid, const QString &host,
                             const QString &fingerprint)
    {
        const auto claimed = env.kernel->claimTask(id, 900);
        QVERIFY(claimed && claimed->currentRunId);
        DispatchKernel(*env.board).recordSpawn(id, *claimed->currentRunId, pid, host, fingerprint);
    }

    static QJsonObject showJson(Fixture::Env &env, const QString &id,
                                const QProcessEnvironment &extra = {})
    {
        QByteArray out;
        env.cli({QStringLiteral("show"), id, QStringLiteral("--json")}, &out, nullptr, extra);
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    // Each path that signals, with a worker record that is not ours: a
    // live pid started at another time, one with no start time recorded,
    // and one spawned on another host. The process survives every one.
    void aWorkerThatIsNotOursIsNeverSignalled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("record");
        for (const char *path : {"archive", "reclaim", "move", "expired-claim", "max-runtime"}) {
            for (const char *record : {"recycled", "unrecorded", "other-host"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1/%2").arg(QLatin1String(path), QLatin1String(record))))
                    << QString::fromLatin1(path) << QString::fromLatin1(record);
        }
    }

    void aWorkerThatIsNotOursIsNeverSignalled()
    {
        QFETCH(QString, path);
        QFETCH(QString, record);
        Fixture::Env env;
        Bystander other;
        QVERIFY(ProcessGroup::isAlive(other.pid()));
        const QString real = ProcessGroup::fingerprint(other.pid());
        QVERIFY(!real.isEmpty());
        const QString host = record == QLatin1String("other-host") ? QStringLiteral("elsewhere")
                                                                   : DispatcherStatus::thisHost();
        const QString fingerprint = record == QLatin1String("recycled") ? real + QStringLiteral("1")
                                    : record == QLatin1String("unrecorded") ? QString()
                                                                            : real;
        env.profile(QStringLiteral("w"), env.script(QStringLiteral("w.sh"), "exec sleep 300"));
        const QString id = env.create(QStringLiteral("held"), QStringLiteral("w"), {},
                                      [](CreateOptions &o) { o.maxRuntimeSeconds = 60; });
        recordWorker(env, id, other.pid(), host, fingerprint);

        if (path == QLatin1String("archive") || path == QLatin1String("reclaim") ||
            path == QLatin1String("move")) {
            const auto transition = [&]() -> TransitionOutcome {
                if (path == QLatin1String("archive"))
                    return env.kernel->archiveTask(id);
                if (path == QLatin1String("reclaim"))
                    return env.kernel->reclaimTask(id, QStringLiteral("test"));
                return env.kernel->moveTask(id, TaskStatus::Todo, {});
            };
            const TaskCleanup::Left left =
                TaskCleanup::leaveRunning(*env.board, id, transition, {500, {}});
            QVERIFY(left.ok);
            QVERIFY(!left.termination.attempted);
        } else {
            // The tick: a claim past its expiry, or a run past its limit.
            env.clock.advance(path == QLatin1String("expired-claim") ? 1000 : 61);
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions(500));
            d.tick();
        }
        QVERIFY(ProcessGroup::isAlive(other.pid()));
        QCOMPARE(ProcessGroup::fingerprint(other.pid()), real);
    }

    // The same record with the real start time is ours: archive stops it.
    void ourOwnWorkerIsStillStopped()
    {
        Fixture::Env env;
        Bystander mine;
        env.profile(QStringLiteral("w"), env.script(QStringLiteral("w.sh"), "exec sleep 300"));
        const QString id = env.create(QStringLiteral("held"), QStringLiteral("w"));
        recordWorker(env, id, mine.pid(), DispatcherStatus::thisHost(),
                     ProcessGroup::fingerprint(mine.pid()));
        const TaskCleanup::Left left = TaskCleanup::leaveRunning(
            *env.board, id, [&] { return env.kernel->archiveTask(id); }, {2000, {}});
        QVERIFY(left.ok);
        QVERIFY(left.termination.attempted);
        QVERIFY(left.termination.gone);
        QVERIFY(mine.p.waitForFinished(2000));
    }

    // A board with a live worker, exported and imported into another
    // board, then archived there (a separate process, as a user would):
    // the original board's worker keeps running and its board sees no
    // crash; the copy holds the task as ready with a reclaimed event, and
    // no pid, host, claim or start time anywhere.
    void anImportedBoardCannotSignalTheOriginalsWorker()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("w"), env.script(QStringLiteral("w.sh"), "exec sleep 300"));
        const QString id =
            env.create(QStringLiteral("exported while running"), QStringLiteral("w"));
        env.close(); // the CLI writes: one connection in this process
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions(500));
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        const qint64 pid = d.tick().spawned.first().pid;
        QVERIFY(ProcessGroup::isAlive(pid));

        const QString file = env.path(QStringLiteral("board.json"));
        QCOMPARE(env.cli({QStringLiteral("export"), QStringLiteral("--output"), file}), 0);
        QVERIFY(QFileInfo(file).size() > 0);
        QProcessEnvironment copy;
        copy.insert(QStringLiteral("QKANBAN_BOARD"), QStringLiteral("copy"));
        if (TestBackend::isPostgres()) // QKANBAN_DB pins the board: the copy is another database
            copy.insert(QStringLiteral("QKANBAN_DB"), TestBackend::freshDatabaseUrl());
        QByteArray err;
        QCOMPARE(
            env.cli({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("copy")},
                    nullptr, &err),
            0);
        QCOMPARE(env.cli({QStringLiteral("import"), file}, nullptr, &err, copy), 0);
        QVERIFY2(err.contains("running task(s) returned to ready"), err.constData());

        const QJsonObject shown = showJson(env, id, copy);
        const QJsonObject task = shown[QStringLiteral("task")].toObject();
        QCOMPARE(task[QStringLiteral("status")].toString(), TaskStatus::Ready);
        QVERIFY(task[QStringLiteral("current_run_id")].isNull());
        const QJsonArray runs = shown[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first()[QStringLiteral("worker_pid")].isNull());
        QCOMPARE(runs.first()[QStringLiteral("outcome")].toString(), EventKind::Reclaimed);
        const QJsonArray events = shown[QStringLiteral("events")].toArray();
        const QJsonObject last = events.last().toObject();
        QCOMPARE(last[QStringLiteral("kind")].toString(), EventKind::Reclaimed);
        QVERIFY(last[QStringLiteral("payload")][QStringLiteral("reason")].toString().startsWith(
            QStringLiteral("imported")));
        QByteArray dump;
        QCOMPARE(env.cli({QStringLiteral("export")}, &dump, nullptr, copy), 0);
        const QJsonObject copied = QJsonDocument::fromJson(dump).object();
        for (const char *table : {"tasks", "runs"}) {
            for (const QJsonValue row : copied[QLatin1String(table)].toArray()) {
                for (const char *field : {"worker_pid", "worker_host", "claim_lock",
                                          "claim_expires", "worker_fingerprint"})
                    QVERIFY2(row[QLatin1String(field)].isNull() ||
                                 row[QLatin1String(field)].isUndefined(),
                             field);
            }
        }

        // The archive returns after any stop it attempts: nothing to stop.
        QCOMPARE(env.cli({QStringLiteral("archive"), id}, nullptr, &err, copy), 0);
        QVERIFY(ProcessGroup::isAlive(pid));
        QCOMPARE(exited.count(), 0);
        const QJsonObject original = showJson(env, id)[QStringLiteral("task")].toObject();
        QCOMPARE(original[QStringLiteral("status")].toString(), TaskStatus::Running);
        QCOMPARE(env.cli({QStringLiteral("archive"), id}), 0); // the original stops its own
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessGroup::isAlive(pid), 3000);
    }
};

QTEST_GUILESS_MAIN(TestOwnWorkers)
#include "tst_ownworkers.moc"
