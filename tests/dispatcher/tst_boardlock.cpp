// One dispatcher per database file, whatever name leads to it: the board's
// slug, --db, a symlink to the file, a symlinked folder on its path, a
// hard link, a path with "..". With the real daemon running, a second
// daemon through any of them exits 1 with one line naming the holder, a
// one-shot `dispatch` (what a worker may run) says in one line that it
// skipped and starts nothing, and a --max 1 profile keeps one worker.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/BoardLock.h"
#include "model/Types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

class TestBoardLock : public QObject
{
    Q_OBJECT

    // The real daemon on the default board (QKANBAN_HOME), running.
    static bool startDaemon(QProcess &daemon)
    {
        daemon.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        daemon.start(Fixture::qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                             QStringLiteral("--interval"), QStringLiteral("60")});
        if (!daemon.waitForStarted())
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("dispatcher running") && t.elapsed() < 20000) {
            daemon.waitForReadyRead(500);
            out += daemon.readAllStandardOutput();
        }
        return out.contains("dispatcher running");
    }

    static void stopDaemon(QProcess &daemon)
    {
        ::kill(pid_t(daemon.processId()), SIGTERM);
        daemon.waitForFinished(15000);
    }

    // Every other name of the board's database file.
    static QHash<QString, QString> aliases(const Fixture::Env &env)
    {
        const QString db = env.location.dbPath;
        const QString dir = env.path(QStringLiteral("aliases"));
        QDir().mkpath(dir);
        QHash<QString, QString> out;
        out.insert(QStringLiteral("db"), db);
        const QString fileLink = dir + QStringLiteral("/link.db");
        QFile::link(db, fileLink);
        out.insert(QStringLiteral("file symlink"), fileLink);
        const QString dirLink = dir + QStringLiteral("/boarddir");
        QFile::link(env.location.boardDir, dirLink);
        out.insert(QStringLiteral("folder symlink"), dirLink + QStringLiteral("/board.db"));
        const QString hard = dir + QStringLiteral("/hard.db");
        ::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData());
        out.insert(QStringLiteral("hard link"), hard);
        out.insert(QStringLiteral("dotdot"),
                   env.location.boardDir + QStringLiteral("/../default/./board.db"));
        return out;
    }

    static int runningCount(const Fixture::Env &env)
    {
        QByteArray out;
        env.cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("running"),
                 QStringLiteral("--json")},
                &out);
        return int(QJsonDocument::fromJson(out).array().size());
    }

