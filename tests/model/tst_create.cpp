// Creating tasks: statuses, validation, normalisation, idempotency, ids.
#include "model/SqliteNative.h"
#include "tests/model/KernelFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <QtTest>

namespace {

// Hands out a fixed sequence of "random" numbers.
class ScriptedEntropy : public Entropy
{
public:
    explicit ScriptedEntropy(QList<quint32> values) : m_values(std::move(values)) {}
    quint32 next32() override { return m_values.isEmpty() ? 0xffffffffu : m_values.takeFirst(); }

private:
    QList<quint32> m_values;
};

CreateOptions titled(const QString &title)
{
    CreateOptions o;
    o.title = title;
    return o;
}

} // namespace

class TestCreate : public QObject
{
    Q_OBJECT

private slots:
    void taskWithoutParentsIsReady();
    void creationStatus_data();
    void creationStatus();
    void unknownParentIsRefusedAndNothingWritten();
    void badInputIsRefusedAndNothingWritten_data();
    void badInputIsRefusedAndNothingWritten();
    void titleIsTrimmed();
    void unicodeTitlesRoundTrip_data();
    void unicodeTitlesRoundTrip();
    void assigneeIsNormalised_data();
    void assigneeIsNormalised();
    void tenantIsInheritedFromFirstParentWithOne();
    void explicitTenantWinsOverParents();
    void dirWorkspaceKeepsCleanAbsolutePath();
    void worktreeBranchIsTrimmedAndRecorded();
    void createdEventCarriesThePayload();
    void idempotencyKeyReturnsTheFirstTask();
    void idempotencyKeyIgnoresArchivedTasks();
    void noIdempotencyKeyNeverCollides();
    void liveIdempotencyKeyIsUniqueInTheSchema();
    void concurrentCreatesWithOneKeyYieldOneTask();
    void idsAreUniqueAndWellFormed();
    void idCollisionMintsAnotherId();
    void listReadsTheSameWithAndWithoutNativeSqlite();
    void nativeSqliteIsTheDriversOwn();
    void nativeSqliteReportsBindFailures();
};

void TestCreate::taskWithoutParentsIsReady()
{
    KernelFixture f;
    CreateOptions o = titled(QStringLiteral("write docs"));
    o.assignee = QStringLiteral("writer");
    o.priority = 3;
    o.body = QStringLiteral("the **body**");
    const CreateResult r = f.k->createTask(o);
    QVERIFY(!r.existed);
    const Task t = f.task(r.id);
    QCOMPARE(t.status, TaskStatus::Ready);
    QCOMPARE(t.assignee, QStringLiteral("writer"));
    QCOMPARE(t.workspaceKind, QStringLiteral("scratch"));
    QCOMPARE(t.priority, 3);
    QCOMPARE(t.body, QStringLiteral("the **body**"));
    QCOMPARE(t.createdBy, QStringLiteral("user"));
    QCOMPARE(t.createdAt, f.clock.now());
    QVERIFY(!t.startedAt);
    QVERIFY(!t.currentRunId);
}

void TestCreate::creationStatus_data()
{
    QTest::addColumn<QString>("parentState"); // none | open | done | archived
    QTest::addColumn<bool>("triage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no parent") << "none" << false << "ready";
    QTest::newRow("open parent") << "open" << false << "todo";
    QTest::newRow("done parent") << "done" << false << "ready";
    QTest::newRow("archived parent") << "archived" << false << "ready";
    QTest::newRow("triage flag") << "none" << true << "triage";
    QTest::newRow("triage wins over open parent") << "open" << true << "triage";
}

