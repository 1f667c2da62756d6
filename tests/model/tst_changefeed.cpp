// Live refresh on PostgreSQL: migration 7's triggers notify once per
// committed change, and a connection's ChangeFeed / DataVersionWatcher
// hears other sessions' commits with no statement of its own. Skipped
// without a server ($QKANBAN_TEST_PG_URL_FILE).

#include "model/ChangeFeed.h"
#include "model/DataVersionWatcher.h"
#include "model/Database.h"
#include "model/Migrations.h"
#include "model/Sql.h"

#include "tests/model/PgScratchDb.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anotherSessionsCommitIsHeardWithinASecond();
    void ownCommitsDoNotCount();
    void quietWritesSendNothing();
    void oneNotificationPerTransaction();
    void nudgeIsHeard();
    void watcherRunsNoStatementWhileWaiting();
    void reopenedConnectionListensAgain();
    void sqliteHasNoFeed();

private:
    // Inserts a task through `db` (a commit of its own).
    static void insertTask(QSqlDatabase &db, const QString &id);
    // Waits until the watcher's connection has seen `version` changes.
    bool waitForVersion(qint64 version);

    std::unique_ptr<PgScratchDb> m_pg;
    QSqlDatabase m_watched; // the board's connection in a face
    QSqlDatabase m_writer;  // another host's
};

void TestChangeFeed::init()
{
    m_pg = std::make_unique<PgScratchDb>(QStringLiteral("feed"));
    if (!m_pg->isValid())
        QSKIP(qPrintable(m_pg->skipReason()));
    m_writer = m_pg->connect(QStringLiteral("writer"));
    m_watched = m_pg->connect(QStringLiteral("watched"));
    QVERIFY(m_writer.isOpen());
    QVERIFY(m_watched.isOpen());
    Migrations::apply(m_writer);
}

void TestChangeFeed::cleanup()
{
    for (const QString &name : {QStringLiteral("writer"), QStringLiteral("watched")}) {
        Sql::forgetConnection(name);
        QSqlDatabase::database(name, false).close();
    }
    m_watched = QSqlDatabase();
    m_writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QSqlDatabase::removeDatabase(QStringLiteral("watched"));
    m_pg.reset();
}

void TestChangeFeed::insertTask(QSqlDatabase &db, const QString &id)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO tasks(id, title, status, created_at, updated_at)"
                             " VALUES (?, ?, 'todo', 1, 1)"),
              {id, QStringLiteral("title of ") + id});
}

bool TestChangeFeed::waitForVersion(qint64 version)
{
    QElapsedTimer t;
    t.start();
    while (Database::dataVersion(m_watched) < version && t.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return Database::dataVersion(m_watched) == version;
}

void TestChangeFeed::anotherSessionsCommitIsHeardWithinASecond()
{
    DataVersionWatcher watcher(m_watched, 60000); // a poll would come far too late
    QSignalSpy changed(&watcher, &DataVersionWatcher::changed);
    watcher.start();
    QVERIFY(watcher.isNotified());
    QElapsedTimer t;
    t.start();
    insertTask(m_writer, QStringLiteral("t1"));
    QVERIFY(changed.wait(1000));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Database::dataVersion(m_watched), 1);
}

void TestChangeFeed::ownCommitsDoNotCount()
{
    DataVersionWatcher watcher(m_watched);
    QSignalSpy changed(&watcher, &DataVersionWatcher::changed);
    watcher.start();
    insertTask(m_watched, QStringLiteral("mine"));
    // The server sends notifications in commit order: once the other
    // session's is in, the own one has been read (and ignored) before it.
    insertTask(m_writer, QStringLiteral("theirs"));
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Database::dataVersion(m_watched), 1);
}

