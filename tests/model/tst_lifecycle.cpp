// Complete, block/unblock, archive/delete, reclaim and review.
#include "tests/model/KernelFixture.h"

#include <QJsonArray>
#include <QtTest>

namespace {

void setFailures(KernelFixture &f, const QString &id, int n)
{
    Sql::exec(
        f.db(),
        QStringLiteral(
            "UPDATE tasks SET consecutive_failures = ?, last_failure_error = 'boom' WHERE id = ?"),
        {n, id});
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void completeRecordsResultAndClosesTheRun();
    void summaryFallsBackToResult();
    void completeWithoutHandoffHasNullSummaryAndNoRun();
    void neverClaimedTaskWithHandoffGetsZeroLengthRun();
    void completeResetsTheFailureCounter();
    void completeWithUnsatisfiedParentsIsRefused();
    void completeFromStaleWorkerIsRefused();
    void completeOfTerminalTaskReturnsFalse_data();
    void completeOfTerminalTaskReturnsFalse();
    void completeWithBadMetadataIsRefused_data();
    void completeWithBadMetadataIsRefused();
    void completeFromReviewFinishes();
    void completedSummaryIsCappedAt400Chars();
    void eventPayloadsKeepAwkwardText_data();
    void eventPayloadsKeepAwkwardText();
    void eventsCaptureTheLifecycleWithRunIds();
    void blockCommentsClosesRunAndClearsClaim();
    void blockOfNeverClaimedTaskWithReasonGetsARun();
    void blockWithoutReasonWritesNoCommentOrRun();
    void blockOfFinishedTaskReturnsFalse();
    void blockFromStaleWorkerIsRefused();
    void unblockReturnsToReady();
    void unblockWithPendingParentsReturnsToTodo();
    void unblockResetsTheFailureCounter();
    void unblockClosesALeakedRun();
    void unblockOfUnblockedTaskReturnsFalse();
    void archiveOfRunningTaskClosesRunAsReclaimed();
    void archiveOfReadyTaskCreatesNoRun();
    void archiveRemovesNotifySubscriptions();
    void archiveHidesFromDefaultList();
    void archiveTwiceReturnsFalse();
    void deleteArchivedTaskRemovesEverything();
    void deleteRefusesTasksNotArchived();
    void reclaimReturnsRunningTaskToReady();
    void reclaimOfIdleTaskReturnsFalse();
    void requestReviewHandsOffTheRun();
    void requestReviewFromStaleWorkerIsRefused();
    void requestReviewOfWaitingTaskReturnsFalse();
    void requestChangesSendsBackToReady();
    void requestChangesWaitsForReopenedParents();
    void requestChangesNeedsAReasonAndAReview();
    void runsKeepEveryAttempt();
    void bulkVerbsHandleEachIdIndependently();
};

void TestLifecycle::completeRecordsResultAndClosesTheRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("build"), QStringLiteral("coder"));
    const qint64 runId = *f.claim(id).currentRunId;
    f.clock.advance(100);
    CompleteOptions o;
    o.result = QStringLiteral("all good");
    o.summary = QStringLiteral("handoff line 1\nhandoff line 2");
    o.metadata = QStringLiteral(R"({"changed_files": ["a.cpp"], "verification": "ctest"})");
    QVERIFY(f.k->completeTask(id, o));
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Done);
    QCOMPARE(t.result, QStringLiteral("all good"));
    QCOMPARE(t.completedAt, OptInt(f.clock.now()));
    QVERIFY(t.claimLock.isEmpty());
    QVERIFY(!t.claimExpires);
    QVERIFY(!t.currentRunId);
    const auto r = f.k->run(runId);
    QCOMPARE(r->status, QStringLiteral("done"));
    QCOMPARE(r->outcome, EventKind::Completed);
    QCOMPARE(r->summary, o.summary);
    QCOMPARE(r->endedAt, OptInt(f.clock.now()));
    const QJsonObject meta = jsonObject(r->metadata);
    QCOMPARE(meta.value(QStringLiteral("verification")).toString(), QStringLiteral("ctest"));
    QCOMPARE(meta.value(QStringLiteral("changed_files")).toArray().first().toString(),
             QStringLiteral("a.cpp"));
    const auto ev = f.lastEvent(id, EventKind::Completed);
    QCOMPARE(ev->runId, OptInt(runId));
    const QJsonObject p = jsonObject(ev->payload);
    QCOMPARE(p.value(QStringLiteral("summary")).toString(), QStringLiteral("handoff line 1"));
    QCOMPARE(p.value(QStringLiteral("result_len")).toInt(), 8);
}

