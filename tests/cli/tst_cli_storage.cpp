// Storage faults with real processes: a write lock held by another
// process (one bounded wait, one line), a full disk (a small tmpfs: the
// board stays intact and the error says so), `check` (SQLite's checks and
// the board's invariants; damaged pages make the board refuse writes, and
// the daemon refuses to start), and `backup` (a consistent copy while
// another process writes).
#include "tests/cli/CliHarness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <sys/mount.h>
#include <sys/stat.h>

namespace {

// A python3 process (sqlite3 module) on the board: "write" holds BEGIN
// IMMEDIATE, "read" keeps a connection (and so the -wal and -shm files)
// open; both until their stdin closes. "sql:..." runs statements and exits.
class PyDb
{
public:
    bool start(const QString &path, const QString &mode)
    {
        const QString script =
            QStringLiteral("import sqlite3, sys\n"
                           "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)\n"
                           "c.execute('SELECT count(*) FROM tasks').fetchall()\n"
                           "if sys.argv[2] == 'write':\n"
                           "    c.execute('BEGIN IMMEDIATE')\n"
                           "print('ready', flush=True)\n"
                           "sys.stdin.read()\n"
                           "c.close()\n");
        m_p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path, mode});
        if (!m_p.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!m_p.readAllStandardOutput().contains("ready")) {
            if (t.elapsed() > 20000 || m_p.state() != QProcess::Running)
                return false;
            m_p.waitForReadyRead(1000);
        }
        return true;
    }
    void stop()
    {
        if (m_p.state() == QProcess::NotRunning)
            return;
        m_p.closeWriteChannel();
        if (!m_p.waitForFinished(20000)) {
            m_p.kill();
            m_p.waitForFinished();
        }
    }
    ~PyDb() { stop(); }

private:
    QProcess m_p;
};

// Runs SQL statements on the board file through python3's sqlite3, outside
// qkanban (foreign keys off: the damage a test needs). Returns stdout.
QByteArray pySql(const QString &path, const QStringList &statements)
{
    QProcess p;
    const QString script = QStringLiteral("import sqlite3, sys\n"
                                          "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                          "for s in sys.argv[2:]:\n"
                                          "    for row in c.execute(s):\n"
                                          "        print('|'.join(str(v) for v in row))\n"
                                          "c.close()\n");
    p.start(QStringLiteral("python3"),
            QStringList{QStringLiteral("-c"), script, path} + statements);
    p.waitForFinished(60000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes garbage over one page in the middle of the file (not the header).
bool corruptMiddlePage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = f.size() / 4096;
    if (pages < 8)
        return false;
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131 + 7) % 251);
    f.seek((pages / 2) * 4096);
    return f.write(junk) == junk.size();
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void busyWriteGivesOneLineWithinTheBusyTimeout();
    void busyClaimGivesOneLineWithinTheBusyTimeout();
    void fullDiskSaysDiskFullAndKeepsTheBoard();
    void checkPassesOnASoundBoardAndNeverWrites();
    void checkReportsBrokenInvariants();
    void corruptPagesAreFoundAndRefuseWrites();
    void backupWhileAnotherProcessWrites();
    void backupIsPrivateAndNeverOverwrites();
};

void TestCliStorage::busyWriteGivesOneLineWithinTheBusyTimeout()
{
    QK_SKIP_ON_PG("holds the board file's write lock with Python's sqlite3");
    CliHarness h;
    QVERIFY(!h.create(QStringLiteral("first")).isEmpty());
    const QByteArray before = h.snapshot();
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    h.setEnv(QStringLiteral("QKANBAN_BUSY_TIMEOUT_MS"), QStringLiteral("1500"));
    PyDb holder;
    QVERIFY(holder.start(db, QStringLiteral("write")));
    QElapsedTimer t;
    t.start();
    const auto r = h.run({QStringLiteral("create"), QStringLiteral("second")});
    const qint64 took = t.elapsed();
    holder.stop();
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(),
             QStringList{QStringLiteral("qkanban: the board is busy: another process has held "
                                        "the write lock for 1.5 s")});
    QVERIFY(r.out.isEmpty());
    // One bound on the whole wait (plus the process's own start).
    QVERIFY2(took >= 1400 && took < 6000, qPrintable(QString::number(took)));
    h.unsetEnv(QStringLiteral("QKANBAN_BUSY_TIMEOUT_MS"));
    QCOMPARE(h.snapshot(), before);
}

