// Claims (compare-and-swap, TTL, runs) and heartbeats.
#include "tests/model/KernelFixture.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void claimOpensARunAndSetsTheClaim();
    void claimExpiresAfterTheTtl_data();
    void claimExpiresAfterTheTtl();
    void ttlBelowOneSecondIsRefused();
    void defaultLockNamesHostPidAndNonce();
    void secondClaimLoses();
    void claimFromAnotherConnectionLoses();
    void concurrentClaimsHaveOneWinner();
    void onlyReadyTasksCanBeClaimed_data();
    void onlyReadyTasksCanBeClaimed();
    void unknownTaskIsNotClaimed();
    void readyChildWithReopenedParentIsDemotedAtClaim();
    void childIsClaimableOnceParentsAreDone();
    void startedAtIsTheFirstClaim();
    void leakedOpenRunIsClosedAtReclaim();
    void heartbeatExtendsTheClaimAndRecordsTheNote();
    void heartbeatWithoutNoteHasNoPayload();
    void heartbeatIsRefusedWhenNotRunning();
    void heartbeatFromStaleRunIsRefused();
};

void TestClaims::claimOpensARunAndSetsTheClaim()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("build"), QStringLiteral("Coder"));
    const qint64 t0 = f.clock.now();
    const Task claimed = f.claim(id, 900);
    QVERIFY(claimed.currentRunId);
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Running);
    QCOMPARE(t.claimLock, QStringLiteral("testhost:1:abc"));
    QCOMPARE(t.claimExpires, OptInt(t0 + 900));
    QCOMPARE(t.startedAt, OptInt(t0));
    QCOMPARE(t.currentRunId, claimed.currentRunId);

    const QList<Run> runs = f.k->runs(id);
    QCOMPARE(runs.size(), 1);
    const Run &r = runs.first();
    QCOMPARE(r.id, *t.currentRunId);
    QCOMPARE(r.profile, QStringLiteral("coder"));
    QCOMPARE(r.status, QStringLiteral("running"));
    QVERIFY(r.outcome.isEmpty());
    QVERIFY(!r.endedAt);
    QCOMPARE(r.startedAt, t0);
    QCOMPARE(r.claimLock, QStringLiteral("testhost:1:abc"));
    QCOMPARE(r.claimExpires, OptInt(t0 + 900));

    const auto ev = f.lastEvent(id, EventKind::Claimed);
    QVERIFY(ev);
    QCOMPARE(ev->runId, OptInt(r.id));
    const QJsonObject p = jsonObject(ev->payload);
    QCOMPARE(p.value(QStringLiteral("run_id")).toInteger(), r.id);
    QCOMPARE(p.value(QStringLiteral("lock")).toString(), QStringLiteral("testhost:1:abc"));
    QCOMPARE(p.value(QStringLiteral("expires")).toInteger(), t0 + 900);
}

void TestClaims::claimExpiresAfterTheTtl_data()
{
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<qint64>("startOffset");
    QTest::newRow("one second") << 1LL << 0LL;
    QTest::newRow("default") << qint64(Kernel::kDefaultClaimTtl) << 5LL;
    QTest::newRow("one hour, a day later") << 3600LL << 86400LL;
}

void TestClaims::claimExpiresAfterTheTtl()
{
    QFETCH(qint64, ttl);
    QFETCH(qint64, startOffset);
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.clock.advance(startOffset);
    f.claim(id, ttl);
    QCOMPARE(f.task(id).claimExpires, OptInt(f.clock.now() + ttl));
}

void TestClaims::ttlBelowOneSecondIsRefused()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const auto err = thrown([&] { f.k->claimTask(id, 0); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("--ttl")), qPrintable(err->message()));
    QCOMPARE(f.status(id), TaskStatus::Ready);
}

void TestClaims::defaultLockNamesHostPidAndNonce()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    QVERIFY(f.k->claimTask(id));
    const QStringList parts = f.task(id).claimLock.split(QLatin1Char(':'));
    QCOMPARE(parts.size(), 3);
    QVERIFY(!parts.at(0).isEmpty());
    QCOMPARE(parts.at(1).toLongLong(), QCoreApplication::applicationPid());
    QVERIFY(!parts.at(2).isEmpty());
}