void TestLifecycle::summaryFallsBackToResult()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    CompleteOptions o;
    o.result = QStringLiteral("shipped v2");
    QVERIFY(f.k->completeTask(id, o));
    QCOMPARE(f.k->run(runId)->summary, QStringLiteral("shipped v2"));
    QCOMPARE(
        jsonObject(f.lastEvent(id, EventKind::Completed)->payload).value(QStringLiteral("summary")),
        QJsonValue(QStringLiteral("shipped v2")));
}

void TestLifecycle::completeWithoutHandoffHasNullSummaryAndNoRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->completeTask(id));
    QVERIFY(f.k->runs(id).isEmpty());
    const auto ev = f.lastEvent(id, EventKind::Completed);
    QVERIFY(ev);
    QVERIFY(!ev->runId);
    QVERIFY(jsonObject(ev->payload).value(QStringLiteral("summary")).isNull());
}

void TestLifecycle::neverClaimedTaskWithHandoffGetsZeroLengthRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    CompleteOptions o;
    o.summary = QStringLiteral("done by hand");
    o.metadata = QStringLiteral(R"({"k": 1})");
    QVERIFY(f.k->completeTask(id, o));
    const QList<Run> runs = f.k->runs(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().startedAt, f.clock.now());
    QCOMPARE(runs.first().endedAt, OptInt(f.clock.now()));
    QCOMPARE(runs.first().summary, QStringLiteral("done by hand"));
    QCOMPARE(jsonObject(runs.first().metadata).value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(runs.first().outcome, EventKind::Completed);
    QCOMPARE(f.lastEvent(id, EventKind::Completed)->runId, OptInt(runs.first().id));
    QVERIFY(!f.task(id).currentRunId);
}

void TestLifecycle::completeResetsTheFailureCounter()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    setFailures(f, id, 3);
    QVERIFY(f.k->completeTask(id));
    QCOMPARE(f.task(id).consecutiveFailures, 0);
    QVERIFY(f.task(id).lastFailureError.isEmpty());
}

void TestLifecycle::completeWithUnsatisfiedParentsIsRefused()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"), {}, {p});
    const auto err = thrown([&] { f.k->completeTask(c); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::Conflict);
    QVERIFY2(err->message().contains(QStringLiteral("%1 (ready)").arg(p)),
             qPrintable(err->message()));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QVERIFY(!f.kinds(c).contains(EventKind::Completed));
}

void TestLifecycle::completeFromStaleWorkerIsRefused()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 run1 = *f.claim(id).currentRunId;
    QVERIFY(f.k->reclaimTask(id).ok);
    const qint64 run2 = *f.claim(id).currentRunId;
    CompleteOptions stale;
    stale.result = QStringLiteral("old attempt");
    stale.expectedRunId = run1;
    const auto err = thrown([&] { f.k->completeTask(id, stale); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("stale worker")), qPrintable(err->message()));
    QCOMPARE(f.status(id), TaskStatus::Running);
    CompleteOptions current;
    current.expectedRunId = run2;
    QVERIFY(f.k->completeTask(id, current));
    QCOMPARE(f.status(id), TaskStatus::Done);
}

void TestLifecycle::completeOfTerminalTaskReturnsFalse_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("done") << "done";
    QTest::newRow("archived") << "archived";
    QTest::newRow("unknown id") << "unknown";
}

void TestLifecycle::completeOfTerminalTaskReturnsFalse()
{
    QFETCH(QString, state);
    KernelFixture f;
    QString id = f.create(QStringLiteral("t"));
    if (state == QLatin1String("done"))
        QVERIFY(f.k->completeTask(id));
    else if (state == QLatin1String("archived"))
        QVERIFY(f.k->archiveTask(id).ok);
    else
        id = QStringLiteral("t_00000000");
    const qint64 events = f.k->latestEventId();
    QVERIFY(!f.k->completeTask(id));
    QCOMPARE(f.k->latestEventId(), events);
}

void TestLifecycle::completeWithBadMetadataIsRefused_data()
{
    QTest::addColumn<QString>("metadata");
    QTest::newRow("not json") << "changed everything";
    QTest::newRow("array") << "[1, 2]";
    QTest::newRow("truncated") << R"({"a": )";
}

