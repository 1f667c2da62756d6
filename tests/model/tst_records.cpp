// Assign, edit, list, comments, events, stats, age, notify subs, gc.
#include "tests/model/KernelFixture.h"

#include <QJsonArray>
#include <QtTest>

namespace {

QStringList titles(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << t.title;
    return out;
}

void setFailures(KernelFixture &f, const QString &id, int n)
{
    Sql::exec(
        f.db(),
        QStringLiteral(
            "UPDATE tasks SET consecutive_failures = ?, last_failure_error = 'boom' WHERE id = ?"),
        {n, id});
}

constexpr qint64 kDay = 86400;

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void assignLowercasesAndRecordsTheChange();
    void assignIsRefusedWhileRunning();
    void assignToNewProfileResetsFailures();
    void assignToSameProfileKeepsFailures();
    void assignOfUnknownTaskReturnsFalse();
    void editChangesFieldsAndRecordsThem();
    void editPriorityEmitsReprioritized();
    void editWithoutChangesWritesNothing();
    void editRejectsBadValues_data();
    void editRejectsBadValues();
    void editResultOnlyOnDoneTasks();
    void editAssigneeResetsFailuresAndIsRefusedWhileRunning();
    void listDefaultOrderIsPriorityThenAge();
    void listSortOrders_data();
    void listSortOrders();
    void listRefusesBogusSort();
    void listFilters();
    void listRefusesUnknownStatus();
    void commentsKeepTheirOrder();
    void emptyCommentIsRefused_data();
    void emptyCommentIsRefused();
    void eventsSinceFollowsTheCursor();
    void boardStatsCountsByStatusAndAssignee();
    void boardStatsWithoutReadyTasksHasNoOldestAge();
    void taskAgeOfNewTask();
    void taskAgeTimeToComplete();
    void corruptTimestampsGiveNullAges();
    void notifySubCrud();
    void notifySubStartsCaughtUp();
    void notifyUnseenEventsByKind();
    void notifyCursorMovesForwardOnly();
    void notifySubNeedsTaskPlatformAndChat();
    void notifyFailureIsRecordedUntilDelivery();
    void notifyPendingReasonUntilDelivery();
    void notifyResubscribeKeepsCursorAndFillsRouting();
    void gcEventsDropsOnlyOldEventsOfFinishedTasks();
};

void TestRecords::assignLowercasesAndRecordsTheChange()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->assignTask(id, QStringLiteral("Jules")));
    QCOMPARE(f.task(id).assignee, QStringLiteral("jules"));
    QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Assigned)->payload);
    QCOMPARE(p.value(QStringLiteral("assignee")).toString(), QStringLiteral("jules"));
    QVERIFY(p.value(QStringLiteral("from")).isNull());
    QVERIFY(f.k->assignTask(id, QStringLiteral("none")));
    QVERIFY(f.task(id).assignee.isEmpty());
    p = jsonObject(f.lastEvent(id, EventKind::Assigned)->payload);
    QCOMPARE(p.value(QStringLiteral("from")).toString(), QStringLiteral("jules"));
}

void TestRecords::assignIsRefusedWhileRunning()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("a"));
    f.claim(id);
    const auto err = thrown([&] { f.k->assignTask(id, QStringLiteral("b")); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::Conflict);
    QVERIFY2(err->message().contains(QLatin1String("currently running")),
             qPrintable(err->message()));
    QCOMPARE(f.task(id).assignee, QStringLiteral("a"));
}

void TestRecords::assignToNewProfileResetsFailures()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("a"));
    setFailures(f, id, 2);
    QVERIFY(f.k->assignTask(id, QStringLiteral("b")));
    QCOMPARE(f.task(id).consecutiveFailures, 0);
    QVERIFY(f.task(id).lastFailureError.isEmpty());
}

void TestRecords::assignToSameProfileKeepsFailures()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("a"));
    setFailures(f, id, 2);
    QVERIFY(f.k->assignTask(id, QStringLiteral("A")));
    QCOMPARE(f.task(id).consecutiveFailures, 2);
    QVERIFY(!f.kinds(id).contains(EventKind::Assigned));
}

void TestRecords::assignOfUnknownTaskReturnsFalse()
{
    KernelFixture f;
    QVERIFY(!f.k->assignTask(QStringLiteral("t_00000000"), QStringLiteral("a")));
}

