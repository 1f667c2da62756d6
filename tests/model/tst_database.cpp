// Opening a board file: schema, pragmas, permissions, refusals, upgrades.
#include "tests/model/KernelFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t fileMode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

// Runs statements on a plain connection, outside the kernel.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The tables of schema version 1 as released, frozen here so later
// migrations have a real old board to upgrade.
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at "
                       "INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE tasks (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT, assignee "
            "TEXT,"
            " status TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0, tenant TEXT, created_by "
            "TEXT,"
            " created_at INTEGER NOT NULL, started_at INTEGER, completed_at INTEGER, result TEXT,"
            " workspace_kind TEXT NOT NULL DEFAULT 'scratch', workspace_path TEXT, branch_name "
            "TEXT,"
            " idempotency_key TEXT, claim_lock TEXT, claim_expires INTEGER, worker_pid INTEGER,"
            " worker_host TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0,"
            " last_failure_error TEXT, max_runtime_seconds INTEGER, max_retries INTEGER,"
            " last_heartbeat_at INTEGER, current_run_id INTEGER, cooldown_until INTEGER,"
            " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE task_links (parent_id TEXT NOT NULL REFERENCES tasks(id) ON "
                       "DELETE CASCADE,"
                       " child_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (parent_id, child_id))"),
        QStringLiteral(
            "CREATE TABLE task_comments (id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT "
            "NULL"
            " REFERENCES tasks(id) ON DELETE CASCADE, author TEXT NOT NULL, body TEXT NOT NULL,"
            " created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE task_events (id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL"
            " REFERENCES tasks(id) ON DELETE CASCADE, run_id INTEGER, kind TEXT NOT NULL,"
            " payload TEXT, created_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE task_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL"
            " REFERENCES tasks(id) ON DELETE CASCADE, profile TEXT, status TEXT NOT NULL,"
            " claim_lock TEXT, claim_expires INTEGER, worker_pid INTEGER, worker_host TEXT,"
            " max_runtime_seconds INTEGER, last_heartbeat_at INTEGER, started_at INTEGER NOT NULL,"
            " ended_at INTEGER, outcome TEXT, summary TEXT, metadata TEXT, error TEXT)"),
        QStringLiteral(
            "CREATE TABLE notify_subs (task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE "
            "CASCADE,"
            " platform TEXT NOT NULL, chat_id TEXT NOT NULL, thread_id TEXT NOT NULL DEFAULT '',"
            " user_id TEXT, created_at INTEGER NOT NULL, last_event_id INTEGER NOT NULL DEFAULT 0,"
            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, last_error TEXT,"
            " PRIMARY KEY (task_id, platform, chat_id, thread_id))"),
        QStringLiteral("INSERT INTO schema_version VALUES (1, 1700000000)"),
    };
}

QStringList tableNames(QSqlDatabase &db)
{
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshFileGetsAllTablesAndLatestSchemaVersion();
    void reopenIsIdempotentAndKeepsData();
    void journalIsWalAndForeignKeysAreOn();
    void freshFileIsPrivate();
    void existingFileIsResecuredTo0600();
    void foreignFileIsRefusedAndUntouched_data();
    void foreignFileIsRefusedAndUntouched();
    void directoryIsRefused();
    void emptyFileIsInitialised();
    void versionZeroBoardIsUpgraded();
    void olderSchemaIsUpgradedKeepingData();
    void newerSchemaIsRefused();
    void migrationKeepsABackupOfTheOldBoard();
    void concurrentFirstOpensAgreeOnOneSchema();
    void dataVersionSeesOtherConnectionsCommits();
    void reusedConnectionNameGetsFreshStatements();
    void eventInsertsBuildNoTemporaryTable();
};

