// moveTask: the GUI/REST column move, as a transition table.
#include "tests/model/KernelFixture.h"

#include "model/MoveRules.h"

#include <QtTest>

namespace {

// Puts a new task in `status`; with an open parent when `waiting`.
QString taskIn(KernelFixture &f, const QString &status, bool waiting, QString *parent)
{
    QStringList parents;
    if (waiting) {
        *parent = f.create(QStringLiteral("open parent"));
        parents << *parent;
    }
    // Only a ready or running task can be blocked: a waiting blocked task
    // is blocked first and linked to its parent after.
    const bool linkLater = status == TaskStatus::Blocked && waiting;
    CreateOptions o;
    o.title = QStringLiteral("mover");
    o.assignee = QStringLiteral("w");
    o.parents = linkLater ? QStringList() : parents;
    o.triage = status == TaskStatus::Triage;
    const QString id = f.k->createTask(o).id;
    if (status == TaskStatus::Todo && !waiting)
        Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'todo' WHERE id = ?"), {id});
    else if (status == TaskStatus::Running)
        f.claim(id);
    else if (status == TaskStatus::Blocked)
        f.k->blockTask(id, QStringLiteral("stuck"));
    if (linkLater)
        f.k->linkTasks(*parent, id);
    else if (status == TaskStatus::Review)
        f.k->requestReview(id, QStringLiteral("look"));
    else if (status == TaskStatus::Done)
        f.k->completeTask(id);
    else if (status == TaskStatus::Archived)
        f.k->archiveTask(id);
    return id;
}

// A clock that, whenever the kernel reads the time, also reads the task's
// committed status through a second connection: what a dispatcher polling
// the board would see at that moment.
class WatchingClock : public Clock
{
public:
    qint64 now() const override
    {
        if (watch)
            seen << watch();
        return 1'800'000'000;
    }
    std::function<QString()> watch;
    mutable QStringList seen;
};

} // namespace

class TestMove : public QObject
{
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void reopeningDoneParentDemotesReadyChildren();
    void reopeningDoneParentKeepsOtherChildrenAlone();
    void movingOffRunningClosesRunAndHandsBackTheWorker();
    void movingOffRunningClearsTheHeartbeat();
    void blockedToTodoIsOneTransaction();
    void moveToSameStatusWritesNothing();
    void moveOfUnknownTaskIsNotFound();
    void restoringArchivedTaskWhoseKeyIsTakenIsRefused();
};

void TestMove::transitionTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("waiting"); // has an unfinished parent
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // final status, or "!" + error text (%P = parent id)

    const QString running = QStringLiteral("!Cannot set status to 'running' directly");
    struct Row
    {
        const char *from;
        bool waiting;
        const char *to;
        QString expected;
    };
    const QList<Row> rows{
        // triage
        {"triage", false, "todo", QStringLiteral("ready")}, // specified, then promoted
        {"triage", true, "todo", QStringLiteral("todo")},
        {"triage", false, "ready", QStringLiteral("ready")},
        {"triage", true, "ready", QStringLiteral("!waiting on %P (ready)")},
        {"triage", false, "review", QStringLiteral("review")},
        {"triage", true, "review", QStringLiteral("!waiting on %P (ready)")},
        {"triage", false, "blocked", QStringLiteral("!cannot block")},
        {"triage", false, "done", QStringLiteral("done")},
        {"triage", false, "archived", QStringLiteral("archived")},
        {"triage", false, "running", running},
        // todo
        {"todo", false, "ready", QStringLiteral("ready")},
        {"todo", true, "ready", QStringLiteral("!waiting on %P (ready)")},
        {"todo", true, "triage", QStringLiteral("triage")},
        {"todo", true, "blocked", QStringLiteral("!cannot block")}, // running/ready only
        {"todo", true, "done", QStringLiteral("!unsatisfied parent dependencies: %P (ready)")},
        {"todo", true, "archived", QStringLiteral("archived")},
        {"todo", false, "review", QStringLiteral("review")},
        {"todo", true, "review", QStringLiteral("!waiting on %P (ready)")}, // issue 14
        {"todo", true, "running", running},
        // ready
        {"ready", false, "todo", QStringLiteral("todo")},
        {"ready", false, "triage", QStringLiteral("triage")},
        {"ready", false, "blocked", QStringLiteral("blocked")},
        {"ready", false, "review", QStringLiteral("review")},
        {"ready", false, "done", QStringLiteral("done")},
        {"ready", false, "archived", QStringLiteral("archived")},
        {"ready", false, "running", running},
        // running
        {"running", false, "ready", QStringLiteral("ready")},
        {"running", false, "todo", QStringLiteral("todo")},
        {"running", false, "triage", QStringLiteral("triage")},
        {"running", false, "blocked", QStringLiteral("blocked")},
        {"running", false, "review", QStringLiteral("review")},
        {"running", false, "done", QStringLiteral("done")},
        {"running", false, "archived", QStringLiteral("archived")},
        // blocked
        {"blocked", false, "ready", QStringLiteral("ready")},
        {"blocked", true, "ready", QStringLiteral("!waiting on %P (ready)")},
        {"blocked", false, "todo", QStringLiteral("todo")},
        {"blocked", true, "todo", QStringLiteral("todo")},
        {"blocked", false, "triage", QStringLiteral("triage")},
        {"blocked", false, "review", QStringLiteral("review")},
        {"blocked", true, "review", QStringLiteral("!waiting on %P (ready)")},
        {"blocked", false, "done", QStringLiteral("done")},
        {"blocked", true, "done", QStringLiteral("!unsatisfied parent dependencies: %P (ready)")},
        {"blocked", false, "archived", QStringLiteral("archived")},
        {"blocked", false, "running", running},
        // review
        {"review", false, "ready", QStringLiteral("ready")},
        {"review", false, "todo", QStringLiteral("todo")},
        {"review", false, "blocked", QStringLiteral("!cannot block")},
        {"review", false, "done", QStringLiteral("done")},
        {"review", false, "archived", QStringLiteral("archived")},
        {"review", false, "running", running},
        // done
        {"done", false, "ready", QStringLiteral("ready")},
        {"done", false, "todo", QStringLiteral("todo")},
        {"done", false, "review", QStringLiteral("review")},
        {"done", false, "blocked", QStringLiteral("!cannot block")},
        {"done", false, "archived", QStringLiteral("archived")},
        {"done", false, "running", running},
        // archived
        {"archived", false, "ready", QStringLiteral("ready")},
        {"archived", false, "todo", QStringLiteral("todo")},
        {"archived", false, "done", QStringLiteral("!cannot complete")},
        {"archived", false, "blocked", QStringLiteral("!cannot block")},
        {"archived", false, "running", running},
        // not a status
        {"ready", false, "doing", QStringLiteral("!unknown status: doing")},
    };
    for (const Row &r : rows) {
        const QString tag =
            QStringLiteral("%1%2 -> %3")
                .arg(QLatin1String(r.from), r.waiting ? QStringLiteral(" (waiting)") : QString(),
                     QLatin1String(r.to));
        QTest::newRow(qPrintable(tag))
            << QString::fromLatin1(r.from) << r.waiting << QString::fromLatin1(r.to) << r.expected;
    }
}