void TestLifecycle::completeWithBadMetadataIsRefused()
{
    QFETCH(QString, metadata);
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    CompleteOptions o;
    o.metadata = metadata;
    const auto err = thrown([&] { f.k->completeTask(id, o); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("metadata")), qPrintable(err->message()));
    QCOMPARE(f.status(id), TaskStatus::Running);
}

void TestLifecycle::completeFromReviewFinishes()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    QVERIFY(f.k->requestReview(id, QStringLiteral("ready for eyes")));
    QVERIFY(f.k->completeTask(id));
    QCOMPARE(f.status(id), TaskStatus::Done);
}

void TestLifecycle::completedSummaryIsCappedAt400Chars()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    CompleteOptions o;
    o.summary = QString(1000, QLatin1Char('s')) + QStringLiteral("\nsecond line");
    QVERIFY(f.k->completeTask(id, o));
    const QString inEvent = jsonObject(f.lastEvent(id, EventKind::Completed)->payload)
                                .value(QStringLiteral("summary"))
                                .toString();
    QCOMPARE(inEvent, QString(400, QLatin1Char('s')));
    QCOMPARE(f.k->runs(id).first().summary, o.summary); // the run keeps it whole
}

void TestLifecycle::eventPayloadsKeepAwkwardText_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("quotes") << QStringLiteral(R"(he said "no")");
    QTest::newRow("backslashes") << QStringLiteral(R"(C:\path\to\x)");
    QTest::newRow("emoji and RTL") << QStringLiteral("blocked 🚧 على الطريق");
    QTest::newRow("control characters") << QStringLiteral("tab\there\x01"
                                                          "bell");
}

void TestLifecycle::eventPayloadsKeepAwkwardText()
{
    QFETCH(QString, reason);
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->blockTask(id, reason));
    const QString payload = f.lastEvent(id, EventKind::Blocked)->payload;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(payload));
    QCOMPARE(doc.object().value(QStringLiteral("reason")).toString(), reason);
}

void TestLifecycle::eventsCaptureTheLifecycleWithRunIds()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    QVERIFY(f.k->completeTask(id));
    const QList<Event> evs = f.k->events(id);
    QCOMPARE(f.kinds(id),
             (QStringList{EventKind::Created, EventKind::Claimed, EventKind::Completed}));
    QVERIFY(!evs.at(0).runId);
    QCOMPARE(evs.at(1).runId, OptInt(runId));
    QCOMPARE(evs.at(2).runId, OptInt(runId));
    QVERIFY(evs.at(0).id < evs.at(1).id && evs.at(1).id < evs.at(2).id);
}

void TestLifecycle::blockCommentsClosesRunAndClearsClaim()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    QVERIFY(f.k->blockTask(id, QStringLiteral("  need credentials "), {}, QStringLiteral("w")));
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Blocked);
    QVERIFY(t.claimLock.isEmpty());
    QVERIFY(!t.currentRunId);
    const QList<Comment> cs = f.k->comments(id);
    QCOMPARE(cs.size(), 1);
    QCOMPARE(cs.first().body, QStringLiteral("BLOCKED: need credentials"));
    QCOMPARE(cs.first().author, QStringLiteral("w"));
    const auto r = f.k->run(runId);
    QCOMPARE(r->outcome, EventKind::Blocked);
    QCOMPARE(r->summary, QStringLiteral("need credentials"));
    QVERIFY(r->endedAt);
    const auto ev = f.lastEvent(id, EventKind::Blocked);
    QCOMPARE(ev->runId, OptInt(runId));
    const QJsonObject p = jsonObject(ev->payload);
    QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("need credentials"));
    QCOMPARE(p.value(QStringLiteral("source_status")).toString(), TaskStatus::Running);
}

void TestLifecycle::blockOfNeverClaimedTaskWithReasonGetsARun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    QVERIFY(f.k->blockTask(id, QStringLiteral("waiting for input")));
    const QList<Run> runs = f.k->runs(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().summary, QStringLiteral("waiting for input"));
    QCOMPARE(runs.first().startedAt, *runs.first().endedAt);
    QCOMPARE(f.k->comments(id).first().author, QStringLiteral("user"));
}

void TestLifecycle::blockWithoutReasonWritesNoCommentOrRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->blockTask(id));
    QCOMPARE(f.status(id), TaskStatus::Blocked);
    QVERIFY(f.k->comments(id).isEmpty());
    QVERIFY(f.k->runs(id).isEmpty());
}

