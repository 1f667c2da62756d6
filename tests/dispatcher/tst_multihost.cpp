// Several hosts on one board: two real `qkanban --headless daemon`s, each
// with its own QKANBAN_HOME and QKANBAN_HOST standing for a host, share one
// board (QKANBAN_DB; a PostgreSQL database when QKANBAN_TEST_PG_URL_FILE
// names a server). Real workers run `qkanban --headless complete`.
//  - 300 ready tasks: each runs exactly once, the caps hold across both
//    dispatchers, and both hosts take part.
//  - One host dies (daemon and workers SIGKILLed mid-run): the other
//    reclaims its tasks once their leases expire, and every task ends done,
//    none twice. While the first host lives, its leases are renewed and
//    nothing of it is reclaimed.
//  - A claim keeps the caps by itself; the same host id twice and a bad
//    host id are refused.
#include "tests/chaos/PgScratch.h"

#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Kernel.h"
#include "model/PgUrl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

namespace {

QString qkanbanBin()
{
    return QStringLiteral(QK_QKANBAN_BIN);
}

// One host: a daemon with its own home and host id.
struct Host
{
    QString id;
    QString home;
    std::unique_ptr<QProcess> daemon;
    QString log;
};

// The server URL when QKANBAN_TEST_PG_URL_FILE names one, else "".
QString pgServerUrl()
{
    const QString file = qEnvironmentVariable("QKANBAN_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

class Cluster
{
public:
    explicit Cluster(const QString &dir) : m_dir(dir), m_server(pgServerUrl())
    {
        m_db = m_dir + QStringLiteral("/board.db");
        if (m_server.isEmpty())
            return;
        static int made = 0;
        const QString name = QStringLiteral("qk_multihost_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++made);
        const QString error = PgScratch::create(m_server, name);
        if (!error.isEmpty())
            qFatal("cannot create a test database: %s", qPrintable(error));
        m_db = PgUrl::parse(m_server).withDatabase(name);
        QProcess init; // the schema, as a user makes it
        init.start(qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("init")});
        if (!init.waitForFinished(60000) || init.exitCode() != 0)
            qFatal("init failed: %s", init.readAllStandardError().constData());
    }
    ~Cluster()
    {
        for (Host &h : m_hosts) {
            if (h.daemon && h.daemon->state() != QProcess::NotRunning) {
                ::kill(pid_t(h.daemon->processId()), SIGTERM);
                if (!h.daemon->waitForFinished(15000)) {
                    h.daemon->kill();
                    h.daemon->waitForFinished(5000);
                }
            }
        }
        m_board.reset();
        if (!m_server.isEmpty())
            PgScratch::drop(m_server, PgUrl::parse(m_db).dbName);
    }

    // The shared board: a SQLite file both hosts pin (the per-host board
    // lock lets two host ids share it), or a fresh PostgreSQL database.
    QString db() const { return m_db; }
    QString config() const { return m_dir + QStringLiteral("/qkanban.conf"); }

    void configure(int maxInProgress, int claimTtl, const QByteArray &workerBody)
    {
        const QString worker = m_dir + QStringLiteral("/worker.sh");
        QFile f(worker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + workerBody + "\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSettings s(config(), QSettings::IniFormat);
        s.setValue(QStringLiteral("profile.w/command"), QStringLiteral("/bin/sh ") + worker);
        s.setValue(QStringLiteral("dispatcher/max_in_progress"), maxInProgress);
        s.setValue(QStringLiteral("dispatcher/claim_ttl"), claimTtl);
        s.setValue(QStringLiteral("dispatcher/retry_backoff"), 0);
        s.sync();
    }

    // The test's one connection (SQLite: one per process, see Env::close).
    Board &board()
    {
        if (!m_board)
            m_board = std::make_unique<Board>(BoardPaths::resolve({}, db()));
        return *m_board;
    }

    QStringList createTasks(int n)
    {
        Kernel k(board());
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            CreateOptions o;
            o.title = QStringLiteral("task %1").arg(i);
            o.assignee = QStringLiteral("w");
            ids << k.createTask(o).id;
        }
        return ids;
    }

    // home: the host's QKANBAN_HOME folder name (default: its id).
    Host &start(const QString &id, const QString &home = {})
    {
        m_hosts.push_back(
            Host{id, m_dir + QLatin1Char('/') + (home.isEmpty() ? id : home), {}, {}});
        Host &h = m_hosts.back();
        h.log = h.home + QStringLiteral(".log");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID",
                                 "QKANBAN_PROFILE", "QKANBAN_CLAIM_LOCK", "QKANBAN_BIN"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("QKANBAN_HOME"), h.home);
        env.insert(QStringLiteral("QKANBAN_HOST"), id);
        env.insert(QStringLiteral("QKANBAN_DB"), db());
        env.insert(QStringLiteral("QKANBAN_CONFIG"), config());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        h.daemon = std::make_unique<QProcess>();
        h.daemon->setProcessEnvironment(env);
        h.daemon->setProcessChannelMode(QProcess::MergedChannels);
        h.daemon->setStandardOutputFile(h.log);
        h.daemon->start(qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                       QStringLiteral("--interval"), QStringLiteral("0.3"),
                                       QStringLiteral("--failure-limit"), QStringLiteral("1000")});
        return h;
    }

    static QByteArray logOf(const Host &h)
    {
        QFile f(h.log);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(board().db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QList<QVariantList> rows(const QString &sql, int columns)
    {
        QList<QVariantList> out;
        QSqlQuery q(board().db());
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }

    qint64 count(const QString &status)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = ?"), {status});
    }

    std::list<Host> &hosts() { return m_hosts; }

private:
    QString m_dir;
    QString m_server;
    QString m_db;
    std::list<Host> m_hosts;
    std::unique_ptr<Board> m_board;
};

// The most workers open at once in the journal: "+" after the worker
// started (its task running), "-" before it completes (still running).
int maxOpen(const QString &journal)
{
    QFile f(journal);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int open = 0, most = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith('+'))
            most = qMax(most, ++open);
        else if (line.startsWith('-'))
            --open;
    }
    return most;
}

} // namespace

class TstMultiHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The test's own process opens the board; it keeps out of the
        // daemons' homes.
        qputenv("QKANBAN_HOME", m_home.filePath(QStringLiteral("test-home")).toUtf8());
        qputenv("QKANBAN_CONFIG", m_home.filePath(QStringLiteral("none.conf")).toUtf8());
        qunsetenv("QKANBAN_DB");
        qunsetenv("QKANBAN_BOARD");
        qunsetenv("QKANBAN_HOST");
    }

    void everyTaskRunsOnceAcrossTwoHosts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Cluster c(dir.path());
        constexpr int kTasks = 300;
        constexpr int kCap = 8; // counted in the database, across both hosts
        const QString journal = dir.filePath(QStringLiteral("journal"));
        c.configure(kCap, 900,
                    QStringLiteral("echo \"+ $QKANBAN_TASK\" >> %1\n"
                                   "sleep 0.1\n"
                                   "echo \"- $QKANBAN_TASK\" >> %1\n"
                                   "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\"")
                        .arg(journal)
                        .toUtf8());
        c.createTasks(kTasks);
        QCOMPARE(c.count(QStringLiteral("ready")), qint64(kTasks));

        QElapsedTimer timer;
        timer.start();
        Host &a = c.start(QStringLiteral("host-a"));
        Host &b = c.start(QStringLiteral("host-b"));
        QTRY_VERIFY_WITH_TIMEOUT(Cluster::logOf(a).contains("dispatcher running"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(Cluster::logOf(b).contains("dispatcher running"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(c.count(QStringLiteral("done")), qint64(kTasks), 400000);
        const qint64 ms = timer.elapsed();
        QVERIFY2(a.daemon->state() == QProcess::Running, Cluster::logOf(a).constData());
        QVERIFY2(b.daemon->state() == QProcess::Running, Cluster::logOf(b).constData());

        // Exactly once: one run per task, each done, by one of the hosts.
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs")), qint64(kTasks));
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE status = 'done'")),
                 qint64(kTasks));
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT task_id FROM task_runs"
                                         " GROUP BY task_id HAVING COUNT(*) > 1) x")),
                 qint64(0));
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_events WHERE kind = 'spawned'")),
            qint64(kTasks));
        const qint64 byA =
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE worker_host = 'host-a'"));
        const qint64 byB =
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE worker_host = 'host-b'"));
        QCOMPARE(byA + byB, qint64(kTasks));
        QVERIFY2(byA > 0 && byB > 0, qPrintable(QStringLiteral("a %1, b %2").arg(byA).arg(byB)));
        const int most = maxOpen(journal);
        QVERIFY2(most >= 1 && most <= kCap, qPrintable(QStringLiteral("%1 open").arg(most)));
        qInfo("%d tasks on two hosts in %lld ms (host-a %lld runs, host-b %lld; at most %d "
              "workers at once, cap %d)",
              kTasks, ms, byA, byB, most, kCap);
    }

    void survivorReclaimsADeadHostsTasks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Cluster c(dir.path());
        constexpr int kTasks = 20;
        constexpr int kCap = 4;
        constexpr int kTtl = 3; // seconds: the lease a dead host's tasks wait out
        const QString gate = dir.filePath(QStringLiteral("gate"));
        c.configure(kCap, kTtl,
                    QStringLiteral("while [ ! -e %1 ]; do sleep 0.05; done\n"
                                   "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\"")
                        .arg(gate)
                        .toUtf8());
        const QStringList ids = c.createTasks(kTasks);

        // Host A takes the cap; its workers wait at the gate.
        Host &a = c.start(QStringLiteral("host-a"));
        const QString runningOnA = QStringLiteral(
            "SELECT COUNT(*) FROM tasks WHERE status = 'running' AND worker_host = 'host-a'"
            " AND worker_pid IS NOT NULL");
        QTRY_COMPARE_WITH_TIMEOUT(c.scalar(runningOnA), qint64(kCap), 30000);
        // Host B sees the cap full (counted in the database): it starts
        // nothing, and reclaims nothing while A renews its leases.
        Host &b = c.start(QStringLiteral("host-b"));
        QTRY_VERIFY_WITH_TIMEOUT(Cluster::logOf(b).contains("dispatcher running"), 20000);
        const qint64 firstExpiry = c.scalar(
            QStringLiteral("SELECT MAX(claim_expires) FROM tasks WHERE status = 'running'"));
        QTRY_VERIFY_WITH_TIMEOUT(
            c.scalar(QStringLiteral(
                "SELECT MIN(claim_expires) FROM tasks WHERE status = 'running'")) > firstExpiry,
            (kTtl + 5) * 1000);
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_events WHERE kind = 'reclaimed'")),
            qint64(0));
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE worker_host = 'host-b'")),
            qint64(0));

        // Host A dies: its daemon and its workers' groups, by SIGKILL.
        const QList<QVariantList> orphans =
            c.rows(QStringLiteral("SELECT id, worker_pid FROM tasks WHERE status = 'running'"
                                  " AND worker_host = 'host-a'"),
                   2);
        QCOMPARE(orphans.size(), qsizetype(kCap));
        a.daemon->kill();
        QVERIFY(a.daemon->waitForFinished(10000));
        for (const QVariantList &o : orphans)
            QVERIFY(::kill(-pid_t(o.at(1).toLongLong()), SIGKILL) == 0);
        QElapsedTimer timer;
        timer.start();
        QFile(gate).open(QIODevice::WriteOnly); // B's workers finish at once

        // B waits out the leases, reclaims, and runs everything.
        QTRY_COMPARE_WITH_TIMEOUT(c.scalar(runningOnA), qint64(0), (kTtl + 30) * 1000);
        const qint64 reclaimMs = timer.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(c.count(QStringLiteral("done")), qint64(kTasks), 120000);
        const qint64 allDoneMs = timer.elapsed();
        QVERIFY2(b.daemon->state() == QProcess::Running, Cluster::logOf(b).constData());

        // Each orphan: its run on A reclaimed (not counted as a failure, no
        // PID of A's checked by B), then done once on B.
        for (const QVariantList &o : orphans) {
            const QString id = o.at(0).toString();
            QCOMPARE(
                c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE task_id = ?"
                                        " AND worker_host = 'host-a' AND status = 'reclaimed'"),
                         {id}),
                qint64(1));
            QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_events WHERE task_id = ?"
                                             " AND kind = 'reclaimed' AND payload LIKE ?"),
                              {id, QStringLiteral("%\"host_local\": false%")}),
                     qint64(1));
        }
        // None done twice, none lost.
        for (const QString &id : ids) {
            QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE task_id = ?"
                                             " AND status = 'done'"),
                              {id}),
                     qint64(1));
        }
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE status = 'done'"
                                         " AND worker_host = 'host-b'")),
                 qint64(kTasks));
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM task_runs")), qint64(kTasks + kCap));
        qInfo("host-a killed with %d tasks running: reclaimed by host-b after %lld ms (claim TTL "
              "%d s), all %d done after %lld ms",
              kCap, reclaimMs, kTtl, kTasks, allDoneMs);
    }

    void claimKeepsTheCaps()
    {
        // The caps are counted by the claim itself: what another host's
        // dispatcher started since this one counted is seen.
        QTemporaryDir dir;
        Cluster c(dir.path());
        const QStringList ids = c.createTasks(4);
        Kernel k(c.board());
        QVERIFY(k.claimTask(ids.at(0), 60, {}, ClaimCaps{2, 0, {}}));
        QVERIFY(k.claimTask(ids.at(1), 60, {}, ClaimCaps{2, 0, {}}));
        QVERIFY(!k.claimTask(ids.at(2), 60, {}, ClaimCaps{2, 0, {}}));
        QCOMPARE(k.requireTask(ids.at(2)).status, TaskStatus::Ready);
        // Per profile: the two running are w's.
        QVERIFY(!k.claimTask(ids.at(2), 60, {}, ClaimCaps{0, 2, QStringLiteral("w")}));
        QVERIFY(k.claimTask(ids.at(2), 60, {}, ClaimCaps{0, 3, QStringLiteral("w")}));
        QVERIFY(k.claimTask(ids.at(3), 60, {}, ClaimCaps{0, 1, QStringLiteral("other")}));
        QCOMPARE(c.count(QStringLiteral("running")), qint64(4));
    }

    void sameHostTwiceIsRefused()
    {
        // Another QKANBAN_HOME does not make another host: a second
        // dispatcher with the same host id is refused, and says who holds
        // the board.
        QTemporaryDir dir;
        Cluster c(dir.path());
        c.configure(2, 900, "exit 0");
        Host &first = c.start(QStringLiteral("host-a"), QStringLiteral("home-1"));
        QTRY_VERIFY_WITH_TIMEOUT(Cluster::logOf(first).contains("dispatcher running"), 20000);
        Host &second = c.start(QStringLiteral("host-a"), QStringLiteral("home-2"));
        QVERIFY(second.daemon->waitForFinished(30000));
        QCOMPARE(second.daemon->exitCode(), 1);
        QVERIFY2(Cluster::logOf(second).contains(QByteArray::number(first.daemon->processId())),
                 Cluster::logOf(second).constData());
        QCOMPARE(first.daemon->state(), QProcess::Running);
    }

    void badHostIdIsRefused()
    {
        // A host id that would break the claim lock ("host:pid:nonce"): one
        // line, exit 1, no dispatcher and no claim.
        QTemporaryDir dir;
        Cluster c(dir.path());
        const QString id = c.createTasks(1).first();
        for (const QStringList &args :
             {QStringList{QStringLiteral("daemon")}, QStringList{QStringLiteral("claim"), id}}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QKANBAN_HOST"), QStringLiteral("bad:host"));
            env.insert(QStringLiteral("QKANBAN_DB"), c.db());
            p.setProcessEnvironment(env);
            p.start(qkanbanBin(), QStringList{QStringLiteral("--headless")} + args);
            QVERIFY(p.waitForFinished(30000));
            const QByteArray err = p.readAllStandardError();
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(err.startsWith("qkanban: QKANBAN_HOST: ") && err.count('\n') == 1,
                     err.constData());
        }
        QCOMPARE(c.count(QStringLiteral("ready")), qint64(1));
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM dispatcher_status")), qint64(0));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TstMultiHost)
#include "tst_multihost.moc"
