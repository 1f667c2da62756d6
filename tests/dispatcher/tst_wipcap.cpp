// A WIP limit on Running caps the dispatcher: a real tick on a seeded
// board starts no more than the limit less the tasks already running.
// The limits come from [wip_limits] and [wip_limits.<board>] of the
// config, re-read on every tick; writing them keeps the user's comments.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/WipLimits.h"
#include "model/DispatchKernel.h"
#include "model/PrivateFile.h"

#include <QFileInfo>

class TestWipCap : public QObject
{
    Q_OBJECT

    static void append(const QByteArray &text)
    {
        QFile f(BoardPaths::configPath());
        QVERIFY(f.open(QIODevice::Append));
        f.write(text);
    }

    // A profile whose workers stay running, and n ready tasks of it.
    static void seed(Fixture::Env &env, int n)
    {
        env.profile(QStringLiteral("crowd"),
                    env.script(QStringLiteral("crowd.sh"), "exec sleep 120"));
        for (int i = 0; i < n; ++i)
            env.create(QStringLiteral("task %1").arg(i), QStringLiteral("crowd"));
    }

private slots:
    void runningLimitCapsTheTick()
    {
        Fixture::Env env;
        seed(env, 6);
        append("\n; at most three at once\n[wip_limits]\nrunning = 3\n");
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 10;
        Dispatcher d(env.location, &env.clock, o);
        QCOMPARE(d.tick(true).spawned.size(), 3); // the dry run says the same
        QCOMPARE(d.tick().spawned.size(), 3);
        QCOMPARE(DispatchKernel(*env.board).runningCount(), qint64(3));
        QCOMPARE(d.tick().spawned.size(), 0);
        // Raised: the next tick reads it and starts limit - running.
        QString error;
        QVERIFY2(WipLimits::set(TaskStatus::Running, 5, env.location.slug, &error),
                 qPrintable(error));
        QCOMPARE(d.tick().spawned.size(), 2);
        QCOMPARE(DispatchKernel(*env.board).runningCount(), qint64(5));
        // Cleared: only the other caps remain.
        QVERIFY(WipLimits::set(TaskStatus::Running, 0, env.location.slug, &error));
        QCOMPARE(d.tick().spawned.size(), 1);
        QVERIFY(Fixture::readFile(BoardPaths::configPath()).contains("; at most three at once"));
        d.stop(Dispatcher::TerminateWorkers);
    }

    void startsOnlyWhatTheLimitLeaves()
    {
        Fixture::Env env;
        seed(env, 5);
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 2;
        Dispatcher d(env.location, &env.clock, o);
        QCOMPARE(d.tick().spawned.size(), 2); // two running, no limit yet
        o.maxSpawn = 10;
        d.setOptions(o);
        append("[wip_limits]\nrunning = 3\n");
        QCOMPARE(d.tick().spawned.size(), 1); // 3 - 2
        QCOMPARE(DispatchKernel(*env.board).runningCount(), qint64(3));
        d.stop(Dispatcher::TerminateWorkers);
    }

    void theBoardsOwnSectionWins()
    {
        Fixture::Env env;
        seed(env, 4);
        append("[wip_limits]\nrunning = 4\n[wip_limits." + env.location.slug.toUtf8() +
               "]\nrunning = 1\n[wip_limits.elsewhere]\nrunning = 3\n");
        QCOMPARE(WipLimits::limit(TaskStatus::Running, env.location.slug), 1);
        QCOMPARE(WipLimits::limit(TaskStatus::Running, QStringLiteral("elsewhere")), 3);
        QCOMPARE(WipLimits::limit(TaskStatus::Running, QStringLiteral("other")), 4);
        DispatchOptions o = Fixture::fastOptions();
        o.maxSpawn = 10;
        Dispatcher d(env.location, &env.clock, o);
        QCOMPARE(d.tick().spawned.size(), 1);
        // A board's 0 is "no limit on this board", over the global 4.
        QString error;
        QVERIFY(WipLimits::set(TaskStatus::Running, 0, env.location.slug, &error));
        QCOMPARE(WipLimits::limit(TaskStatus::Running, env.location.slug), 0);
        QCOMPARE(d.tick().spawned.size(), 3);
        d.stop(Dispatcher::TerminateWorkers);
    }

    void writingKeepsCommentsAndOrder()
    {
        Fixture::Env env;
        const QString path = BoardPaths::configPath();
        QVERIFY(PrivateFile::write(path, "# my settings\n[dispatcher]\ninterval = 30 ; fast\n\n"
                                         "[wip_limits]\n; review is the bottleneck\n"
                                         "review = 2\n\n[profile.x]\ncommand = /bin/true\n"));
        QString error;
        QVERIFY(WipLimits::set(TaskStatus::Review, 4, QStringLiteral("default"), &error));
        QVERIFY(WipLimits::set(TaskStatus::Running, 3, QStringLiteral("default"), &error));
        QVERIFY(WipLimits::set(TaskStatus::Todo, 0, QStringLiteral("default"), &error));
        QCOMPARE(Fixture::readFile(path),
                 QByteArray("# my settings\n[dispatcher]\ninterval = 30 ; fast\n\n"
                            "[wip_limits]\n; review is the bottleneck\nreview=4\n"
                            "running=3\n\n[profile.x]\ncommand = /bin/true\n"));
        QVERIFY(WipLimits::set(TaskStatus::Review, 0, QStringLiteral("default"), &error));
        QVERIFY(!Fixture::readFile(path).contains("review="));
        QVERIFY(Fixture::readFile(path).contains("; review is the bottleneck"));
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(WipLimits::read(QStringLiteral("default")),
                 (QMap<QString, int>{{TaskStatus::Running, 3}}));
    }
};

QTEST_GUILESS_MAIN(TestWipCap)
#include "tst_wipcap.moc"