void TestLifecycle::blockOfFinishedTaskReturnsFalse()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->completeTask(id));
    QVERIFY(!f.k->blockTask(id, QStringLiteral("too late")));
    QCOMPARE(f.status(id), TaskStatus::Done);
    QVERIFY(f.k->comments(id).isEmpty());
    QVERIFY(!f.k->blockTask(QStringLiteral("t_00000000")));
}

void TestLifecycle::blockFromStaleWorkerIsRefused()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 run1 = *f.claim(id).currentRunId;
    QVERIFY(f.k->reclaimTask(id).ok);
    const qint64 run2 = *f.claim(id).currentRunId;
    QVERIFY(thrown([&] { f.k->blockTask(id, QStringLiteral("old"), run1); }));
    QCOMPARE(f.status(id), TaskStatus::Running);
    QVERIFY(f.k->comments(id).isEmpty());
    QVERIFY(f.k->blockTask(id, QStringLiteral("new"), run2));
}

void TestLifecycle::unblockReturnsToReady()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    QVERIFY(f.k->blockTask(id, QStringLiteral("why")));
    QVERIFY(f.k->unblockTask(id));
    QCOMPARE(f.status(id), TaskStatus::Ready);
    QVERIFY(f.kinds(id).contains(EventKind::Unblocked));
    QCOMPARE(f.k->runs(id).size(), 1); // no spurious run
}

void TestLifecycle::unblockWithPendingParentsReturnsToTodo()
{
    KernelFixture f;
    // Only a ready or running task can be blocked: block first, then link.
    const QString p = f.create(QStringLiteral("p"));
    const QString c = f.create(QStringLiteral("c"));
    QVERIFY(f.k->blockTask(c));
    f.k->linkTasks(p, c);
    QVERIFY(f.k->unblockTask(c));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QCOMPARE(
        jsonObject(f.lastEvent(c, EventKind::Unblocked)->payload).value(QStringLiteral("status")),
        QJsonValue(TaskStatus::Todo));
}

void TestLifecycle::unblockResetsTheFailureCounter()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->blockTask(id));
    setFailures(f, id, 5);
    QVERIFY(f.k->unblockTask(id));
    QCOMPARE(f.task(id).consecutiveFailures, 0);
    QVERIFY(f.task(id).lastFailureError.isEmpty());
}

void TestLifecycle::unblockClosesALeakedRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    // A blocked task whose run was left open (an older writer's bug).
    Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'blocked' WHERE id = ?"), {id});
    QVERIFY(f.k->unblockTask(id));
    QCOMPARE(f.status(id), TaskStatus::Ready);
    QVERIFY(!f.task(id).currentRunId);
    QCOMPARE(f.k->run(runId)->outcome, EventKind::Reclaimed);
}

void TestLifecycle::unblockOfUnblockedTaskReturnsFalse()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(!f.k->unblockTask(id));
    QVERIFY(!f.kinds(id).contains(EventKind::Unblocked));
}

void TestLifecycle::archiveOfRunningTaskClosesRunAsReclaimed()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    Sql::exec(f.db(),
              QStringLiteral("UPDATE tasks SET worker_pid = 4242, worker_host = 'h1' WHERE id = ?"),
              {id});
    const TransitionOutcome out = f.k->archiveTask(id);
    QVERIFY(out.ok);
    QCOMPARE(out.workerPid, OptInt(4242)); // the caller stops this worker
    QCOMPARE(out.workerHost, QStringLiteral("h1"));
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Archived);
    QVERIFY(!t.currentRunId);
    QVERIFY(!t.workerPid);
    const auto r = f.k->run(runId);
    QCOMPARE(r->outcome, EventKind::Reclaimed);
    QVERIFY(r->endedAt);
    QCOMPARE(f.lastEvent(id, EventKind::Archived)->runId, OptInt(runId));
}

void TestLifecycle::archiveOfReadyTaskCreatesNoRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const TransitionOutcome out = f.k->archiveTask(id);
    QVERIFY(out.ok);
    QVERIFY(!out.workerPid);
    QVERIFY(f.k->runs(id).isEmpty());
    QVERIFY(!f.lastEvent(id, EventKind::Archived)->runId);
}

void TestLifecycle::archiveRemovesNotifySubscriptions()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const QString other = f.create(QStringLiteral("other"));
    QVERIFY(f.k->addNotifySub(makeSub(id, QStringLiteral("desktop"), QStringLiteral("me"))));
    QVERIFY(f.k->addNotifySub(makeSub(other, QStringLiteral("desktop"), QStringLiteral("me"))));
    QVERIFY(f.k->archiveTask(id).ok);
    QVERIFY(f.k->notifySubs(id).isEmpty());
    QCOMPARE(f.k->notifySubs(other).size(), 1);
}

