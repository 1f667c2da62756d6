#include "tests/chaos/ChaosTrial.h"

#include "tests/chaos/PgScratch.h"
#include "tests/chaos/ReadOnlyDb.h"

#include "model/Board.h"
#include "model/BoardPaths.h"
#include "model/Kernel.h"
#include "model/PgUrl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

namespace {

// A little work, then the terminal verb with the run id of this attempt.
const char kWorker[] = "#!/bin/sh\n"
                       "sleep 0.1$(( $$ % 10 ))\n"
                       "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" --result \"run "
                       "$QKANBAN_RUN_ID\"\n";

constexpr int kFinishMs = 180000; // generous: a loaded 2-core machine

} // namespace

QString ChaosTrial::pgServerUrl()
{
    const QString file = qEnvironmentVariable("QKANBAN_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("chaos: cannot read QKANBAN_TEST_PG_URL_FILE %s", qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

ChaosTrial::ChaosTrial(quint32 seed, const QString &dir)
    : m_seed(seed), m_dir(dir), m_pgServer(pgServerUrl()), m_rng(seed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID",
                             "QKANBAN_PROFILE", "QKANBAN_CLAIM_LOCK", "QKANBAN_WORKSPACE",
                             "QKANBAN_TENANT", "QKANBAN_BIN", "QKANBAN_HOST"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("QKANBAN_CONFIG"), dir + QStringLiteral("/config/qkanban.conf"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (m_pgServer.isEmpty()) {
        m_db = dir + QStringLiteral("/board.db");
        m_hosts.resize(1);
        m_hosts[0].env = env;
        m_hosts[0].env.insert(QStringLiteral("QKANBAN_HOME"), dir + QStringLiteral("/home"));
        return;
    }
    m_db =
        PgUrl::parse(m_pgServer)
            .withDatabase(
                QStringLiteral("qk_chaos_%1_%2").arg(QCoreApplication::applicationPid()).arg(seed));
    m_hosts.resize(2);
    for (int i = 0; i < 2; ++i) {
        Host &h = m_hosts[size_t(i)];
        h.id = QStringLiteral("chaos-%1").arg(QLatin1Char(char('a' + i)));
        h.env = env;
        h.env.insert(QStringLiteral("QKANBAN_HOME"), dir + QStringLiteral("/home-") + h.id);
        h.env.insert(QStringLiteral("QKANBAN_HOST"), h.id);
    }
}

ChaosTrial::~ChaosTrial()
{
    for (Host &h : m_hosts) {
        if (h.daemon && h.daemon->state() != QProcess::NotRunning) {
            h.daemon->kill();
            h.daemon->waitForFinished(10000);
        }
    }
    if (!m_pgServer.isEmpty())
        PgScratch::drop(m_pgServer, PgUrl::parse(m_db).dbName);
}

QString ChaosTrial::Host::log() const
{
    return env.value(QStringLiteral("QKANBAN_HOME")) + QStringLiteral(".daemon.log");
}

void ChaosTrial::prepare()
{
    const QString worker = m_dir + QStringLiteral("/worker.sh");
    QFile script(worker);
    if (!script.open(QIODevice::WriteOnly))
        qFatal("chaos: cannot write %s", qPrintable(worker));
    script.write(kWorker);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QDir().mkpath(m_dir + QStringLiteral("/config"));
    QSettings config(m_hosts.front().env.value(QStringLiteral("QKANBAN_CONFIG")),
                     QSettings::IniFormat);
    config.setValue(QStringLiteral("profile.chaos/command"), QStringLiteral("/bin/sh ") + worker);
    // A claim whose worker was never recorded (daemon killed between claim
    // and spawn) comes back by expiry: keep that short.
    config.setValue(QStringLiteral("dispatcher/claim_ttl"), 2);
    // Killed workers are retried at once: the trial is about what survives
    // a kill, not about waiting out the backoff (tst_guards tests that).
    config.setValue(QStringLiteral("dispatcher/retry_backoff"), 0);
    config.sync();

    if (!m_pgServer.isEmpty())
        createDatabase();
    // 50 tasks in chains of 1-8, created through the kernel (real
    // "created" events), all assigned to the chaos profile.
    Board board(BoardPaths::resolve({}, dbPath()));
    Kernel kernel(board);
    int made = 0;
    while (made < kTasks) {
        const int length = qMin(kTasks - made, int(m_rng.bounded(1, 9)));
        QString parent;
        for (int i = 0; i < length; ++i, ++made) {
            CreateOptions o;
            o.title = QStringLiteral("chain task %1 (seed %2)").arg(made).arg(m_seed);
            o.assignee = QStringLiteral("chaos");
            o.priority = m_rng.bounded(0, 3);
            if (!parent.isEmpty())
                o.parents << parent;
            parent = kernel.createTask(o).id;
        }
    }
}

void ChaosTrial::createDatabase()
{
    const QString error = PgScratch::create(m_pgServer, PgUrl::parse(m_db).dbName);
    if (!error.isEmpty())
        qFatal("chaos: %s", qPrintable(error));
    // The schema, as a user makes it: `init` on the URL.
    QProcess init;
    init.setProcessEnvironment(m_hosts.front().env);
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(QStringLiteral(QKANBAN_BIN), {QStringLiteral("--headless"), QStringLiteral("--db"),
                                             m_db, QStringLiteral("init")});
    if (!init.waitForFinished(60000) || init.exitCode() != 0)
        qFatal("chaos: init on PostgreSQL failed: %s", init.readAll().constData());
}

bool ChaosTrial::startDaemon(Host &h)
{
    h.daemon = std::make_unique<QProcess>();
    h.daemon->setProcessEnvironment(h.env);
    h.daemon->setProcessChannelMode(QProcess::MergedChannels);
    h.daemon->setStandardOutputFile(h.log(), QIODevice::Append);
    h.daemon->start(QStringLiteral(QKANBAN_BIN),
                    {QStringLiteral("--headless"), QStringLiteral("--db"), dbPath(),
                     QStringLiteral("daemon"), QStringLiteral("--interval"), QStringLiteral("0.3"),
                     QStringLiteral("--failure-limit"), QStringLiteral("1000"),
                     QStringLiteral("-v")});
    ++h.starts;
    h.bannersAtStart = banners(h);
    if (!h.daemon->waitForStarted(10000)) {
        m_why = QStringLiteral("the daemon did not start: ") + h.daemon->errorString();
        return false;
    }
    return true;
}

int ChaosTrial::banners(const Host &h) const
{
    QFile f(h.log());
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count("qkanban dispatcher running"));
}

QString ChaosTrial::daemonExitProblem(Host &h)
{
    // A daemon that ended without our signal (refused the lock, crashed).
    if (h.daemon->state() != QProcess::NotRunning)
        return {};
    return QStringLiteral("daemon %1#%2 exited on its own (status %3, code %4); lock holders: %5")
        .arg(h.id)
        .arg(h.starts)
        .arg(h.daemon->exitStatus() == QProcess::CrashExit ? QStringLiteral("crash")
                                                           : QStringLiteral("normal"))
        .arg(h.daemon->exitCode())
        .arg(lockHolders());
}

QString ChaosTrial::anyExitProblem()
{
    for (Host &h : m_hosts) {
        if (const QString why = daemonExitProblem(h); !why.isEmpty())
            return why;
    }
    return {};
}

QString ChaosTrial::lockHolders() const
{
    // /proc/locks rows on the lock file's inode, with each holder's command.
    if (!m_pgServer.isEmpty())
        return QStringLiteral("(PostgreSQL mode: per-home locks)");
    struct stat st;
    if (::stat(QFile::encodeName(dbPath() + QStringLiteral(".dispatcher.lock")).constData(), &st) !=
        0)
        return QStringLiteral("(no lock file)");
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return QStringLiteral("(no /proc/locks)");
    const QString inode = QStringLiteral(":%1 ").arg(quint64(st.st_ino));
    QStringList out;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        if (!QString::fromLatin1(line).contains(inode))
            continue;
        const QByteArray pid = line.simplified().split(' ').value(4);
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(QString::fromLatin1(pid)));
        const QByteArray argv =
            cmd.open(QIODevice::ReadOnly) ? cmd.readAll().replace('\0', ' ') : QByteArray("?");
        out << QStringLiteral("pid %1 (%2)")
                   .arg(QString::fromLatin1(pid), QString::fromLocal8Bit(argv).left(120));
    }
    // Every process with the lock file open (an inherited descriptor).
    const QString lockPath = dbPath() + QStringLiteral(".dispatcher.lock");
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QString &fd :
             QDir(fdDir).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            if (QFile::symLinkTarget(fdDir + QLatin1Char('/') + fd) != lockPath)
                continue;
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
            const QByteArray argv =
                cmd.open(QIODevice::ReadOnly) ? cmd.readAll().replace('\0', ' ') : QByteArray();
            out << QStringLiteral("open in pid %1 (%2)")
                       .arg(pid, QString::fromLocal8Bit(argv).left(120));
        }
    }
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral("; "));
}