void TestCliStorage::busyClaimGivesOneLineWithinTheBusyTimeout()
{
    // A claimer looks at its task again while the lock is held, instead of
    // queueing: the same one line, within the same one bound.
    QK_SKIP_ON_PG("holds the board file's write lock with Python's sqlite3");
    CliHarness h;
    const QString id =
        h.create(QStringLiteral("ready"), {QStringLiteral("--assignee"), QStringLiteral("coder")});
    QVERIFY(!id.isEmpty());
    const QByteArray before = h.snapshot();
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    h.setEnv(QStringLiteral("QKANBAN_BUSY_TIMEOUT_MS"), QStringLiteral("1500"));
    PyDb holder;
    QVERIFY(holder.start(db, QStringLiteral("write")));
    QElapsedTimer t;
    t.start();
    const auto r = h.run({QStringLiteral("claim"), id});
    const qint64 took = t.elapsed();
    holder.stop();
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(),
             QStringList{QStringLiteral("qkanban: the board is busy: another process has held "
                                        "the write lock for 1.5 s")});
    QVERIFY(r.out.isEmpty());
    QVERIFY2(took >= 1400 && took < 6000, qPrintable(QString::number(took)));
    h.unsetEnv(QStringLiteral("QKANBAN_BUSY_TIMEOUT_MS"));
    QCOMPARE(h.snapshot(), before);
}