void TestLifecycle::archiveHidesFromDefaultList()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("gone"));
    const QString kept = f.create(QStringLiteral("kept"));
    QVERIFY(f.k->archiveTask(id).ok);
    const QList<Task> visible = f.k->listTasks();
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible.first().id, kept);
    ListFilter all;
    all.includeArchived = true;
    QCOMPARE(f.k->listTasks(all).size(), 2);
    QCOMPARE(f.k->archivedTasks().size(), 1);
    QCOMPARE(f.k->archivedTasks().first().id, id);
}

void TestLifecycle::archiveTwiceReturnsFalse()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->archiveTask(id).ok);
    QVERIFY(!f.k->archiveTask(id).ok);
    QCOMPARE(f.kinds(id).count(EventKind::Archived), 1);
    QVERIFY(!f.k->archiveTask(QStringLiteral("t_00000000")).ok);
}

void TestLifecycle::deleteArchivedTaskRemovesEverything()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString id = f.create(QStringLiteral("doomed"), QStringLiteral("w"), {p});
    const QString c = f.create(QStringLiteral("child"), {}, {id});
    QVERIFY(f.k->completeTask(p));
    f.claim(id);
    f.k->addComment(id, QStringLiteral("me"), QStringLiteral("a note"));
    QVERIFY(f.k->archiveTask(id).ok);
    // A subscription added after archiving must go with the task too.
    Sql::exec(f.db(),
              QStringLiteral("INSERT INTO notify_subs(task_id, platform, chat_id, created_at)"
                             " VALUES (?, 'desktop', 'me', 1)"),
              {id});
    QVERIFY(f.k->deleteArchivedTask(id));
    QVERIFY(!f.k->task(id));
    for (const char *table : {"task_comments", "task_events", "task_runs", "notify_subs"})
        QVERIFY2(f.count(QLatin1String(table), id) == 0, table);
    QCOMPARE(f.scalar(QStringLiteral(
                          "SELECT COUNT(*) FROM task_links WHERE parent_id = ? OR child_id = ?"),
                      {id, id})
                 .toInt(),
             0);
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QVERIFY(f.task(p).status == TaskStatus::Done); // neighbours stay
}

void TestLifecycle::deleteRefusesTasksNotArchived()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(!f.k->deleteArchivedTask(id));
    QVERIFY(f.k->task(id));
    QVERIFY(f.k->completeTask(id));
    QVERIFY(!f.k->deleteArchivedTask(id));
    QVERIFY(f.k->task(id));
    QVERIFY(!f.k->deleteArchivedTask(QStringLiteral("t_00000000")));
}

void TestLifecycle::reclaimReturnsRunningTaskToReady()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    setFailures(f, id, 2);
    const TransitionOutcome out = f.k->reclaimTask(id, QStringLiteral("stuck"));
    QVERIFY(out.ok);
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Ready);
    QVERIFY(t.claimLock.isEmpty());
    QVERIFY(!t.claimExpires);
    QVERIFY(!t.currentRunId);
    QCOMPARE(t.consecutiveFailures, 0);
    const auto r = f.k->run(runId);
    QCOMPARE(r->outcome, EventKind::Reclaimed);
    QCOMPARE(r->error, QStringLiteral("stuck"));
    const auto ev = f.lastEvent(id, EventKind::Reclaimed);
    QCOMPARE(ev->runId, OptInt(runId));
    const QJsonObject p = jsonObject(ev->payload);
    QCOMPARE(p.value(QStringLiteral("manual")).toBool(), true);
    QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("stuck"));
    QCOMPARE(p.value(QStringLiteral("prev_lock")).toString(), QStringLiteral("testhost:1:abc"));
}

void TestLifecycle::reclaimOfIdleTaskReturnsFalse()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(!f.k->reclaimTask(id).ok);
    QVERIFY(!f.kinds(id).contains(EventKind::Reclaimed));
}

