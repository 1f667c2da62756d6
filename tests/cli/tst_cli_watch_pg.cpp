// Live refresh across hosts (issue 15): two "hosts" (two QKANBAN_HOMEs)
// share one PostgreSQL board. A change made through one host's CLI reaches
// a `watch` on the other within a second, and the watch runs no statement
// between changes: it waits for the board's notification (LISTEN/NOTIFY),
// not for a timer. Skipped without a server ($QKANBAN_TEST_PG_URL_FILE).
#include "tests/cli/CliHarness.h"
#include "tests/model/PgScratchDb.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <memory>

namespace {

// One line of the stream, waiting at most `ms`; "" when none came.
QByteArray nextLine(QProcess &p, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!p.canReadLine() && !deadline.hasExpired()) {
        if (!p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
            p.state() == QProcess::NotRunning)
            break;
    }
    return p.canReadLine() ? p.readLine() : QByteArray();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

class TestCliWatchPg : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeOnOneHostReachesWatchOnTheOtherWithinASecond();
    void tailFollowsATaskChangedOnTheOtherHost();
    void daemonOnOneHostClaimsWithinASecondOfACreateOnTheOther();
    void watchSaysSoWhenTheServerDropsItsConnection();
    void twoDaemonsDoNotWakeEachOtherWhenIdle();

private:
    // The watch's server session: the one client backend on the scratch
    // database besides the test's own (no other CLI runs at that time).
    qint64 soleOtherBackend();
    // When that backend last started or finished a statement.
    QString lastStatementAt(qint64 pid);
    void startFollowing(QProcess &p, CliHarness &host, const QStringList &args);
    // `daemon --interval 3600` of a host with the profile "bot"; waits for
    // its banner.
    void startDaemon(QProcess &daemon, CliHarness &host);
    qint64 ticks(); // of every dispatcher of the board

    std::unique_ptr<PgScratchDb> m_pg;
    QSqlDatabase m_probe; // the test's own look at pg_stat_activity
    std::unique_ptr<CliHarness> m_hostA;
    std::unique_ptr<CliHarness> m_hostB;
};

void TestCliWatchPg::init()
{
    m_pg = std::make_unique<PgScratchDb>(QStringLiteral("watch"));
    if (!m_pg->isValid())
        QSKIP(qPrintable(m_pg->skipReason()));
    m_probe = m_pg->connect(QStringLiteral("probe"));
    QVERIFY(m_probe.isOpen());
    m_hostA = std::make_unique<CliHarness>();
    m_hostB = std::make_unique<CliHarness>();
    for (CliHarness *h : {m_hostA.get(), m_hostB.get()})
        h->setEnv(QStringLiteral("QKANBAN_DB"), m_pg->url());
    const CliHarness::Result r = m_hostA->run({QStringLiteral("init")});
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliWatchPg::cleanup()
{
    m_probe.close();
    m_probe = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    m_hostA.reset();
    m_hostB.reset();
    m_pg.reset();
}

qint64 TestCliWatchPg::soleOtherBackend()
{
    QSqlQuery q(m_probe);
    q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                          " AND backend_type = 'client backend' AND pid <> pg_backend_pid()"));
    QList<qint64> pids;
    while (q.next())
        pids << q.value(0).toLongLong();
    return pids.size() == 1 ? pids.constFirst() : -1;
}

