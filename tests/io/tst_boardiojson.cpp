// BoardIo::exportJson / importJson: exact round trip, refusals that leave
// the board unchanged, and the export schema kept in step with the tables.
#include "model/Sql.h"
#include "model/io/BoardIoTables.h"
#include "tests/io/IoTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QString kTricky =
    QStringLiteral("émoji 🚀, quotes \"x\" 'y', RTL عربى\nsecond line\ttab \\ back");

struct Seeded
{
    QString triage, todo, ready, running, blocked, review, done, archived, deleted;
    qint64 runningRun = 0;
};

// Every status, links, tricky comments, runs with metadata, subscriptions
// and a sequence gap left by a hard-deleted task.
Seeded seed(IoBoard &b)
{
    Kernel &k = *b.k;
    Seeded s;
    auto create = [&](const QString &title, const QString &assignee,
                      const QStringList &parents = {}) {
        CreateOptions o;
        o.title = title;
        o.assignee = assignee;
        o.parents = parents;
        o.tenant = QStringLiteral("acme");
        return k.createTask(o).id;
    };
    CreateOptions tri;
    tri.title = kTricky;
    tri.body = QStringLiteral("# Body\n\n- ") + kTricky;
    tri.triage = true;
    tri.priority = -3;
    s.triage = k.createTask(tri).id;

    s.done = create(QStringLiteral("research"), QStringLiteral("researcher"));
    b.clock.advance(5);
    s.running = create(QStringLiteral("write"), QStringLiteral("writer"), {s.done});
    s.todo = create(QStringLiteral("review"), QStringLiteral("reviewer"), {s.running});

    CreateOptions dir;
    dir.title = QStringLiteral("dir task");
    dir.assignee = QStringLiteral("coder");
    dir.workspaceKind = QStringLiteral("dir");
    dir.workspacePath = QStringLiteral("/srv/project");
    dir.idempotencyKey = QStringLiteral("gh-issue-1");
    dir.maxRuntimeSeconds = 600;
    dir.maxRetries = 2;
    s.blocked = k.createTask(dir).id;
    s.ready = create(QStringLiteral("unassigned chore"), {});
    s.review = create(QStringLiteral("to review"), QStringLiteral("coder"));
    s.archived = create(QStringLiteral("old"), QStringLiteral("writer"));
    s.deleted = create(QStringLiteral("gone"), QStringLiteral("writer"));

    k.addComment(s.done, QStringLiteral("alice"), kTricky);
    k.addComment(s.done, QStringLiteral("researcher"), QStringLiteral("WAL wins by 15x"));
    k.addComment(s.triage, QStringLiteral("bob"), QStringLiteral("line1\nline2\r\n\"quoted\""));

    b.clock.advance(10);
    if (!k.claimTask(s.done))
        return s;
    k.heartbeat(s.done, QStringLiteral("half way"));
    CompleteOptions c;
    c.result = QStringLiteral("WAL wins");
    c.summary = QStringLiteral("WAL is the right default");
    c.metadata = QStringLiteral("{\"changed_files\": [], \"verification\": \"bench\", \"n\": 3}");
    k.completeTask(s.done, c);
    b.clock.advance(10);
    const auto claimed = k.claimTask(s.running, 900, QStringLiteral("vm:1:abc"));
    s.runningRun = claimed && claimed->currentRunId ? *claimed->currentRunId : 0;
    k.claimTask(s.blocked);
    k.blockTask(s.blocked, QStringLiteral("needs credentials «staging»"));
    k.claimTask(s.review);
    k.requestReview(s.review, QStringLiteral("please look\nat this"));
    k.archiveTask(s.archived);

    NotifySub sub;
    sub.taskId = s.todo;
    sub.platform = QStringLiteral("telegram");
    sub.chatId = QStringLiteral("12345");
    sub.threadId = QStringLiteral("7");
    sub.userId = QStringLiteral("u1");
    k.addNotifySub(sub);
    // Kernel::addNotifySub binds a null thread id as NULL (NOT NULL fails); "" works.
    sub.threadId = QStringLiteral("");
    sub.userId.clear();
    sub.platform = QStringLiteral("webhook");
    sub.chatId = QStringLiteral("https://example.org/hook?x=1&y=\"2\"");
    k.addNotifySub(sub);

    // The newest events and comments vanish with this task: a sequence gap.
    k.addComment(s.deleted, QStringLiteral("x"), QStringLiteral("doomed"));
    k.archiveTask(s.deleted);
    k.deleteArchivedTask(s.deleted);
    return s;
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Replaces one field of one row of one array.
QJsonObject withField(QJsonObject root, const QString &array, int row, const QString &field,
                      const QJsonValue &value)
{
    QJsonArray a = root.value(array).toArray();
    QJsonObject o = a.at(row).toObject();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    a.replace(row, o);
    root.insert(array, a);
    return root;
}

QJsonObject withRow(QJsonObject root, const QString &array, const QJsonObject &row)
{
    QJsonArray a = root.value(array).toArray();
    a.append(row);
    root.insert(array, a);
    return root;
}

} // namespace

class TstBoardIoJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportShape();
    void exportIsStable();
    void roundTripIsExact();
    void importKeepsIdsAndCursors();
    void importedBoardKeepsWorking();
    void emptyBoardRoundTrip();
    void refusesNonEmptyBoard();
    void malformed_data();
    void malformed();
    void hostile_data();
    void hostile();
    void workspacePathsTheBoardMakesAreDropped();
    void minimalHandWrittenImport();
    void exportCoversEverySchemaColumn();
    void emptyStringsStayEmptyNotNull();

private:
    QByteArray m_base; // export of a small seeded board
    QJsonObject m_baseObject;
};

void TstBoardIoJson::initTestCase()
{
    IoBoard b;
    CreateOptions o;
    o.title = QStringLiteral("parent");
    const QString p = b.k->createTask(o).id;
    o.title = QStringLiteral("child");
    o.parents = {p};
    const QString c = b.k->createTask(o).id;
    b.k->addComment(c, QStringLiteral("alice"), QStringLiteral("hi"));
    NotifySub sub;
    sub.taskId = c;
    sub.platform = QStringLiteral("desktop");
    sub.chatId = QStringLiteral("me");
    sub.threadId = QStringLiteral(""); // see seed()
    b.k->addNotifySub(sub);
    b.k->claimTask(p);
    m_base = b.exportJson();
    m_baseObject = parseObject(m_base);
    QCOMPARE(m_baseObject.value(QStringLiteral("tasks")).toArray().size(), 2);
    QCOMPARE(m_baseObject.value(QStringLiteral("runs")).toArray().size(), 1);
}

void TstBoardIoJson::exportShape()
{
    IoBoard b(QStringLiteral("shape"));
    const Seeded s = seed(b);
    const QByteArray json = b.exportJson();
    QVERIFY(json.endsWith("}\n"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("qkanban-board"));
    QCOMPARE(root.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(root.value(QStringLiteral("board")).toString(), QStringLiteral("shape"));
    QCOMPARE(root.value(QStringLiteral("exported_at")).toInteger(), b.clock.now());
    // Key order as documented.
    const QByteArray head = json.left(json.indexOf("\"tasks\""));
    QVERIFY(head.indexOf("\"format\"") < head.indexOf("\"version\""));
    QVERIFY(head.indexOf("\"version\"") < head.indexOf("\"board\""));
    QVERIFY(head.indexOf("\"board\"") < head.indexOf("\"exported_at\""));
    QVERIFY(json.indexOf("\"links\"") < json.indexOf("\"comments\""));
    QVERIFY(json.indexOf("\"events\"") < json.indexOf("\"runs\""));
    QVERIFY(json.indexOf("\"notify_subs\"") < json.indexOf("\"sequences\""));

    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 8); // the hard-deleted one is gone
    QStringList ids;
    QStringList statuses;
    for (const auto &t : tasks) {
        ids << t.toObject().value(QStringLiteral("id")).toString();
        statuses << t.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(t.toObject().size(), BoardIoTables::table(QStringLiteral("tasks")).columns.size());
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    statuses.sort();
    QStringList every = TaskStatus::all();
    every.sort();
    QCOMPARE(statuses, every);

    for (const auto &t : tasks) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("id")).toString() == s.triage) {
            QCOMPARE(o.value(QStringLiteral("title")).toString(), kTricky.trimmed());
            QCOMPARE(o.value(QStringLiteral("priority")).toInteger(), -3);
            QVERIFY(o.value(QStringLiteral("assignee")).isNull());
        }
    }
    // Events carry ids, run ids and the payload as stored text.
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QVERIFY(events.size() > 10);
    qint64 last = 0;
    bool sawRunScoped = false;
    for (const auto &e : events) {
        const QJsonObject o = e.toObject();
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > last);
        last = o.value(QStringLiteral("id")).toInteger();
        QVERIFY(o.value(QStringLiteral("payload")).isString() ||
                o.value(QStringLiteral("payload")).isNull());
        sawRunScoped = sawRunScoped || !o.value(QStringLiteral("run_id")).isNull();
    }
    QVERIFY(sawRunScoped);
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    bool sawMetadata = false;
    for (const auto &r : runs) {
        const QJsonObject o = r.toObject();
        if (o.value(QStringLiteral("summary")).toString() ==
            QLatin1String("WAL is the right default")) {
            QVERIFY(o.value(QStringLiteral("metadata")).isString());
            QVERIFY(o.value(QStringLiteral("metadata"))
                        .toString()
                        .contains(QLatin1String("\"verification\"")));
            sawMetadata = true;
        }
    }
    QVERIFY(sawMetadata);
    QCOMPARE(root.value(QStringLiteral("notify_subs")).toArray().size(), 2);
    // The sequence keeps the gap the deleted task left.
    const QJsonObject seq = root.value(QStringLiteral("sequences")).toObject();
    QVERIFY(seq.value(QStringLiteral("task_events")).toInteger() > last);
    QCOMPARE(seq.value(QStringLiteral("task_comments")).toInteger(), 5);
    QCOMPARE(root.value(QStringLiteral("comments")).toArray().size(), 4); // incl. "BLOCKED: ..."
}