void TestLifecycle::requestReviewHandsOffTheRun()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
    const qint64 runId = *f.claim(id).currentRunId;
    QVERIFY(f.k->requestReview(id, QStringLiteral("please look\ndetails"), runId));
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Review);
    QVERIFY(t.claimLock.isEmpty());
    QVERIFY(!t.currentRunId);
    const auto r = f.k->run(runId);
    QCOMPARE(r->outcome, EventKind::ReviewRequested);
    QCOMPARE(r->summary, QStringLiteral("please look\ndetails"));
    const auto ev = f.lastEvent(id, EventKind::ReviewRequested);
    QCOMPARE(ev->runId, OptInt(runId));
    const QJsonObject p = jsonObject(ev->payload);
    QCOMPARE(p.value(QStringLiteral("summary")).toString(), QStringLiteral("please look"));
    QCOMPARE(p.value(QStringLiteral("implementer")).toString(), QStringLiteral("impl"));
}

void TestLifecycle::requestReviewFromStaleWorkerIsRefused()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 run1 = *f.claim(id).currentRunId;
    QVERIFY(f.k->reclaimTask(id).ok);
    f.claim(id);
    QVERIFY(thrown([&] { f.k->requestReview(id, QStringLiteral("old"), run1); }));
    QCOMPARE(f.status(id), TaskStatus::Running);
}

void TestLifecycle::requestReviewOfWaitingTaskReturnsFalse()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("p"));
    const QString c = f.create(QStringLiteral("c"), {}, {p});
    QVERIFY(!f.k->requestReview(c, QStringLiteral("x")));
    QCOMPARE(f.status(c), TaskStatus::Todo);
}

void TestLifecycle::requestChangesSendsBackToReady()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
    f.claim(id);
    QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
    QVERIFY(f.k->requestChanges(id, QStringLiteral("tests missing")));
    QCOMPARE(f.status(id), TaskStatus::Ready);
    QCOMPARE(f.k->comments(id).last().body, QStringLiteral("CHANGES REQUESTED: tests missing"));
    const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::ChangesRequested)->payload);
    QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("tests missing"));
    QCOMPARE(p.value(QStringLiteral("status")).toString(), TaskStatus::Ready);
    QCOMPARE(p.value(QStringLiteral("implementer")).toString(), QStringLiteral("impl"));
}

void TestLifecycle::requestChangesWaitsForReopenedParents()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
    f.claim(id);
    QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
    const QString p = f.create(QStringLiteral("late prerequisite"));
    f.k->linkTasks(p, id);
    QVERIFY(f.k->requestChanges(id, QStringLiteral("needs the prerequisite")));
    QCOMPARE(f.status(id), TaskStatus::Todo);
}

void TestLifecycle::requestChangesNeedsAReasonAndAReview()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(!f.k->requestChanges(id, QStringLiteral("not in review")));
    QCOMPARE(f.status(id), TaskStatus::Ready);
    QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
    const auto err = thrown([&] { f.k->requestChanges(id, QStringLiteral("   ")); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("reason")), qPrintable(err->message()));
    QCOMPARE(f.status(id), TaskStatus::Review);
}

void TestLifecycle::runsKeepEveryAttempt()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    QVERIFY(f.k->reclaimTask(id, QStringLiteral("stale")).ok);
    f.claim(id);
    QVERIFY(f.k->blockTask(id, QStringLiteral("need input")));
    QVERIFY(f.k->unblockTask(id));
    f.claim(id);
    QVERIFY(f.k->completeTask(id));
    QStringList outcomes;
    for (const Run &r : f.k->runs(id)) {
        outcomes << r.outcome;
        QVERIFY(r.endedAt);
    }
    QCOMPARE(outcomes,
             (QStringList{EventKind::Reclaimed, EventKind::Blocked, EventKind::Completed}));
}

void TestLifecycle::bulkVerbsHandleEachIdIndependently()
{
    // The CLI's bulk verbs call the kernel once per id; a refused id must
    // neither undo the others nor leave the connection inside a transaction.
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString p = f.create(QStringLiteral("open parent"));
    const QString waiting = f.create(QStringLiteral("waiting"), {}, {p});
    const QString c = f.create(QStringLiteral("c"));
    int completed = 0;
    int refused = 0;
    for (const QString &id : {a, waiting, QStringLiteral("t_00000000"), c}) {
        try {
            f.k->completeTask(id) ? ++completed : ++refused;
        } catch (const KanbanError &) {
            ++refused;
        }
    }
    QCOMPARE(completed, 2);
    QCOMPARE(refused, 2);
    QCOMPARE(f.status(a), TaskStatus::Done);
    QCOMPARE(f.status(c), TaskStatus::Done);
    QCOMPARE(f.status(waiting), TaskStatus::Todo);
    for (const QString &id : {a, c})
        QVERIFY(f.k->archiveTask(id).ok);
    QCOMPARE(f.k->archivedTasks().size(), 2);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