void TestRecords::editChangesFieldsAndRecordsThem()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("old title"));
    TaskEdit e;
    e.title = QStringLiteral("  new title ");
    e.body = QStringLiteral("new body");
    e.tenant = QStringLiteral("acme");
    e.maxRuntimeSeconds.emplace(600);
    e.maxRetries.emplace(3);
    f.clock.advance(5);
    f.k->editTask(id, e);
    Task t = f.task(id);
    QCOMPARE(t.title, QStringLiteral("new title"));
    QCOMPARE(t.body, QStringLiteral("new body"));
    QCOMPARE(t.tenant, QStringLiteral("acme"));
    QCOMPARE(t.maxRuntimeSeconds, OptInt(600));
    QCOMPARE(t.maxRetries, OptInt(3));
    QCOMPARE(t.updatedAt, f.clock.now());
    const QJsonArray fields = jsonObject(f.lastEvent(id, EventKind::Edited)->payload)
                                  .value(QStringLiteral("fields"))
                                  .toArray();
    QStringList names;
    for (const auto &v : fields)
        names << v.toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("body"), QStringLiteral("max_retries"),
                                 QStringLiteral("max_runtime_seconds"), QStringLiteral("tenant"),
                                 QStringLiteral("title")}));
    // Clearing: an empty optional inside the optional clears the column.
    TaskEdit clear;
    clear.maxRuntimeSeconds.emplace(); // engaged, holding "no value"
    clear.tenant = QString();
    f.k->editTask(id, clear);
    t = f.task(id);
    QVERIFY(!t.maxRuntimeSeconds);
    QVERIFY(t.tenant.isEmpty());
}

void TestRecords::editPriorityEmitsReprioritized()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    TaskEdit e;
    e.priority = 7;
    f.k->editTask(id, e);
    QCOMPARE(f.task(id).priority, 7);
    QCOMPARE(f.kinds(id).last(), EventKind::Reprioritized);
    QVERIFY(!f.kinds(id).contains(EventKind::Edited));
    QCOMPARE(jsonObject(f.lastEvent(id, EventKind::Reprioritized)->payload)
                 .value(QStringLiteral("priority"))
                 .toInt(),
             7);
}

void TestRecords::editWithoutChangesWritesNothing()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("same"));
    TaskEdit e;
    e.title = QStringLiteral("same");
    e.priority = 0;
    const qint64 before = f.k->latestEventId();
    f.k->editTask(id, e);
    QCOMPARE(f.k->latestEventId(), before);
}

void TestRecords::editRejectsBadValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty title") << "title"
                                 << "title cannot be empty";
    QTest::newRow("zero max retries") << "retries"
                                      << "--max-retries must be >= 1";
    QTest::newRow("zero max runtime") << "runtime"
                                      << "--max-runtime must be positive";
    QTest::newRow("unknown task") << "unknown"
                                  << "no such task";
}

void TestRecords::editRejectsBadValues()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    KernelFixture f;
    QString id = f.create(QStringLiteral("keep me"));
    TaskEdit e;
    if (field == QLatin1String("title"))
        e.title = QStringLiteral("  ");
    else if (field == QLatin1String("retries"))
        e.maxRetries.emplace(0);
    else if (field == QLatin1String("runtime"))
        e.maxRuntimeSeconds.emplace(0);
    else
        id = QStringLiteral("t_00000000");
    e.body = QStringLiteral("changed body"); // must not land either
    const auto err = thrown([&] { f.k->editTask(id, e); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(expected), qPrintable(err->message()));
    const Task t = f.k->listTasks().first();
    QCOMPARE(t.title, QStringLiteral("keep me"));
    QVERIFY(t.body.isEmpty());
}

void TestRecords::editResultOnlyOnDoneTasks()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    TaskEdit e;
    e.result = QStringLiteral("backfilled");
    const auto err = thrown([&] { f.k->editTask(id, e); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("not done")), qPrintable(err->message()));
    QVERIFY(f.task(id).result.isEmpty());
    QVERIFY(f.k->completeTask(id));
    f.k->editTask(id, e);
    QCOMPARE(f.task(id).result, QStringLiteral("backfilled"));
}

