// BoardIo::importHermes: the real Hermes board in fixtures/ field by field,
// legacy schemas, and damaged files that must fail cleanly.
#include "model/Sql.h"
#include "model/Types.h"
#include "tests/io/IoTestUtil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QString kFixture = QStringLiteral(QKANBAN_FIXTURES_DIR "/hermes-board.db");

// Task ids of the fixture.
const QString kResearch = QStringLiteral("t_a38217c9");
const QString kWrite = QStringLiteral("t_ca13b44e");
const QString kReview = QStringLiteral("t_a27e177a");
const QString kIdea = QStringLiteral("t_74bc7ad0");
const QString kChore = QStringLiteral("t_46a8c805");
const QString kWebhook = QStringLiteral("t_23da6e0f");
const QString kFlaky = QStringLiteral("t_b83a541f");
const QString kOld = QStringLiteral("t_c829f679");
constexpr qint64 kT0 = 1795681444;
constexpr qint64 kT1 = 1795681445;

// Builds a small SQLite file with the given statements (test input only).
void makeSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("maker-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s))
                qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstHermesImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void leavesTheFileUntouched();
    void stats();
    void tasksFieldByField();
    void links();
    void comments();
    void events();
    void runs();
    void subscription();
    void boardKeepsWorking();
    void roundTripsThroughJson();
    void refusesNonEmptyBoard();
    void damaged_data();
    void damaged();
    void readOnlyDirectory();
    void walBoardWhileHermesHasItOpen();
    void walBoardAtRestStaysAlone();
    void walBoardInReadOnlyDirectory();
    void legacySchema();
    void missingTablesAreTolerated();
    void oddRowsAreRepaired();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_copy;
};

void TstHermesImport::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_copy = m_tmp->filePath(QStringLiteral("kanban.db"));
    QVERIFY(QFile::copy(kFixture, m_copy));
    QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
}

void TstHermesImport::leavesTheFileUntouched()
{
    const QByteArray before = fileSha256(m_copy);
    QCOMPARE(before, fileSha256(kFixture));
    const QDateTime mtime = QFileInfo(m_copy).lastModified();
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    QCOMPARE(fileSha256(m_copy), before);
    QCOMPARE(readFile(m_copy), readFile(kFixture));
    QCOMPARE(QFileInfo(m_copy).lastModified(), mtime);
    // No journal, WAL or shm file left beside it.
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), QStringList{QStringLiteral("kanban.db")});
}

void TstHermesImport::stats()
{
    IoBoard b;
    const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, m_copy);
    QCOMPARE(s.tasks, 8);
    QCOMPARE(s.links, 2);
    QCOMPARE(s.comments, 3);
    QCOMPARE(s.events, 19);
    QCOMPARE(s.runs, 4);
    QCOMPARE(s.subscriptions, 1);
    // The one running task's worker belongs to the original board.
    // The original's scratch folders are not this board's.
    QCOMPARE(s.warnings,
             (QStringList{QStringLiteral("2 scratch or worktree path(s) from the file dropped: "
                                         "this board makes its own (<board>/workspaces/<id>, "
                                         "<repo>/.worktrees/<id>)"),
                          QStringLiteral("1 running task(s) returned to ready, review or todo: "
                                         "their workers belong to the board they were exported "
                                         "from")}));
    QCOMPARE(b.taskCount(), 8);
}