QString TestCliWatchPg::lastStatementAt(qint64 pid)
{
    QSqlQuery q(m_probe);
    q.prepare(QStringLiteral("SELECT state_change FROM pg_stat_activity WHERE pid = ?"));
    q.addBindValue(pid);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestCliWatchPg::startFollowing(QProcess &p, CliHarness &host, const QStringList &args)
{
    p.setProcessEnvironment(host.environment());
    p.start(CliHarness::binary(), QStringList{QStringLiteral("--headless")} + args);
    QByteArray err;
    const QDeadlineTimer deadline(10000);
    while (!err.contains("Ctrl-C to stop.") && !deadline.hasExpired() &&
           p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.contains("Ctrl-C to stop."), err.constData());
}

void TestCliWatchPg::changeOnOneHostReachesWatchOnTheOtherWithinASecond()
{
    // --interval 0.1: were it polling, it would ask ten times a second.
    QProcess watch;
    startFollowing(watch, *m_hostB,
                   {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--interval"),
                    QStringLiteral("0.1")});
    if (QTest::currentTestFailed())
        return;
    const qint64 watchPid = soleOtherBackend();
    QVERIFY(watchPid > 0);

    // Host A's CLI starts, connects, commits and exits; the line must be
    // on host B's watch within a second of that exit (the commit came
    // before it). Timed from the CLI's start too, start-up included.
    QList<qint64> fromStart, afterExit;
    for (int i = 0; i < 7; ++i) {
        const QString title = QStringLiteral("made on host A %1").arg(i);
        QElapsedTimer t;
        t.start();
        QProcess create;
        create.setProcessEnvironment(m_hostA->environment());
        create.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("create"),
                                            title, QStringLiteral("--json")});
        QByteArray line;
        qint64 lineAt = -1, exitAt = -1;
        const QDeadlineTimer deadline(15000);
        while ((lineAt < 0 || exitAt < 0) && !deadline.hasExpired()) {
            if (exitAt < 0 && create.waitForFinished(0))
                exitAt = t.elapsed();
            if (lineAt < 0 && (watch.canReadLine() || watch.waitForReadyRead(2)) &&
                watch.canReadLine()) {
                lineAt = t.elapsed();
                line = watch.readLine();
            }
        }
        QVERIFY2(exitAt >= 0, "host A's create did not finish");
        QCOMPARE(create.exitCode(), 0);
        QVERIFY2(lineAt >= 0, qPrintable(QStringLiteral("no line on host B (change %1)").arg(i)));
        QVERIFY2(
            lineAt - exitAt < 1000,
            qPrintable(QStringLiteral("%1 ms after host A's CLI exited").arg(lineAt - exitAt)));
        const QString id = QJsonDocument::fromJson(create.readAllStandardOutput())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("created"));
        QCOMPARE(o.value(QStringLiteral("task_id")).toString(), id);
        QCOMPARE(
            o.value(QStringLiteral("task")).toObject().value(QStringLiteral("title")).toString(),
            title);
        fromStart << lineAt;
        afterExit << lineAt - exitAt;
    }
    qInfo("host B's watch line, from host A's CLI start: median %lld ms, max %lld ms;"
          " from its exit: median %lld ms (negative: before it exited)",
          median(fromStart), *std::max_element(fromStart.cbegin(), fromStart.cend()),
          median(afterExit));

    // Idle: the watch's session runs no statement at all. Proving an
    // absence takes a window: 1.5 s, fifteen of the watch's --interval.
    QCOMPARE(soleOtherBackend(), watchPid); // the same connection all along
    const QString idleSince = lastStatementAt(watchPid);
    QVERIFY(!idleSince.isEmpty());
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < 1500) {
        QTest::qWait(100);
        QCOMPARE(lastStatementAt(watchPid), idleSince);
    }
    QVERIFY(!watch.canReadLine());

    // A change committed straight to the database: commit -> line.
    QList<qint64> direct;
    for (int i = 0; i < 5; ++i) {
        QSqlQuery q(m_probe);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO task_events(task_id, kind, payload, created_at)"
                                      " SELECT id, 'commented', NULL, 1 FROM tasks LIMIT 1")));
        QElapsedTimer t;
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        t.start();
        const QByteArray line = nextLine(watch, 1000);
        QVERIFY(!line.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("commented"));
        direct << t.nsecsElapsed() / 1000;
    }
    qInfo("commit -> watch line: median %lld us", median(direct));

    ::kill(pid_t(watch.processId()), SIGINT);
    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY(watch.readAllStandardError().contains("(stopped)"));
}

void TestCliWatchPg::tailFollowsATaskChangedOnTheOtherHost()
{
    const QString id = m_hostA->create(QStringLiteral("followed"));
    QVERIFY(!id.isEmpty());
    QProcess tail;
    startFollowing(tail, *m_hostB,
                   {QStringLiteral("tail"), id, QStringLiteral("--json"),
                    QStringLiteral("--interval"), QStringLiteral("60")});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QJsonDocument::fromJson(nextLine(tail, 5000)).object().value(QStringLiteral("kind")),
             QStringLiteral("created"));
    // A 60 s poll would miss the second: the notification brings it.
    const CliHarness::Result r =
        m_hostA->run({QStringLiteral("comment"), id, QStringLiteral("from host A")});
    QCOMPARE(r.code, 0);
    const QByteArray line = nextLine(tail, 1000);
    QVERIFY2(!line.isEmpty(), "the comment did not reach the tail within a second");
    QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("kind")),
             QStringLiteral("commented"));
    ::kill(pid_t(tail.processId()), SIGINT);
    QVERIFY(tail.waitForFinished(10000));
    QCOMPARE(tail.exitCode(), 0);
}