void TestRecords::editAssigneeResetsFailuresAndIsRefusedWhileRunning()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("a"));
    setFailures(f, id, 4);
    TaskEdit e;
    e.assignee = QStringLiteral("B");
    f.k->editTask(id, e);
    QCOMPARE(f.task(id).assignee, QStringLiteral("b"));
    QCOMPARE(f.task(id).consecutiveFailures, 0);
    QVERIFY(f.kinds(id).contains(EventKind::Assigned));
    f.claim(id);
    e.assignee = QStringLiteral("c");
    QVERIFY(thrown([&] { f.k->editTask(id, e); }));
    QCOMPARE(f.task(id).assignee, QStringLiteral("b"));
}

void TestRecords::listDefaultOrderIsPriorityThenAge()
{
    KernelFixture f;
    auto make = [&](const QString &title, qint64 prio) {
        CreateOptions o;
        o.title = title;
        o.priority = prio;
        f.k->createTask(o);
        f.clock.advance(1);
    };
    make(QStringLiteral("low old"), 0);
    make(QStringLiteral("high"), 5);
    make(QStringLiteral("low new"), 0);
    make(QStringLiteral("urgent"), 9);
    QCOMPARE(titles(f.k->listTasks()),
             (QStringList{QStringLiteral("urgent"), QStringLiteral("high"),
                          QStringLiteral("low old"), QStringLiteral("low new")}));
}

void TestRecords::listSortOrders_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("created") << "created" << QStringList{"banana", "apple", "cherry"};
    QTest::newRow("created-desc") << "created-desc" << QStringList{"cherry", "apple", "banana"};
    QTest::newRow("title") << "title" << QStringList{"apple", "banana", "cherry"};
    QTest::newRow("priority ascending") << "priority" << QStringList{"banana", "cherry", "apple"};
    QTest::newRow("priority-desc") << "priority-desc" << QStringList{"apple", "cherry", "banana"};
    QTest::newRow("assignee") << "assignee" << QStringList{"apple", "cherry", "banana"};
}

void TestRecords::listSortOrders()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    KernelFixture f;
    const struct
    {
        const char *title;
        qint64 priority;
        const char *assignee;
    } rows[] = {{"banana", 0, "zed"}, {"apple", 9, "amy"}, {"cherry", 3, "bob"}};
    for (const auto &r : rows) {
        CreateOptions o;
        o.title = QLatin1String(r.title);
        o.priority = r.priority;
        o.assignee = QLatin1String(r.assignee);
        f.k->createTask(o);
        f.clock.advance(60);
    }
    ListFilter lf;
    lf.sort = sort;
    QCOMPARE(titles(f.k->listTasks(lf)), expected);
}

void TestRecords::listRefusesBogusSort()
{
    KernelFixture f;
    ListFilter lf;
    lf.sort = QStringLiteral("colour");
    const auto err = thrown([&] { f.k->listTasks(lf); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("order_by must be one of")),
             qPrintable(err->message()));
}

void TestRecords::listFilters()
{
    KernelFixture f;
    const QString jules = f.create(QStringLiteral("jules task"), QStringLiteral("Jules"));
    f.clock.advance(1);
    CreateOptions o;
    o.title = QStringLiteral("acme task");
    o.tenant = QStringLiteral("acme");
    const QString acme = f.k->createTask(o).id;
    const QString gone = f.create(QStringLiteral("archived task"), QStringLiteral("jules"));
    QVERIFY(f.k->archiveTask(gone).ok);
    QVERIFY(f.k->completeTask(acme));

    ListFilter byAssignee;
    byAssignee.assignee = QStringLiteral("JULES");
    QCOMPARE(titles(f.k->listTasks(byAssignee)), QStringList{QStringLiteral("jules task")});
    byAssignee.includeArchived = true;
    QCOMPARE(f.k->listTasks(byAssignee).size(), 2);

    ListFilter byTenant;
    byTenant.tenant = QStringLiteral("acme");
    QCOMPARE(titles(f.k->listTasks(byTenant)), QStringList{QStringLiteral("acme task")});

    ListFilter byStatus;
    byStatus.status = TaskStatus::Done;
    QCOMPARE(f.k->listTasks(byStatus).first().id, acme);
    byStatus.status = TaskStatus::Archived; // asking for archived shows them
    QCOMPARE(f.k->listTasks(byStatus).first().id, gone);

    const QList<Task> visible = f.k->listTasks();
    QCOMPARE(visible.size(), 2);
    QCOMPARE(visible.first().id, jules);
}