void TestChangeFeed::quietWritesSendNothing()
{
    const qint64 start = Database::dataVersion(m_watched);
    QCOMPARE(start, 0);
    insertTask(m_writer, QStringLiteral("t1"));
    QVERIFY(waitForVersion(1));
    // A tick's UPDATE that matches nothing, a rolled-back write, the
    // dispatcher's health row: none of them is a change.
    Sql::exec(m_writer, QStringLiteral("UPDATE tasks SET status = 'ready' WHERE status = 'x'"));
    Sql::exec(m_writer, QStringLiteral("DELETE FROM task_links WHERE parent_id = 'none'"));
    Sql::exec(m_writer, QStringLiteral("BEGIN"));
    insertTask(m_writer, QStringLiteral("rolled-back"));
    Sql::exec(m_writer, QStringLiteral("ROLLBACK"));
    Sql::exec(m_writer, QStringLiteral("INSERT INTO dispatcher_status(host, pid, ticks)"
                                       " VALUES ('h', 1, 0)"));
    Sql::exec(m_writer, QStringLiteral("UPDATE dispatcher_status SET ticks = ticks + 1"));
    // The next real change is the second one heard.
    Sql::exec(m_writer, QStringLiteral("UPDATE tasks SET title = 'x' WHERE id = 't1'"));
    QVERIFY(waitForVersion(2));
}

void TestChangeFeed::oneNotificationPerTransaction()
{
    QCOMPARE(Database::dataVersion(m_watched), 0);
    Sql::exec(m_writer, QStringLiteral("BEGIN"));
    for (int i = 0; i < 50; ++i)
        insertTask(m_writer, QStringLiteral("t%1").arg(i));
    Sql::exec(m_writer, QStringLiteral("INSERT INTO task_events(task_id, kind, created_at)"
                                       " VALUES ('t1', 'created', 1)"));
    Sql::exec(m_writer, QStringLiteral("UPDATE tasks SET status = 'ready'"));
    Sql::exec(m_writer, QStringLiteral("COMMIT"));
    Sql::exec(m_writer, QStringLiteral("DELETE FROM tasks WHERE id = 't2'"));
    QVERIFY(waitForVersion(2)); // two transactions, two notifications
}

void TestChangeFeed::nudgeIsHeard()
{
    Sql::exec(m_writer, QStringLiteral("INSERT INTO dispatcher_status(host, pid, ticks)"
                                       " VALUES ('h', 1, 0)"));
    QCOMPARE(Database::dataVersion(m_watched), 0);
    Sql::exec(m_writer, QStringLiteral("UPDATE dispatcher_status SET nudged_at = 5"));
    QVERIFY(waitForVersion(1));
}

void TestChangeFeed::watcherRunsNoStatementWhileWaiting()
{
    DataVersionWatcher watcher(m_watched, 20); // SQLite would poll every 20 ms
    QSignalSpy changed(&watcher, &DataVersionWatcher::changed);
    watcher.start();
    // A statement kept by the connection after LISTEN (the kernel's cached
    // ones) must not hold notifications back.
    const qint64 pid =
        Sql::scalar(m_watched, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    const auto lastStatement = [&] {
        return Sql::scalar(
                   m_writer,
                   QStringLiteral("SELECT state_change FROM pg_stat_activity WHERE pid = ?"), {pid})
            .toString();
    };
    const QString before = lastStatement();
    QVERIFY(!before.isEmpty());
    for (int i = 0; i < 5; ++i) {
        insertTask(m_writer, QStringLiteral("t%1").arg(i));
        QVERIFY2(changed.count() > i || changed.wait(1000), qPrintable(QString::number(i)));
    }
    QCOMPARE(changed.count(), 5);
    QCOMPARE(lastStatement(), before); // heard five changes, asked nothing
}

void TestChangeFeed::reopenedConnectionListensAgain()
{
    QCOMPARE(Database::dataVersion(m_watched), 0);
    Sql::forgetConnection(QStringLiteral("watched"));
    m_watched.close();
    QVERIFY(m_watched.open());
    // Changes may have come while it was closed: one more, and it listens.
    QCOMPARE(Database::dataVersion(m_watched), 1);
    insertTask(m_writer, QStringLiteral("after"));
    QVERIFY(waitForVersion(2));
}

void TestChangeFeed::sqliteHasNoFeed()
{
    QSqlDatabase lite =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lite"));
    lite.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(lite.open());
    QCOMPARE(ChangeFeed::of(lite), nullptr);
    {
        DataVersionWatcher watcher(lite);
        watcher.start();
        QVERIFY(!watcher.isNotified());
    }
    lite.close();
    lite = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lite"));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
