// The review lane in the kernel: a reviewer on the task, the claim from
// review (a review run), the reviewer's two verdicts, and what a review
// run's end without a verdict leaves (back to review, not ready).
#include "tests/model/KernelFixture.h"

#include "model/DispatchKernel.h"

#include <QtTest>

class TestReview : public QObject
{
    Q_OBJECT

    // A task of `impl` reviewed by `critic`, handed over for review.
    static QString inReview(KernelFixture &f, const QString &summary = QStringLiteral("done it"))
    {
        CreateOptions o;
        o.title = QStringLiteral("Fix the parser");
        o.assignee = QStringLiteral("impl");
        o.reviewer = QStringLiteral("critic");
        const QString id = f.k->createTask(o).id;
        f.claim(id);
        if (!f.k->requestReview(id, summary))
            throw std::runtime_error("request review failed");
        return id;
    }

    static Task claimReview(KernelFixture &f, const QString &id)
    {
        auto t = f.k->claimReviewTask(id, Kernel::kDefaultClaimTtl, QStringLiteral("rev:1:abc"));
        if (!t)
            throw std::runtime_error("review claim failed");
        return *t;
    }

private slots:
    void reviewerIsNormalisedAndClearedLikeAnAssignee()
    {
        KernelFixture f;
        CreateOptions o;
        o.title = QStringLiteral("t");
        o.reviewer = QStringLiteral("  Critic ");
        const QString id = f.k->createTask(o).id;
        QCOMPARE(f.task(id).reviewer, QStringLiteral("critic"));
        QCOMPARE(jsonObject(f.lastEvent(id, EventKind::Created)->payload)
                     .value(QStringLiteral("reviewer"))
                     .toString(),
                 QStringLiteral("critic"));
        TaskEdit e;
        e.reviewer = QStringLiteral("none");
        f.k->editTask(id, e);
        QVERIFY(f.task(id).reviewer.isEmpty());
        QVERIFY(f.scalar(QStringLiteral("SELECT reviewer FROM tasks WHERE id = ?"), {id}).isNull());
        e.reviewer = QStringLiteral("lint");
        f.k->editTask(id, e);
        QCOMPARE(f.task(id).reviewer, QStringLiteral("lint"));
    }