void TstHermesImport::tasksFieldByField()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    Kernel &k = *b.k;

    const Task research = k.requireTask(kResearch);
    QCOMPARE(
        research.title,
        QStringLiteral("Research: compare SQLite WAL vs rollback journal for multi-writer boards"));
    QCOMPARE(research.body, QStringLiteral("Gather numbers.\n\n- WAL\n- DELETE journal\n\nReport "
                                           "**throughput** and `fsync` counts."));
    QCOMPARE(research.assignee, QStringLiteral("researcher"));
    QCOMPARE(research.status, TaskStatus::Done);
    QCOMPARE(research.priority, 2);
    QCOMPARE(research.tenant, QStringLiteral("acme"));
    QCOMPARE(research.createdBy, QStringLiteral("user"));
    QCOMPARE(research.createdAt, kT0);
    QCOMPARE(research.startedAt, OptInt(kT1));
    QCOMPARE(research.completedAt, OptInt(kT1));
    QCOMPARE(research.result, QStringLiteral("WAL: 50k commits/s NORMAL, 3.3k FULL"));
    QCOMPARE(research.workspaceKind, QStringLiteral("scratch"));
    // The original's scratch folder is not this board's: dropped.
    QVERIFY(research.workspacePath.isEmpty());
    QVERIFY(research.claimLock.isNull());
    QCOMPARE(research.claimExpires, OptInt());
    QCOMPARE(research.currentRunId, OptInt());
    QCOMPARE(research.consecutiveFailures, 0);
    QCOMPARE(research.updatedAt, kT1);

    const Task write = k.requireTask(kWrite);
    QCOMPARE(write.title, QStringLiteral("Write the design note from the research"));
    QVERIFY(write.body.isNull());
    QCOMPARE(write.assignee, QStringLiteral("writer"));
    QCOMPARE(write.status, TaskStatus::Ready); // its worker is the original's
    QCOMPARE(write.priority, 0);
    QCOMPARE(write.tenant, QStringLiteral("acme"));
    QCOMPARE(write.createdAt, kT0);
    QCOMPARE(write.startedAt, OptInt(kT1));
    QCOMPARE(write.completedAt, OptInt());
    QVERIFY(write.workspacePath.isEmpty());
    // No claim survives: the original board's worker holds it.
    QVERIFY(write.claimLock.isNull());
    QCOMPARE(write.claimExpires, OptInt());
    QCOMPARE(write.workerPid, OptInt());
    QCOMPARE(write.currentRunId, OptInt());

    const Task review = k.requireTask(kReview);
    QCOMPARE(review.title, QStringLiteral("Review the design note"));
    QCOMPARE(review.assignee, QStringLiteral("reviewer"));
    QCOMPARE(review.status, TaskStatus::Todo);
    QCOMPARE(review.priority, 1);
    QCOMPARE(review.tenant, QStringLiteral("acme"));
    QCOMPARE(review.startedAt, OptInt());
    QVERIFY(review.workspacePath.isNull());
    QCOMPARE(review.updatedAt, kT0);

    const Task idea = k.requireTask(kIdea);
    QCOMPARE(idea.title, QStringLiteral("Idea: auto-tag cards by component"));
    QVERIFY(idea.assignee.isNull());
    QCOMPARE(idea.status, TaskStatus::Triage);
    QCOMPARE(idea.createdBy, QStringLiteral("alice"));
    QVERIFY(idea.tenant.isNull());

    const Task chore = k.requireTask(kChore);
    QCOMPARE(chore.title, QStringLiteral("Unassigned chore: rotate logs"));
    QVERIFY(chore.assignee.isNull());
    QCOMPARE(chore.status, TaskStatus::Ready);

    const Task webhook = k.requireTask(kWebhook);
    QCOMPARE(webhook.title, QStringLiteral("Webhook-created task"));
    QCOMPARE(webhook.assignee, QStringLiteral("researcher"));
    QCOMPARE(webhook.status, TaskStatus::Ready);
    QCOMPARE(webhook.idempotencyKey, QStringLiteral("gh-issue-4711"));

    const Task flaky = k.requireTask(kFlaky);
    QCOMPARE(flaky.title,
             QStringLiteral("Fix flaky worker start (émoji 🚀, quotes \"x\", RTL عربى)"));
    QCOMPARE(flaky.assignee, QStringLiteral("coder"));
    QCOMPARE(flaky.status, TaskStatus::Blocked);
    QCOMPARE(flaky.priority, 3);
    QCOMPARE(flaky.createdAt, kT1);
    QCOMPARE(flaky.startedAt, OptInt(kT1));
    QCOMPARE(flaky.workspaceKind, QStringLiteral("dir"));
    QCOMPARE(flaky.workspacePath, QStringLiteral("/srv/project"));
    QCOMPARE(flaky.currentRunId, OptInt());

    const Task old = k.requireTask(kOld);
    QCOMPARE(old.title, QStringLiteral("Old task to archive"));
    QCOMPARE(old.assignee, QStringLiteral("writer"));
    QCOMPARE(old.status, TaskStatus::Archived);
    QCOMPARE(old.completedAt, OptInt(kT1));
    QCOMPARE(old.result, QStringLiteral("obsolete"));

    // Every status of the fixture, counted.
    QMap<QString, int> byStatus;
    for (const Task &t : k.listTasks(ListFilter{{}, {}, {}, true, {}}))
        ++byStatus[t.status];
    const QMap<QString, int> expected{{TaskStatus::Triage, 1},  {TaskStatus::Todo, 1},
                                      {TaskStatus::Ready, 3}, // one was running there
                                      {TaskStatus::Blocked, 1}, {TaskStatus::Done, 1},
                                      {TaskStatus::Archived, 1}};
    QCOMPARE(byStatus, expected);
}

void TstHermesImport::links()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    QCOMPARE(b.k->childIds(kResearch), QStringList{kWrite});
    QCOMPARE(b.k->parentIds(kWrite), QStringList{kResearch});
    QCOMPARE(b.k->childIds(kWrite), QStringList{kReview});
    QCOMPARE(b.k->parentIds(kReview), QStringList{kWrite});
    QVERIFY(b.k->parentIds(kResearch).isEmpty());
    QVERIFY(b.k->childIds(kReview).isEmpty());
}

