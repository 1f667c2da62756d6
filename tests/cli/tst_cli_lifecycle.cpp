// End-to-end: the lifecycle and live verbs (claim, comment, complete,
// block, unblock, archive, heartbeat, reclaim, review, runs, tail, watch,
// stats, context, gc, notify-*) through the real qkanban binary.
#include "tests/cli/CliHarness.h"

#include "dispatcher/ProcessGroup.h"
#include "model/Board.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QtTest>

#include <csignal>
#include <unistd.h>

namespace {

QJsonObject taskOf(const CliHarness &h, const QString &id)
{
    return h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
        .json()
        .object()
        .value(QStringLiteral("task"))
        .toObject();
}

QString statusOf(const CliHarness &h, const QString &id)
{
    return taskOf(h, id).value(QStringLiteral("status")).toString();
}

// A worker stand-in: `sleep` in a process group of its own.
class Sleeper
{
public:
    Sleeper()
    {
        m_proc.setChildProcessModifier([] { ::setsid(); });
        m_proc.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        m_proc.waitForStarted();
    }
    ~Sleeper()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished();
        }
    }
    qint64 pid() const { return m_proc.processId(); }
    bool stopped()
    {
        return m_proc.state() == QProcess::NotRunning || m_proc.waitForFinished(15000);
    }

private:
    QProcess m_proc;
};

// Records a spawned worker on a claimed task, as the dispatcher does.
void recordWorker(const CliHarness &h, const QString &id, qint64 pid)
{
    h.useInThisProcess();
    auto board = Board::openResolved();
    Kernel k(*board);
    const Task t = k.requireTask(id);
    DispatchKernel(*board).recordSpawn(id, *t.currentRunId, pid, DispatcherStatus::thisHost(),
                                       ProcessGroup::fingerprint(pid));
}

} // namespace

class TstCliLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void claimPrintsTheWorkspaceAndRefusesASecondClaim()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        const auto r = h.run({QStringLiteral("claim"), id});
        QCOMPARE(r.code, 0);
        const QString ws = h.path(QStringLiteral("home/boards/default/workspaces/")) + id;
        QCOMPARE(r.text(), QStringLiteral("Claimed %1\nWorkspace: %2\n").arg(id, ws));
        QVERIFY(QFileInfo(ws).isDir());
        QCOMPARE(taskOf(h, id).value(QStringLiteral("workspace_path")).toString(), ws);
        const auto again = h.run({QStringLiteral("claim"), id});
        QCOMPARE(again.code, 1);
        QVERIFY(again.errText().startsWith(
            QStringLiteral("qkanban: cannot claim %1: status=running lock=").arg(id)));
        const auto unknown = h.run({QStringLiteral("claim"), QStringLiteral("t_00000000")});
        QCOMPARE(unknown.errText(), QStringLiteral("qkanban: no such task: t_00000000\n"));
    }

    void commentUsesTheProfileAsDefaultAuthor()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        h.setEnv(QStringLiteral("QKANBAN_PROFILE"), QStringLiteral("worker7"));
        QCOMPARE(
            h.run({QStringLiteral("comment"), id, QStringLiteral("multi"), QStringLiteral("word")})
                .text(),
            QStringLiteral("Comment added to %1\n").arg(id));
        const QJsonObject c = h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                                  .json()
                                  .object()
                                  .value(QStringLiteral("comments"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(c.value(QStringLiteral("author")).toString(), QStringLiteral("worker7"));
        QCOMPARE(c.value(QStringLiteral("body")).toString(), QStringLiteral("multi word"));
    }

    void completeHandlesSeveralIdsIndependently()
    {
        CliHarness h;
        const QString a = h.create(QStringLiteral("A"));
        const QString b = h.create(QStringLiteral("B"));
        const auto r = h.run({QStringLiteral("complete"), a, QStringLiteral("t_00000000"), b,
                              QStringLiteral("--result"), QStringLiteral("shipped")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.text(), QStringLiteral("Completed %1\nCompleted %2\n").arg(a, b));
        QCOMPARE(
            r.errText(),
            QStringLiteral("qkanban: cannot complete t_00000000 (unknown id or terminal state)\n"));
        QCOMPARE(taskOf(h, b).value(QStringLiteral("result")).toString(),
                 QStringLiteral("shipped"));
        QCOMPARE(h.run({QStringLiteral("complete"), a}).code, 1);
    }

    void completeWithSummaryAndMetadataRecordsTheHandoff()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        QCOMPARE(h.run({QStringLiteral("complete"), id, QStringLiteral("--summary"),
                        QStringLiteral("did it"), QStringLiteral("--metadata"),
                        QStringLiteral("{\"changed_files\": 3}")})
                     .code,
                 0);
        const QJsonArray runs =
            h.run({QStringLiteral("runs"), id, QStringLiteral("--json")}).json().array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("did it"));
        QCOMPARE(runs.at(0)
                     .toObject()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("changed_files"))
                     .toInt(),
                 3);
        QVERIFY(!QFileInfo::exists(h.path(QStringLiteral("home/boards/default/workspaces/")) + id));
    }

    void blockWithIdsBlocksSiblingsAndAddsTheReasonAsComment()
    {
        CliHarness h;
        const QString a = h.create(QStringLiteral("A"));
        const QString b = h.create(QStringLiteral("B"));
        const auto r = h.run({QStringLiteral("block"), a, QStringLiteral("needs"),
                              QStringLiteral("keys"), QStringLiteral("--ids"), b});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.text(),
                 QStringLiteral("Blocked %1: needs keys\nBlocked %2: needs keys\n").arg(a, b));
        QCOMPARE(statusOf(h, b), QStringLiteral("blocked"));
        const QJsonObject shown =
            h.run({QStringLiteral("show"), a, QStringLiteral("--json")}).json().object();
        QCOMPARE(shown.value(QStringLiteral("comments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString(),
                 QStringLiteral("BLOCKED: needs keys"));
        const auto unblock = h.run({QStringLiteral("unblock"), a, b});
        QCOMPARE(unblock.text(), QStringLiteral("Unblocked %1\nUnblocked %2\n").arg(a, b));
        QCOMPARE(statusOf(h, a), QStringLiteral("ready"));
        const auto again = h.run({QStringLiteral("unblock"), a});
        QCOMPARE(again.code, 1);
        QCOMPARE(again.errText(),
                 QStringLiteral("qkanban: cannot unblock %1 (not blocked?)\n").arg(a));
    }

    void unblockIsRefusedInsideAWorker()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        h.run({QStringLiteral("block"), id});
        h.setEnv(QStringLiteral("QKANBAN_TASK"), id);
        const auto r = h.run({QStringLiteral("unblock"), id});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.errText().contains(QStringLiteral("orchestrator-only")));
        QCOMPARE(statusOf(h, id), QStringLiteral("blocked"));
    }

    void archiveRmDeletesOnlyArchivedTasks()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        const auto early = h.run({QStringLiteral("archive"), QStringLiteral("--rm"), id});
        QCOMPARE(early.code, 1);
        QCOMPARE(early.errText(),
                 QStringLiteral("qkanban: cannot delete %1 (must already be archived)\n").arg(id));
        QCOMPARE(h.run({QStringLiteral("archive"), id}).text(),
                 QStringLiteral("Archived %1\n").arg(id));
        QCOMPARE(h.run({QStringLiteral("archive"), QStringLiteral("--rm"), id}).text(),
                 QStringLiteral("Deleted %1\n").arg(id));
        QCOMPARE(h.run({QStringLiteral("show"), id}).code, 1);
    }

    void archiveStopsTheRunningWorkersProcessGroup()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        Sleeper worker;
        recordWorker(h, id, worker.pid());
        QCOMPARE(h.run({QStringLiteral("archive"), id}).code, 0);
        QVERIFY(worker.stopped());
        QCOMPARE(statusOf(h, id), QStringLiteral("archived"));
    }

    void reclaimStopsTheWorkerAndReturnsTheTaskToReady()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("claim"), id}).code, 0);
        Sleeper worker;
        recordWorker(h, id, worker.pid());
        const auto r = h.run(
            {QStringLiteral("reclaim"), id, QStringLiteral("--reason"), QStringLiteral("stuck")});
        QCOMPARE(r.text(), QStringLiteral("Reclaimed %1\n").arg(id));
        QVERIFY(worker.stopped());
        QCOMPARE(statusOf(h, id), QStringLiteral("ready"));
        const auto again = h.run({QStringLiteral("reclaim"), id});
        QCOMPARE(again.code, 1);
        QCOMPARE(
            again.errText(),
            QStringLiteral("qkanban: cannot reclaim %1 (not running or unknown id)\n").arg(id));
    }

    void heartbeatExtendsTheClaimOfARunningTask()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("heartbeat"), id}).code, 1);
        h.run({QStringLiteral("claim"), id});
        const auto r = h.run(
            {QStringLiteral("heartbeat"), id, QStringLiteral("--note"), QStringLiteral("halfway")});
        QCOMPARE(r.text(), QStringLiteral("Heartbeat recorded for %1\n").arg(id));
        const QJsonArray events = h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                                      .json()
                                      .object()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QCOMPARE(events.last()
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("halfway"));
    }

    void workerVerbsRefuseAStaleRun_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::newRow("heartbeat") << QStringList{"heartbeat", "ID"};
        QTest::newRow("complete") << QStringList{"complete", "ID"};
        QTest::newRow("block") << QStringList{"block", "ID", "stuck"};
        QTest::newRow("request-review") << QStringList{"request-review", "ID", "--summary", "s"};
        QTest::newRow("comment") << QStringList{"comment", "ID", "hello"};
    }

    void workerVerbsRefuseAStaleRun()
    {
        QFETCH(QStringList, verb);
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        h.run({QStringLiteral("claim"), id});
        const qint64 run = taskOf(h, id).value(QStringLiteral("current_run_id")).toInteger();
        verb.replace(1, id);
        const QByteArray before = h.snapshot();
        h.setEnv(QStringLiteral("QKANBAN_TASK"), id);
        h.setEnv(QStringLiteral("QKANBAN_RUN_ID"), QString::number(run + 1));
        const auto stale = h.run(verb);
        QCOMPARE(stale.code, 1);
        QVERIFY2(stale.errText().contains(QStringLiteral("stale worker")),
                 qPrintable(stale.errText()));
        QCOMPARE(h.snapshot(), before);
        h.setEnv(QStringLiteral("QKANBAN_RUN_ID"), QString::number(run));
        QCOMPARE(h.run(verb).code, 0);
    }

    void staleWorkerCannotCommentAnywhere()
    {
        // A worker hands off to other tasks with comments; once its run is
        // no longer current (reclaimed, retried) it may not, on any task,
        // with or without $QKANBAN_TASK.
        CliHarness h;
        const QString own = h.create(QStringLiteral("own"));
        const QString other = h.create(QStringLiteral("other"));
        QCOMPARE(h.run({QStringLiteral("claim"), own}).code, 0);
        const qint64 first = taskOf(h, own).value(QStringLiteral("current_run_id")).toInteger();
        QCOMPARE(h.run({QStringLiteral("reclaim"), own}).code, 0);
        QCOMPARE(h.run({QStringLiteral("claim"), own}).code, 0);
        const qint64 second = taskOf(h, own).value(QStringLiteral("current_run_id")).toInteger();
        QVERIFY(second != first);

        const QByteArray before = h.snapshot();
        h.setEnv(QStringLiteral("QKANBAN_RUN_ID"), QString::number(first));
        for (const bool withTask : {false, true}) {
            if (withTask)
                h.setEnv(QStringLiteral("QKANBAN_TASK"), own);
            const auto stale = h.run({QStringLiteral("comment"), other, QStringLiteral("handoff")});
            QCOMPARE(stale.code, 1);
            QCOMPARE(stale.errLines(),
                     QStringList{QStringLiteral("qkanban: stale worker: run %1 is not the current "
                                                "run of %2 (current: %3)")
                                     .arg(first)
                                     .arg(own)
                                     .arg(second)});
            QCOMPARE(h.snapshot(), before);
        }
        // The current run hands off.
        h.setEnv(QStringLiteral("QKANBAN_RUN_ID"), QString::number(second));
        QCOMPARE(h.run({QStringLiteral("comment"), other, QStringLiteral("handoff")}).code, 0);
    }

    void reviewRequestChangesAndCompleteFlow()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("T"), {QStringLiteral("--assignee"), QStringLiteral("impl")});
        h.run({QStringLiteral("claim"), id});
        QCOMPARE(h.run({QStringLiteral("request-review"), id, QStringLiteral("--summary"),
                        QStringLiteral("ready for eyes")})
                     .text(),
                 QStringLiteral("Requested review for %1: ready for eyes\n").arg(id));
        QCOMPARE(statusOf(h, id), QStringLiteral("review"));
        QCOMPARE(h.run({QStringLiteral("request-changes"), id, QStringLiteral("add"),
                        QStringLiteral("tests")})
                     .text(),
                 QStringLiteral("Requested changes for %1; routed to impl\n").arg(id));
        QCOMPARE(statusOf(h, id), QStringLiteral("ready"));
        QCOMPARE(h.run({QStringLiteral("request-changes"), id, QStringLiteral("again")}).code, 1);
        QCOMPARE(h.run({QStringLiteral("request-review"), id}).code, 2);
    }

    void runsListsAttemptsAsTableAndJson()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("T"), {QStringLiteral("--assignee"), QStringLiteral("ann")});
        QCOMPARE(h.run({QStringLiteral("runs"), id}).text(),
                 QStringLiteral("(no runs yet for %1)\n").arg(id));
        h.run({QStringLiteral("claim"), id});
        QVERIFY(h.run({QStringLiteral("runs"), id}).text().contains(QStringLiteral("(running)")));
        h.run({QStringLiteral("reclaim"), id});
        h.run({QStringLiteral("claim"), id});
        h.run({QStringLiteral("complete"), id, QStringLiteral("--summary"),
               QStringLiteral("second try")});
        const QString table = h.run({QStringLiteral("runs"), id}).text();
        QVERIFY(table.startsWith(QStringLiteral("   #  OUTCOME")));
        QVERIFY(table.contains(EventKind::Reclaimed));
        QVERIFY(table.contains(QStringLiteral("→ second try")));
        const QJsonArray runs =
            h.run({QStringLiteral("runs"), id, QStringLiteral("--json")}).json().array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("outcome")).toString(),
                 EventKind::Completed);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("ann"));
    }

    void tailFollowsNewEventsUntilSigint()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QProcess tail;
        tail.setProcessEnvironment(h.environment());
        tail.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("tail"), id,
                                          QStringLiteral("--interval"), QStringLiteral("0.1")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += tail.readAllStandardOutput()).contains("] created "),
                                 10000);
        QVERIFY(out.startsWith("Tailing events for " + id.toUtf8() + ". Ctrl-C to stop.\n"));
        h.run({QStringLiteral("comment"), id, QStringLiteral("live")});
        QTRY_VERIFY_WITH_TIMEOUT((out += tail.readAllStandardOutput()).contains("] commented "),
                                 10000);
        ::kill(pid_t(tail.processId()), SIGINT);
        QVERIFY(tail.waitForFinished(10000));
        out += tail.readAllStandardOutput();
        QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tail.exitCode(), 0);
        QVERIFY(out.endsWith("(stopped)\n"));
    }

    void watchStartsAtTheLatestEventAndFiltersByKind()
    {
        CliHarness h;
        const QString id =
            h.create(QStringLiteral("T"), {QStringLiteral("--assignee"), QStringLiteral("wat")});
        QProcess watch;
        watch.setProcessEnvironment(h.environment());
        watch.start(CliHarness::binary(),
                    {QStringLiteral("--headless"), QStringLiteral("watch"),
                     QStringLiteral("--kinds"), QStringLiteral("commented,blocked"),
                     QStringLiteral("--interval"), QStringLiteral("0.1")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += watch.readAllStandardOutput()).contains("Watching kanban events."), 10000);
        h.run({QStringLiteral("assign"), id, QStringLiteral("wat2")});
        h.run({QStringLiteral("comment"), id, QStringLiteral("seen")});
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains(" commented "),
                                 10000);
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(10000));
        out += watch.readAllStandardOutput();
        QCOMPARE(watch.exitCode(), 0);
        QVERIFY(!out.contains(" created "));  // no replay of history
        QVERIFY(!out.contains(" assigned ")); // filtered by kind
        QVERIFY(out.contains("(@wat2)"));
        QVERIFY(out.endsWith("(stopped)\n"));
    }

    void statsJsonCountsByStatusAndAssignee()
    {
        CliHarness h;
        h.create(QStringLiteral("A"), {QStringLiteral("--assignee"), QStringLiteral("ann")});
        const QString b =
            h.create(QStringLiteral("B"), {QStringLiteral("--assignee"), QStringLiteral("ann")});
        h.run({QStringLiteral("block"), b});
        const QJsonObject s =
            h.run({QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
        QCOMPARE(s.keys(),
                 (QStringList{"by_assignee", "by_status", "cumulative_flow", "cycle_time", "days",
                              "lead_time", "now", "oldest_ready_age_seconds", "per_assignee",
                              "per_profile", "throughput_by_day"}));
        QCOMPARE(
            s.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("ready")).toInt(),
            1);
        QCOMPARE(s.value(QStringLiteral("by_status"))
                     .toObject()
                     .value(QStringLiteral("blocked"))
                     .toInt(),
                 1);
        QCOMPARE(s.value(QStringLiteral("by_assignee"))
                     .toObject()
                     .value(QStringLiteral("ann"))
                     .toObject()
                     .value(QStringLiteral("blocked"))
                     .toInt(),
                 1);
        const QString text = h.run({QStringLiteral("stats")}).text();
        QVERIFY(text.startsWith(QStringLiteral("By status:\n  triage    0\n")));
        QVERIFY(text.contains(QStringLiteral("  review    0\n")));
        QVERIFY(text.contains(
            QStringLiteral("By assignee:\n  ann                   blocked=1, ready=1\n")));
        QVERIFY(text.contains(QStringLiteral("Oldest ready task age: ")));
    }

    void contextPrintsTitleBodyParentResultsAndComments()
    {
        CliHarness h;
        const QString p = h.create(QStringLiteral("Parent"));
        h.run({QStringLiteral("complete"), p, QStringLiteral("--result"),
               QStringLiteral("parent output")});
        const QString id = h.create(QStringLiteral("Child"),
                                    {QStringLiteral("--parent"), p, QStringLiteral("--body"),
                                     QStringLiteral("Do the thing")});
        h.run({QStringLiteral("comment"), id, QStringLiteral("a hint")});
        const auto r = h.run({QStringLiteral("context"), id});
        QCOMPARE(r.code, 0);
        QVERIFY(r.text().startsWith(QStringLiteral("# Kanban task %1: Child\n").arg(id)));
        QVERIFY(r.text().contains(QStringLiteral("Do the thing")));
        QVERIFY(r.text().contains(QStringLiteral("parent output")));
        QVERIFY(r.text().contains(QStringLiteral("a hint")));
    }

    void gcRemovesOldLogsAndReportsCounts()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        h.run({QStringLiteral("archive"), id});
        const QString logs = h.path(QStringLiteral("home/boards/default/logs"));
        QVERIFY(QDir().mkpath(logs));
        for (const QString &name : {QStringLiteral("old.log"), QStringLiteral("new.log")}) {
            QFile f(logs + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("output\n");
            f.flush();
            if (name == QLatin1String("old.log"))
                QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-40),
                                      QFileDevice::FileModificationTime));
        }
        const auto r = h.run(
            {QStringLiteral("gc"), QStringLiteral("--log-retention-days"), QStringLiteral("30")});
        QCOMPARE(r.code, 0);
        static const QRegularExpression re(
            QStringLiteral("^GC complete: \\d+ workspace\\(s\\), \\d+ event row\\(s\\), 1 log "
                           "file\\(s\\) removed\n$"));
        QVERIFY2(re.match(r.text()).hasMatch(), qPrintable(r.text()));
        QVERIFY(!QFile::exists(logs + QStringLiteral("/old.log")));
        QVERIFY(QFile::exists(logs + QStringLiteral("/new.log")));
    }

    void notifySubscribeListAndUnsubscribe()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QCOMPARE(h.run({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                        QStringLiteral("webhook"), QStringLiteral("--chat-id"),
                        QStringLiteral("https://example.org/hook")})
                     .text(),
                 QStringLiteral("Subscribed webhook:https://example.org/hook to %1\n").arg(id));
        QCOMPARE(
            h.run({QStringLiteral("notify-list")}).text(),
            QStringLiteral("  %1  webhook:https://example.org/hook  (since event 1)\n").arg(id));
        const QJsonArray subs =
            h.run({QStringLiteral("notify-list"), id, QStringLiteral("--json")}).json().array();
        QCOMPARE(subs.at(0).toObject().value(QStringLiteral("chat_id")).toString(),
                 QStringLiteral("https://example.org/hook"));
        QCOMPARE(h.run({QStringLiteral("notify-unsubscribe"), id, QStringLiteral("--platform"),
                        QStringLiteral("webhook"), QStringLiteral("--chat-id"),
                        QStringLiteral("https://example.org/hook")})
                     .text(),
                 QStringLiteral("Unsubscribed from %1\n").arg(id));
        QCOMPARE(h.run({QStringLiteral("notify-list")}).text(),
                 QStringLiteral("(no subscriptions)\n"));
        const auto none =
            h.run({QStringLiteral("notify-unsubscribe"), id, QStringLiteral("--platform"),
                   QStringLiteral("desktop"), QStringLiteral("--chat-id"), QStringLiteral("x")});
        QCOMPARE(none.code, 1);
        QCOMPARE(none.errText(), QStringLiteral("qkanban: (no such subscription)\n"));
    }
};

QTEST_GUILESS_MAIN(TstCliLifecycle)
#include "tst_cli_lifecycle.moc"