void TstBoardIoJson::exportIsStable()
{
    IoBoard b;
    seed(b);
    const QByteArray first = b.exportJson();
    QCOMPARE(b.exportJson(), first);
    b.clock.advance(100);
    const QByteArray later = b.exportJson();
    QVERIFY(later != first);
    QCOMPARE(normalised(later), normalised(first));
}

void TstBoardIoJson::roundTripIsExact()
{
    IoBoard a(QStringLiteral("source"));
    seed(a);
    const QByteArray exported = a.exportJson();

    IoBoard b(QStringLiteral("target"));
    const BoardIo::ImportStats st = BoardIo::importJson(*b.board, exported);
    QCOMPARE(st.tasks, 8);
    QCOMPARE(st.comments, 4);
    QCOMPARE(st.subscriptions, 2);
    // The running task's worker belongs to the source board: the copy
    // holds it as ready (importKeepsIdsAndCursors); nothing else changes.
    QCOMPARE(st.warnings.size(), 1);
    const QByteArray again = b.exportJson();
    QVERIFY(again.contains("\"board\": \"target\""));

    // A board with nothing running round-trips exactly.
    IoBoard c(QStringLiteral("third"));
    QVERIFY(BoardIo::importJson(*c.board, again).warnings.isEmpty());
    QCOMPARE(normalised(c.exportJson()), normalised(again));
}

void TstBoardIoJson::importKeepsIdsAndCursors()
{
    IoBoard a;
    const Seeded s = seed(a);
    IoBoard b;
    BoardIo::importJson(*b.board, a.exportJson());

    // One event more: the running task's `reclaimed`, after every
    // imported id.
    QCOMPARE(b.k->eventsSince(0, 1000).size(), a.k->eventsSince(0, 1000).size() + 1);
    const Event detached = b.k->events(s.running).last();
    QCOMPARE(detached.kind, EventKind::Reclaimed);
    QVERIFY(detached.id > a.k->latestEventId());
    QCOMPARE(detached.runId, OptInt(s.runningRun));
    QVERIFY(detached.payload.contains(QStringLiteral("\"prev_lock\": \"vm:1:abc\"")));
    const Task running = b.k->requireTask(s.running);
    QCOMPARE(running.status, TaskStatus::Ready);
    QCOMPARE(running.currentRunId, OptInt());
    QVERIFY(running.claimLock.isNull());
    QCOMPARE(running.claimExpires, OptInt());
    QCOMPARE(running.workerPid, OptInt());
    const auto run = b.k->run(s.runningRun);
    QVERIFY(run);
    QCOMPARE(run->taskId, s.running);
    QCOMPARE(run->outcome, EventKind::Reclaimed);
    QVERIFY(run->endedAt);
    QVERIFY(run->claimLock.isNull());

    const QList<Comment> ca = a.k->comments(s.done), cb = b.k->comments(s.done);
    QCOMPARE(cb.size(), ca.size());
    for (int i = 0; i < ca.size(); ++i) {
        QCOMPARE(cb.at(i).id, ca.at(i).id);
        QCOMPARE(cb.at(i).body, ca.at(i).body);
        QCOMPARE(cb.at(i).author, ca.at(i).author);
    }
    QCOMPARE(cb.first().body, kTricky);
    QCOMPARE(b.k->requireTask(s.triage).title, kTricky.trimmed());
    QCOMPARE(b.k->parentIds(s.todo), QStringList{s.running});
    QCOMPARE(b.k->childIds(s.done), QStringList{s.running});
    const QList<NotifySub> subs = b.k->notifySubs(s.todo);
    QCOMPARE(subs.size(), 2);
    const Task blocked = b.k->requireTask(s.blocked);
    QCOMPARE(blocked.workspaceKind, QStringLiteral("dir"));
    QCOMPARE(blocked.workspacePath, QStringLiteral("/srv/project"));
    QCOMPARE(blocked.idempotencyKey, QStringLiteral("gh-issue-1"));
    QCOMPARE(blocked.maxRuntimeSeconds, OptInt(600));
    QCOMPARE(blocked.maxRetries, OptInt(2));
}

