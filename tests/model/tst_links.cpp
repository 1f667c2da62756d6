// Links between tasks, cycle checks and the todo -> ready recompute.
#include "tests/model/KernelFixture.h"

#include <QtTest>

class TestLinks : public QObject
{
    Q_OBJECT

private slots:
    void selfLinkIsRefused();
    void unknownIdsAreRefused_data();
    void unknownIdsAreRefused();
    void directCycleIsRefused();
    void longerCycleIsRefused();
    void diamondIsNotACycle();
    void linkDemotesReadyChildWhenParentUnfinished();
    void linkKeepsReadyChildWhenParentDone();
    void linkToRunningChildFromOpenParentIsRefused();
    void duplicateLinkIsANoop();
    void unlinkPromotesChildImmediately();
    void unlinkKeepsChildWaitingOnOtherParents();
    void unlinkOfMissingLinkReturnsFalse();
    void chainPromotesStepwise();
    void fanInWaitsForAllParents();
    void archivedParentCountsAsSatisfied();
    void recomputePromotesEligibleTodoTasks();
    void recomputeWritesNothingWhenNothingToPromote();
    void unfinishedParentsNamesStatuses();
    void recomputeLeavesBlockedTasksBlocked();
    void specifyMovesTriageOnwardOnlyOnce();
};

void TestLinks::selfLinkIsRefused()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const auto err = thrown([&] { f.k->linkTasks(a, a); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("itself")), qPrintable(err->message()));
    QVERIFY(f.k->parentIds(a).isEmpty());
}

void TestLinks::unknownIdsAreRefused_data()
{
    QTest::addColumn<bool>("parentKnown");
    QTest::addColumn<bool>("childKnown");
    QTest::newRow("unknown parent") << false << true;
    QTest::newRow("unknown child") << true << false;
    QTest::newRow("both unknown") << false << false;
}

void TestLinks::unknownIdsAreRefused()
{
    QFETCH(bool, parentKnown);
    QFETCH(bool, childKnown);
    KernelFixture f;
    const QString p = parentKnown ? f.create(QStringLiteral("p")) : QStringLiteral("t_00000bad");
    const QString c = childKnown ? f.create(QStringLiteral("c")) : QStringLiteral("t_00000bee");
    const auto err = thrown([&] { f.k->linkTasks(p, c); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::NotFound);
    QCOMPARE(err->message().contains(p), !parentKnown);
    QCOMPARE(err->message().contains(c), !childKnown);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM task_links")).toInt(), 0);
}

void TestLinks::directCycleIsRefused()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"), {}, {a});
    const auto err = thrown([&] { f.k->linkTasks(b, a); });
    QVERIFY(err);
    QCOMPARE(err->message(), QStringLiteral("linking %1 -> %2 would create a cycle").arg(b, a));
    QVERIFY(f.k->parentIds(a).isEmpty());
    QCOMPARE(f.status(a), TaskStatus::Ready); // not demoted by a refused link
}

void TestLinks::longerCycleIsRefused()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"), {}, {a});
    const QString c = f.create(QStringLiteral("c"), {}, {b});
    const QString d = f.create(QStringLiteral("d"), {}, {c});
    const auto err = thrown([&] { f.k->linkTasks(d, a); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("would create a cycle")),
             qPrintable(err->message()));
    const auto err2 = thrown([&] { f.k->linkTasks(c, b); });
    QVERIFY(err2);
    QVERIFY(f.k->parentIds(a).isEmpty());
}

void TestLinks::diamondIsNotACycle()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"), {}, {a});
    const QString c = f.create(QStringLiteral("c"), {}, {a});
    const QString d = f.create(QStringLiteral("d"), {}, {b});
    QVERIFY(!f.k->linkTasks(c, d)); // d is already todo: nothing to demote
    QStringList expected{b, c};
    expected.sort();
    QCOMPARE(f.k->parentIds(d), expected);
    f.k->linkTasks(a, d); // a shortcut edge is still acyclic
    QCOMPARE(f.k->parentIds(d).size(), 3);
}