void TestCreate::creationStatus()
{
    QFETCH(QString, parentState);
    QFETCH(bool, triage);
    QFETCH(QString, expected);
    KernelFixture f;
    CreateOptions o = titled(QStringLiteral("child"));
    o.triage = triage;
    if (parentState != QLatin1String("none")) {
        const QString p = f.create(QStringLiteral("parent"));
        if (parentState == QLatin1String("done"))
            QVERIFY(f.k->completeTask(p));
        else if (parentState == QLatin1String("archived"))
            QVERIFY(f.k->archiveTask(p).ok);
        o.parents = {p};
    }
    const QString id = f.k->createTask(o).id;
    QCOMPARE(f.status(id), expected);
    QCOMPARE(f.k->parentIds(id), o.parents);
}

void TestCreate::unknownParentIsRefusedAndNothingWritten()
{
    KernelFixture f;
    const QString p = f.create(QStringLiteral("real parent"));
    CreateOptions o = titled(QStringLiteral("orphan"));
    o.parents = {p, QStringLiteral("t_deadbeef")};
    const auto err = thrown([&] { f.k->createTask(o); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("unknown parent")), qPrintable(err->message()));
    QVERIFY(err->message().contains(QLatin1String("t_deadbeef")));
    QCOMPARE(f.k->listTasks().size(), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM task_links")).toInt(), 0);
}

void TestCreate::badInputIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<qint64>("maxRetries"); // 0 = unset
    QTest::addColumn<qint64>("maxRuntime"); // 0 = unset
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty title") << ""
                                 << "scratch"
                                 << ""
                                 << "" << 0LL << 0LL << "title is required";
    QTest::newRow("blank title") << " \t\n "
                                 << "scratch"
                                 << ""
                                 << "" << 0LL << 0LL << "title is required";
    QTest::newRow("unknown workspace kind") << "t"
                                            << "cloud"
                                            << ""
                                            << "" << 0LL << 0LL << "workspace_kind";
    QTest::newRow("dir without path") << "t"
                                      << "dir"
                                      << ""
                                      << "" << 0LL << 0LL << "requires a path";
    QTest::newRow("dir with relative path") << "t"
                                            << "dir"
                                            << "src/app"
                                            << "" << 0LL << 0LL << "non-absolute";
    QTest::newRow("worktree with relative path") << "t"
                                                 << "worktree"
                                                 << "wt"
                                                 << "" << 0LL << 0LL << "non-absolute";
    QTest::newRow("scratch with a path") << "t"
                                         << "scratch"
                                         << "/tmp/x"
                                         << "" << 0LL << 0LL << "scratch";
    QTest::newRow("branch on scratch") << "t"
                                       << "scratch"
                                       << ""
                                       << "wt/x" << 0LL << 0LL << "worktree";
    QTest::newRow("branch on dir") << "t"
                                   << "dir"
                                   << "/tmp/x"
                                   << "wt/x" << 0LL << 0LL << "worktree";
    QTest::newRow("branch like an option") << "t"
                                           << "worktree"
                                           << ""
                                           << "-rf" << 0LL << 0LL << "invalid branch";
    QTest::newRow("max retries below one") << "t"
                                           << "scratch"
                                           << ""
                                           << "" << -1LL << 0LL << "--max-retries must be >= 1";
    QTest::newRow("negative max runtime") << "t"
                                          << "scratch"
                                          << ""
                                          << "" << 0LL << -5LL << "--max-runtime must be positive";
}

void TestCreate::badInputIsRefusedAndNothingWritten()
{
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, branch);
    QFETCH(qint64, maxRetries);
    QFETCH(qint64, maxRuntime);
    QFETCH(QString, expected);
    KernelFixture f;
    CreateOptions o = titled(title);
    o.workspaceKind = kind;
    o.workspacePath = path;
    o.branchName = branch;
    if (maxRetries)
        o.maxRetries = maxRetries;
    if (maxRuntime)
        o.maxRuntimeSeconds = maxRuntime;
    Board watcher(testLocation(f.dir.path()), &f.clock);
    const qint64 version = watcher.dataVersion();
    const auto err = thrown([&] { f.k->createTask(o); });
    QVERIFY2(err, "bad input must throw");
    QVERIFY2(err->message().contains(expected), qPrintable(err->message()));
    QCOMPARE(err->kind(), KanbanError::BadInput);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM task_events")).toInt(), 0);
    QCOMPARE(watcher.dataVersion(), version);
}