void TestRecords::listRefusesUnknownStatus()
{
    KernelFixture f;
    f.create(QStringLiteral("t"));
    ListFilter lf;
    lf.status = QStringLiteral("doing");
    const auto err = thrown([&] { f.k->listTasks(lf); });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::BadInput);
    QVERIFY2(err->message().contains(QLatin1String("doing")), qPrintable(err->message()));
}

void TestRecords::commentsKeepTheirOrder()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const QStringList bodies{QStringLiteral("first"), QStringLiteral("second 🚀"),
                             QStringLiteral("third\nline")};
    for (int i = 0; i < bodies.size(); ++i) {
        f.k->addComment(id, i % 2 ? QStringLiteral("bob") : QStringLiteral("amy"), bodies.at(i));
        f.clock.advance(1);
    }
    const QList<Comment> cs = f.k->comments(id);
    QCOMPARE(cs.size(), 3);
    for (int i = 0; i < cs.size(); ++i) {
        QCOMPARE(cs.at(i).body, bodies.at(i));
        QCOMPARE(cs.at(i).createdAt, f.clock.now() - 3 + i);
    }
    QCOMPARE(cs.at(1).author, QStringLiteral("bob"));
    const QJsonObject p = jsonObject(f.lastEvent(id, EventKind::Commented)->payload);
    QCOMPARE(p.value(QStringLiteral("author")).toString(), QStringLiteral("amy"));
    QCOMPARE(p.value(QStringLiteral("len")).toInt(), bodies.at(2).size());
}

void TestRecords::emptyCommentIsRefused_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty body") << "amy"
                                << ""
                                << "body is required";
    QTest::newRow("blank body") << "amy"
                                << " \n\t"
                                << "body is required";
    QTest::newRow("empty author") << ""
                                  << "hello"
                                  << "author is required";
}

void TestRecords::emptyCommentIsRefused()
{
    QFETCH(QString, author);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const auto err = thrown([&] { f.k->addComment(id, author, body); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(expected), qPrintable(err->message()));
    QVERIFY(f.k->comments(id).isEmpty());
    const auto missing = thrown([&] {
        f.k->addComment(QStringLiteral("t_00000000"), QStringLiteral("a"), QStringLiteral("b"));
    });
    QVERIFY(missing);
    QCOMPARE(missing->kind(), KanbanError::NotFound);
}

void TestRecords::eventsSinceFollowsTheCursor()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("a"));
    const qint64 cursor = f.k->latestEventId();
    const QString b = f.create(QStringLiteral("b"));
    f.k->addComment(a, QStringLiteral("me"), QStringLiteral("hi"));
    const QList<Event> all = f.k->eventsSince(cursor);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).taskId, b);
    QCOMPARE(all.at(1).kind, EventKind::Commented);
    QCOMPARE(f.k->eventsSince(cursor, 1).size(), 1);
    QCOMPARE(f.k->latestEventId(), all.last().id);
    QVERIFY(f.k->eventsSince(f.k->latestEventId()).isEmpty());
}

void TestRecords::boardStatsCountsByStatusAndAssignee()
{
    KernelFixture f;
    const qint64 t0 = f.clock.now();
    const QString ready = f.create(QStringLiteral("ready"), QStringLiteral("y"));
    f.clock.advance(100);
    f.create(QStringLiteral("newer ready"));
    const QString done = f.create(QStringLiteral("done"), QStringLiteral("x"));
    QVERIFY(f.k->completeTask(done));
    f.create(QStringLiteral("waiting"), {}, {ready});
    const QString gone = f.create(QStringLiteral("archived"), QStringLiteral("x"));
    QVERIFY(f.k->archiveTask(gone).ok);
    f.clock.advance(50);
    const BoardStats s = f.k->boardStats();
    QCOMPARE(s.now, f.clock.now());
    QCOMPARE(s.byStatus.value(TaskStatus::Ready), 2);
    QCOMPARE(s.byStatus.value(TaskStatus::Done), 1);
    QCOMPARE(s.byStatus.value(TaskStatus::Todo), 1);
    QVERIFY(!s.byStatus.contains(TaskStatus::Archived));
    QCOMPARE(s.byAssignee.value(QStringLiteral("x")),
             (QMap<QString, qint64>{{TaskStatus::Done, 1}}));
    QCOMPARE(s.byAssignee.value(QStringLiteral("y")),
             (QMap<QString, qint64>{{TaskStatus::Ready, 1}}));
    QCOMPARE(s.byAssignee.size(), 2);
    QCOMPARE(s.oldestReadyAgeSeconds, OptInt(f.clock.now() - t0));
}