void TestLinks::linkDemotesReadyChildWhenParentUnfinished()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QVERIFY(f.k->linkTasks(p, c));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QCOMPARE(f.k->parentIds(c), QStringList{p});
    const auto linked = f.lastEvent(c, EventKind::Linked);
    QVERIFY(linked);
    QCOMPARE(jsonObject(linked->payload).value(QStringLiteral("parent")).toString(), p);
    QVERIFY(f.kinds(c).contains(EventKind::Status));
}

void TestLinks::linkKeepsReadyChildWhenParentDone()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    QVERIFY(f.k->completeTask(p));
    const QString c = f.create(QStringLiteral("child"));
    QVERIFY(!f.k->linkTasks(p, c));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QCOMPARE(f.k->parentIds(c), QStringList{p});
}

void TestLinks::linkToRunningChildFromOpenParentIsRefused()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("parent"));
    const QString c = f.create(QStringLiteral("child"), QStringLiteral("w"));
    f.claim(c);
    const auto err = thrown([&] { f.k->linkTasks(p, c); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::Conflict);
    QCOMPARE(f.status(c), TaskStatus::Running);
    QVERIFY(f.k->parentIds(c).isEmpty());
}

void TestLinks::duplicateLinkIsANoop()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("p"));
    const QString c = f.create(QStringLiteral("c"));
    f.k->linkTasks(p, c);
    QVERIFY(!f.k->linkTasks(p, c));
    QCOMPARE(f.k->parentIds(c).size(), 1);
    QCOMPARE(f.kinds(c).count(EventKind::Linked), 1);
}

void TestLinks::unlinkPromotesChildImmediately()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("blocker"));
    const QString c = f.create(QStringLiteral("child"), {}, {p});
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QVERIFY(f.k->unlinkTasks(p, c));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QVERIFY(f.k->parentIds(c).isEmpty());
    const QStringList kinds = f.kinds(c);
    QVERIFY(kinds.contains(EventKind::Unlinked));
    QCOMPARE(kinds.last(), EventKind::Promoted);
}

void TestLinks::unlinkKeepsChildWaitingOnOtherParents()
{
    KernelFixture f;
    const QString p1 = f.create(QStringLiteral("p1"));
    const QString p2 = f.create(QStringLiteral("p2"));
    const QString c = f.create(QStringLiteral("child"), {}, {p1, p2});
    QVERIFY(f.k->unlinkTasks(p1, c));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QVERIFY(!f.kinds(c).contains(EventKind::Promoted));
}

void TestLinks::unlinkOfMissingLinkReturnsFalse()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"));
    QVERIFY(!f.k->unlinkTasks(a, b));
    QCOMPARE(f.kinds(b), QStringList{EventKind::Created});
}

void TestLinks::chainPromotesStepwise()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"), {}, {a});
    const QString c = f.create(QStringLiteral("c"), {}, {b});
    QCOMPARE(f.k->recomputeReady(), 0);
    QVERIFY(f.k->completeTask(a));
    QCOMPARE(f.status(b), TaskStatus::Ready);
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QCOMPARE(f.k->recomputeReady(), 0); // c still waits on b
    QVERIFY(f.k->completeTask(b));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QVERIFY(f.kinds(b).contains(EventKind::Promoted));
    QVERIFY(!f.kinds(b).contains(QStringLiteral("ready")));
}

void TestLinks::fanInWaitsForAllParents()
{
    KernelFixture f;
    const QString p1 = f.create(QStringLiteral("p1"));
    const QString p2 = f.create(QStringLiteral("p2"));
    const QString p3 = f.create(QStringLiteral("p3"));
    const QString c = f.create(QStringLiteral("join"), {}, {p1, p2, p3});
    QVERIFY(f.k->completeTask(p1));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QVERIFY(f.k->completeTask(p2));
    QCOMPARE(f.status(c), TaskStatus::Todo);
    QCOMPARE(f.k->recomputeReady(), 0);
    QVERIFY(f.k->completeTask(p3));
    QCOMPARE(f.status(c), TaskStatus::Ready);
    QCOMPARE(f.kinds(c).count(EventKind::Promoted), 1);
}

void TestLinks::archivedParentCountsAsSatisfied()
{
    KernelFixture f;
    const QString p1 = f.create(QStringLiteral("done parent"));
    const QString p2 = f.create(QStringLiteral("dropped parent"));
    const QString c = f.create(QStringLiteral("child"), {}, {p1, p2});
    QVERIFY(f.k->completeTask(p1));
    QVERIFY(f.k->archiveTask(p2).ok);
    QCOMPARE(f.status(c), TaskStatus::Ready);
}