    void requestReviewCanSetTheReviewer()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
        f.claim(id);
        QVERIFY(f.k->requestReview(id, QStringLiteral("look"), {}, QStringLiteral("Critic")));
        QCOMPARE(f.task(id).reviewer, QStringLiteral("critic"));
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::ReviewRequested)->payload);
        QCOMPARE(p.value(QStringLiteral("implementer")).toString(), QStringLiteral("impl"));
        QCOMPARE(p.value(QStringLiteral("reviewer")).toString(), QStringLiteral("critic"));
        // The assignee stays the implementer.
        QCOMPARE(f.task(id).assignee, QStringLiteral("impl"));
    }

    void claimFromReviewOpensARunOfTheReviewer()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const Task t = claimReview(f, id);
        QCOMPARE(t.status, TaskStatus::Running);
        QCOMPARE(t.claimLock, QStringLiteral("rev:1:abc"));
        const auto run = f.k->run(*t.currentRunId);
        QCOMPARE(run->profile, QStringLiteral("critic"));
        QCOMPARE(run->stepKey, RunStep::Review);
        QVERIFY(f.k->isReviewRun(t.currentRunId));
        const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Claimed)->payload);
        QCOMPARE(p.value(QStringLiteral("source_status")).toString(), TaskStatus::Review);
        QCOMPARE(p.value(QStringLiteral("run_id")).toInteger(), *t.currentRunId);
        // The implementer's claim has no source status and no step.
        const QList<Run> runs = f.k->runs(id);
        QCOMPARE(runs.first().profile, QStringLiteral("impl"));
        QVERIFY(runs.first().stepKey.isEmpty());
    }

    void claimFromReviewIsOneCompareAndSet()
    {
        KernelFixture f;
        const QString id = inReview(f);
        claimReview(f, id);
        QVERIFY(!f.k->claimReviewTask(id));
        QVERIFY(!f.k->claimTask(id)); // the ready claim never takes a review task
        QCOMPARE(f.count(QStringLiteral("task_runs"), id), qint64(2));
    }

    void reviewWithoutReviewerIsNotClaimed()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
        f.claim(id);
        QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
        QVERIFY(!f.k->claimReviewTask(id));
        QCOMPARE(f.status(id), TaskStatus::Review);
        QVERIFY(DispatchKernel(*f.board).reviewCandidates().isEmpty());
        const QString ctx = f.k->workerContext(id);
        QVERIFY2(ctx.contains(QLatin1String("a person reviews this task")), qPrintable(ctx));
    }

    void reviewWaitsWhileAParentReopened()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const QString p = f.create(QStringLiteral("late prerequisite"));
        f.k->linkTasks(p, id);
        QVERIFY(!f.k->claimReviewTask(id));
        QCOMPARE(f.status(id), TaskStatus::Review);
        QVERIFY(DispatchKernel(*f.board).reviewCandidates().isEmpty());
        QVERIFY(f.k->completeTask(p));
        QCOMPARE(DispatchKernel(*f.board).reviewCandidates().size(), 1);
    }

    void requestChangesFromAReviewRunReturnsToTheImplementer()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const Task claimed = claimReview(f, id);
        f.scalar(QStringLiteral("UPDATE tasks SET consecutive_failures = 2 WHERE id = ?"), {id});
        QVERIFY(f.k->requestChanges(id, QStringLiteral("tests missing"), claimed.currentRunId,
                                    QStringLiteral("critic")));
        const Task t = f.task(id);
        QCOMPARE(t.status, TaskStatus::Ready);
        QCOMPARE(t.assignee, QStringLiteral("impl"));
        QVERIFY(t.claimLock.isEmpty());
        QVERIFY(!t.currentRunId);
        QCOMPARE(t.consecutiveFailures, qint64(2)); // preserved
        const auto run = f.k->run(*claimed.currentRunId);
        QCOMPARE(run->outcome, EventKind::ChangesRequested);
        QCOMPARE(run->summary, QStringLiteral("tests missing"));
        QVERIFY(run->endedAt);
        const auto ev = f.lastEvent(id, EventKind::ChangesRequested);
        QCOMPARE(ev->runId, claimed.currentRunId);
        QCOMPARE(ev->payload, QStringLiteral("{\"reason\": \"tests missing\", \"implementer\": "
                                             "\"impl\", \"reviewer\": \"critic\", \"status\": "
                                             "\"ready\"}"));
        const Comment c = f.k->comments(id).last();
        QCOMPARE(c.author, QStringLiteral("critic"));
        QCOMPARE(c.body, QStringLiteral("CHANGES REQUESTED: tests missing"));
        // The next ready claim is the implementer's again.
        const Task again = f.claim(id);
        QCOMPARE(f.k->run(*again.currentRunId)->profile, QStringLiteral("impl"));
    }

    void requestChangesOutsideReviewIsRefusedAndChangesNothing()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("t"), QStringLiteral("impl"));
        QVERIFY(!f.k->requestChanges(id, QStringLiteral("why")));
        f.claim(id);
        QVERIFY(!f.k->requestChanges(id, QStringLiteral("why"))); // the implementer's run
        QCOMPARE(f.status(id), TaskStatus::Running);
        QVERIFY(!f.kinds(id).contains(EventKind::ChangesRequested));
        QVERIFY(!f.k->requestChanges(QStringLiteral("t_00000000"), QStringLiteral("why")));
    }

    void staleReviewerCannotRequestChanges()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const qint64 old = *claimReview(f, id).currentRunId;
        QVERIFY(f.k->reclaimTask(id).ok); // back to review
        claimReview(f, id);
        QVERIFY(thrown([&] { f.k->requestChanges(id, QStringLiteral("late"), old); }));
        QCOMPARE(f.status(id), TaskStatus::Running);
    }

    void approvingCompletesTheReviewRun()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const Task claimed = claimReview(f, id);
        CompleteOptions o;
        o.summary = QStringLiteral("looks right");
        o.expectedRunId = claimed.currentRunId;
        QVERIFY(f.k->completeTask(id, o));
        QCOMPARE(f.status(id), TaskStatus::Done);
        QCOMPARE(f.k->run(*claimed.currentRunId)->outcome, EventKind::Completed);
    }

    void aReviewRunCannotRequestReviewAgain()
    {
        KernelFixture f;
        const QString id = inReview(f);
        const Task claimed = claimReview(f, id);
        const auto err =
            thrown([&] { f.k->requestReview(id, QStringLiteral("again"), claimed.currentRunId); });
        QVERIFY(err);
        QVERIFY2(err->message().contains(QLatin1String("request-changes")),
                 qPrintable(err->message()));
        QCOMPARE(f.status(id), TaskStatus::Running);
    }

    void reviewRunsEndingWithoutAVerdictGoBackToReview()
    {
        KernelFixture f;
        DispatchKernel dk(*f.board);
        const QString id = inReview(f);
        // A crash: counted, back to review.
        Task t = claimReview(f, id);
        FailureResult r = dk.recordFailure(
            id, *t.currentRunId, {EventKind::Crashed, QStringLiteral("pid 1 gone"), {}}, 5);
        QVERIFY(r.applied);
        QCOMPARE(f.status(id), TaskStatus::Review);
        QCOMPARE(f.task(id).consecutiveFailures, qint64(1));
        QCOMPARE(jsonObject(f.lastEvent(id, EventKind::Crashed)->payload)
                     .value(QStringLiteral("retry_status"))
                     .toString(),
                 TaskStatus::Review);
        // An expired claim: back to review, not counted.
        t = claimReview(f, id);
        f.clock.advance(Kernel::kDefaultClaimTtl + 1);
        QVERIFY(dk.reclaimExpired(f.task(id), {}));
        QCOMPARE(f.status(id), TaskStatus::Review);
        QCOMPARE(f.task(id).consecutiveFailures, qint64(1));
        // Rate-limited: back to review with a cool-down.
        t = claimReview(f, id);
        QVERIFY(dk.recordRateLimited(id, *t.currentRunId, {}));
        QCOMPARE(f.status(id), TaskStatus::Review);
        QVERIFY(f.task(id).cooldownUntil);
        // The operator's reclaim: back to review too.
        f.scalar(QStringLiteral("UPDATE tasks SET cooldown_until = NULL WHERE id = ?"), {id});
        t = claimReview(f, id);
        QVERIFY(f.k->reclaimTask(id).ok);
        QCOMPARE(f.status(id), TaskStatus::Review);
        // The implementer's crash still goes back to ready.
        const QString other = f.create(QStringLiteral("other"), QStringLiteral("impl"));
        t = f.claim(other);
        dk.recordFailure(other, *t.currentRunId, {EventKind::Crashed, QStringLiteral("x"), {}}, 5);
        QCOMPARE(f.status(other), TaskStatus::Ready);
    }

    void reviewRunsCountForTheReviewersCap()
    {
        KernelFixture f;
        DispatchKernel dk(*f.board);
        const QString id = inReview(f);
        claimReview(f, id);
        QCOMPARE(dk.runningCount(QStringLiteral("critic")), qint64(1));
        QCOMPARE(dk.runningCount(QStringLiteral("impl")), qint64(0));
        QCOMPARE(dk.runningCount(), qint64(1));
    }

    void reviewContextTellsTheReviewerWhatToDo()
    {
        KernelFixture f;
        const QString id = inReview(f, QStringLiteral("Parser fixed\nAdded three tests"));
        claimReview(f, id);
        const QString ctx = f.k->workerContext(id);
        QVERIFY2(ctx.contains(QLatin1String("Reviewer: critic")), qPrintable(ctx));
        QVERIFY(ctx.contains(QLatin1String("## Review request")));
        QVERIFY(ctx.contains(QLatin1String("You are reviewing this task as @critic")));
        QVERIFY(ctx.contains(QLatin1String("@impl did the work")));
        QVERIFY(ctx.contains(QLatin1String("Parser fixed\nAdded three tests")));
        QVERIFY(ctx.contains(QStringLiteral("complete %1").arg(id)));
        QVERIFY(ctx.contains(QStringLiteral("request-changes %1 --reason").arg(id)));
        QVERIFY(!ctx.contains(QLatin1String("## Changes requested")));
        // It comes before the body and the history.
        QVERIFY(ctx.indexOf(QLatin1String("## Review request")) <
                ctx.indexOf(QLatin1String("## Prior attempts")));
    }

    void changesRequestedLeadTheImplementersNextContext()
    {
        KernelFixture f;
        const QString id = inReview(f);
        Task t = claimReview(f, id);
        QVERIFY(
            f.k->requestChanges(id, QStringLiteral("first: handle empty input"), t.currentRunId));
        f.claim(id);
        QVERIFY(f.k->requestReview(id, QStringLiteral("handled")));
        t = claimReview(f, id);
        QVERIFY(
            f.k->requestChanges(id, QStringLiteral("second: and trailing spaces"), t.currentRunId));
        f.claim(id);
        const QString ctx = f.k->workerContext(id);
        QVERIFY2(ctx.contains(QLatin1String("## Changes requested")), qPrintable(ctx));
        QVERIFY(ctx.contains(QLatin1String("@critic reviewed your work")));
        QVERIFY(ctx.contains(QLatin1String("second: and trailing spaces")));
        QVERIFY(ctx.indexOf(QLatin1String("## Changes requested")) <
                ctx.indexOf(QLatin1String("## Prior attempts")));
        QVERIFY(!ctx.contains(QLatin1String("## Review request")));
        // Once handed back, the reviewer sees the earlier rounds instead.
        QVERIFY(f.k->requestReview(id, QStringLiteral("trimmed too")));
        const QString review = f.k->workerContext(id);
        QVERIFY(!review.contains(QLatin1String("## Changes requested")));
        QVERIFY(review.contains(QLatin1String("trimmed too")));
        QVERIFY(review.indexOf(QLatin1String("second: and trailing spaces")) <
                review.indexOf(QLatin1String("first: handle empty input")));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