void TstBoardIoJson::importedBoardKeepsWorking()
{
    IoBoard a;
    const Seeded s = seed(a);
    const QByteArray json = a.exportJson();
    const qint64 seqEvents = parseObject(json)
                                 .value(QStringLiteral("sequences"))
                                 .toObject()
                                 .value(QStringLiteral("task_events"))
                                 .toInteger();
    QVERIFY(seqEvents > a.k->latestEventId()); // the gap

    IoBoard b;
    BoardIo::importJson(*b.board, json);
    // New rows continue after the source's sequence, never reusing an id.
    b.k->addComment(s.todo, QStringLiteral("carol"), QStringLiteral("after import"));
    QVERIFY(b.k->latestEventId() > seqEvents);
    QCOMPARE(b.k->comments(s.todo).last().id, 6);
    // The source board's worker cannot report into the copy: its run was
    // closed on import; the task is ready for a worker of this board.
    CompleteOptions c;
    c.result = QStringLiteral("done after import");
    c.expectedRunId = s.runningRun;
    QVERIFY_THROWS_EXCEPTION(KanbanError, b.k->completeTask(s.running, c));
    QCOMPARE(b.k->run(s.runningRun)->outcome, EventKind::Reclaimed);
    c.expectedRunId = {};
    QVERIFY(b.k->completeTask(s.running, c));
    b.k->recomputeReady();
    QCOMPARE(b.k->requireTask(s.todo).status, TaskStatus::Ready);
    // The idempotency key still deduplicates.
    CreateOptions dup;
    dup.title = QStringLiteral("again");
    dup.idempotencyKey = QStringLiteral("gh-issue-1");
    const CreateResult r = b.k->createTask(dup);
    QVERIFY(r.existed);
    QCOMPARE(r.id, s.blocked);
}

void TstBoardIoJson::emptyBoardRoundTrip()
{
    IoBoard a;
    const QByteArray json = a.exportJson();
    IoBoard b;
    const BoardIo::ImportStats st = BoardIo::importJson(*b.board, json);
    QCOMPARE(st.tasks, 0);
    QCOMPARE(normalised(b.exportJson()), normalised(json));
}

void TstBoardIoJson::refusesNonEmptyBoard()
{
    IoBoard b;
    CreateOptions o;
    o.title = QStringLiteral("already here");
    b.k->createTask(o);
    const QByteArray before = b.exportJson();
    const auto e = thrown([&] { BoardIo::importJson(*b.board, m_base); });
    QVERIFY(e);
    QCOMPARE(e->kind(), KanbanError::Conflict);
    QCOMPARE(e->message(),
             QStringLiteral("board already has 1 task(s); import into an empty board"));
    QCOMPARE(b.exportJson(), before);
}

void TstBoardIoJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject base = m_baseObject;
    const QJsonObject task0 = base.value(QStringLiteral("tasks")).toArray().at(0).toObject();
    const QString id0 = task0.value(QStringLiteral("id")).toString();
    const QString id1 = base.value(QStringLiteral("tasks"))
                            .toArray()
                            .at(1)
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString();

    QTest::newRow("not json") << QByteArray("this is not json")
                              << QStringLiteral("malformed JSON at offset");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << m_base.left(m_base.size() / 2)
                               << QStringLiteral("malformed JSON");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << QStringLiteral("top level must be a JSON object");
    QJsonObject o = base;
    o.insert(QStringLiteral("format"), QStringLiteral("trello"));
    QTest::newRow("format") << dump(o) << QStringLiteral("'format' must be \"qkanban-board\"");
    o = base;
    o.remove(QStringLiteral("format"));
    QTest::newRow("no format") << dump(o) << QStringLiteral("'format' must be");
    o = base;
    o.insert(QStringLiteral("version"), 2);
    QTest::newRow("version 2") << dump(o) << QStringLiteral("unsupported version 2");
    o.insert(QStringLiteral("version"), QStringLiteral("1"));
    QTest::newRow("version text") << dump(o) << QStringLiteral("unsupported version \"1\"");
    o = base;
    o.insert(QStringLiteral("board"), 3);
    QTest::newRow("board number") << dump(o) << QStringLiteral("'board' must be a string");
    o = base;
    o.insert(QStringLiteral("exported_at"), QStringLiteral("today"));
    QTest::newRow("exported_at text")
        << dump(o) << QStringLiteral("'exported_at' must be an integer");
    o = base;
    o.remove(QStringLiteral("tasks"));
    QTest::newRow("no tasks") << dump(o) << QStringLiteral("missing field 'tasks'");
    o = base;
    o.insert(QStringLiteral("tasks"), QStringLiteral("many"));
    QTest::newRow("tasks not array") << dump(o) << QStringLiteral("'tasks' must be an array");
    o = base;
    o.insert(QStringLiteral("tasks"), QJsonArray{1});
    QTest::newRow("task not object") << dump(o) << QStringLiteral("tasks[0] must be an object");
    o = base;
    o.insert(QStringLiteral("columns"), QJsonArray{});
    QTest::newRow("unknown top field") << dump(o) << QStringLiteral("unknown field 'columns'");
    QTest::newRow("missing title")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("title"),
                          QJsonValue::Undefined))
        << QStringLiteral("tasks[0].title: missing field");
    QTest::newRow("empty title") << dump(withField(base, QStringLiteral("tasks"), 0,
                                                   QStringLiteral("title"), QStringLiteral("  ")))
                                 << QStringLiteral("tasks[0].title must not be empty");
    QTest::newRow("title number") << dump(withField(base, QStringLiteral("tasks"), 0,
                                                    QStringLiteral("title"), 7))
                                  << QStringLiteral("tasks[0].title must be a string");
    QTest::newRow("missing created_at")
        << dump(withField(base, QStringLiteral("tasks"), 1, QStringLiteral("created_at"),
                          QJsonValue::Undefined))
        << QStringLiteral("tasks[1].created_at: missing field");
    QTest::newRow("priority text")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("priority"),
                          QStringLiteral("high")))
        << QStringLiteral("tasks[0].priority must be an integer");
    QTest::newRow("priority fraction")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("priority"), 1.5))
        << QStringLiteral("tasks[0].priority must be an integer");
    QTest::newRow("priority bool")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("priority"), true))
        << QStringLiteral("tasks[0].priority must be an integer");
    QTest::newRow("status null") << dump(withField(base, QStringLiteral("tasks"), 0,
                                                   QStringLiteral("status"), QJsonValue::Null))
                                 << QStringLiteral("tasks[0].status must not be null");
    QTest::newRow("invalid status")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("status"),
                          QStringLiteral("doing")))
        << QStringLiteral("tasks[0].status: unknown status 'doing'");
    QTest::newRow("bad workspace kind")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("workspace_kind"),
                          QStringLiteral("cloud")))
        << QStringLiteral("unknown workspace kind 'cloud'");
    QTest::newRow("unknown task field")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("colour"),
                          QStringLiteral("red")))
        << QStringLiteral("tasks[0]: unknown field 'colour'");
    QTest::newRow("duplicate task id")
        << dump(withField(base, QStringLiteral("tasks"), 1, QStringLiteral("id"), id0))
        << QStringLiteral("tasks[1]: duplicate task id ") + id0;
    QTest::newRow("empty task id") << dump(withField(base, QStringLiteral("tasks"), 1,
                                                     QStringLiteral("id"), QStringLiteral("")))
                                   << QStringLiteral("tasks[1].id must not be empty");
    o = withField(base, QStringLiteral("tasks"), 0, QStringLiteral("idempotency_key"),
                  QStringLiteral("k"));
    o = withField(o, QStringLiteral("tasks"), 1, QStringLiteral("idempotency_key"),
                  QStringLiteral("k"));
    QTest::newRow("duplicate live key")
        << dump(o) << QStringLiteral("idempotency key 'k' is already used");
    QTest::newRow("link to unknown")
        << dump(withRow(base, QStringLiteral("links"),
                        {{QStringLiteral("parent_id"), id0},
                         {QStringLiteral("child_id"), QStringLiteral("t_nothere")}}))
        << QStringLiteral("links[1]: link to unknown task t_nothere");
    QTest::newRow("self link") << dump(withRow(base, QStringLiteral("links"),
                                               {{QStringLiteral("parent_id"), id0},
                                                {QStringLiteral("child_id"), id0}}))
                               << QStringLiteral("cannot depend on itself");
    const QJsonObject link = base.value(QStringLiteral("links")).toArray().at(0).toObject();
    QTest::newRow("duplicate link") << dump(withRow(base, QStringLiteral("links"), link))
                                    << QStringLiteral("links[1]: duplicate link");
    QTest::newRow("cycle")
        << dump(withRow(base, QStringLiteral("links"),
                        {{QStringLiteral("parent_id"), link.value(QStringLiteral("child_id"))},
                         {QStringLiteral("child_id"), link.value(QStringLiteral("parent_id"))}}))
        << QStringLiteral("would create a cycle");
    QTest::newRow("link missing child")
        << dump(withField(base, QStringLiteral("links"), 0, QStringLiteral("child_id"),
                          QJsonValue::Undefined))
        << QStringLiteral("links[0].child_id: missing field");
    QTest::newRow("comment unknown task")
        << dump(withField(base, QStringLiteral("comments"), 0, QStringLiteral("task_id"),
                          QStringLiteral("t_nothere")))
        << QStringLiteral("comments[0]: unknown task t_nothere");
    QTest::newRow("comment no id") << dump(withField(base, QStringLiteral("comments"), 0,
                                                     QStringLiteral("id"), QJsonValue::Undefined))
                                   << QStringLiteral("comments[0].id: missing field");
    QTest::newRow("comment id zero")
        << dump(withField(base, QStringLiteral("comments"), 0, QStringLiteral("id"), 0))
        << QStringLiteral("comments[0].id must be positive");
    const QJsonObject ev = base.value(QStringLiteral("events")).toArray().at(0).toObject();
    QTest::newRow("duplicate event id")
        << dump(withRow(base, QStringLiteral("events"), ev))
        << QStringLiteral("duplicate id ") +
               QString::number(ev.value(QStringLiteral("id")).toInteger());
    QTest::newRow("payload object")
        << dump(withField(base, QStringLiteral("events"), 0, QStringLiteral("payload"),
                          QJsonObject{{QStringLiteral("a"), 1}}))
        << QStringLiteral("events[0].payload must be a string");
    QTest::newRow("run unknown task")
        << dump(withField(base, QStringLiteral("runs"), 0, QStringLiteral("task_id"),
                          id1 + QStringLiteral("x")))
        << QStringLiteral("runs[0]: unknown task");
    QTest::newRow("run status missing")
        << dump(withField(base, QStringLiteral("runs"), 0, QStringLiteral("status"),
                          QJsonValue::Undefined))
        << QStringLiteral("runs[0].status: missing field");
    const QJsonObject sub = base.value(QStringLiteral("notify_subs")).toArray().at(0).toObject();
    QTest::newRow("duplicate sub") << dump(withRow(base, QStringLiteral("notify_subs"), sub))
                                   << QStringLiteral("notify_subs[1]: duplicate subscription");
    QTest::newRow("sub unknown task")
        << dump(withField(base, QStringLiteral("notify_subs"), 0, QStringLiteral("task_id"),
                          QStringLiteral("t_x")))
        << QStringLiteral("notify_subs[0]: unknown task t_x");
    o = base;
    o.insert(QStringLiteral("comments"), QJsonObject{});
    QTest::newRow("comments not array") << dump(o) << QStringLiteral("'comments' must be an array");
    o = base;
    o.insert(QStringLiteral("sequences"), QJsonObject{{QStringLiteral("task_events"), -1}});
    QTest::newRow("negative sequence")
        << dump(o) << QStringLiteral("sequences.task_events must be a non-negative integer");
    o.insert(QStringLiteral("sequences"), QJsonObject{{QStringLiteral("tasks"), 3}});
    QTest::newRow("unknown sequence")
        << dump(o) << QStringLiteral("sequences: unknown table 'tasks'");
}

void TstBoardIoJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    IoBoard b;
    const QByteArray before = b.exportJson();
    const auto e = thrown([&] { BoardIo::importJson(*b.board, json); });
    QVERIFY2(e, "the import was accepted");
    QCOMPARE(e->kind(), KanbanError::BadInput);
    QVERIFY2(e->message().startsWith(QLatin1String("invalid board export: ")),
             qPrintable(e->message()));
    QVERIFY2(e->message().contains(expected), qPrintable(e->message()));
    QVERIFY(!e->message().contains(QLatin1Char('\n')));
    QCOMPARE(b.taskCount(), 0);
    QCOMPARE(b.exportJson(), before);
    // The board is still usable and the valid file still imports.
    QCOMPARE(BoardIo::importJson(*b.board, m_base).tasks, 2);
}

// Ids, names and paths the CLI would refuse at creation: the whole file is
// refused with one line naming the first bad record, the board unchanged.
void TstBoardIoJson::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject base = m_baseObject;
    const QJsonArray tasks = base.value(QStringLiteral("tasks")).toArray();
    const QString id0 = tasks.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString id1 = tasks.at(1).toObject().value(QStringLiteral("id")).toString();
    const auto renamed = [&](const QString &from, const QString &to) {
        // JSON-escaped, so that a NUL or quote lands in the file as text.
        QByteArray to8 = QJsonDocument(QJsonArray{to}).toJson(QJsonDocument::Compact);
        to8 = to8.mid(2, to8.size() - 4);
        return QByteArray(m_base).replace(from.toUtf8(), to8);
    };
    QTest::newRow("id climbs out")
        << renamed(id1, QStringLiteral("../../../../x/outside/victim"))
        << QStringLiteral("tasks[1].id \"../../../../x/outside/victim\" is not "
                          "a task id");
    QTest::newRow("absolute id") << renamed(id0, QStringLiteral("/etc/passwd"))
                                 << QStringLiteral("tasks[0].id \"/etc/passwd\" is not a task id");
    QTest::newRow("dot dot id") << renamed(id0, QStringLiteral(".."))
                                << QStringLiteral("tasks[0].id \"..\" is not a task id");
    QTest::newRow("nul in id") << renamed(id0, QStringLiteral("t_0000") + QChar(0) +
                                                   QStringLiteral("0001"))
                               << QStringLiteral("holds a NUL character");
    QTest::newRow("unicode id") << renamed(id0, QStringLiteral("t_ｄｅａｄｂｅｅｆ"))
                                << QStringLiteral("is not a task id");
    QTest::newRow("long id") << renamed(id0, QStringLiteral("t_") + QString(300, QLatin1Char('a')))
                             << QStringLiteral("\"... is not a task id");
    QTest::newRow("assignee path")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("assignee"),
                          QStringLiteral("../../etc")))
        << QStringLiteral("tasks[0].assignee \"../../etc\" is not a profile name");
    QTest::newRow("reviewer spaces")
        << dump(withField(base, QStringLiteral("tasks"), 1, QStringLiteral("reviewer"),
                          QStringLiteral("Bad Name!")))
        << QStringLiteral("tasks[1].reviewer \"Bad Name!\" is not a profile name");
    QTest::newRow("run profile") << dump(withField(base, QStringLiteral("runs"), 0,
                                                   QStringLiteral("profile"),
                                                   QStringLiteral("a/b")))
                                 << QStringLiteral("runs[0].profile \"a/b\" is not a profile name");
    QJsonObject o = withField(base, QStringLiteral("tasks"), 1, QStringLiteral("workspace_kind"),
                              QStringLiteral("dir"));
    QTest::newRow("dir without path")
        << dump(o) << QStringLiteral("tasks[1].workspace_kind \"dir\" needs a workspace_path");
    QTest::newRow("dir relative")
        << dump(withField(o, QStringLiteral("tasks"), 1, QStringLiteral("workspace_path"),
                          QStringLiteral("../../home")))
        << QStringLiteral("tasks[1].workspace_path \"../../home\" is not an absolute path");
    QTest::newRow("dir unclean") << dump(withField(o, QStringLiteral("tasks"), 1,
                                                   QStringLiteral("workspace_path"),
                                                   QStringLiteral("/srv/a/../../etc")))
                                 << QStringLiteral("is not a clean path");
    QTest::newRow("dir newline") << dump(withField(o, QStringLiteral("tasks"), 1,
                                                   QStringLiteral("workspace_path"),
                                                   QStringLiteral("/srv/a\nb")))
                                 << QStringLiteral("has control characters");
    QTest::newRow("branch option")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("branch_name"),
                          QStringLiteral("--output=/tmp/x")))
        << QStringLiteral("tasks[0].branch_name \"--output=/tmp/x\" is not a branch name");
    QTest::newRow("skills not names")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("skills"),
                          QStringLiteral("[\"a b\"]")))
        << QStringLiteral("tasks[0].skills");
    QTest::newRow("skills not json")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("skills"),
                          QStringLiteral("../x")))
        << QStringLiteral("is not a JSON array of skill names");
    QTest::newRow("nul in title")
        << dump(withField(base, QStringLiteral("tasks"), 0, QStringLiteral("title"),
                          QStringLiteral("a") + QChar(0) + QStringLiteral("b")))
        << QStringLiteral("tasks[0].title \"a\\u0000b\" holds a NUL character");
    const QJsonObject run0 = base.value(QStringLiteral("runs")).toArray().at(0).toObject();
    const int other = run0.value(QStringLiteral("task_id")).toString() == id0 ? 1 : 0;
    QTest::newRow("current run of another task")
        << dump(withField(base, QStringLiteral("tasks"), other, QStringLiteral("current_run_id"),
                          run0.value(QStringLiteral("id"))))
        << QStringLiteral("tasks[%1].current_run_id").arg(other);
    QTest::newRow("event run id") << dump(withField(base, QStringLiteral("events"), 0,
                                                    QStringLiteral("run_id"), -4))
                                  << QStringLiteral("events[0].run_id \"-4\" is not a run id");
    QTest::newRow("platform path")
        << dump(withField(base, QStringLiteral("notify_subs"), 0, QStringLiteral("platform"),
                          QStringLiteral("../../bin/sh")))
        << QStringLiteral("notify_subs[0].platform");
    o = withField(base, QStringLiteral("notify_subs"), 0, QStringLiteral("platform"),
                  QStringLiteral("webhook"));
    QTest::newRow("webhook file url")
        << dump(withField(o, QStringLiteral("notify_subs"), 0, QStringLiteral("chat_id"),
                          QStringLiteral("file:///etc/passwd")))
        << QStringLiteral("is not an http(s) URL");
    o = base;
    o.insert(QStringLiteral("board"), QStringLiteral("../other"));
    QTest::newRow("board slug") << dump(o)
                                << QStringLiteral("board \"../other\" is not a board slug");
}