void TestLinks::recomputePromotesEligibleTodoTasks()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("p"));
    const QString c1 = f.create(QStringLiteral("c1"), {}, {p});
    const QString c2 = f.create(QStringLiteral("c2"), {}, {p});
    // Finish the parent behind the kernel's back, as another process might.
    Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {p});
    QVERIFY(f.k->hasPromotable());
    QCOMPARE(f.k->recomputeReady(), 2);
    QCOMPARE(f.status(c1), TaskStatus::Ready);
    QCOMPARE(f.status(c2), TaskStatus::Ready);
    QVERIFY(!f.k->hasPromotable());
    QCOMPARE(f.k->recomputeReady(), 0);
}

void TestLinks::recomputeWritesNothingWhenNothingToPromote()
{
    QK_SKIP_ON_PG("data_version sees a commit at once; PostgreSQL's change feed arrives via the "
                  "event loop (tst_changefeed)");
    KernelFixture f;
    const QString p = f.create(QStringLiteral("open parent"));
    f.create(QStringLiteral("waiting child"), {}, {p});
    Board watcher(testLocation(f.dir.path()), &f.clock);
    const qint64 before = watcher.dataVersion();
    const qint64 events = f.k->latestEventId();
    QCOMPARE(f.k->recomputeReady(), 0);
    QCOMPARE(watcher.dataVersion(), before); // no commit at all
    QCOMPARE(f.k->latestEventId(), events);
    // Control: a real promotion is seen by the watcher.
    Sql::exec(f.db(), QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {p});
    const qint64 afterManual = watcher.dataVersion();
    QCOMPARE(f.k->recomputeReady(), 1);
    QVERIFY(watcher.dataVersion() != afterManual);
}

void TestLinks::unfinishedParentsNamesStatuses()
{
    KernelFixture f;
    const QString p1 = f.create(QStringLiteral("p1"));
    const QString p2 = f.create(QStringLiteral("p2"), {}, {p1});
    const QString p3 = f.create(QStringLiteral("p3"));
    QVERIFY(f.k->completeTask(p3));
    const QString c = f.create(QStringLiteral("c"), {}, {p1, p2, p3});
    const auto open = f.k->unfinishedParents(c);
    QCOMPARE(open.size(), 2);
    QMap<QString, QString> byId;
    for (const auto &pr : open)
        byId.insert(pr.first, pr.second);
    QCOMPARE(byId.value(p1), TaskStatus::Ready);
    QCOMPARE(byId.value(p2), TaskStatus::Todo);
}

void TestLinks::recomputeLeavesBlockedTasksBlocked()
{
    // A person's block is sticky: finishing the parent does not undo it.
    KernelFixture f;
    // Only a ready or running task can be blocked: block first, then link.
    const QString p = f.create(QStringLiteral("p"));
    const QString c = f.create(QStringLiteral("c"));
    QVERIFY(f.k->blockTask(c, QStringLiteral("wait for legal")));
    f.k->linkTasks(p, c);
    QVERIFY(f.k->completeTask(p));
    QCOMPARE(f.k->recomputeReady(), 0);
    QCOMPARE(f.status(c), TaskStatus::Blocked);
}

void TestLinks::specifyMovesTriageOnwardOnlyOnce()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("p"));
    CreateOptions o;
    o.title = QStringLiteral("idea");
    o.triage = true;
    o.parents = {p};
    const QString waiting = f.k->createTask(o).id;
    o.parents.clear();
    const QString free = f.k->createTask(o).id;
    QVERIFY(f.k->specifyTask(waiting));
    QVERIFY(f.k->specifyTask(free));
    QCOMPARE(f.status(waiting), TaskStatus::Todo);
    QCOMPARE(f.status(free), TaskStatus::Ready);
    QVERIFY(f.kinds(free).contains(EventKind::Specified));
    QVERIFY(!f.k->specifyTask(free)); // no longer in triage
    QVERIFY(!f.k->specifyTask(QStringLiteral("t_00000000")));
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