void TstHermesImport::comments()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    const QList<Comment> r = b.k->comments(kResearch);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).id, 1);
    QCOMPARE(r.at(0).author, QStringLiteral("alice"));
    QCOMPARE(r.at(0).body, QStringLiteral("Start with the 2-core numbers; note the disk."));
    QCOMPARE(r.at(0).createdAt, kT1);
    QCOMPARE(r.at(1).id, 2);
    QCOMPARE(r.at(1).author, QStringLiteral("researcher"));
    QCOMPARE(r.at(1).body, QStringLiteral("WAL wins by 15x on this disk."));
    const QList<Comment> f = b.k->comments(kFlaky);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.at(0).id, 3);
    QCOMPARE(f.at(0).taskId, kFlaky);
    QCOMPARE(f.at(0).author, QStringLiteral("default"));
    QCOMPARE(f.at(0).body, QStringLiteral("BLOCKED: needs credentials for the staging box"));
}

void TstHermesImport::events()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    struct E
    {
        qint64 id;
        QString task;
        OptInt run;
        QString kind;
        const char *payload; // nullptr = NULL
        qint64 at;
    };
    const QList<E> expected{
        {1,
         kResearch,
         {},
         EventKind::Created,
         R"({"assignee": "researcher", "status": "ready", "parents": [], "tenant": "acme", "skills": null})",
         kT0},
        {2,
         kWrite,
         {},
         EventKind::Created,
         R"({"assignee": "writer", "status": "todo", "parents": ["t_a38217c9"], "tenant": "acme", "skills": null})",
         kT0},
        {3,
         kReview,
         {},
         EventKind::Created,
         R"({"assignee": "reviewer", "status": "todo", "parents": ["t_ca13b44e"], "tenant": "acme", "skills": null})",
         kT0},
        {4,
         kIdea,
         {},
         EventKind::Created,
         R"({"assignee": null, "status": "triage", "parents": [], "tenant": null, "skills": null})",
         kT0},
        {5,
         kChore,
         {},
         EventKind::Created,
         R"({"assignee": null, "status": "ready", "parents": [], "tenant": null, "skills": null})",
         kT0},
        {6,
         kWebhook,
         {},
         EventKind::Created,
         R"({"assignee": "researcher", "status": "ready", "parents": [], "tenant": null, "skills": null})",
         kT0},
        {7,
         kFlaky,
         {},
         EventKind::Created,
         R"({"assignee": "coder", "status": "ready", "parents": [], "tenant": null, "skills": null})",
         kT1},
        {8,
         kOld,
         {},
         EventKind::Created,
         R"({"assignee": "writer", "status": "ready", "parents": [], "tenant": null, "skills": null})",
         kT1},
        {9, kResearch, {}, EventKind::Commented, R"({"author": "alice", "len": 45})", kT1},
        {10, kResearch, 1, EventKind::Claimed,
         R"({"lock": "vm:29759", "expires": 1795682345, "run_id": 1})", kT1},
        {11, kResearch, {}, EventKind::Commented, R"({"author": "researcher", "len": 29})", kT1},
        {12, kResearch, 1, EventKind::Completed,
         R"({"result_len": 36, "summary": "WAL is the right default"})", kT1},
        {13, kWrite, {}, EventKind::Promoted, nullptr, kT1},
        {14, kWrite, 2, EventKind::Claimed,
         R"({"lock": "vm:29763", "expires": 1795682345, "run_id": 2})", kT1},
        {15, kFlaky, 3, EventKind::Claimed,
         R"({"lock": "vm:29764", "expires": 1795682345, "run_id": 3})", kT1},
        {16, kFlaky, {}, EventKind::Commented, R"({"author": "default", "len": 46})", kT1},
        {17, kFlaky, 3, EventKind::Blocked,
         R"({"reason": "needs credentials for the staging box"})", kT1},
        {18, kOld, 4, EventKind::Completed, R"({"result_len": 8, "summary": "obsolete"})", kT1},
        {19, kOld, {}, EventKind::Archived, nullptr, kT1},
    };
    const QList<Event> got = b.k->eventsSince(0, 1000);
    QCOMPARE(got.size(), expected.size() + 1);
    // Then the import's own: the running task handed back.
    const Event &last = got.last();
    QCOMPARE(last.id, 20);
    QCOMPARE(last.taskId, kWrite);
    QCOMPARE(last.runId, OptInt(2));
    QCOMPARE(last.kind, EventKind::Reclaimed);
    QVERIFY(last.payload.contains(QStringLiteral("\"prev_lock\": \"vm:29763\"")));
    for (int i = 0; i < expected.size(); ++i) {
        const E &e = expected.at(i);
        const Event &g = got.at(i);
        QCOMPARE(g.id, e.id);
        QCOMPARE(g.taskId, e.task);
        QCOMPARE(g.runId, e.run);
        QCOMPARE(g.kind, e.kind);
        if (e.payload)
            QCOMPARE(g.payload, QString::fromUtf8(e.payload));
        else
            QVERIFY(g.payload.isNull());
        QCOMPARE(g.createdAt, e.at);
    }
    QCOMPARE(b.k->events(kResearch).size(), 5);
    QCOMPARE(b.k->latestEventId(), 20);
}