void TestCliWatchPg::daemonOnOneHostClaimsWithinASecondOfACreateOnTheOther()
{
    // Host B's daemon ticks once an hour by its timer: only the change
    // notification can make it claim host A's new task in time.
    QCOMPARE(m_hostB
                 ->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bot"),
                        QStringLiteral("--command"),
                        CliHarness::binary() + QStringLiteral(" --headless complete {task}")})
                 .code,
             0);
    QProcess daemon;
    daemon.setProcessEnvironment(m_hostB->environment());
    daemon.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                        QStringLiteral("--interval"), QStringLiteral("3600")});
    QByteArray out;
    const QDeadlineTimer started(10000);
    while (!out.contains("dispatcher running") && !started.hasExpired() &&
           daemon.state() != QProcess::NotRunning) {
        daemon.waitForReadyRead(100);
        out += daemon.readAll();
    }
    QVERIFY2(out.contains("dispatcher running"), out.constData());
    QProcess watch; // host A sees what host B's dispatcher does
    startFollowing(watch, *m_hostA, {QStringLiteral("watch"), QStringLiteral("--json")});
    if (QTest::currentTestFailed())
        return;

    const QString id = m_hostA->create(QStringLiteral("for host B's bot"),
                                       {QStringLiteral("--assignee"), QStringLiteral("bot")});
    QVERIFY(!id.isEmpty());
    QElapsedTimer t;
    t.start();
    QStringList kinds;
    while (!kinds.contains(QStringLiteral("claimed")) && t.elapsed() < 1000) {
        const QByteArray line = nextLine(watch, int(qMax<qint64>(1, 1000 - t.elapsed())));
        if (!line.isEmpty())
            kinds
                << QJsonDocument::fromJson(line).object().value(QStringLiteral("kind")).toString();
    }
    QVERIFY2(kinds.contains(QStringLiteral("claimed")), qPrintable(kinds.join(QLatin1Char(' '))));
    qInfo("host A's create -> claimed by host B's daemon: %lld ms after the CLI exited",
          t.elapsed());
    // The worker (host B) completes it; host A's watch sees that too.
    while (!kinds.contains(QStringLiteral("completed"))) {
        const QByteArray line = nextLine(watch, 10000);
        QVERIFY2(!line.isEmpty(), qPrintable(kinds.join(QLatin1Char(' '))));
        kinds << QJsonDocument::fromJson(line).object().value(QStringLiteral("kind")).toString();
    }
    ::kill(pid_t(watch.processId()), SIGINT);
    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(watch.waitForFinished(10000));
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitCode(), 0);
}

void TestCliWatchPg::watchSaysSoWhenTheServerDropsItsConnection()
{
    QProcess watch;
    startFollowing(watch, *m_hostB, {QStringLiteral("watch"), QStringLiteral("--json")});
    if (QTest::currentTestFailed())
        return;
    const qint64 pid = soleOtherBackend();
    QVERIFY(pid > 0);
    QSqlQuery q(m_probe);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    // No statement runs while it waits: libpq's own state says the
    // connection is gone (checked every 2 s), and the stream ends.
    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitCode(), 1);
    const QString err = QString::fromUtf8(watch.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("qkanban: lost the connection to postgresql://")),
             qPrintable(err));
    QVERIFY(!err.contains(m_pg->url())); // the URL with its password
}

void TestCliWatchPg::startDaemon(QProcess &daemon, CliHarness &host)
{
    QCOMPARE(host.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bot"),
                       QStringLiteral("--command"),
                       CliHarness::binary() + QStringLiteral(" --headless complete {task}")})
                 .code,
             0);
    daemon.setProcessEnvironment(host.environment());
    daemon.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                        QStringLiteral("--interval"), QStringLiteral("3600")});
    QByteArray out;
    const QDeadlineTimer started(10000);
    while (!out.contains("dispatcher running") && !started.hasExpired() &&
           daemon.state() != QProcess::NotRunning) {
        daemon.waitForReadyRead(100);
        out += daemon.readAll();
    }
    QVERIFY2(out.contains("dispatcher running"), out.constData());
}

qint64 TestCliWatchPg::ticks()
{
    QSqlQuery q(m_probe);
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(ticks), 0) FROM dispatcher_status")) &&
                   q.next()
               ? q.value(0).toLongLong()
               : -1;
}

void TestCliWatchPg::twoDaemonsDoNotWakeEachOtherWhenIdle()
{
    // A tick writes its health row and may run statements that change
    // nothing: neither notifies, or two hosts' dispatchers would wake each
    // other for ever.
    QProcess a, b;
    startDaemon(a, *m_hostA);
    if (QTest::currentTestFailed())
        return;
    startDaemon(b, *m_hostB);
    if (QTest::currentTestFailed())
        return;
    const auto stop = qScopeGuard([&] {
        for (QProcess *d : {&a, &b}) {
            ::kill(pid_t(d->processId()), SIGTERM);
            d->waitForFinished(15000);
        }
    });
    // One real change: both wake, one claims, the worker completes it.
    const QString id = m_hostA->create(QStringLiteral("one task"),
                                       {QStringLiteral("--assignee"), QStringLiteral("bot")});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_hostA->run({QStringLiteral("show"), id, QStringLiteral("--json")})
                                  .json()
                                  .object()
                                  .value(QStringLiteral("task"))
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("done"), 10000);
    // The worker's exit and its handling end (a dispatcher that adopted
    // the worker notices its death within 2 s): the count holds for 2.5 s.
    qint64 settled = ticks();
    QElapsedTimer still;
    still.start();
    const QDeadlineTimer settling(15000);
    while (still.elapsed() < 2500 && !settling.hasExpired()) {
        QTest::qWait(100);
        if (const qint64 n = ticks(); n != settled) {
            qInfo("tick %lld at +%lld ms", n, still.elapsed());
            settled = n;
            still.restart();
        }
    }
    // Then quiet: a window of 2 s (a debounce is 50 ms) without a tick.
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < 2000) {
        QTest::qWait(100);
        QCOMPARE(ticks(), settled);
    }
}

QTEST_GUILESS_MAIN(TestCliWatchPg)
#include "tst_cli_watch_pg.moc"