void TestDatabase::freshFileGetsAllTablesAndLatestSchemaVersion()
{
    QK_SKIP_ON_PG("the board file and sqlite_master");
    KernelFixture f;
    QVERIFY(QFile::exists(f.dbPath()));
    const QStringList tables = tableNames(f.db());
    for (const char *t : {"tasks", "task_links", "task_comments", "task_events", "task_runs",
                          "notify_subs", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    const int latest = Database::latestSchemaVersion();
    QVERIFY(latest >= 1);
    QCOMPARE(Database::schemaVersion(f.db()), latest);
    // One row per applied migration, 1..latest.
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
    QCOMPARE(f.scalar(QStringLiteral("SELECT MIN(version) FROM schema_version")).toInt(), 1);
}

void TestDatabase::reopenIsIdempotentAndKeepsData()
{
    QTemporaryDir dir;
    ManualClock clock;
    QString id;
    {
        Board b(testLocation(dir.path()), &clock);
        Kernel k(b);
        CreateOptions o;
        o.title = QStringLiteral("survives reopen");
        id = k.createTask(o).id;
    }
    for (int i = 0; i < 3; ++i) {
        Board b(testLocation(dir.path()), &clock);
        Kernel k(b);
        QCOMPARE(k.requireTask(id).title, QStringLiteral("survives reopen"));
        QCOMPARE(k.listTasks().size(), 1);
        QCOMPARE(Sql::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 Database::latestSchemaVersion());
        QCOMPARE(k.events(id).size(), 1); // reopening writes no events
    }
}

void TestDatabase::journalIsWalAndForeignKeysAreOn()
{
    QK_SKIP_ON_PG("PRAGMA journal_mode, foreign_keys, busy_timeout");
    KernelFixture f;
    QCOMPARE(f.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(f.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(f.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    // Foreign keys really bite: a comment on a missing task is refused.
    QSqlQuery q(f.db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO task_comments(task_id, author, body, created_at)"
                                   " VALUES ('t_missing0', 'a', 'b', 1)")));
}

void TestDatabase::freshFileIsPrivate()
{
    QK_SKIP_ON_PG("the file mode of the board file");
    KernelFixture f;
    QCOMPARE(fileMode(f.dbPath()), mode_t(0600));
}

void TestDatabase::existingFileIsResecuredTo0600()
{
    QK_SKIP_ON_PG("the file mode of the board file");
    QTemporaryDir dir;
    const QString path = testLocation(dir.path()).dbPath;
    {
        Board b(testLocation(dir.path()));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(fileMode(path), mode_t(0644));
    Board b(testLocation(dir.path()));
    QCOMPARE(fileMode(path), mode_t(0600));
}

void TestDatabase::foreignFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "text"
                               << "file is not a database: invalid SQLite header";
    QTest::newRow("TLS record") << "tls"
                                << "TLS record header detected at byte offset 5";
    QTest::newRow("random binary") << "random"
                                   << "file is not a database";
    QTest::newRow("other SQLite database") << "sqlite"
                                           << "not a qkanban board";
    QTest::newRow("Hermes kanban.db") << "hermes"
                                      << "Hermes Kanban database";
}

void TestDatabase::foreignFileIsRefusedAndUntouched()
{
    QK_SKIP_ON_PG("the SQLite file header and a foreign file");
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.db"));
    if (kind == QLatin1String("text")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("# my notes\nthis is not a database\n");
    } else if (kind == QLatin1String("tls")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            QByteArray("\x00\x00\x00\x00\x00\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 16) +
            QByteArray(64, 'x'));
    } else if (kind == QLatin1String("random")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (auto &b : bytes)
            b = char(QRandomGenerator::global()->bounded(256));
        bytes[0] = 'X'; // never a valid header by chance
        out.write(bytes);
    } else if (kind == QLatin1String("sqlite")) {
        rawExec(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                       QStringLiteral("INSERT INTO recipes VALUES ('soup')")});
    } else {
        QVERIFY(QFile::copy(QStringLiteral(QK_FIXTURES_DIR "/hermes-board.db"), path));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    ManualClock clock;
    const auto err = thrown([&] { Board b(testLocation(dir.path()), &clock); });
    QVERIFY2(err, "opening a foreign file must throw");
    QVERIFY2(err->message().contains(expected), qPrintable(err->message()));
    QVERIFY2(err->message().contains(path), qPrintable(err->message()));
    QCOMPARE(err->kind(), KanbanError::BadInput);
    QCOMPARE(readAll(path), before);
    QCOMPARE(fileMode(path), mode_t(0644));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(QSqlDatabase::connectionNames().size(), 0); // nothing left open
}

void TestDatabase::directoryIsRefused()
{
    QK_SKIP_ON_PG("a folder where the board file goes");
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("board.db")));
    const auto err = thrown([&] { Board b(testLocation(dir.path())); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("directory")), qPrintable(err->message()));
}

void TestDatabase::emptyFileIsInitialised()
{
    QK_SKIP_ON_PG("an empty board file");
    QTemporaryDir dir;
    QFile touch(testLocation(dir.path()).dbPath);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    Board b(testLocation(dir.path()));
    QCOMPARE(Database::schemaVersion(b.db()), Database::latestSchemaVersion());
}

void TestDatabase::versionZeroBoardIsUpgraded()
{
    QK_SKIP_ON_PG("an old board built with raw SQLite statements");
    // A board whose first migration never ran: only the version table.
    QTemporaryDir dir;
    const QString path = testLocation(dir.path()).dbPath;
    rawExec(path, {schemaV1().first()});
    Board b(testLocation(dir.path()));
    QVERIFY(tableNames(b.db()).contains(QStringLiteral("tasks")));
    QCOMPARE(Database::schemaVersion(b.db()), Database::latestSchemaVersion());
}

void TestDatabase::olderSchemaIsUpgradedKeepingData()
{
    QK_SKIP_ON_PG("an old board built with raw SQLite statements");
    QTemporaryDir dir;
    const QString path = testLocation(dir.path()).dbPath;
    QStringList v1 = schemaV1();
    v1 << QStringLiteral("INSERT INTO tasks(id, title, status, created_at, updated_at)"
                         " VALUES ('t_0000abcd', 'old card', 'ready', 1700000000, 1700000000)");
    rawExec(path, v1);
    ManualClock clock;
    Board b(testLocation(dir.path()), &clock);
    Kernel k(b);
    QCOMPARE(Database::schemaVersion(b.db()), Database::latestSchemaVersion());
    QCOMPARE(Sql::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(k.requireTask(QStringLiteral("t_0000abcd")).title, QStringLiteral("old card"));
    // The upgraded board works: the old card can be claimed and completed.
    QVERIFY(k.claimTask(QStringLiteral("t_0000abcd")));
    QVERIFY(k.completeTask(QStringLiteral("t_0000abcd")));
    QCOMPARE(k.requireTask(QStringLiteral("t_0000abcd")).status, TaskStatus::Done);
}

void TestDatabase::migrationKeepsABackupOfTheOldBoard()
{
    QK_SKIP_ON_PG("a copy of the old board file");
    QTemporaryDir dir;
    const QString path = testLocation(dir.path()).dbPath;
    QStringList v1 = schemaV1();
    v1 << QStringLiteral("INSERT INTO tasks(id, title, status, created_at, updated_at)"
                         " VALUES ('t_0000abcd', 'old card', 'ready', 1700000000, 1700000000)");
    rawExec(path, v1);
    const QByteArray old = readAll(path);
    {
        Board b(testLocation(dir.path()));
        QCOMPARE(Database::schemaVersion(b.db()), Database::latestSchemaVersion());
    }
    // One copy, named after the schema it was, private, holding the board
    // as it was before the upgrade.
    const QDir backups(dir.filePath(QStringLiteral("backups")));
    const QStringList copies = backups.entryList(QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^kanban-schema1-\\d{8}-\\d{6}\\.db$"))
                 .match(copies.first())
                 .hasMatch(),
             qPrintable(copies.first()));
    const QString copy = backups.filePath(copies.first());
    QCOMPARE(fileMode(copy), mode_t(0600));
    QCOMPARE(fileMode(backups.path()), mode_t(0700));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    db.setDatabaseName(copy);
    QVERIFY(db.open());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT title FROM tasks")).toString(),
             QStringLiteral("old card"));
    QVERIFY(!tableNames(db).contains(QStringLiteral("dispatcher_status")));
    db.close();
    db = QSqlDatabase();
    Sql::forgetConnection(QStringLiteral("copy"));
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    QVERIFY(!old.isEmpty());

    // A board already at the latest schema, and a new one, take none.
    {
        Board again(testLocation(dir.path()));
    }
    QCOMPARE(backups.entryList(QDir::Files).size(), 1);
    QTemporaryDir fresh;
    {
        Board b(testLocation(fresh.path()));
    }
    QVERIFY(!QFileInfo::exists(fresh.filePath(QStringLiteral("backups"))));
    // Nor one that another connection is still creating (schema part way,
    // no tasks yet): the desktop board's two threads open a new board at
    // the same moment.
    QTemporaryDir creating;
    rawExec(testLocation(creating.path()).dbPath, schemaV1());
    {
        Board b(testLocation(creating.path()));
    }
    QVERIFY(!QFileInfo::exists(creating.filePath(QStringLiteral("backups"))));
}

void TestDatabase::newerSchemaIsRefused()
{
    QK_SKIP_ON_PG("a newer board written with raw SQLite and compared by its bytes");
    QTemporaryDir dir;
    const QString path = testLocation(dir.path()).dbPath;
    {
        Board b(testLocation(dir.path()));
    }
    rawExec(path, {QStringLiteral("INSERT INTO schema_version VALUES (%1, 1)")
                       .arg(Database::latestSchemaVersion() + 1)});
    const QByteArray before = readAll(path);
    const auto err = thrown([&] { Board b(testLocation(dir.path())); });
    QVERIFY(err);
    QVERIFY2(err->message().contains(QLatin1String("newer qkanban")), qPrintable(err->message()));
    QCOMPARE(readAll(path), before);
}

void TestDatabase::concurrentFirstOpensAgreeOnOneSchema()
{
    QTemporaryDir dir;
    QMutex mutex;
    QStringList errors;
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&] {
            try {
                ManualClock clock;
                Board b(testLocation(dir.path()), &clock);
                Kernel k(b);
                CreateOptions o;
                o.title = QStringLiteral("from a thread");
                k.createTask(o);
            } catch (const KanbanError &e) {
                QMutexLocker lock(&mutex);
                errors << e.message();
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    Board b(testLocation(dir.path()));
    Kernel k(b);
    QCOMPARE(k.listTasks().size(), 4);
    QCOMPARE(Sql::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             Database::latestSchemaVersion());
}

void TestDatabase::dataVersionSeesOtherConnectionsCommits()
{
    QK_SKIP_ON_PG("data_version sees a commit at once; PostgreSQL's change feed arrives via the "
                  "event loop (tst_changefeed)");
    KernelFixture f;
    Board other(testLocation(f.dir.path()), &f.clock);
    Kernel k2(other);
    const qint64 before = f.board->dataVersion();
    QCOMPARE(f.board->dataVersion(), before); // stable without writes
    CreateOptions o;
    o.title = QStringLiteral("written elsewhere");
    k2.createTask(o);
    QVERIFY(f.board->dataVersion() != before);
}

// Every event written (each claim writes one) keeps the partial index
// idx_events_skip_relevant: its condition is tested without a temporary
// table (an IN list of more than two values builds one per insert).
void TestDatabase::eventInsertsBuildNoTemporaryTable()
{
    QK_SKIP_ON_PG("SQLite's EXPLAIN");
    KernelFixture f;
    QSqlQuery q =
        Sql::exec(f.db(), QStringLiteral("EXPLAIN INSERT INTO task_events (task_id, kind,"
                                         " payload, created_at) VALUES ('t', 'x', '', 0)"));
    QStringList ops;
    while (q.next())
        ops << q.value(1).toString();
    QVERIFY(ops.contains(QStringLiteral("IdxInsert")));
    QVERIFY2(!ops.contains(QStringLiteral("OpenEphemeral")), qPrintable(ops.join(u' ')));
    const QString index = f.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name ="
                                                  " 'idx_events_skip_relevant'"))
                              .toString();
    QVERIFY2(index.contains(QStringLiteral(" WHERE (kind = '")), qPrintable(index));
}

QTEST_GUILESS_MAIN(TestDatabase)
// Sql's prepared statements belong to one connection: a connection name
// reused for another file must read that file, not the old statements.
void TestDatabase::reusedConnectionNameGetsFreshStatements()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    rawExec(a, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    rawExec(b, {QStringLiteral("CREATE TABLE t(x)"),
                QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")});
    const QString name = QStringLiteral("reused");
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM t");
    for (const auto &[path, rows] : {std::pair{a, 1}, std::pair{b, 3}}) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(Sql::scalar(db, sql).toInt(), rows);
            db.close(); // removed below without Sql::forgetConnection
        }
        QSqlDatabase::removeDatabase(name);
    }
}

#include "tst_database.moc"