void TestCreate::titleIsTrimmed()
{
    KernelFixture f;
    const QString id = f.create(QStringLiteral("  spaced out \n"));
    QCOMPARE(f.task(id).title, QStringLiteral("spaced out"));
}

void TestCreate::unicodeTitlesRoundTrip_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("emoji") << QStringLiteral("Ship it 🚀🔥");
    QTest::newRow("right to left") << QStringLiteral("עדכון התיעוד — مرحبا");
    QTest::newRow("inner newline") << QStringLiteral("line one\nline two");
    QTest::newRow("quotes and backslash") << QStringLiteral(R"(say "hi" \ 'bye')");
}

void TestCreate::unicodeTitlesRoundTrip()
{
    QFETCH(QString, title);
    KernelFixture f;
    const QString id = f.create(title);
    QCOMPARE(f.task(id).title, title);
    QCOMPARE(f.k->listTasks().first().title, title);
}

void TestCreate::assigneeIsNormalised_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::newRow("mixed case") << "Jules"
                                << "jules";
    QTest::newRow("upper case with spaces") << "  RESEARCHER "
                                            << "researcher";
    QTest::newRow("none") << "none"
                          << "";
    QTest::newRow("dash") << "-"
                          << "";
    QTest::newRow("null") << "NULL"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCreate::assigneeIsNormalised()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    KernelFixture f;
    const QString id = f.create(QStringLiteral("t"), given);
    QCOMPARE(f.task(id).assignee, stored);
    QCOMPARE(
        f.scalar(QStringLiteral("SELECT assignee IS NULL FROM tasks WHERE id = ?"), {id}).toBool(),
        stored.isEmpty());
}

void TestCreate::tenantIsInheritedFromFirstParentWithOne()
{
    KernelFixture f;
    const QString none = f.create(QStringLiteral("no tenant"));
    CreateOptions b = titled(QStringLiteral("b"));
    b.tenant = QStringLiteral("acme");
    const QString pb = f.k->createTask(b).id;
    CreateOptions c = titled(QStringLiteral("c"));
    c.tenant = QStringLiteral("globex");
    const QString pc = f.k->createTask(c).id;
    const QString child = f.create(QStringLiteral("child"), {}, {none, pb, pc});
    QCOMPARE(f.task(child).tenant, QStringLiteral("acme"));
    const QString child2 = f.create(QStringLiteral("child2"), {}, {pc, pb});
    QCOMPARE(f.task(child2).tenant, QStringLiteral("globex"));
}

void TestCreate::explicitTenantWinsOverParents()
{
    KernelFixture f;
    CreateOptions p = titled(QStringLiteral("p"));
    p.tenant = QStringLiteral("acme");
    const QString pid = f.k->createTask(p).id;
    CreateOptions o = titled(QStringLiteral("child"));
    o.tenant = QStringLiteral("mine");
    o.parents = {pid};
    QCOMPARE(f.task(f.k->createTask(o).id).tenant, QStringLiteral("mine"));
}

void TestCreate::dirWorkspaceKeepsCleanAbsolutePath()
{
    KernelFixture f;
    CreateOptions o = titled(QStringLiteral("in a dir"));
    o.workspaceKind = QStringLiteral("dir");
    o.workspacePath = QStringLiteral("/srv/project/./sub/../src/");
    const Task t = f.task(f.k->createTask(o).id);
    QCOMPARE(t.workspaceKind, QStringLiteral("dir"));
    QCOMPARE(t.workspacePath, QStringLiteral("/srv/project/src"));
}