bool ChaosTrial::killDaemon(Host &h)
{
    m_why = daemonExitProblem(h);
    if (!m_why.isEmpty())
        return false;
    h.daemon->kill(); // SIGKILL
    if (!h.daemon->waitForFinished(10000)) {
        m_why = QStringLiteral("the daemon survived SIGKILL");
        return false;
    }
    return true;
}

void ChaosTrial::killWorker()
{
    ReadOnlyDb db(dbPath());
    const QList<QVariantList> running =
        db.rows(QStringLiteral("SELECT id, worker_pid FROM tasks WHERE status = 'running'"
                               " AND worker_pid IS NOT NULL ORDER BY id"));
    if (running.isEmpty()) {
        m_actions << QStringLiteral("no worker to kill");
        return;
    }
    const QVariantList &pick = running.at(int(m_rng.bounded(int(running.size()))));
    const qint64 pid = pick.at(1).toLongLong();
    // The whole group: the script and the `complete` it may have exec'd.
    const int rc = pid > 1 ? ::kill(pid_t(-pid), SIGKILL) : -1;
    m_actions << QStringLiteral("SIGKILL worker of %1 (pid %2)%3")
                     .arg(pick.at(0).toString())
                     .arg(pid)
                     .arg(rc == 0 ? QString() : QStringLiteral(" - already gone"));
}