void TestRecords::boardStatsWithoutReadyTasksHasNoOldestAge()
{
    KernelFixture f;
    QVERIFY(!f.k->boardStats().oldestReadyAgeSeconds);
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->completeTask(id));
    const BoardStats s = f.k->boardStats();
    QVERIFY(!s.oldestReadyAgeSeconds);
    QCOMPARE(s.byStatus.value(TaskStatus::Done), 1);
}

void TestRecords::taskAgeOfNewTask()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    f.clock.advance(42);
    const TaskAge a = Kernel::taskAge(f.task(id), f.clock.now());
    QCOMPARE(a.createdAgeSeconds, OptInt(42));
    QVERIFY(!a.startedAgeSeconds);
    QVERIFY(!a.timeToCompleteSeconds);
}

void TestRecords::taskAgeTimeToComplete()
{
    KernelFixture f;
    const QString claimed = f.create(EventKind::Claimed, QStringLiteral("w"));
    const QString manual = f.create(QStringLiteral("manual"));
    f.clock.advance(10);
    f.claim(claimed);
    f.clock.advance(90);
    QVERIFY(f.k->completeTask(claimed));
    QVERIFY(f.k->completeTask(manual));
    f.clock.advance(5);
    const TaskAge a = Kernel::taskAge(f.task(claimed), f.clock.now());
    QCOMPARE(a.timeToCompleteSeconds, OptInt(90)); // from the first claim
    QCOMPARE(a.startedAgeSeconds, OptInt(95));
    QCOMPARE(a.createdAgeSeconds, OptInt(105));
    QCOMPARE(Kernel::taskAge(f.task(manual), f.clock.now()).timeToCompleteSeconds, OptInt(100));
}

void TestRecords::corruptTimestampsGiveNullAges()
{
    QK_SKIP_ON_PG("text in an integer column (SQLite's loose column types)");
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    Sql::exec(f.db(),
              QStringLiteral(
                  "UPDATE tasks SET created_at = 'abc', started_at = '%s', completed_at = '1.5x'"
                  " WHERE id = ?"),
              {id});
    const Task t = f.task(id); // reading a bad row does not throw
    const TaskAge a = Kernel::taskAge(t, f.clock.now());
    QVERIFY(!a.createdAgeSeconds);
    QVERIFY(!a.startedAgeSeconds);
    QVERIFY(!a.timeToCompleteSeconds);
    QCOMPARE(f.k->listTasks().size(), 1);
}