void TstHermesImport::runs()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    const auto r1 = b.k->run(1);
    QVERIFY(r1);
    QCOMPARE(r1->taskId, kResearch);
    QCOMPARE(r1->profile, QStringLiteral("researcher"));
    QCOMPARE(r1->status, QStringLiteral("done"));
    QCOMPARE(r1->outcome, EventKind::Completed);
    QCOMPARE(r1->summary, QStringLiteral("WAL is the right default"));
    QCOMPARE(r1->metadata, QStringLiteral(R"({"changed_files": [], "verification": "bench"})"));
    const QJsonObject meta = QJsonDocument::fromJson(r1->metadata.toUtf8()).object();
    QCOMPARE(meta.value(QStringLiteral("verification")).toString(), QStringLiteral("bench"));
    QCOMPARE(r1->startedAt, kT1);
    QCOMPARE(r1->endedAt, OptInt(kT1));
    QVERIFY(r1->claimLock.isNull());
    QVERIFY(r1->error.isNull());

    const auto r2 = b.k->run(2);
    QVERIFY(r2);
    QCOMPARE(r2->taskId, kWrite);
    QCOMPARE(r2->profile, QStringLiteral("writer"));
    QCOMPARE(r2->status, EventKind::Reclaimed);
    QVERIFY(r2->claimLock.isNull());
    QCOMPARE(r2->claimExpires, OptInt());
    QVERIFY(r2->endedAt);
    QCOMPARE(r2->outcome, EventKind::Reclaimed);
    QVERIFY(r2->error.startsWith(QStringLiteral("imported")));

    const auto r3 = b.k->run(3);
    QVERIFY(r3);
    QCOMPARE(r3->taskId, kFlaky);
    QCOMPARE(r3->profile, QStringLiteral("coder"));
    QCOMPARE(r3->status, QStringLiteral("blocked"));
    QCOMPARE(r3->outcome, EventKind::Blocked);
    QCOMPARE(r3->summary, QStringLiteral("needs credentials for the staging box"));
    QVERIFY(r3->metadata.isNull());

    const auto r4 = b.k->run(4);
    QVERIFY(r4);
    QCOMPARE(r4->taskId, kOld);
    QCOMPARE(r4->status, QStringLiteral("completed"));
    QCOMPARE(r4->outcome, EventKind::Completed);
    QCOMPARE(r4->summary, QStringLiteral("obsolete"));
    QVERIFY(!b.k->run(5));
    QCOMPARE(b.k->runs(kResearch).size(), 1);
}

void TstHermesImport::subscription()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    const QList<NotifySub> subs = b.k->notifySubs();
    QCOMPARE(subs.size(), 1);
    const NotifySub &s = subs.first();
    QCOMPARE(s.taskId, kReview);
    QCOMPARE(s.platform, QStringLiteral("telegram"));
    QCOMPARE(s.chatId, QStringLiteral("12345"));
    QCOMPARE(s.threadId, QStringLiteral("7"));
    QVERIFY(s.userId.isEmpty());
    QCOMPARE(s.createdAt, kT1);
    QCOMPARE(s.lastEventId, 0);
    QCOMPARE(s.attempts, 0);
}

void TstHermesImport::boardKeepsWorking()
{
    IoBoard b;
    b.clock.set(kT1 + 10);
    BoardIo::importHermes(*b.board, m_copy);
    // New ids continue after Hermes' sequences.
    b.k->addComment(kReview, QStringLiteral("me"), QStringLiteral("imported"));
    QCOMPARE(b.k->latestEventId(), 21);
    QCOMPARE(b.k->comments(kReview).first().id, 4);
    // The original's worker cannot report into the copy (its run 2 was
    // closed on import); a worker of this board can.
    CompleteOptions c;
    c.result = QStringLiteral("note written");
    c.expectedRunId = 2;
    QVERIFY_THROWS_EXCEPTION(KanbanError, b.k->completeTask(kWrite, c));
    c.expectedRunId = {};
    QVERIFY(b.k->completeTask(kWrite, c));
    b.k->recomputeReady();
    QCOMPARE(b.k->requireTask(kReview).status, TaskStatus::Ready);
    const auto claimed = b.k->claimTask(kWebhook);
    QVERIFY(claimed);
    // Runs continue after the imported ones (5 is the completion's own run).
    QCOMPARE(claimed->currentRunId, OptInt(6));
    // The idempotency key still deduplicates.
    CreateOptions o;
    o.title = QStringLiteral("again");
    o.idempotencyKey = QStringLiteral("gh-issue-4711");
    QCOMPARE(b.k->createTask(o).id, kWebhook);
}

void TstHermesImport::roundTripsThroughJson()
{
    IoBoard a;
    BoardIo::importHermes(*a.board, m_copy);
    const QByteArray json = a.exportJson();
    IoBoard b;
    BoardIo::importJson(*b.board, json);
    QCOMPARE(normalised(b.exportJson()), normalised(json));
}

void TstHermesImport::refusesNonEmptyBoard()
{
    IoBoard b;
    BoardIo::importHermes(*b.board, m_copy);
    const QByteArray before = b.exportJson();
    const auto e = thrown([&] { BoardIo::importHermes(*b.board, m_copy); });
    QVERIFY(e);
    QCOMPARE(e->kind(), KanbanError::Conflict);
    QCOMPARE(e->message(),
             QStringLiteral("board already has 8 task(s); import into an empty board"));
    QCOMPARE(b.exportJson(), before);
    QCOMPARE(readFile(m_copy), readFile(kFixture));
}