void TstBoardIoJson::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    IoBoard b;
    const QByteArray before = b.exportJson();
    const auto e = thrown([&] { BoardIo::importJson(*b.board, json); });
    QVERIFY2(e, "the import was accepted");
    QCOMPARE(e->kind(), KanbanError::BadInput);
    QVERIFY2(e->message().startsWith(QLatin1String("import refused: ")), qPrintable(e->message()));
    QVERIFY2(e->message().contains(expected), qPrintable(e->message()));
    QVERIFY(!e->message().contains(QLatin1Char('\n')));
    QVERIFY(!e->message().contains(QChar(0)));
    QCOMPARE(b.taskCount(), 0);
    QCOMPARE(b.exportJson(), before);
    QCOMPARE(BoardIo::importJson(*b.board, m_base).tasks, 2);
}

// A scratch or worktree path in a file names another board's folder (or
// any folder): the import drops it and says so; a dir: path stays.
void TstBoardIoJson::workspacePathsTheBoardMakesAreDropped()
{
    QJsonObject o = withField(m_baseObject, QStringLiteral("tasks"), 0,
                              QStringLiteral("workspace_path"), QStringLiteral("/home/u/.ssh"));
    o = withField(o, QStringLiteral("tasks"), 1, QStringLiteral("workspace_kind"),
                  QStringLiteral("worktree"));
    o = withField(o, QStringLiteral("tasks"), 1, QStringLiteral("workspace_path"),
                  QStringLiteral("/home/u/src/app"));
    IoBoard b;
    const BoardIo::ImportStats st = BoardIo::importJson(*b.board, dump(o));
    QCOMPARE(st.tasks, 2);
    QVERIFY2(st.warnings.join(QLatin1Char('|')).contains(QStringLiteral("2 scratch or worktree")),
             qPrintable(st.warnings.join(QLatin1Char('|'))));
    for (const QJsonValue &t : parseObject(b.exportJson()).value(QStringLiteral("tasks")).toArray())
        QVERIFY(t.toObject().value(QStringLiteral("workspace_path")).isNull());

    IoBoard c(QStringLiteral("dirs"));
    o = withField(m_baseObject, QStringLiteral("tasks"), 0, QStringLiteral("workspace_kind"),
                  QStringLiteral("dir"));
    o = withField(o, QStringLiteral("tasks"), 0, QStringLiteral("workspace_path"),
                  QStringLiteral("/srv/project"));
    QVERIFY(BoardIo::importJson(*c.board, dump(o))
                .warnings.filter(QStringLiteral("scratch"))
                .isEmpty());
    QCOMPARE(parseObject(c.exportJson())
                 .value(QStringLiteral("tasks"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("workspace_path"))
                 .toString(),
             QStringLiteral("/srv/project"));
}

void TstBoardIoJson::minimalHandWrittenImport()
{
    // Only required fields; defaults fill the rest.
    const QByteArray json = R"({"format": "qkanban-board", "version": 1, "tasks": [
        {"id": "t_00000001", "title": "hand made", "status": "ready", "created_at": 5, "updated_at": 6}],
        "notify_subs": [{"task_id": "t_00000001", "platform": "desktop", "chat_id": "me", "created_at": 7}]})";
    IoBoard b;
    const BoardIo::ImportStats st = BoardIo::importJson(*b.board, json);
    QCOMPARE(st.tasks, 1);
    const Task t = b.k->requireTask(QStringLiteral("t_00000001"));
    QCOMPARE(t.priority, 0);
    QCOMPARE(t.workspaceKind, QStringLiteral("scratch"));
    QCOMPARE(t.consecutiveFailures, 0);
    QVERIFY(t.body.isNull());
    const QList<NotifySub> subs = b.k->notifySubs();
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.first().threadId, QString());
    QCOMPARE(subs.first().lastEventId, 0);
}

