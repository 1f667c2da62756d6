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