void TstHermesImport::damaged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated half") << "half"
                                    << "is damaged";
    QTest::newRow("truncated to the first page") << "page"
                                                 << "is damaged";
    QTest::newRow("truncated header") << "header"
                                      << "is damaged: truncated";
    QTest::newRow("random bytes") << "random"
                                  << "not an SQLite file";
    QTest::newRow("sqlite header then garbage") << "garbage"
                                                << "is damaged";
    QTest::newRow("scribbled pages") << "scribbled"
                                     << "damaged";
    QTest::newRow("empty file") << "empty"
                                << "is empty, not a Hermes Kanban database";
    QTest::newRow("text file") << "text"
                               << "not an SQLite file";
    QTest::newRow("sqlite without tasks") << "notasks"
                                          << "not a Hermes Kanban board (it has no tasks table)";
    QTest::newRow("tasks without status") << "nostatus"
                                          << "its tasks table has no status column";
    QTest::newRow("missing file") << "missing"
                                  << "no such file";
    QTest::newRow("directory") << "dir"
                               << "is a directory";
}

void TstHermesImport::damaged()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_tmp->filePath(QStringLiteral("broken.db"));
    const QByteArray fixture = readFile(kFixture);
    if (kind == QLatin1String("half")) {
        writeFile(path, fixture.left(fixture.size() / 2));
    } else if (kind == QLatin1String("page")) {
        writeFile(path, fixture.left(4096));
    } else if (kind == QLatin1String("header")) {
        writeFile(path, fixture.left(100));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(100 * 1024, '\0');
        QRandomGenerator gen(4711);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        writeFile(path, bytes);
    } else if (kind == QLatin1String("garbage")) {
        QByteArray bytes = fixture.left(100);
        QRandomGenerator gen(17);
        while (bytes.size() < 8192)
            bytes.append(char(gen.bounded(256)));
        writeFile(path, bytes);
    } else if (kind == QLatin1String("scribbled")) {
        QByteArray bytes = fixture;
        for (qsizetype i = 4096; i < bytes.size(); i += 4096)
            bytes.replace(i, 64, QByteArray(64, '\xee'));
        writeFile(path, bytes);
    } else if (kind == QLatin1String("empty")) {
        writeFile(path, {});
    } else if (kind == QLatin1String("text")) {
        writeFile(path, "# my notes\nnot a database at all\n");
    } else if (kind == QLatin1String("notasks")) {
        makeSqlite(path, {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"),
                          QStringLiteral("INSERT INTO notes(text) VALUES ('hello')")});
    } else if (kind == QLatin1String("nostatus")) {
        makeSqlite(path, {QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT)"),
                          QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'x')")});
    } else if (kind == QLatin1String("dir")) {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = readFile(path);

    IoBoard b;
    const QByteArray boardBefore = b.exportJson();
    const auto e = thrown([&] { BoardIo::importHermes(*b.board, path); });
    QVERIFY2(e, "the damaged file was accepted");
    QCOMPARE(e->kind(), KanbanError::BadInput);
    QVERIFY2(e->message().contains(expected), qPrintable(e->message()));
    QVERIFY2(e->message().contains(path), qPrintable(e->message()));
    QVERIFY(!e->message().contains(QLatin1Char('\n')));
    QCOMPARE(b.taskCount(), 0);
    QCOMPARE(b.exportJson(), boardBefore);
    QCOMPARE(readFile(path), before);
    // The board still takes the real file afterwards.
    QCOMPARE(BoardIo::importHermes(*b.board, m_copy).tasks, 8);
}

void TstHermesImport::readOnlyDirectory()
{
    // Like /work/shared/fixtures: neither the file nor its folder writable.
    const QString dir = m_tmp->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/kanban.db");
    QVERIFY(QFile::copy(kFixture, path));
    QFile::setPermissions(path, QFile::ReadOwner);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    IoBoard b;
    const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, path);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(s.tasks, 8);
    QCOMPARE(s.events, 19);
    QCOMPARE(readFile(path), readFile(kFixture));
}