void TestMove::transitionTable()
{
    QFETCH(QString, from);
    QFETCH(bool, waiting);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    KernelFixture f;
    QString parent;
    const QString id = taskIn(f, from, waiting, &parent);
    QCOMPARE(f.status(id), from);
    const qint64 eventsBefore = f.k->latestEventId();
    f.clock.advance(10);
    // The read-only check (the board asks it first) agrees, and writes nothing.
    const MoveCheck check = MoveRules::check(*f.k, id, to);
    QVERIFY2(check.allowed() != expected.startsWith(QLatin1Char('!')),
             qPrintable(QStringLiteral("MoveRules::check says %1").arg(int(check.refusal))));
    if (waiting && check.refusal == MoveCheck::WaitingOnParents) {
        QCOMPARE(check.openParents.size(), 1);
        QCOMPARE(check.openParents.first().id, parent);
        QCOMPARE(check.openParents.first().title, f.task(parent).title);
    }
    QCOMPARE(f.k->latestEventId(), eventsBefore);

    if (expected.startsWith(QLatin1Char('!'))) {
        const QString text = expected.mid(1).replace(QStringLiteral("%P"), parent);
        const auto err = thrown([&] { f.k->moveTask(id, to); });
        QVERIFY2(err, "the move must be refused");
        QVERIFY2(err->message().contains(text), qPrintable(err->message()));
        QCOMPARE(f.status(id), from);
        QCOMPARE(f.k->latestEventId(), eventsBefore);
        return;
    }
    const TransitionOutcome out = f.k->moveTask(id, to);
    QVERIFY(out.ok);
    const Task t = f.task(id);
    QCOMPARE(t.status, expected);
    QVERIFY(f.k->latestEventId() > eventsBefore); // every move leaves a trace
    if (expected != TaskStatus::Running) {
        QVERIFY(!t.currentRunId);
        QVERIFY(t.claimLock.isEmpty());
        for (const Run &r : f.k->runs(id))
            QVERIFY2(r.endedAt, "no run stays open off running");
    }
    if (TaskStatus::satisfiesParent(from) && !TaskStatus::satisfiesParent(expected))
        QVERIFY(!t.completedAt); // reopened
}

void TestMove::reopeningDoneParentDemotesReadyChildren()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"), {}, {p});
    QVERIFY(f.k->completeTask(p));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    f.k->moveTask(p, TaskStatus::Ready);
    QCOMPARE(f.status(p), TaskStatus::Ready);
    QCOMPARE(f.status(c), TaskStatus::Todo);
    const auto ev = f.lastEvent(c, EventKind::Status);
    QVERIFY(ev);
    QCOMPARE(jsonObject(ev->payload).value(QStringLiteral("reason")).toString(),
             QStringLiteral("parent_reopened"));
    // Finishing the parent again promotes the child again.
    QVERIFY(f.k->completeTask(p));
    QCOMPARE(f.status(c), TaskStatus::Ready);
}

