// Kernel::claimTasks: several ready tasks claimed in one transaction, each
// exactly once (also across racing processes), the caps held inside the
// batch, one run and one `claimed` event per task.
#include "tests/model/KernelFixture.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QtTest>

class TestBatchClaims : public QObject
{
    Q_OBJECT

    static QStringList createReady(KernelFixture &f, int n, const QString &assignee)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << f.create(QStringLiteral("batch %1").arg(i), assignee);
        return ids;
    }

    // Every id claimed once: running, one run (the current one), one
    // claimed event naming that run.
    static void verifyClaimedOnce(KernelFixture &f, const QStringList &ids)
    {
        for (const QString &id : ids) {
            const Task t = f.task(id);
            QCOMPARE(t.status, TaskStatus::Running);
            const QList<Run> runs = f.k->runs(id);
            QCOMPARE(runs.size(), 1);
            QCOMPARE(t.currentRunId, OptInt(runs.first().id));
            int claimed = 0;
            for (const Event &e : f.k->events(id)) {
                if (e.kind != EventKind::Claimed)
                    continue;
                ++claimed;
                QCOMPARE(e.runId, t.currentRunId);
            }
            QCOMPARE(claimed, 1);
        }
    }

    // Runs `racers` batch_claimer processes over ids; returns each
    // process's claimed ids.
    static QList<QStringList> race(KernelFixture &f, const QStringList &ids, int racers,
                                   const QStringList &extra = {})
    {
        QFile list(f.dir.filePath(QStringLiteral("ids.txt")));
        if (!list.open(QIODevice::WriteOnly))
            return {};
        list.write(ids.join(QLatin1Char('\n')).toUtf8());
        list.close();
        QList<QProcess *> procs;
        for (int i = 0; i < racers; ++i) {
            auto *p = new QProcess;
            p->start(QStringLiteral(QK_BATCH_CLAIMER),
                     QStringList{f.dbPath(), list.fileName(), QString::number(7 + i),
                                 QString::number(10 + 5 * i)} +
                         extra);
            procs << p;
        }
        QList<QStringList> out;
        for (QProcess *p : procs) {
            p->waitForFinished(300000);
            const QByteArray err = p->readAllStandardError();
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0 || !err.isEmpty())
                qWarning("batch_claimer failed: %s", err.constData());
            out << QString::fromUtf8(p->readAllStandardOutput())
                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        qDeleteAll(procs);
        return out;
    }