void TestClaims::secondClaimLoses()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    const Task before = f.task(id);
    QVERIFY(!f.k->claimTask(id, 900, QStringLiteral("other:2:def")));
    QCOMPARE(f.task(id).claimLock, before.claimLock);
    QCOMPARE(f.k->runs(id).size(), 1);
    QCOMPARE(f.kinds(id).count(EventKind::Claimed), 1);
}

void TestClaims::claimFromAnotherConnectionLoses()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    Board other(testLocation(f.dir.path()), &f.clock);
    Kernel k2(other);
    QVERIFY(k2.claimTask(id, 900, QStringLiteral("hostB:9:1")));
    QVERIFY(!f.k->claimTask(id, 900, QStringLiteral("hostA:8:1")));
    QCOMPARE(f.task(id).claimLock, QStringLiteral("hostB:9:1"));
}

void TestClaims::concurrentClaimsHaveOneWinner()
{
    KernelFixture f;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << f.create(QStringLiteral("race %1").arg(i), QStringLiteral("w"));
    constexpr int kThreads = 8;
    QSemaphore go;
    QMutex mutex;
    QMap<QString, QStringList> winners; // task -> locks that won
    QStringList errors;
    QList<QThread *> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads << QThread::create([&, i] {
            try {
                ManualClock clock;
                Board b(testLocation(f.dir.path()), &clock);
                Kernel k(b);
                go.acquire();
                for (const QString &id : ids) {
                    const QString lock = QStringLiteral("h:%1:x").arg(i);
                    if (k.claimTask(id, 900, lock)) {
                        QMutexLocker l(&mutex);
                        winners[id] << lock;
                    }
                }
            } catch (const KanbanError &e) {
                QMutexLocker l(&mutex);
                errors << e.message();
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    go.release(kThreads);
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    for (const QString &id : ids) {
        QCOMPARE(winners.value(id).size(), 1);
        QCOMPARE(f.task(id).claimLock, winners.value(id).first());
        QCOMPARE(f.k->runs(id).size(), 1);
    }
}

void TestClaims::onlyReadyTasksCanBeClaimed_data()
{
    QTest::addColumn<QString>("status");
    for (const QString &s : {TaskStatus::Triage, TaskStatus::Todo, TaskStatus::Blocked,
                             TaskStatus::Review, TaskStatus::Done, TaskStatus::Archived})
        QTest::newRow(qPrintable(s)) << s;
}

void TestClaims::onlyReadyTasksCanBeClaimed()
{
    QFETCH(QString, status);
    KernelFixture f;
    QString id;
    if (status == TaskStatus::Triage) {
        CreateOptions o;
        o.title = QStringLiteral("rough idea");
        o.triage = true;
        id = f.k->createTask(o).id;
    } else if (status == TaskStatus::Todo) {
        id =
            f.create(QStringLiteral("child"), QStringLiteral("w"), {f.create(QStringLiteral("p"))});
    } else {
        id = f.create(QStringLiteral("t"), QStringLiteral("w"));
        if (status == TaskStatus::Blocked)
            QVERIFY(f.k->blockTask(id, QStringLiteral("why")));
        else if (status == TaskStatus::Review)
            QVERIFY(f.k->requestReview(id, QStringLiteral("look")));
        else if (status == TaskStatus::Done)
            QVERIFY(f.k->completeTask(id));
        else
            QVERIFY(f.k->archiveTask(id).ok);
    }
    QCOMPARE(f.status(id), status);
    const int runsBefore = f.k->runs(id).size();
    QVERIFY(!f.k->claimTask(id));
    QCOMPARE(f.status(id), status);
    QCOMPARE(f.k->runs(id).size(), runsBefore);
    QVERIFY(!f.kinds(id).contains(EventKind::Claimed));
}

void TestClaims::unknownTaskIsNotClaimed()
{
    KernelFixture f;
    QVERIFY(!f.k->claimTask(QStringLiteral("t_00000000")));
}

void TestClaims::readyChildWithReopenedParentIsDemotedAtClaim()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"), QStringLiteral("w"), {p});
    QVERIFY(f.k->completeTask(p));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    // Another writer reopens the parent without touching the child.
    Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'running' WHERE id = ?"), {p});
    QVERIFY(!f.k->claimTask(c));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    const auto ev = f.lastEvent(c, EventKind::ClaimRejected);
    QVERIFY(ev);
    QCOMPARE(jsonObject(ev->payload).value(QStringLiteral("reason")).toString(),
             QStringLiteral("parents_not_done"));
    QVERIFY(!f.kinds(c).contains(EventKind::Claimed));
    QVERIFY(f.k->runs(c).isEmpty());
}

void TestClaims::childIsClaimableOnceParentsAreDone()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"), QStringLiteral("w"), {p});
    QVERIFY(!f.k->claimTask(c));
    QVERIFY(f.k->completeTask(p));
    QVERIFY(f.k->claimTask(c));
    QCOMPARE(f.status(c), TaskStatus::Running);
}

void TestClaims::startedAtIsTheFirstClaim()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 t0 = f.clock.now();
    f.claim(id);
    QVERIFY(f.k->reclaimTask(id).ok);
    f.clock.advance(500);
    f.claim(id);
    QCOMPARE(f.task(id).startedAt, OptInt(t0));
    const QList<Run> runs = f.k->runs(id);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).startedAt, t0 + 500); // each attempt has its own start
}