void TestMove::reopeningDoneParentKeepsOtherChildrenAlone()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString running = f.create(QStringLiteral("running child"), QStringLiteral("w"), {p});
    const QString done = f.create(QStringLiteral("done child"), {}, {p});
    QVERIFY(f.k->completeTask(p));
    f.claim(running);
    QVERIFY(f.k->completeTask(done));
    f.k->moveTask(p, TaskStatus::Todo);
    QCOMPARE(f.status(running), TaskStatus::Running);
    QCOMPARE(f.status(done), TaskStatus::Done);
}

void TestMove::movingOffRunningClosesRunAndHandsBackTheWorker()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    const qint64 runId = *f.claim(id).currentRunId;
    Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET worker_pid = 777 WHERE id = ?"), {id});
    const TransitionOutcome out = f.k->moveTask(id, TaskStatus::Todo);
    QVERIFY(out.ok);
    QCOMPARE(out.workerPid, OptInt(777));
    const auto r = f.k->run(runId);
    QCOMPARE(r->outcome, EventKind::Reclaimed);
    QVERIFY(r->error.contains(QLatin1String("todo")));
    QVERIFY(!f.task(id).workerPid);
}

// The claim is cleared whole: no heartbeat of the closed run stays behind.
void TestMove::movingOffRunningClearsTheHeartbeat()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    QVERIFY(f.k->heartbeat(id));
    QVERIFY(f.task(id).lastHeartbeatAt);
    QVERIFY(f.k->moveTask(id, TaskStatus::Todo).ok);
    const Task t = f.task(id);
    QCOMPARE(t.status, TaskStatus::Todo);
    QVERIFY(!t.lastHeartbeatAt);
    QVERIFY(t.claimLock.isEmpty());
    QVERIFY(!t.claimExpires);
    QVERIFY(!t.currentRunId);
}

// blocked -> todo lands on todo in one transaction: another connection
// never sees the task ready (claimable) on the way.
void TestMove::blockedToTodoIsOneTransaction()
{
    QTemporaryDir dir;
    WatchingClock clock;
    Board board(testLocation(dir.path()), &clock);
    Kernel k(board);
    CreateOptions o;
    o.title = QStringLiteral("t");
    const QString id = k.createTask(o).id;
    QVERIFY(k.blockTask(id, QStringLiteral("stuck")));
    ManualClock otherClock;
    Board other(board.location(), &otherClock);
    clock.watch = [&] {
        return Sql::scalar(other.db(), QStringLiteral("SELECT status FROM tasks WHERE id = ?"),
                           {id})
            .toString();
    };
    const qint64 before = k.latestEventId();
    QVERIFY(k.moveTask(id, TaskStatus::Todo).ok);
    clock.watch = nullptr;
    QVERIFY(!clock.seen.isEmpty());
    QCOMPARE(clock.seen, QStringList(clock.seen.size(), TaskStatus::Blocked));
    QCOMPARE(k.requireTask(id).status, TaskStatus::Todo);
    // One event says it all: unblocked, to todo.
    const QList<Event> written = k.eventsSince(before);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().kind, EventKind::Unblocked);
    QCOMPARE(jsonObject(written.first().payload).value(QStringLiteral("status")).toString(),
             TaskStatus::Todo);
}

void TestMove::moveToSameStatusWritesNothing()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const qint64 before = f.k->latestEventId();
    QVERIFY(f.k->moveTask(id, TaskStatus::Ready).ok);
    QCOMPARE(f.k->latestEventId(), before);
}

void TestMove::moveOfUnknownTaskIsNotFound()
{
    KernelFixture f;
    const auto err = thrown([&] { f.k->moveTask(QStringLiteral("t_00000000"), TaskStatus::Done); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::NotFound);
}

void TestMove::restoringArchivedTaskWhoseKeyIsTakenIsRefused()
{
    KernelFixture f;
    CreateOptions o;
    o.title = QStringLiteral("nightly build");
    o.idempotencyKey = QStringLiteral("nightly");
    const QString old = f.k->createTask(o).id;
    QVERIFY(f.k->archiveTask(old).ok);
    const QString current = f.k->createTask(o).id;
    QVERIFY(current != old);
    const auto err = thrown([&] { f.k->moveTask(old, TaskStatus::Ready); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::Conflict);
    QVERIFY2(err->message().contains(current), qPrintable(err->message()));
    QCOMPARE(f.status(old), TaskStatus::Archived);
    // Once the key is free again the card can come back.
    QVERIFY(f.k->archiveTask(current).ok);
    QVERIFY(f.k->moveTask(old, TaskStatus::Ready).ok);
    QCOMPARE(f.status(old), TaskStatus::Ready);
}

QTEST_GUILESS_MAIN(TestMove)
#include "tst_move.moc"