private slots:
    void batchClaimsEachReadyTaskWithItsRunAndEvent()
    {
        KernelFixture f;
        const QStringList ids = createReady(f, 5, QStringLiteral("coder"));
        const QList<Task> claimed = f.k->claimTasks(ids, 900);
        QCOMPARE(claimed.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(claimed.at(i).id, ids.at(i));
            QCOMPARE(claimed.at(i).status, TaskStatus::Running);
            QCOMPARE(claimed.at(i).claimExpires, OptInt(f.clock.now() + 900));
            QCOMPARE(claimed.at(i).currentRunId, f.task(ids.at(i)).currentRunId);
        }
        verifyClaimedOnce(f, ids);
    }

    void claimedEventPayloadIsTheSameTextOnEveryBackend()
    {
        KernelFixture f;
        const QString id = f.create(QStringLiteral("payload"), QStringLiteral("coder"));
        const QList<Task> claimed = f.k->claimTasks({id}, 900, QStringLiteral("h\"q:1:abc"));
        QCOMPARE(claimed.size(), 1);
        const auto e = f.lastEvent(id, EventKind::Claimed);
        QVERIFY(e);
        QCOMPARE(e->payload, QStringLiteral("{\"lock\": \"h\\\"q:1:abc\", \"expires\": %1, "
                                            "\"run_id\": %2}")
                                 .arg(f.clock.now() + 900)
                                 .arg(*claimed.first().currentRunId));
        QCOMPARE(e->createdAt, f.clock.now());
    }

    // Tasks of one shape: a coder with a runtime limit, a writer, a coder
    // claimed and reclaimed before (started_at kept), a coder.
    static QStringList createShape(KernelFixture &f, const QString &tag)
    {
        CreateOptions limited;
        limited.title = tag + QStringLiteral(" limited");
        limited.assignee = QStringLiteral("coder");
        limited.maxRuntimeSeconds = 120;
        const QStringList ids{f.k->createTask(limited).id,
                              f.create(tag + QStringLiteral(" writer"), QStringLiteral("writer")),
                              f.create(tag + QStringLiteral(" again"), QStringLiteral("coder")),
                              f.create(tag + QStringLiteral(" plain"), QStringLiteral("coder"))};
        f.claim(ids.at(2));
        f.clock.advance(7);
        if (!f.k->reclaimTask(ids.at(2)).ok)
            return {};
        f.clock.advance(5);
        return ids;
    }

    void aBatchWritesWhatClaimsOneByOneWrite()
    {
        KernelFixture f;
        const QString lock = QStringLiteral("h:1:abc");
        const QStringList single = createShape(f, QStringLiteral("single"));
        const QStringList batch = createShape(f, QStringLiteral("batch"));
        QCOMPARE(single.size(), 4);
        QList<Task> one;
        for (const QString &id : single)
            one << *f.k->claimTask(id, 900, lock);
        const QList<Task> all = f.k->claimTasks(batch, 900, lock);
        QCOMPARE(all.size(), 4);
        for (int i = 0; i < 4; ++i) {
            for (const auto &[claimed, id] :
                 {std::pair{one.at(i), single.at(i)}, std::pair{all.at(i), batch.at(i)}}) {
                const Task stored = f.task(id); // what the claim returned is what it wrote
                QCOMPARE(claimed.status, stored.status);
                QCOMPARE(claimed.claimLock, stored.claimLock);
                QCOMPARE(claimed.claimExpires, stored.claimExpires);
                QCOMPARE(claimed.startedAt, stored.startedAt);
                QCOMPARE(claimed.updatedAt, stored.updatedAt);
                QCOMPARE(claimed.lastHeartbeatAt, stored.lastHeartbeatAt);
                QCOMPARE(claimed.currentRunId, stored.currentRunId);
                QCOMPARE(claimed.assignee, stored.assignee);
                QCOMPARE(claimed.maxRuntimeSeconds, stored.maxRuntimeSeconds);
            }
            const Task a = f.task(single.at(i));
            const Task b = f.task(batch.at(i));
            QCOMPARE(b.status, a.status);
            // The reclaimed one keeps its first start; the others start now.
            QCOMPARE(a.startedAt < f.clock.now(), i == 2);
            QCOMPARE(b.startedAt < f.clock.now(), i == 2);
            QCOMPARE(b.claimExpires, a.claimExpires);
            const Run ra = f.k->runs(single.at(i)).last();
            const Run rb = f.k->runs(batch.at(i)).last();
            QCOMPARE(a.currentRunId, OptInt(ra.id));
            QCOMPARE(b.currentRunId, OptInt(rb.id));
            QCOMPARE(rb.profile, ra.profile);
            QCOMPARE(rb.status, ra.status);
            QCOMPARE(rb.claimLock, ra.claimLock);
            QCOMPARE(rb.claimExpires, ra.claimExpires);
            QCOMPARE(rb.maxRuntimeSeconds, ra.maxRuntimeSeconds);
            QCOMPARE(rb.startedAt, ra.startedAt);
            QCOMPARE(rb.stepKey, ra.stepKey);
            // Runs and events numbered in the order of the ids, as one by one.
            if (i > 0) {
                QCOMPARE(rb.id, *all.at(i - 1).currentRunId + 1);
                QVERIFY(f.lastEvent(batch.at(i), EventKind::Claimed)->id >
                        f.lastEvent(batch.at(i - 1), EventKind::Claimed)->id);
            }
            const auto ea = f.lastEvent(single.at(i), EventKind::Claimed);
            const auto eb = f.lastEvent(batch.at(i), EventKind::Claimed);
            QCOMPARE(eb->runId, OptInt(rb.id));
            QCOMPARE(eb->createdAt, ea->createdAt);
            QCOMPARE(eb->payload, QString(ea->payload)
                                      .replace(QStringLiteral("\"run_id\": %1").arg(ra.id),
                                               QStringLiteral("\"run_id\": %1").arg(rb.id)));
        }
    }

    void theProfileCapCountsOnlyThatProfilesClaims()
    {
        KernelFixture f;
        f.claim(f.create(QStringLiteral("running"), QStringLiteral("coder")));
        const QStringList ids{f.create(QStringLiteral("c1"), QStringLiteral("coder")),
                              f.create(QStringLiteral("w1"), QStringLiteral("writer")),
                              f.create(QStringLiteral("c2"), QStringLiteral("coder")),
                              f.create(QStringLiteral("w2"), QStringLiteral("writer")),
                              f.create(QStringLiteral("c3"), QStringLiteral("coder"))};
        // Three coders at most: c1 and c2 join the running one; w1 is
        // claimed before the cap is reached, w2 and c3 after it.
        const QList<Task> claimed = f.k->claimTasks(ids, 900, {}, {0, 3, QStringLiteral("coder")});
        QStringList got;
        for (const Task &t : claimed)
            got << t.id;
        QCOMPARE(got, (QStringList{ids.at(0), ids.at(1), ids.at(2)}));
        QCOMPARE(f.status(ids.at(3)), TaskStatus::Ready);
        QCOMPARE(f.status(ids.at(4)), TaskStatus::Ready);
    }

    void runIdsAreNeverGivenTwice()
    {
        // A run row gone (its task deleted) leaves its id used: the next
        // claim, alone or in a batch, takes the id after it.
        KernelFixture f;
        const QStringList ids = createReady(f, 4, QStringLiteral("coder"));
        const qint64 first = *f.claim(ids.at(0)).currentRunId;
        f.scalar(QStringLiteral("DELETE FROM task_runs WHERE id = ?"), {first});
        const qint64 second = *f.claim(ids.at(1)).currentRunId;
        QCOMPARE(second, first + 1);
        f.scalar(QStringLiteral("DELETE FROM task_runs WHERE id = ?"), {second});
        const QList<Task> both = f.k->claimTasks(ids.mid(2), 900);
        QCOMPARE(both.size(), 2);
        QCOMPARE(*both.at(0).currentRunId, second + 1);
        QCOMPARE(*both.at(1).currentRunId, second + 2);
        QCOMPARE(f.k->runs(ids.at(3)).first().id, second + 2);
    }

    void tasksThatAreNotClaimableAreLeftOut()
    {
        KernelFixture f;
        const QStringList ids = createReady(f, 3, QStringLiteral("coder"));
        f.claim(ids.at(1));
        const QString parent = f.create(QStringLiteral("parent"));
        const QString child = f.create(QStringLiteral("child"), QStringLiteral("coder"), {parent});
        const QList<Task> claimed =
            f.k->claimTasks({ids.at(0), ids.at(1), QStringLiteral("t_00000000"), child, ids.at(2)});
        QCOMPARE(claimed.size(), 2);
        QCOMPARE(claimed.at(0).id, ids.at(0));
        QCOMPARE(claimed.at(1).id, ids.at(2));
        QCOMPARE(f.k->runs(ids.at(1)).size(), 1); // the earlier claim's only
        QCOMPARE(f.status(child), TaskStatus::Todo);
        QVERIFY(f.k->claimTasks({}).isEmpty());
        const auto err = thrown([&] { f.k->claimTasks(ids, 0); });
        QVERIFY(err);
    }

    void capsHoldInsideTheBatch()
    {
        KernelFixture f;
        const QStringList coder = createReady(f, 6, QStringLiteral("coder"));
        const QStringList writer = createReady(f, 6, QStringLiteral("writer"));
        f.claim(writer.at(0));
        // Per profile: two coders at most, whatever the batch asks.
        QCOMPARE(f.k->claimTasks(coder, 900, {}, {0, 2, QStringLiteral("coder")}).size(), 2);
        // Globally: five running at most (three are already).
        QCOMPARE(f.k->claimTasks(writer.mid(1), 900, {}, {5, 0, {}}).size(), 2);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'running'")).toInt(),
            5);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM task_events WHERE kind = ?"),
                          {EventKind::Claimed})
                     .toInt(),
                 5);
    }

    void racingBatchProcessesClaimEachTaskOnce()
    {
        KernelFixture f;
        const QStringList ids = createReady(f, 400, QStringLiteral("coder"));
        const QList<QStringList> won = race(f, ids, 4);
        QStringList all;
        for (const QStringList &w : won)
            all += w;
        QCOMPARE(all.size(), ids.size());
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        verifyClaimedOnce(f, ids);
    }

    void racingBatchProcessesKeepTheProfileCap()
    {
        KernelFixture f;
        const QStringList ids = createReady(f, 200, QStringLiteral("coder"));
        const QList<QStringList> won =
            race(f, ids, 4, {QStringLiteral("coder"), QStringLiteral("30")});
        qsizetype claimed = 0;
        for (const QStringList &w : won)
            claimed += w.size();
        QCOMPARE(claimed, qsizetype(30));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'running'")).toInt(),
            30);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs")).toInt(), 30);
    }
};

QTEST_GUILESS_MAIN(TestBatchClaims)
#include "tst_batchclaims.moc"