void TestRecords::notifySubCrud()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->addNotifySub(
        makeSub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook"))));
    QVERIFY(!f.k->addNotifySub(
        makeSub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook"))));
    QVERIFY(
        f.k->addNotifySub(makeSub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook"),
                                  QStringLiteral("thread-2"))));
    QCOMPARE(f.k->notifySubs(id).size(), 2);
    QCOMPARE(f.k->notifySubs().size(), 2);
    QVERIFY(f.k->removeNotifySub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook")));
    QVERIFY(!f.k->removeNotifySub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook")));
    const QList<NotifySub> left = f.k->notifySubs(id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().threadId, QStringLiteral("thread-2"));
    QVERIFY(f.k->removeNotifySub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook"),
                                 QStringLiteral("thread-2")));
    QVERIFY(f.k->notifySubs().isEmpty());
}

void TestRecords::notifySubStartsCaughtUp()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    f.claim(id);
    f.k->addComment(id, QStringLiteral("me"), QStringLiteral("x"));
    const qint64 taskMax = f.k->events(id).last().id;
    f.create(QStringLiteral("later task")); // the global max moves past the task's
    QVERIFY(f.k->latestEventId() > taskMax);
    QVERIFY(f.k->addNotifySub(makeSub(id, QStringLiteral("desktop"), QStringLiteral("me"))));
    const NotifySub s = f.k->notifySubs(id).first();
    QCOMPARE(s.lastEventId, taskMax);
    QCOMPARE(s.createdAt, f.clock.now());
    QVERIFY(f.k->unseenEvents(s).isEmpty()); // history is not replayed
}

void TestRecords::notifyUnseenEventsByKind()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), QStringLiteral("w"));
    QVERIFY(f.k->addNotifySub(makeSub(id, QStringLiteral("desktop"), QStringLiteral("me"))));
    const QStringList terminal{EventKind::Completed, EventKind::Blocked};
    NotifySub s = f.k->notifySubs(id).first();
    QVERIFY(f.k->unseenEvents(s, terminal).isEmpty());
    const qint64 runId = *f.claim(id).currentRunId;
    QVERIFY(f.k->completeTask(id));
    const QList<Event> unseen = f.k->unseenEvents(s, terminal);
    QCOMPARE(unseen.size(), 1);
    QCOMPARE(unseen.first().kind, EventKind::Completed);
    QCOMPARE(unseen.first().runId, OptInt(runId));
    QCOMPARE(f.k->unseenEvents(s).size(), 2); // claimed + completed without a filter
}

void TestRecords::notifyCursorMovesForwardOnly()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(f.k->addNotifySub(makeSub(id, QStringLiteral("desktop"), QStringLiteral("me"))));
    QVERIFY(f.k->completeTask(id));
    NotifySub s = f.k->notifySubs(id).first();
    const qint64 start = s.lastEventId;
    const qint64 completed = f.k->unseenEvents(s).last().id;
    QVERIFY(f.k->advanceNotifyCursor(s, start, completed));
    QVERIFY(!f.k->advanceNotifyCursor(s, start, completed)); // CAS: someone already moved it
    QVERIFY(!f.k->advanceNotifyCursor(s, completed, start)); // never backwards
    QVERIFY(!f.k->advanceNotifyCursor(s, completed, completed));
    s = f.k->notifySubs(id).first();
    QCOMPARE(s.lastEventId, completed);
    QVERIFY(f.k->unseenEvents(s).isEmpty());
}

void TestRecords::notifySubNeedsTaskPlatformAndChat()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    QVERIFY(thrown([&] { f.k->addNotifySub(makeSub(id, QString(), QStringLiteral("me"))); }));
    QVERIFY(thrown(
        [&] { f.k->addNotifySub(makeSub(id, QStringLiteral("desktop"), QStringLiteral(" "))); }));
    const auto err = thrown([&] {
        f.k->addNotifySub(
            makeSub(QStringLiteral("t_00000000"), QStringLiteral("desktop"), QStringLiteral("me")));
    });
    QVERIFY(err);
    QCOMPARE(err->kind(), KanbanError::NotFound);
    QVERIFY(f.k->notifySubs().isEmpty());
}

void TestRecords::notifyFailureIsRecordedUntilDelivery()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const NotifySub key = makeSub(id, QStringLiteral("webhook"), QStringLiteral("https://x/hook"));
    QVERIFY(f.k->addNotifySub(key));
    QVERIFY(f.k->completeTask(id));
    QVERIFY(f.k->recordNotifyFailure(key, QStringLiteral("HTTP 503"), f.clock.now() + 30));
    QVERIFY(f.k->recordNotifyFailure(f.k->notifySubs(id).first(), QStringLiteral("HTTP 502"),
                                     f.clock.now() + 60));
    NotifySub s = f.k->notifySubs(id).first();
    QCOMPARE(s.attempts, 2);
    QCOMPARE(s.lastError, QStringLiteral("HTTP 502"));
    QCOMPARE(s.nextAttemptAt, OptInt(f.clock.now() + 60));
    QCOMPARE(f.k->unseenEvents(s).size(), 1); // the cursor did not move
    QVERIFY(f.k->advanceNotifyCursor(key, s.lastEventId, f.k->unseenEvents(s).last().id));
    s = f.k->notifySubs(id).first();
    QCOMPARE(s.attempts, 0);
    QVERIFY(s.lastError.isEmpty());
    QVERIFY(!s.nextAttemptAt);
}