void TstHermesImport::walBoardWhileHermesHasItOpen()
{
    // A live Hermes board: WAL mode, its writer connected, the newest rows
    // still in the -wal file.
    const QString path = m_tmp->filePath(QStringLiteral("live.db"));
    makeSqlite(path,
               {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT, status "
                               "TEXT, created_at INTEGER)"),
                QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'first', 'ready', 5)")});
    const QString name = QStringLiteral("hermes-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO tasks VALUES ('t_00000002', 'in the wal', 'todo', 6)")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        IoBoard b;
        const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, path);
        QCOMPARE(s.tasks, 2);
        QCOMPARE(b.k->requireTask(QStringLiteral("t_00000002")).title,
                 QStringLiteral("in the wal"));
        // The writer goes on undisturbed.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tasks VALUES ('t_3', 'after', 'todo', 7)")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TstHermesImport::walBoardAtRestStaysAlone()
{
    // A WAL-mode board nobody has open: reading it leaves no -wal/-shm behind.
    const QString dir = m_tmp->filePath(QStringLiteral("rest"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/kanban.db");
    makeSqlite(path,
               {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT, status "
                               "TEXT, created_at INTEGER)"),
                QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'first', 'ready', 5)")});
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("kanban.db")});
    const QByteArray before = readFile(path);
    IoBoard b;
    QCOMPARE(BoardIo::importHermes(*b.board, path).tasks, 1);
    QCOMPARE(readFile(path), before);
    // A read-only SQLite reader may leave its -shm and an empty -wal, nothing else.
    for (const QString &f : QDir(dir).entryList(QDir::Files)) {
        QVERIFY2(f == QLatin1String("kanban.db") || f == QLatin1String("kanban.db-shm") ||
                     (f == QLatin1String("kanban.db-wal") &&
                      QFileInfo(dir + QLatin1Char('/') + f).size() == 0),
                 qPrintable(f));
    }
}