void TestClaims::leakedOpenRunIsClosedAtReclaim()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 leaked = *f.claim(id).currentRunId;
    // A crash left the task ready but its run open and still pointed at.
    Sql::exec(f.db(),
              QStringLiteral("UPDATE tasks SET status = 'ready', claim_lock = NULL WHERE id = ?"),
              {id});
    f.clock.advance(30);
    const Task again = f.claim(id);
    QVERIFY(again.currentRunId);
    QVERIFY(*again.currentRunId != leaked);
    const auto old = f.k->run(leaked);
    QVERIFY(old);
    QCOMPARE(old->outcome, EventKind::Reclaimed);
    QCOMPARE(old->endedAt, OptInt(f.clock.now()));
    const auto fresh = f.k->run(*again.currentRunId);
    QVERIFY(fresh && !fresh->endedAt);
    QCOMPARE(f.task(id).currentRunId, again.currentRunId);
}

void TestClaims::heartbeatExtendsTheClaimAndRecordsTheNote()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id, 900).currentRunId;
    f.clock.advance(600);
    QVERIFY(f.k->heartbeat(id, QStringLiteral("step 3/10"), {}, 1200));
    const Task t = f.task(id);
    QCOMPARE(t.lastHeartbeatAt, OptInt(f.clock.now()));
    QCOMPARE(t.claimExpires, OptInt(f.clock.now() + 1200));
    const auto r = f.k->run(runId);
    QCOMPARE(r->lastHeartbeatAt, OptInt(f.clock.now()));
    QCOMPARE(r->claimExpires, OptInt(f.clock.now() + 1200));
    const auto ev = f.lastEvent(id, EventKind::Heartbeat);
    QVERIFY(ev);
    QCOMPARE(ev->runId, OptInt(runId));
    QCOMPARE(jsonObject(ev->payload).value(QStringLiteral("note")).toString(),
             QStringLiteral("step 3/10"));
}

void TestClaims::heartbeatWithoutNoteHasNoPayload()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    QVERIFY(f.k->heartbeat(id));
    QVERIFY(f.lastEvent(id, EventKind::Heartbeat)->payload.isEmpty());
}

void TestClaims::heartbeatIsRefusedWhenNotRunning()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    QVERIFY(!f.k->heartbeat(id, QStringLiteral("hello")));
    QVERIFY(!f.task(id).lastHeartbeatAt);
    QVERIFY(!f.kinds(id).contains(EventKind::Heartbeat));
    QVERIFY(!f.k->heartbeat(QStringLiteral("t_00000000")));
}

void TestClaims::heartbeatFromStaleRunIsRefused()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 run1 = *f.claim(id).currentRunId;
    QVERIFY(f.k->reclaimTask(id).ok);
    const qint64 run2 = *f.claim(id).currentRunId;
    const OptInt expiresBefore = f.task(id).claimExpires;
    f.clock.advance(60);
    const auto err = thrown([&] { f.k->heartbeat(id, {}, run1); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("stale worker")), qPrintable(err->message()));
    QCOMPARE(f.task(id).claimExpires, expiresBefore);
    QVERIFY(f.k->heartbeat(id, {}, run2));
    QCOMPARE(f.task(id).claimExpires, OptInt(f.clock.now() + Kernel::kDefaultClaimTtl));
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