void TstBoardIoJson::exportCoversEverySchemaColumn()
{
    QK_SKIP_ON_PG("lists the columns with PRAGMA table_info (one schema for both)");
    // A migration that adds a column must be reflected in BoardIoTables.
    IoBoard b;
    for (const BoardIoTables::Table &t : BoardIoTables::tables()) {
        QStringList schema;
        QSqlQuery q = Sql::exec(b.board->db(), QStringLiteral("PRAGMA table_info(%1)").arg(t.sql));
        while (q.next())
            schema << q.value(1).toString();
        QCOMPARE(t.columnNames(), schema);
    }
    // Every table holds board data we export, or is known not to.
    QStringList exported{QStringLiteral("schema_version"), QStringLiteral("sqlite_sequence"),
                         QStringLiteral("dispatcher_status"), // per-host runtime state
                         QStringLiteral("profile_pauses")};   // this dispatcher's verdicts
    for (const BoardIoTables::Table &t : BoardIoTables::tables())
        exported << t.sql;
    QSqlQuery q = Sql::exec(b.board->db(),
                            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next())
        QVERIFY2(exported.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
}

void TstBoardIoJson::emptyStringsStayEmptyNotNull()
{
    // Regression: QSQLITE binds a null QString as NULL, so "" from JSON
    // became NULL (and a NOT NULL thread_id failed).
    const QByteArray json = R"({"format": "qkanban-board", "version": 1, "tasks": [
        {"id": "t_00000001", "title": "t", "body": "", "result": "", "status": "todo", "created_at": 1, "updated_at": 1}],
        "comments": [{"id": 1, "task_id": "t_00000001", "author": "", "body": "", "created_at": 1}],
        "notify_subs": [{"task_id": "t_00000001", "platform": "desktop", "chat_id": "me", "thread_id": "", "created_at": 1}]})";
    IoBoard b;
    BoardIo::importJson(*b.board, json);
    const Task t = b.k->requireTask(QStringLiteral("t_00000001"));
    QVERIFY(!t.body.isNull());
    QVERIFY(t.body.isEmpty());
    QVERIFY(Sql::scalar(b.board->db(),
                        QStringLiteral("SELECT body IS NOT NULL AND result IS NOT NULL FROM tasks"))
                .toBool());
    const QByteArray out = b.exportJson();
    QVERIFY(out.contains("\"body\": \"\""));
    QVERIFY(out.contains("\"author\": \"\""));
    QVERIFY(out.contains("\"thread_id\": \"\""));
}

QTEST_GUILESS_MAIN(TstBoardIoJson)
#include "tst_boardiojson.moc"