private slots:
    void secondDaemonOnTheSameFileIsRefused_data()
    {
        QTest::addColumn<QString>("alias");
        for (const char *name : {"db", "file symlink", "folder symlink", "hard link", "dotdot"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void secondDaemonOnTheSameFileIsRefused()
    {
        QK_SKIP_ON_PG("aliases of the board file (symlinks, hard links, ..)");
        QFETCH(QString, alias);
        Fixture::Env env;
        env.close();
        const QString path = aliases(env).value(alias);
        QVERIFY(QFileInfo::exists(path));
        QProcess daemon;
        QVERIFY(startDaemon(daemon));
        const qint64 holder = daemon.processId();
        QCOMPARE(BoardLock::holderPid(BoardPaths::resolve({}, path)), holder);

        QByteArray out, err;
        const int code = env.cli({QStringLiteral("--db"), path, QStringLiteral("daemon"),
                                  QStringLiteral("--interval"), QStringLiteral("60")},
                                 &out, &err);
        stopDaemon(daemon);
        QCOMPARE(code, 1);
        const QList<QByteArray> lines = err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("qkanban: another dispatcher is already running"),
                 err.constData());
        QVERIFY2(err.contains("pid " + QByteArray::number(holder)), err.constData());
        // It names the lock file that is held: under another name of the
        // database, the identity lock.
        const QString named = QString::fromUtf8(err.mid(err.indexOf("lock file ") + 10).trimmed());
        QVERIFY2(named.endsWith(QLatin1String(".lock")), qPrintable(named));
        if (alias == QLatin1String("hard link"))
            QVERIFY2(named.contains(QLatin1String("/dispatcher-")), qPrintable(named));
    }

    void oneShotDispatchSkipsWhileTheDaemonHoldsTheFile()
    {
        QK_SKIP_ON_PG("aliases of the board file (symlinks, hard links, ..)");
        Fixture::Env env;
        // A --max 1 profile whose workers stay, and three tasks for it.
        env.profile(QStringLiteral("solo"), env.script(QStringLiteral("solo.sh"), "exec sleep 120"),
                    1);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << env.create(QStringLiteral("job %1").arg(i), QStringLiteral("solo"));
        env.close();
        QProcess daemon;
        QVERIFY(startDaemon(daemon));
        QTRY_COMPARE_WITH_TIMEOUT(runningCount(env), 1, 15000);

        const QHash<QString, QString> names = aliases(env);
        for (const QString &name :
             {QStringLiteral("folder symlink"), QStringLiteral("hard link")}) {
            // What a worker runs, with its own view of the board.
            QProcessEnvironment worker;
            worker.insert(QStringLiteral("QKANBAN_DB"), names.value(name));
            worker.insert(QStringLiteral("QKANBAN_RUN_ID"), QStringLiteral("1"));
            QByteArray out, err;
            QCOMPARE(
                env.cli({QStringLiteral("dispatch"), QStringLiteral("--max"), QStringLiteral("5")},
                        &out, &err, worker),
                0);
            QCOMPARE(out.trimmed().count('\n'), 0);
            QVERIFY2(out.startsWith("Skipped: another dispatcher (pid " +
                                    QByteArray::number(daemon.processId()) + ")"),
                     out.constData());
            QCOMPARE(
                env.cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &out, &err, worker),
                0);
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            QVERIFY(o.value(QStringLiteral("skipped_locked")).toBool());
            QVERIFY(o.value(EventKind::Spawned).toArray().isEmpty());
            QCOMPARE(runningCount(env), 1);
        }
        // The daemon alone goes on: still one worker of the profile.
        QCOMPARE(runningCount(env), 1);
        QByteArray out;
        QCOMPARE(env.cli({QStringLiteral("--db"), names.value(QStringLiteral("file symlink")),
                          QStringLiteral("daemon")},
                         &out),
                 1);
        QCOMPARE(runningCount(env), 1);
        // Stopped with its workers.
        env.reopen();
        const QString running = [&] {
            for (const QString &id : ids)
                if (env.task(id).status == TaskStatus::Running)
                    return id;
            return QString();
        }();
        const qint64 pid = env.task(running).workerPid.value_or(0);
        env.close();
        stopDaemon(daemon);
        QVERIFY(pid > 1);
        ::kill(-pid_t(pid), SIGKILL);
        QTRY_VERIFY(Fixture::groupGone(pid));
    }

    void lockIsFreeAgainAfterTheHolderStops()
    {
        QK_SKIP_ON_PG("aliases of the board file (symlinks, hard links, ..)");
        Fixture::Env env;
        env.close();
        const QString hard = aliases(env).value(QStringLiteral("hard link"));
        {
            BoardLock first(env.location);
            QVERIFY(first.tryLock());
            BoardLock second(BoardPaths::resolve({}, hard));
            QVERIFY(!second.tryLock());
            QCOMPARE(BoardLock::holderPid(BoardPaths::resolve({}, hard)),
                     QCoreApplication::applicationPid());
        }
        BoardLock again(BoardPaths::resolve({}, hard));
        QVERIFY(again.tryLock());
        QCOMPARE(BoardLock::holderPid(env.location), QCoreApplication::applicationPid());
        again.unlock();
        QCOMPARE(BoardLock::holderPid(env.location), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestBoardLock)
#include "tst_boardlock.moc"