void TstHermesImport::walBoardInReadOnlyDirectory()
{
    // Regression: a WAL-mode board at rest in an unwritable folder failed
    // with "attempt to write a readonly database" (no -shm can be made).
    const QString dir = m_tmp->filePath(QStringLiteral("walro"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/kanban.db");
    makeSqlite(path,
               {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT, status "
                               "TEXT, created_at INTEGER)"),
                QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'first', 'ready', 5)")});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    QFile::setPermissions(dir,
                          QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const bool writable = QFileInfo(dir).isWritable();
    std::optional<BoardIo::ImportStats> s;
    std::optional<KanbanError> e;
    if (!writable) {
        IoBoard b;
        e = thrown([&] { s = BoardIo::importHermes(*b.board, path); });
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (writable)
        QSKIP("permissions do not bind this user (root)");
    QVERIFY2(!e, e ? qPrintable(e->message()) : "");
    QCOMPARE(s->tasks, 1);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("kanban.db")});
}

void TstHermesImport::legacySchema()
{
    // An early Hermes board: spawn_failures / last_spawn_error, no runs
    // table, no current_run_id, events without run_id, legacy event kinds,
    // a status we do not know, a dangling link and an orphan comment.
    const QString path = m_tmp->filePath(QStringLiteral("old.db"));
    makeSqlite(
        path,
        {
            QStringLiteral("CREATE TABLE tasks (id TEXT PRIMARY KEY, title TEXT NOT NULL, body "
                           "TEXT, assignee TEXT,"
                           " status TEXT NOT NULL, priority INTEGER DEFAULT 0, created_by TEXT, "
                           "created_at INTEGER NOT NULL,"
                           " started_at INTEGER, completed_at INTEGER, workspace_kind TEXT NOT "
                           "NULL DEFAULT 'scratch',"
                           " workspace_path TEXT, claim_lock TEXT, claim_expires INTEGER, "
                           "spawn_failures INTEGER NOT NULL"
                           " DEFAULT 0, worker_pid INTEGER, last_spawn_error TEXT)"),
            QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'later', NULL, 'Jules', "
                           "'scheduled', 1, 'user', 100,"
                           " NULL, NULL, 'scratch', NULL, NULL, NULL, 2, NULL, 'boom')"),
            QStringLiteral("INSERT INTO tasks VALUES ('t_00000002', 'busy', 'b', 'coder', "
                           "'running', '4', 'user', 100,"
                           " 150, NULL, 'scratch', NULL, 'host:42', 1000, 0, 42, NULL)"),
            QStringLiteral("INSERT INTO tasks VALUES ('t_00000003', '   ', NULL, NULL, 'ready', 0, "
                           "NULL, 100.7,"
                           " NULL, NULL, 'cloud', NULL, NULL, NULL, 0, NULL, NULL)"),
            QStringLiteral(
                "CREATE TABLE task_links (parent_id TEXT NOT NULL, child_id TEXT NOT NULL,"
                " PRIMARY KEY (parent_id, child_id))"),
            QStringLiteral("INSERT INTO task_links VALUES ('t_00000002', 't_00000001')"),
            QStringLiteral("INSERT INTO task_links VALUES ('t_00000002', 't_gone')"),
            QStringLiteral(
                "CREATE TABLE task_comments (id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT "
                "NOT NULL,"
                " author TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO task_comments VALUES (1, 't_00000001', 'a', 'kept', 110)"),
            QStringLiteral("INSERT INTO task_comments VALUES (2, 't_gone', 'a', 'orphan', 111)"),
            QStringLiteral("CREATE TABLE task_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "task_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL, payload TEXT, created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO task_events VALUES (1, 't_00000001', 'ready', NULL, 101)"),
            QStringLiteral("INSERT INTO task_events VALUES (2, 't_00000001', 'priority', "
                           "'{\"priority\": 1}', 102)"),
            QStringLiteral("INSERT INTO task_events VALUES (3, 't_00000002', 'spawn_auto_blocked', "
                           "NULL, 103)"),
            QStringLiteral("INSERT INTO task_events VALUES (9, 't_00000002', '%1', NULL, 104)")
                .arg(EventKind::Claimed),
            QStringLiteral(
                "CREATE TABLE kanban_notify_subs (task_id TEXT NOT NULL, platform TEXT NOT NULL,"
                " chat_id TEXT NOT NULL, thread_id TEXT NOT NULL DEFAULT '', user_id TEXT, "
                "created_at INTEGER"
                " NOT NULL, last_event_id TEXT NOT NULL DEFAULT '0', PRIMARY KEY (task_id, "
                "platform, chat_id,"
                " thread_id))"),
            QStringLiteral("INSERT INTO kanban_notify_subs VALUES ('t_00000001', 'slack', 'C1', "
                           "'', 'U1', 105, '3')"),
            QStringLiteral("INSERT INTO kanban_notify_subs VALUES ('t_00000002', 'slack', 'C1', "
                           "'', NULL, 105, 'abc')"),
        });
    const QByteArray before = readFile(path);
    IoBoard b;
    const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, path);
    QCOMPARE(readFile(path), before);
    QCOMPARE(s.tasks, 3);
    QCOMPARE(s.links, 1);
    QCOMPARE(s.comments, 1);
    QCOMPARE(s.events, 4);
    QCOMPARE(s.runs, 1); // synthesised for the running task
    QCOMPARE(s.subscriptions, 2);
    const QString warnings = s.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("1 task(s) with status 'scheduled' imported as todo")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(
                 QLatin1String("1 task(s) with workspace kind 'cloud' imported as scratch")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("1 link(s) to unknown tasks skipped")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("1 comment(s) of unknown tasks skipped")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("1 running task(s) without a run got one")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("without a title")), qPrintable(warnings));

    const Task later = b.k->requireTask(QStringLiteral("t_00000001"));
    QCOMPARE(later.status, TaskStatus::Todo);
    QCOMPARE(later.assignee, QStringLiteral("jules"));
    QCOMPARE(later.consecutiveFailures, 2);
    QCOMPARE(later.lastFailureError, QStringLiteral("boom"));
    QVERIFY(later.tenant.isNull());
    QCOMPARE(later.updatedAt, 100);

    const Task busy = b.k->requireTask(QStringLiteral("t_00000002"));
    // Running there: back to ready here, its made-up run closed, no pid.
    QCOMPARE(busy.status, TaskStatus::Ready);
    QCOMPARE(busy.priority, 4);
    QVERIFY(busy.claimLock.isNull());
    QCOMPARE(busy.claimExpires, OptInt());
    QCOMPARE(busy.workerPid, OptInt());
    QCOMPARE(busy.currentRunId, OptInt());
    const QList<Run> runs = b.k->runs(busy.id);
    QCOMPARE(runs.size(), 1);
    const Run &run = runs.first();
    QCOMPARE(run.outcome, EventKind::Reclaimed);
    QCOMPARE(run.profile, QStringLiteral("coder"));
    QVERIFY(run.claimLock.isNull());
    QCOMPARE(run.workerPid, OptInt());
    QCOMPARE(run.startedAt, 150);

    const Task untitled = b.k->requireTask(QStringLiteral("t_00000003"));
    QCOMPARE(untitled.title, QStringLiteral("(untitled)"));
    QCOMPARE(untitled.createdAt, 100);
    QCOMPARE(untitled.workspaceKind, QStringLiteral("scratch"));

    const QList<Event> ev = b.k->eventsSince(0, 100);
    QCOMPARE(ev.size(), 5); // the four imported, then the import's `reclaimed`
    QCOMPARE(ev.at(4).kind, EventKind::Reclaimed);
    QCOMPARE(ev.at(4).taskId, busy.id);
    QCOMPARE(ev.at(0).kind, EventKind::Promoted);
    QCOMPARE(ev.at(1).kind, EventKind::Reprioritized);
    QCOMPARE(ev.at(1).payload, QStringLiteral("{\"priority\": 1}"));
    QCOMPARE(ev.at(2).kind, EventKind::GaveUp);
    QCOMPARE(ev.at(3).id, 9);
    QCOMPARE(ev.at(3).runId, OptInt());

    const QList<NotifySub> subs = b.k->notifySubs();
    QCOMPARE(subs.size(), 2);
    for (const NotifySub &sub : subs) {
        QCOMPARE(sub.threadId, QString());
        QCOMPARE(sub.lastEventId, sub.taskId == QLatin1String("t_00000001") ? 3 : 0);
    }
    // The result exports and re-imports like any board.
    const QByteArray json = b.exportJson();
    IoBoard c;
    BoardIo::importJson(*c.board, json);
    QCOMPARE(normalised(c.exportJson()), normalised(json));
}