void TestCliStorage::fullDiskSaysDiskFullAndKeepsTheBoard()
{
    CliHarness h;
    const QString mnt = h.path(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mnt));
    const QByteArray target = QFile::encodeName(mnt);
    if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m,mode=0700") != 0)
        QSKIP("mounting a small tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)");
    struct Unmount
    {
        QByteArray at;
        ~Unmount() { ::umount2(at.constData(), MNT_DETACH); }
    } unmount{target};
    const QString db = mnt + QStringLiteral("/kanban.db");
    const QStringList g{QStringLiteral("--db"), db};
    for (int i = 0; i < 5; ++i)
        QVERIFY(!h.create(QStringLiteral("task %1").arg(i), g).isEmpty());
    const QByteArray before = h.snapshot(g);

    // Another process keeps the board open (its -wal and -shm exist), then
    // the disk fills: create fails at commit.
    PyDb reader;
    QVERIFY(reader.start(db, QStringLiteral("read")));
    auto fillDisk = [&mnt] {
        QFile filler(mnt + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::Append))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        return true;
    };
    QVERIFY(fillDisk());
    const QString line =
        QStringLiteral("qkanban: disk full: cannot write %1 (the board is unchanged)").arg(db);
    auto r = h.run(g + QStringList{QStringLiteral("create"), QStringLiteral("no room"),
                                   QStringLiteral("--body"), QString(20000, QLatin1Char('b'))});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(), QStringList{line});
    reader.stop();
    QVERIFY(fillDisk()); // the -shm it removed freed some room

    // With nobody holding it open, even a read needs room for the -shm.
    r = h.run(g + QStringList{QStringLiteral("list")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(), QStringList{line});
    r = h.run(g + QStringList{QStringLiteral("create"), QStringLiteral("no room either")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(), QStringList{line});

    QVERIFY(QFile::remove(mnt + QStringLiteral("/filler")));
    QCOMPARE(h.snapshot(g), before);
    r = h.run(g + QStringList{QStringLiteral("check")});
    QVERIFY2(r.code == 0, r.out + r.err);
    QVERIFY(!h.create(QStringLiteral("room again"), g).isEmpty());
}

void TestCliStorage::checkPassesOnASoundBoardAndNeverWrites()
{
    QK_SKIP_ON_PG("edits and compares the board file's bytes (Python's sqlite3)");
    CliHarness h;
    const QString a = h.create(QStringLiteral("parent"));
    const QString b = h.create(QStringLiteral("child"), {QStringLiteral("--parent"), a});
    const QString c = h.create(QStringLiteral("claimed"));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QCOMPARE(h.run({QStringLiteral("claim"), c}).code, 0);
    QCOMPARE(h.run({QStringLiteral("complete"), a}).code, 0);
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    const QByteArray bytes = readAll(db);

    auto r = h.run({QStringLiteral("check")});
    QVERIFY2(r.code == 0, r.out + r.err);
    QVERIFY2(r.text().startsWith(QStringLiteral("ok: ") + db), r.out);
    QVERIFY2(r.text().contains(QRegularExpression(QStringLiteral("3 tasks, \\d+ runs, 1 links"))),
             r.out);
    r = h.run({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("quick_check"));
    QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(readAll(db), bytes);
    QVERIFY(!QFile::exists(db + QStringLiteral(".damaged")));
}

void TestCliStorage::checkReportsBrokenInvariants()
{
    QK_SKIP_ON_PG("edits and compares the board file's bytes (Python's sqlite3)");
    CliHarness h;
    const QString a = h.create(QStringLiteral("a"));
    const QString b = h.create(QStringLiteral("b"), {QStringLiteral("--parent"), a});
    const QString d = h.create(QStringLiteral("done"));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !d.isEmpty());
    QCOMPARE(h.run({QStringLiteral("claim"), d}).code, 0);
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    // What a bug or a hand edit could leave: a running task without a run,
    // a done task with an open run, a cycle, a link to nowhere.
    pySql(db, {QStringLiteral("UPDATE tasks SET status = 'running', claim_lock = 'x' WHERE id = "
                              "'%1'")
                   .arg(a),
               QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = '%1'").arg(d),
               QStringLiteral("INSERT INTO task_links VALUES ('%1', '%2')").arg(b, a),
               QStringLiteral("INSERT INTO task_links VALUES ('%1', 't_00000000')").arg(a)});
    const QByteArray bytes = readAll(db);
    auto r = h.run({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    const QString out = r.text();
    QVERIFY2(out.contains(QStringLiteral("problem: run: running task %1 has 0 open runs").arg(a)),
             r.out);
    QVERIFY2(out.contains(QStringLiteral("problem: claim: task %1 is done but still holds").arg(d)),
             r.out);
    QVERIFY2(out.contains(QStringLiteral("problem: run: open run")), r.out);
    QVERIFY2(out.contains(
                 QStringLiteral("problem: cycle: dependency cycle: %1 -> %2 -> %1").arg(a, b)) ||
                 out.contains(
                     QStringLiteral("problem: cycle: dependency cycle: %2 -> %1 -> %2").arg(a, b)),
             r.out);
    QVERIFY2(out.contains(QStringLiteral("problem: link: link %1 -> t_00000000").arg(a)), r.out);
    QVERIFY2(out.contains(QStringLiteral("problem: foreign_key: task_links")), r.out);
    r = h.run({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("damaged")).toBool(), false);
    QStringList checks;
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        checks << p.toObject().value(QStringLiteral("check")).toString();
    for (const char *kind : {"run", "claim", "cycle", "link", "foreign_key"})
        QVERIFY2(checks.contains(QLatin1String(kind)), kind);
    QCOMPARE(readAll(db), bytes);
    // The pages are sound: writes go on (a move can repair the task).
    QVERIFY(!QFile::exists(db + QStringLiteral(".damaged")));
    QVERIFY(!h.create(QStringLiteral("still writable")).isEmpty());
}

void TestCliStorage::corruptPagesAreFoundAndRefuseWrites()
{
    QK_SKIP_ON_PG("corrupts the pages of the board file");
    CliHarness h;
    for (int i = 0; i < 120; ++i)
        QVERIFY(!h.create(QStringLiteral("task %1").arg(i),
                          {QStringLiteral("--body"), QString(600, QLatin1Char('a' + i % 26))})
                     .isEmpty());
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    auto r = h.run({QStringLiteral("backup")});
    QCOMPARE(r.code, 0);
    const QString good = r.text().trimmed();
    QVERIFY(QFile::exists(good));
    QVERIFY(corruptMiddlePage(db));

    r = h.run({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.text().contains(QLatin1String("problem: integrity: ")), r.out);
    QVERIFY2(r.text().contains(QLatin1String("writes are refused")), r.out);
    QVERIFY(QFile::exists(db + QStringLiteral(".damaged")));
    r = h.run({QStringLiteral("check"), QStringLiteral("--quick"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().object().value(QStringLiteral("damaged")).toBool(), true);

    // Writes are refused with what to do; the file stays as it is.
    const QByteArray bytes = readAll(db);
    r = h.run({QStringLiteral("create"), QStringLiteral("refused")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("qkanban: the board %1 failed its integrity "
                                                   "check and refuses writes: run 'qkanban "
                                                   "--headless check'")
                                        .arg(db)),
             r.err);
    QVERIFY2(r.errText().contains(QFileInfo(good).absolutePath()), r.err);
    QCOMPARE(readAll(db), bytes);

    // The daemon checks at start and refuses a damaged board.
    QFile::remove(db + QStringLiteral(".damaged"));
    QProcess daemon;
    daemon.setProcessEnvironment(h.environment());
    daemon.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("daemon")});
    QVERIFY(daemon.waitForFinished(60000));
    QCOMPARE(daemon.exitCode(), 1);
    const QString err = QString::fromUtf8(daemon.readAllStandardError());
    QVERIFY2(
        err.startsWith(QStringLiteral("qkanban: the board %1 failed its integrity check").arg(db)),
        qPrintable(err));
    QVERIFY(QFile::exists(db + QStringLiteral(".damaged")));

    // Restoring the backup and a passing check lift the refusal.
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QVERIFY(QFile::remove(db));
    QVERIFY(QFile::copy(good, db));
    r = h.run({QStringLiteral("check")});
    QVERIFY2(r.code == 0, r.out + r.err);
    QVERIFY(!QFile::exists(db + QStringLiteral(".damaged")));
    QVERIFY(!h.create(QStringLiteral("after the restore")).isEmpty());
}

void TestCliStorage::backupWhileAnotherProcessWrites()
{
    QK_SKIP_ON_PG("backup copies the board file (VACUUM INTO)");
    CliHarness h;
    QVERIFY(!h.create(QStringLiteral("seed")).isEmpty());
    const QString db = h.home() + QStringLiteral("/home/boards/default/board.db");
    QProcess writer;
    writer.setProcessEnvironment(h.environment());
    writer.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("i=0; while [ $i -lt 60 ]; do \"$0\" --headless create \"w $i\" "
                                 "--body \"$(printf '%0500d' $i)\" >/dev/null || exit 1; "
                                 "i=$((i+1)); done"),
                  CliHarness::binary()});
    QVERIFY(writer.waitForStarted());
    QStringList copies;
    while (writer.state() == QProcess::Running && copies.size() < 8) {
        const auto r = h.run({QStringLiteral("backup"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err);
        copies << r.json().object().value(QStringLiteral("path")).toString();
    }
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY(copies.size() >= 2);
    static const QRegularExpression name(
        QStringLiteral("/backups/kanban-\\d{8}-\\d{6}(-\\d+)?\\.db$"));
    for (const QString &copy : std::as_const(copies)) {
        QVERIFY2(name.match(copy).hasMatch(), qPrintable(copy));
        QVERIFY(copy.startsWith(QFileInfo(db).absolutePath()));
        QCOMPARE(pySql(copy, {QStringLiteral("PRAGMA integrity_check")}).trimmed(),
                 QByteArray("ok"));
        const auto r =
            h.run({QStringLiteral("--db"), copy, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err);
        QVERIFY(r.json().isArray() || r.json().isObject());
        QCOMPARE(h.run({QStringLiteral("--db"), copy, QStringLiteral("check")}).code, 0);
    }
}

void TestCliStorage::backupIsPrivateAndNeverOverwrites()
{
    QK_SKIP_ON_PG("backup copies the board file (VACUUM INTO)");
    CliHarness h;
    QVERIFY(!h.create(QStringLiteral("keep me")).isEmpty());
    const QString copy = h.path(QStringLiteral("copy.db"));
    auto r = h.run({QStringLiteral("backup"), copy});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.text().trimmed(), copy);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(copy).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    const QByteArray bytes = readAll(copy);
    r = h.run({QStringLiteral("backup"), copy});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.errLines(),
             QStringList{QStringLiteral("qkanban: %1 already exists; a backup never overwrites "
                                        "a file")
                             .arg(copy)});
    QCOMPARE(readAll(copy), bytes);
    r = h.run({QStringLiteral("--db"), copy, QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.text().contains(QLatin1String("keep me")));
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