void TestCreate::worktreeBranchIsTrimmedAndRecorded()
{
    KernelFixture f;
    CreateOptions o = titled(QStringLiteral("wire it"));
    o.workspaceKind = QStringLiteral("worktree");
    o.branchName = QStringLiteral(" wt/t6-wire ");
    const QString id = f.k->createTask(o).id;
    QCOMPARE(f.task(id).branchName, QStringLiteral("wt/t6-wire"));
    const auto created = f.lastEvent(id, EventKind::Created);
    QVERIFY(created);
    QCOMPARE(jsonObject(created->payload).value(QStringLiteral("branch_name")).toString(),
             QStringLiteral("wt/t6-wire"));
    QVERIFY(f.k->workerContext(id).contains(QLatin1String("Branch:   wt/t6-wire")));
}

void TestCreate::createdEventCarriesThePayload()
{
    KernelFixture f;
    const QString p1 = f.create(QStringLiteral("p1"));
    const QString p2 = f.create(QStringLiteral("p2"));
    CreateOptions o = titled(QStringLiteral("child"));
    o.assignee = QStringLiteral("Writer");
    o.tenant = QStringLiteral("acme");
    o.parents = {p2, p1};
    const QString id = f.k->createTask(o).id;
    const QList<Event> evs = f.k->events(id);
    QCOMPARE(evs.size(), 1);
    QCOMPARE(evs.first().kind, EventKind::Created);
    QVERIFY(!evs.first().runId);
    QCOMPARE(evs.first().createdAt, f.clock.now());
    const QJsonObject p = jsonObject(evs.first().payload);
    QCOMPARE(p.value(QStringLiteral("assignee")).toString(), QStringLiteral("writer"));
    QCOMPARE(p.value(QStringLiteral("status")).toString(), TaskStatus::Todo);
    QCOMPARE(p.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
    QCOMPARE(p.value(QStringLiteral("workspace_kind")).toString(), QStringLiteral("scratch"));
    const QJsonArray parents = p.value(QStringLiteral("parents")).toArray();
    QCOMPARE(parents.size(), 2);
    QCOMPARE(parents.at(0).toString(), p2);
    QCOMPARE(parents.at(1).toString(), p1);
}

void TestCreate::idempotencyKeyReturnsTheFirstTask()
{
    KernelFixture f;
    CreateOptions a = titled(QStringLiteral("first title"));
    a.idempotencyKey = QStringLiteral("abc");
    const CreateResult r1 = f.k->createTask(a);
    CreateOptions b = titled(QStringLiteral("second title"));
    b.idempotencyKey = QStringLiteral("abc");
    f.clock.advance(10);
    const CreateResult r2 = f.k->createTask(b);
    QVERIFY(!r1.existed);
    QVERIFY(r2.existed);
    QCOMPARE(r2.id, r1.id);
    QCOMPARE(f.task(r1.id).title, QStringLiteral("first title"));
    QCOMPARE(f.k->listTasks().size(), 1);
    QCOMPARE(f.k->events(r1.id).size(), 1); // no second created event
}

void TestCreate::idempotencyKeyIgnoresArchivedTasks()
{
    KernelFixture f;
    CreateOptions a = titled(QStringLiteral("old"));
    a.idempotencyKey = QStringLiteral("nightly");
    const QString old = f.k->createTask(a).id;
    QVERIFY(f.k->archiveTask(old).ok);
    const CreateResult r = f.k->createTask(a);
    QVERIFY(!r.existed);
    QVERIFY(r.id != old);
    QCOMPARE(f.status(r.id), TaskStatus::Ready);
}

void TestCreate::noIdempotencyKeyNeverCollides()
{
    KernelFixture f;
    const QString a = f.create(QStringLiteral("same"));
    const QString b = f.create(QStringLiteral("same"));
    QVERIFY(a != b);
    QCOMPARE(f.k->listTasks().size(), 2);
}

void TestCreate::liveIdempotencyKeyIsUniqueInTheSchema()
{
    // The partial unique index is the last line of defence: even a writer
    // that skips the lookup cannot add a second live task with one key.
    KernelFixture f;
    CreateOptions a = titled(QStringLiteral("a"));
    a.idempotencyKey = QStringLiteral("k1");
    const QString first = f.k->createTask(a).id;
    const QString insert = QStringLiteral(
        "INSERT INTO tasks(id, title, status, created_at, updated_at, idempotency_key)"
        " VALUES (?, 'dup', ?, 1, 1, 'k1')");
    QSqlQuery q(f.db());
    q.prepare(insert);
    q.addBindValue(QStringLiteral("t_00000001"));
    q.addBindValue(TaskStatus::Ready);
    QVERIFY(!q.exec());
    QVERIFY(f.k->archiveTask(first).ok);
    q.prepare(insert);
    q.addBindValue(QStringLiteral("t_00000002"));
    q.addBindValue(TaskStatus::Ready);
    QVERIFY2(q.exec(), "an archived task frees its key");
}

void TestCreate::concurrentCreatesWithOneKeyYieldOneTask()
{
    QTemporaryDir dir;
    {
        Board init(testLocation(dir.path())); // schema first, so threads race on create only
    }
    constexpr int kThreads = 6;
    constexpr int kRounds = 10;
    QSemaphore go;
    QMutex mutex;
    QStringList errors;
    QList<QSet<QString>> idsPerRound(kRounds);
    QList<QThread *> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads << QThread::create([&, i] {
            try {
                ManualClock clock;
                Board b(testLocation(dir.path()), &clock);
                Kernel k(b);
                go.acquire();
                for (int round = 0; round < kRounds; ++round) {
                    CreateOptions o = titled(QStringLiteral("from thread %1").arg(i));
                    o.idempotencyKey = QStringLiteral("key-%1").arg(round);
                    const QString id = k.createTask(o).id;
                    QMutexLocker lock(&mutex);
                    idsPerRound[round].insert(id);
                }
            } catch (const KanbanError &e) {
                QMutexLocker lock(&mutex);
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
    Board b(testLocation(dir.path()));
    Kernel k(b);
    QCOMPARE(k.listTasks().size(), kRounds);
    for (int round = 0; round < kRounds; ++round)
        QCOMPARE(idsPerRound.at(round).size(), 1); // every caller got the one winner
}

void TestCreate::idsAreUniqueAndWellFormed()
{
    KernelFixture f;
    static const QRegularExpression format(QStringLiteral("^t_[0-9a-f]{8}$"));
    QSet<QString> seen;
    for (int i = 0; i < 500; ++i) {
        const QString id = f.create(QStringLiteral("task %1").arg(i));
        QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(id.size(), 10);
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 500);
}

void TestCreate::idCollisionMintsAnotherId()
{
    ScriptedEntropy entropy({0xabcu, 0xabcu, 0x1234u});
    KernelFixture f(&entropy);
    const QString a = f.create(QStringLiteral("a"));
    const QString b = f.create(QStringLiteral("b"));
    QCOMPARE(a, QStringLiteral("t_00000abc"));
    QCOMPARE(b, QStringLiteral("t_00001234"));
}

QTEST_GUILESS_MAIN(TestCreate)
// list reads big boards straight through SQLite's C API; every field must
// come out as QSqlQuery reads it (NULLs, unicode, integers, optionals).
void TestCreate::listReadsTheSameWithAndWithoutNativeSqlite()
{
    QK_SKIP_ON_PG("the SQLite driver's native C API (SqliteStatement)");
    KernelFixture f;
    CreateOptions o = titled(QStringLiteral("Ünïcødé ✓ 日本語 \"quoted\""));
    o.body = QStringLiteral("line one\nline two");
    o.assignee = QStringLiteral("coder");
    o.priority = -7;
    o.tenant = QStringLiteral("acme");
    o.maxRuntimeSeconds = 90;
    const QString first = f.k->createTask(o).id;
    const QString plain = f.create(QStringLiteral("plain")); // NULL body, assignee, tenant
    f.create(QStringLiteral("child"), {}, {plain});
    f.claim(first);
    auto fields = [](const QList<Task> &tasks) {
        QStringList out;
        for (const Task &t : tasks) {
            auto opt = [](const OptInt &v) {
                return v ? QString::number(*v) : QStringLiteral("null");
            };
            out << QStringList{t.id,
                               t.title,
                               t.body,
                               t.assignee,
                               t.status,
                               QString::number(t.priority),
                               t.tenant,
                               t.createdBy,
                               QString::number(t.createdAt),
                               opt(t.startedAt),
                               opt(t.completedAt),
                               t.result,
                               t.workspaceKind,
                               t.workspacePath,
                               t.branchName,
                               t.idempotencyKey,
                               t.claimLock,
                               opt(t.claimExpires),
                               opt(t.workerPid),
                               t.workerHost,
                               QString::number(t.consecutiveFailures),
                               t.lastFailureError,
                               opt(t.maxRuntimeSeconds),
                               opt(t.maxRetries),
                               opt(t.lastHeartbeatAt),
                               opt(t.currentRunId),
                               opt(t.cooldownUntil),
                               QString::number(t.updatedAt)}
                       .join(QLatin1Char('|'));
        }
        return out;
    };
    QVERIFY(SqliteStatement::prepare(f.db(), QStringLiteral("SELECT 1"),
                                     {})); // the native path is there
    const QStringList native = fields(f.k->listTasks());
    qputenv("QKANBAN_NO_NATIVE_SQLITE", "1");
    const QStringList viaQt = fields(f.k->listTasks());
    qunsetenv("QKANBAN_NO_NATIVE_SQLITE");
    QCOMPARE(native.size(), 3);
    QCOMPARE(native, viaQt);
    QVERIFY(native.join(QLatin1Char('\n')).contains(QStringLiteral("Ünïcødé ✓ 日本語")));
}

// The C functions come through the loaded QSQLITE plugin: the SQLite that
// answers the native path is the one that answers QSqlQuery.
void TestCreate::nativeSqliteIsTheDriversOwn()
{
    QK_SKIP_ON_PG("the SQLite driver's native C API (SqliteStatement)");
    KernelFixture f;
    const QString sql = QStringLiteral("SELECT sqlite_source_id()");
    const auto st = SqliteStatement::prepare(f.db(), sql, {});
    QVERIFY(st);
    QVERIFY(st->next());
    QCOMPARE(st->text(0), Sql::scalar(f.db(), sql).toString());
}

// A value SQLite refuses to bind is an error, not a silently unbound
// parameter: one too many values, and one too few.
void TestCreate::nativeSqliteReportsBindFailures()
{
    QK_SKIP_ON_PG("the SQLite driver's native C API (SqliteStatement)");
    KernelFixture f;
    const auto tooMany = thrown([&] {
        SqliteStatement::prepare(f.db(), QStringLiteral("SELECT ?"), {qint64(1), qint64(2)});
    });
    QVERIFY(tooMany);
    QCOMPARE(tooMany->kind(), KanbanError::Storage);
    QVERIFY2(tooMany->message().contains(QStringLiteral("cannot bind parameter 2")),
             qPrintable(tooMany->message()));
    const auto tooFew = thrown(
        [&] { SqliteStatement::prepare(f.db(), QStringLiteral("SELECT ?, ?"), {qint64(1)}); });
    QVERIFY(tooFew);
    QCOMPARE(tooFew->kind(), KanbanError::Storage);
    // Matching values still read back.
    const auto st = SqliteStatement::prepare(f.db(), QStringLiteral("SELECT ?, ?, ?"),
                                             {qint64(7), QStringLiteral("x"), QVariant()});
    QVERIFY(st);
    QVERIFY(st->next());
    QCOMPARE(st->int64(0), 7);
    QCOMPARE(st->text(1), QStringLiteral("x"));
    QVERIFY(st->isNull(2));
}

#include "tst_create.moc"