void TstHermesImport::missingTablesAreTolerated()
{
    // Only a tasks table: nothing else is required.
    const QString path = m_tmp->filePath(QStringLiteral("tiny.db"));
    makeSqlite(path,
               {QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT, status "
                               "TEXT, created_at INTEGER)"),
                QStringLiteral("INSERT INTO tasks VALUES ('t_00000001', 'only', 'done', 5)")});
    IoBoard b;
    const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, path);
    QCOMPARE(s.tasks, 1);
    QCOMPARE(s.links + s.comments + s.events + s.runs + s.subscriptions, 0);
    const Task t = b.k->requireTask(QStringLiteral("t_00000001"));
    QCOMPARE(t.status, TaskStatus::Done);
    QCOMPARE(t.createdAt, 5);
    QCOMPARE(t.updatedAt, 5);
}

void TstHermesImport::oddRowsAreRepaired()
{
    // Data our schema refuses, repaired (and reported) instead of failing
    // the whole import: duplicate live idempotency keys, cyclic and self
    // links, a NULL and an empty thread of one chat, a run pointer to
    // nowhere, a legacy TEXT comment id.
    const QString path = m_tmp->filePath(QStringLiteral("odd.db"));
    makeSqlite(
        path,
        {QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, title TEXT, status TEXT,"
                        " created_at INTEGER, idempotency_key TEXT, current_run_id INTEGER)"),
         QStringLiteral("INSERT INTO tasks VALUES ('t_0000000a', 'a', 'done', 1, 'k', 7)"),
         QStringLiteral("INSERT INTO tasks VALUES ('t_0000000b', 'b', 'ready', 2, 'k', NULL)"),
         QStringLiteral("INSERT INTO tasks VALUES ('t_0000000c', 'c', 'archived', 3, 'k', NULL)"),
         QStringLiteral("CREATE TABLE task_links(parent_id TEXT, child_id TEXT)"),
         QStringLiteral("INSERT INTO task_links VALUES ('t_0000000a', 't_0000000b')"),
         QStringLiteral("INSERT INTO task_links VALUES ('t_0000000b', 't_0000000a')"),
         QStringLiteral("INSERT INTO task_links VALUES ('t_0000000c', 't_0000000c')"),
         QStringLiteral("INSERT INTO task_links VALUES ('t_0000000a', 't_0000000b')"),
         QStringLiteral("CREATE TABLE task_comments(id, task_id TEXT, author TEXT, body TEXT,"
                        " created_at INTEGER)"),
         QStringLiteral(
             "INSERT INTO task_comments VALUES ('c-legacy', 't_0000000a', 'x', 'first', 1)"),
         QStringLiteral("INSERT INTO task_comments VALUES (2, 't_0000000a', 'y', 'second', 2)"),
         QStringLiteral(
             "CREATE TABLE kanban_notify_subs(task_id TEXT, platform TEXT, chat_id TEXT,"
             " thread_id TEXT, user_id TEXT, created_at INTEGER, last_event_id INTEGER)"),
         QStringLiteral("INSERT INTO kanban_notify_subs VALUES ('t_0000000b', 'slack', 'C1', NULL, "
                        "NULL, 1, 0)"),
         QStringLiteral("INSERT INTO kanban_notify_subs VALUES ('t_0000000b', 'slack', 'C1', '', "
                        "NULL, 2, 0)")});
    IoBoard b;
    const BoardIo::ImportStats s = BoardIo::importHermes(*b.board, path);
    const QString warnings = s.warnings.join(QLatin1Char('\n'));
    QCOMPARE(s.tasks, 3);
    QCOMPARE(s.links, 1);
    QCOMPARE(s.comments, 2);
    QCOMPARE(s.subscriptions, 1);
    QVERIFY2(
        warnings.contains(QLatin1String("1 duplicate idempotency key(s) of live tasks cleared")),
        qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("3 self, duplicate or cyclic link(s) skipped")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("1 duplicate subscription(s) skipped")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("1 task(s) pointed at a missing run")),
             qPrintable(warnings));
    QCOMPARE(b.k->requireTask(QStringLiteral("t_0000000a")).idempotencyKey, QStringLiteral("k"));
    QVERIFY(b.k->requireTask(QStringLiteral("t_0000000b")).idempotencyKey.isNull());
    QCOMPARE(b.k->requireTask(QStringLiteral("t_0000000c")).idempotencyKey, QStringLiteral("k"));
    QCOMPARE(b.k->requireTask(QStringLiteral("t_0000000a")).currentRunId, OptInt());
    QCOMPARE(b.k->childIds(QStringLiteral("t_0000000a")),
             QStringList{QStringLiteral("t_0000000b")});
    const QList<Comment> c = b.k->comments(QStringLiteral("t_0000000a"));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).id, 2);
    QCOMPARE(c.at(0).body, QStringLiteral("second"));
    QCOMPARE(c.at(1).id, 3);
    QCOMPARE(c.at(1).body, QStringLiteral("first"));
    QCOMPARE(b.k->notifySubs().first().createdAt, 1);
}

QTEST_GUILESS_MAIN(TstHermesImport)
#include "tst_hermesimport.moc"