bool ChaosTrial::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(25);
    }
    return true;
}

int ChaosTrial::doneCount()
{
    ReadOnlyDb db(dbPath());
    return db.value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'done'")).toInt();
}

QString ChaosTrial::boardState()
{
    ReadOnlyDb db(dbPath());
    QStringList out;
    for (const QVariantList &r :
         db.rows(QStringLiteral("SELECT status, COUNT(*) FROM tasks GROUP BY status")))
        out << QStringLiteral("%1=%2").arg(r.at(0).toString(), r.at(1).toString());
    for (const QVariantList &r : db.rows(QStringLiteral(
             "SELECT id, status, claim_lock, claim_expires, worker_pid, consecutive_failures"
             " FROM tasks WHERE status <> 'done' ORDER BY id LIMIT 10")))
        out << QStringLiteral("\n  %1 %2 lock=%3 expires=%4 pid=%5 failures=%6")
                   .arg(r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                        r.at(3).toString(), r.at(4).toString(), r.at(5).toString());
    return out.join(QLatin1Char(' '));
}

bool ChaosTrial::run()
{
    for (Host &h : m_hosts) {
        if (!startDaemon(h))
            return false;
    }
    const int kills = int(m_rng.bounded(1, 4));
    for (int k = 0; k < kills; ++k) {
        QTest::qWait(int(m_rng.bounded(0, 1200))); // a random moment
        if (m_rng.bounded(10) < 4) {
            killWorker();
            QTest::qWait(int(m_rng.bounded(0, 300)));
        }
        Host &h = m_hosts[size_t(m_rng.bounded(int(m_hosts.size())))];
        if (!killDaemon(h))
            return false;
        m_actions << QStringLiteral("SIGKILL daemon %1#%2").arg(h.id).arg(h.starts);
        if (m_rng.bounded(10) < 3)
            killWorker(); // while no dispatcher of that host is watching
        if (m_rng.bounded(10) < 3)
            QTest::qWait(int(m_rng.bounded(0, 500)));
        if (!startDaemon(h))
            return false;
    }
    const bool finished = waitUntil(
        [this] { return doneCount() == kTasks || !anyExitProblem().isEmpty(); }, kFinishMs);
    m_why = anyExitProblem();
    if (!m_why.isEmpty())
        return false;
    if (!finished || doneCount() != kTasks) {
        m_why = QStringLiteral("not every task finished within %1 s: %2")
                    .arg(kFinishMs / 1000)
                    .arg(boardState());
        return false;
    }
    for (Host &h : m_hosts) {
        // SIGTERM only once it handles it: its banner follows the handler.
        if (!waitUntil(
                [this, &h] {
                    return banners(h) > h.bannersAtStart ||
                           h.daemon->state() == QProcess::NotRunning;
                },
                60000)) {
            m_why =
                QStringLiteral("daemon %1#%2 never said it was running").arg(h.id).arg(h.starts);
            return false;
        }
        h.daemon->terminate(); // SIGTERM: a clean stop
        if (!h.daemon->waitForFinished(30000) || h.daemon->exitStatus() != QProcess::NormalExit ||
            h.daemon->exitCode() != 0) {
            m_why = QStringLiteral("daemon %1 did not stop cleanly on SIGTERM (code %2)")
                        .arg(h.id)
                        .arg(h.daemon->exitCode());
            return false;
        }
    }
    return true;
}

QString ChaosTrial::daemonLog(int maxBytes) const
{
    QByteArray all;
    for (const Host &h : m_hosts) {
        QFile f(h.log());
        if (f.open(QIODevice::ReadOnly))
            all += (m_hosts.size() > 1 ? "== " + h.id.toUtf8() + "\n" : QByteArray()) + f.readAll();
    }
    return QString::fromUtf8(maxBytes < 0 ? all : all.right(maxBytes));
}
