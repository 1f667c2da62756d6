// The one path out of `running` (TaskCleanup::leaveRunning), from each
// face: every CLI verb that can take a running task out of running, and
// the board's moves (MoveController's entry). The worker's whole process
// group (a shell and its child) is gone within the grace period; a worker
// that reports on its own task is not signalled. Claim: the `claim` verb
// records the same workspace and branch as the dispatcher's tick.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/Git.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/TaskCleanup.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>

class TestLeaveRunning : public QObject
{
    Q_OBJECT

    static qint64 pidIn(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }

    // A profile whose worker (sh) starts a child (sleep) in its group and
    // waits; the child's pid is written to `childFile`.
    static void busyProfile(Fixture::Env &env, const QString &childFile)
    {
        env.profile(QStringLiteral("busy"),
                    env.script(QStringLiteral("busy.sh"),
                               "sleep 300 &\necho $! > '" + childFile.toUtf8() + "'\nwait"));
    }

    static bool allGone(qint64 pgid, qint64 child)
    {
        return Fixture::groupGone(pgid) && !ProcessGroup::isAlive(child);
    }

    // The task left run `oldRun` for `status`; a ready (or promoted todo)
    // task may have been started again by the dispatcher since, on a new
    // run: never two open runs at once.
    static void verifyLeft(Kernel &k, const QString &id, qint64 oldRun, const QString &status)
    {
        const Task t = k.requireTask(id);
        if (status == TaskStatus::Ready || status == TaskStatus::Todo)
            QVERIFY2(t.status == status ||
                         (t.status == TaskStatus::Running && t.currentRunId != oldRun),
                     qPrintable(t.status));
        else
            QCOMPARE(t.status, status);
        int open = 0;
        for (const Run &r : k.runs(id))
            open += r.endedAt ? 0 : 1;
        QVERIFY(open <= 1);
    }

private slots:
    void cliVerbStopsTheWorkersWholeGroup_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("status");
        const QString id = QStringLiteral("ID");
        QTest::newRow("complete") << QStringList{QStringLiteral("complete"), id}
                                  << TaskStatus::Done;
        QTest::newRow("block") << QStringList{QStringLiteral("block"), id, QStringLiteral("stuck")}
                               << TaskStatus::Blocked;
        QTest::newRow("request-review")
            << QStringList{QStringLiteral("request-review"), id, QStringLiteral("--summary"),
                           QStringLiteral("half done")}
            << TaskStatus::Review;
        QTest::newRow("archive") << QStringList{QStringLiteral("archive"), id}
                                 << TaskStatus::Archived;
        QTest::newRow("reclaim") << QStringList{QStringLiteral("reclaim"), id} << TaskStatus::Ready;
    }

    void cliVerbStopsTheWorkersWholeGroup()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, status);
        Fixture::Env env;
        const QString childFile = env.path(QStringLiteral("child.pid"));
        busyProfile(env, childFile);
        const QString id = env.create(QStringLiteral("busy task"), QStringLiteral("busy"));
        args.replaceInStrings(QStringLiteral("ID"), id);
        env.close(); // the CLI writes: one connection in this process
        qint64 oldRun = 0;
        {
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
            const qint64 pgid = d.tick().spawned.first().pid;
            QTRY_VERIFY(pidIn(childFile) > 0);
            const qint64 child = pidIn(childFile);
            QVERIFY(ProcessGroup::isAlive(pgid) && ProcessGroup::isAlive(child));
            QByteArray shown;
            QCOMPARE(env.cli({QStringLiteral("show"), id, QStringLiteral("--json")}, &shown), 0);
            oldRun = QJsonDocument::fromJson(shown)["task"]["current_run_id"].toInteger();
            QVERIFY(oldRun > 0);
            QByteArray err;
            QCOMPARE(env.cli(args, nullptr, &err), 0);
            // The verb returns once the group is gone: SIGTERM, SIGKILL
            // after the 5 s grace at most.
            QTRY_VERIFY_WITH_TIMEOUT(allGone(pgid, child), 7000);
        }
        env.reopen();
        verifyLeft(*env.kernel, id, oldRun, status);
        if (status == TaskStatus::Done || status == TaskStatus::Archived)
            QVERIFY(!QFileInfo::exists(env.location.workspacePath(id)));
        else
            QVERIFY(QFileInfo::exists(env.location.workspacePath(id))); // kept for the next run
    }

    void boardMoveStopsTheWorkersWholeGroup_data()
    {
        QTest::addColumn<QString>("to");
        for (const QString &s :
             {TaskStatus::Ready, TaskStatus::Todo, TaskStatus::Triage, TaskStatus::Review,
              TaskStatus::Blocked, TaskStatus::Done, TaskStatus::Archived})
            QTest::newRow(qPrintable(s)) << s;
    }

    void boardMoveStopsTheWorkersWholeGroup()
    {
        QFETCH(QString, to);
        Fixture::Env env;
        const QString childFile = env.path(QStringLiteral("child.pid"));
        busyProfile(env, childFile);
        const QString id = env.create(QStringLiteral("busy task"), QStringLiteral("busy"));
        Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
        QSignalSpy exited(&d, &Dispatcher::workerExited);
        const qint64 pgid = d.tick().spawned.first().pid;
        QTRY_VERIFY(pidIn(childFile) > 0);
        const qint64 child = pidIn(childFile);
        const qint64 oldRun = *env.task(id).currentRunId;
        // What MoveController does for a drop: the move, off the UI thread.
        const TaskCleanup::Left left = TaskCleanup::leaveRunning(
            *env.board, id, [&] { return env.kernel->moveTask(id, to, QStringLiteral("note")); },
            {1000, TaskCleanup::Wait::Background});
        QVERIFY(left.ok);
        QVERIFY(left.stopping);
        QVERIFY(!left.self);
        QTRY_VERIFY_WITH_TIMEOUT(allGone(pgid, child), 4000);
        QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 1, 4000);
        verifyLeft(*env.kernel, id, oldRun, to);
    }

    void aWorkerCompletingItsOwnTaskIsNotSignalled()
    {
        Fixture::Env env;
        const QString marker = env.path(QStringLiteral("after"));
        const QString childFile = env.path(QStringLiteral("child.pid"));
        env.profile(QStringLiteral("self"),
                    env.script(QStringLiteral("self.sh"),
                               "sleep 300 &\necho $! > '" + childFile.toUtf8() +
                                   "'\n"
                                   "\"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" "
                                   "--result mine || exit 3\n"
                                   "echo after > '" +
                                   marker.toUtf8() +
                                   "'\n"
                                   "kill $!\n"
                                   "exit 7"));
        const QString id = env.create(QStringLiteral("self report"), QStringLiteral("self"));
        env.close(); // the worker writes
        {
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
            QSignalSpy exited(&d, &Dispatcher::workerExited);
            QCOMPARE(d.tick().spawned.size(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(exited.count(), 1, 20000);
            // Exit code 7, its own: not SIGTERM (15) during `complete`.
            QCOMPARE(exited.first().at(1).toInt(), 7);
            QCOMPARE(exited.first().at(2).toString(), EventKind::Completed);
        }
        QVERIFY(QFileInfo::exists(marker));
        env.reopen();
        QCOMPARE(env.task(id).status, TaskStatus::Done);
        QCOMPARE(env.task(id).result, QStringLiteral("mine"));
    }

    void aRecycledPidIsNotSignalled()
    {
        // A task whose recorded worker pid now belongs to another process
        // (started at another time): nothing is signalled.
        Fixture::Env env;
        QProcess other;
        other.setChildProcessModifier([] { ::setsid(); });
        other.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(other.waitForStarted());
        const QString id = env.create(QStringLiteral("stale pid"), QStringLiteral("nobody"));
        const auto claimed = env.kernel->claimTask(id, 900);
        QVERIFY(claimed && claimed->currentRunId);
        DispatchKernel(*env.board)
            .recordSpawn(id, *claimed->currentRunId, other.processId(),
                         DispatcherStatus::thisHost(), QStringLiteral("1"));
        const TaskCleanup::Left left = TaskCleanup::leaveRunning(
            *env.board, id, [&] { return env.kernel->archiveTask(id); }, {500, {}});
        QVERIFY(left.ok);
        QVERIFY(!left.termination.attempted);
        QVERIFY(ProcessGroup::isAlive(other.processId()));
        other.kill();
        other.waitForFinished();
    }

    void claimRecordsTheWorkspaceAndBranchTheTickDoes()
    {
        Fixture::Env env;
        const QString repo = env.path(QStringLiteral("repo"));
        QDir().mkpath(repo);
        QVERIFY(Git::run(repo, {QStringLiteral("init"), QStringLiteral("-q")}).ok());
        QVERIFY(Git::run(repo, {QStringLiteral("-c"), QStringLiteral("user.email=t@example.org"),
                                QStringLiteral("-c"), QStringLiteral("user.name=t"),
                                QStringLiteral("commit"), QStringLiteral("-q"),
                                QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                                QStringLiteral("init")})
                    .ok());
        {
            QSettings s(QString::fromLocal8Bit(qgetenv("QKANBAN_CONFIG")), QSettings::IniFormat);
            s.setValue(QStringLiteral("dispatcher/default_workdir"), repo);
        }
        env.profile(QStringLiteral("quick"),
                    env.script(QStringLiteral("quick.sh"), "exec sleep 300"));
        auto worktree = [](CreateOptions &o) { o.workspaceKind = QStringLiteral("worktree"); };
        const QString byClaim =
            env.create(QStringLiteral("claim by verb"), QStringLiteral("nobody"), {}, worktree);
        const QString byTick =
            env.create(QStringLiteral("ticked"), QStringLiteral("quick"), {}, worktree);
        env.close();
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("claim"), byClaim}, &out, &err), 0);
        QVERIFY2(out.contains(repo.toUtf8() + "/.worktrees/" + byClaim.toUtf8()), out + err);
        {
            Dispatcher d(env.location, &env.clock, Fixture::fastOptions());
            QCOMPARE(d.tick().spawned.size(), 1);
            d.stop(Dispatcher::TerminateWorkers);
        }
        env.reopen();
        for (const QString &id : {byClaim, byTick}) {
            const Task t = env.task(id);
            QCOMPARE(t.workspacePath, repo + QStringLiteral("/.worktrees/") + id);
            QCOMPARE(t.branchName, QStringLiteral("wt/") + id);
        }
    }
};

QTEST_GUILESS_MAIN(TestLeaveRunning)
#include "tst_leaverunning.moc"