void TestRecords::notifyPendingReasonUntilDelivery()
{
    QK_SKIP_ON_PG("counts writes with SQLite's total_changes()");
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    const NotifySub key = makeSub(id, QStringLiteral("telegram"), QStringLiteral("12345"));
    QVERIFY(f.k->addNotifySub(key));
    QVERIFY(f.k->completeTask(id));
    const QString why = QStringLiteral("no [notify] telegram command in /x.conf");
    QVERIFY(f.k->setNotifyPending(key, why));
    QVERIFY(!f.k->setNotifyPending(key, why)); // unchanged: nothing written
    const qint64 changes = f.scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
    QVERIFY(!f.k->setNotifyPending(key, why));
    QCOMPARE(f.scalar(QStringLiteral("SELECT total_changes()")).toLongLong(), changes);
    NotifySub s = f.k->notifySubs(id).first();
    QCOMPARE(s.pendingReason, why);
    QCOMPARE(s.attempts, 0);
    QCOMPARE(f.k->unseenEvents(s).size(), 1); // still waiting
    // A failure replaces the reason with its error; a delivery clears all.
    QVERIFY(f.k->recordNotifyFailure(key, QStringLiteral("exit 3"), f.clock.now() + 1));
    QVERIFY(f.k->notifySubs(id).first().pendingReason.isEmpty());
    QVERIFY(f.k->setNotifyPending(key, why));
    QVERIFY(f.k->advanceNotifyCursor(key, s.lastEventId, f.k->unseenEvents(s).last().id));
    s = f.k->notifySubs(id).first();
    QVERIFY(s.pendingReason.isEmpty());
    QVERIFY(s.lastError.isEmpty());
    QVERIFY(!f.k->setNotifyPending(makeSub(id, QStringLiteral("slack"), QStringLiteral("x")), why));
}

void TestRecords::notifyResubscribeKeepsCursorAndFillsRouting()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"));
    NotifySub sub = makeSub(id, QStringLiteral("signal"), QStringLiteral("+49"));
    sub.userId = QStringLiteral("u1");
    QVERIFY(f.k->addNotifySub(sub));
    f.k->addComment(id, QStringLiteral("me"), QStringLiteral("x"));
    // As the original: chat_type last-write-wins, user ids only when empty.
    sub.userId = QStringLiteral("u2");
    sub.userIdAlt = QStringLiteral("alt");
    sub.chatType = QStringLiteral("group");
    const qint64 cursor = f.k->notifySubs(id).first().lastEventId;
    QVERIFY(!f.k->addNotifySub(sub));
    const NotifySub s = f.k->notifySubs(id).first();
    QCOMPARE(s.userId, QStringLiteral("u1"));
    QCOMPARE(s.userIdAlt, QStringLiteral("alt"));
    QCOMPARE(s.chatType, QStringLiteral("group"));
    QCOMPARE(s.lastEventId, cursor);
    QCOMPARE(f.k->notifySubs(id).size(), 1);
}

void TestRecords::gcEventsDropsOnlyOldEventsOfFinishedTasks()
{
    KernelFixture f;
    const QString done = f.create(QStringLiteral("done"), QStringLiteral("w"));
    const QString active = f.create(QStringLiteral("active"));
    const QString gone = f.create(QStringLiteral("archived"));
    f.claim(done);
    f.k->addComment(done, QStringLiteral("me"), QStringLiteral("kept"));
    f.clock.advance(40 * kDay);
    QVERIFY(f.k->completeTask(done));
    QVERIFY(f.k->archiveTask(gone).ok);
    const int activeEvents = f.k->events(active).size();
    // Old: done's created, claimed, commented; gone's created.
    QCOMPARE(f.k->gcEvents(30 * kDay), 4);
    QCOMPARE(f.kinds(done), QStringList{EventKind::Completed});
    QCOMPARE(f.kinds(gone), QStringList{EventKind::Archived});
    QCOMPARE(f.k->events(active).size(), activeEvents); // an active task keeps its history
    QCOMPARE(f.k->comments(done).size(), 1);            // comments and runs are never pruned
    QCOMPARE(f.k->runs(done).size(), 1);
    QCOMPARE(f.k->gcEvents(30 * kDay), 0);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
