// The real `qkanban --headless daemon`: fed tasks through the CLI, it
// spawns them within a second; SIGTERM stops it cleanly and removes the
// pidfile; a second daemon on the same board exits 1.
#include "tests/dispatcher/DispatchFixture.h"

#include "model/Types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

class TestDaemon : public QObject
{
    Q_OBJECT

    static QString createdId(const QByteArray &out)
    {
        static const QRegularExpression re(QStringLiteral("Created (t_[0-9a-f]{8})"));
        return re.match(QString::fromUtf8(out)).captured(1);
    }

    static QString statusOf(const Fixture::Env &env, const QString &id)
    {
        QByteArray out;
        env.cli({QStringLiteral("show"), id, QStringLiteral("--json")}, &out);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        return o.value(QStringLiteral("task"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString(o.value(QStringLiteral("status")).toString());
    }

private slots:
    void daemonSpawnsFastAndStopsCleanly()
    {
        Fixture::Env env;
        env.close(); // the daemon and the CLI are the processes here
        const QString stamps = env.path(QStringLiteral("stamps"));
        QDir().mkpath(stamps);
        env.profile(
            QStringLiteral("agent"),
            env.script(
                QStringLiteral("agent.sh"),
                "date +%s%N > '" + stamps.toUtf8() +
                    "'/$QKANBAN_TASK\n"
                    "echo \"agent on $QKANBAN_TASK\"\n"
                    "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" --result ok"));
        const QString pidfile = env.path(QStringLiteral("run/daemon.pid"));

        QProcess daemon;
        daemon.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        daemon.start(Fixture::qkanbanBin(),
                     {QStringLiteral("--headless"), QStringLiteral("daemon"),
                      QStringLiteral("--interval"), QStringLiteral("60"),
                      QStringLiteral("--pidfile"), pidfile, QStringLiteral("-v")});
        QVERIFY(daemon.waitForStarted());
        QByteArray daemonOut;
        QTRY_VERIFY_WITH_TIMEOUT(
            (daemonOut += daemon.readAllStandardOutput()).contains("dispatcher running"), 15000);
        QTRY_VERIFY(QFile::exists(pidfile));
        QCOMPARE(Fixture::readFile(pidfile).trimmed().toLongLong(), daemon.processId());

        // Alive, per dispatcher-status.
        QByteArray out, err;
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        QJsonObject st = QJsonDocument::fromJson(out).object();
        QVERIFY(st.value(QStringLiteral("alive")).toBool());
        QCOMPARE(st.value(QStringLiteral("pid")).toInteger(), daemon.processId());

        // A second daemon on the same board names the holder and exits 1.
        QCOMPARE(
            env.cli({QStringLiteral("daemon"), QStringLiteral("--interval"), QStringLiteral("60")},
                    &out, &err),
            1);
        QVERIFY2(err.contains(QByteArray::number(daemon.processId())), err.constData());

        // A chain fed through the CLI; each ready task spawns within a second.
        QCOMPARE(env.cli({QStringLiteral("create"), QStringLiteral("first"),
                          QStringLiteral("--assignee"), QStringLiteral("agent")},
                         &out, &err),
                 0);
        const qint64 createdAt = QDateTime::currentMSecsSinceEpoch();
        const QString first = createdId(out);
        QVERIFY2(!first.isEmpty(), out.constData());
        QCOMPARE(env.cli({QStringLiteral("create"), QStringLiteral("second"),
                          QStringLiteral("--assignee"), QStringLiteral("agent"),
                          QStringLiteral("--parent"), first},
                         &out, &err),
                 0);
        const QString second = createdId(out);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stamps + QLatin1Char('/') + first), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            Fixture::readFile(stamps + QLatin1Char('/') + first).trimmed().size() > 10, 5000);
        const qint64 spawnedAt =
            Fixture::readFile(stamps + QLatin1Char('/') + first).trimmed().toLongLong() / 1000000;
        qInfo("create (CLI returned) -> worker running: %lld ms", spawnedAt - createdAt);
        QVERIFY2(spawnedAt - createdAt < 1000, qPrintable(QString::number(spawnedAt - createdAt)));

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, second), TaskStatus::Done, 20000);
        QCOMPARE(statusOf(env, first), TaskStatus::Done);
        const qint64 secondStart =
            Fixture::readFile(stamps + QLatin1Char('/') + second).trimmed().toLongLong() / 1000000;
        qInfo("parent worker started -> child worker running (the parent's `complete` in between): "
              "%lld ms",
              secondStart - spawnedAt);
        QCOMPARE(env.cli({QStringLiteral("log"), second}, &out, &err), 0);
        QVERIFY(out.contains("agent on " + second.toUtf8()));

        // SIGTERM: a clean stop, the pidfile removed.
        QVERIFY(::kill(pid_t(daemon.processId()), SIGTERM) == 0);
        QVERIFY(daemon.waitForFinished(15000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        daemonOut += daemon.readAllStandardOutput();
        QVERIFY2(daemonOut.contains("(dispatcher stopped)"), daemonOut.constData());
        QVERIFY2(daemonOut.contains("spawned=1"), daemonOut.constData()); // -v
        QVERIFY(!QFile::exists(pidfile));
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        st = QJsonDocument::fromJson(out).object();
        QVERIFY(!st.value(QStringLiteral("alive")).toBool());
        QVERIFY(st.value(QStringLiteral("totals")).toObject().value(EventKind::Spawned).toInt() >=
                2);

        // With the lock free again, a new daemon starts (and SIGINT stops it).
        QProcess again;
        again.start(Fixture::qkanbanBin(),
                    {QStringLiteral("--headless"), QStringLiteral("daemon")});
        QVERIFY(again.waitForStarted());
        QByteArray againOut;
        QTRY_VERIFY_WITH_TIMEOUT(
            (againOut += again.readAllStandardOutput()).contains("dispatcher running"), 15000);
        QVERIFY(::kill(pid_t(again.processId()), SIGINT) == 0);
        QVERIFY(again.waitForFinished(15000));
        QCOMPARE(again.exitCode(), 0);
    }

    void dispatchOnABusyBoardNudgesTheDaemon()
    {
        Fixture::Env env;
        env.close();
        QProcess daemon;
        daemon.start(Fixture::qkanbanBin(),
                     {QStringLiteral("--headless"), QStringLiteral("daemon"),
                      QStringLiteral("--interval"), QStringLiteral("3600"), QStringLiteral("-v")});
        QVERIFY(daemon.waitForStarted());
        QByteArray daemonOut;
        QTRY_VERIFY_WITH_TIMEOUT(
            (daemonOut += daemon.readAllStandardOutput()).contains("dispatcher running"), 15000);
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &out, &err), 0);
        QVERIFY2(
            QJsonDocument::fromJson(out).object().value(QStringLiteral("skipped_locked")).toBool(),
            out.constData());
        QCOMPARE(env.cli({QStringLiteral("dispatch")}, &out, &err), 0);
        QVERIFY2(out.contains(QByteArray::number(daemon.processId())), out.constData());
        QVERIFY(::kill(pid_t(daemon.processId()), SIGTERM) == 0);
        QVERIFY(daemon.waitForFinished(15000));
        QCOMPARE(daemon.exitCode(), 0);
    }

    // daemon --all-boards (what the systemd unit runs): every board with a
    // database is dispatched, and a board created later joins.
    void allBoardsServesEveryBoard()
    {
        QK_SKIP_ON_PG(
            "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        Fixture::Env env;
        env.close();
        env.profile(QStringLiteral("agent"),
                    env.script(QStringLiteral("agent.sh"),
                               "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" "
                               "--result ok"));
        QCOMPARE(
            env.cli({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("first")}),
            0);
        QProcess daemon;
        daemon.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        daemon.start(Fixture::qkanbanBin(), {QStringLiteral("--headless"), QStringLiteral("daemon"),
                                             QStringLiteral("--all-boards"),
                                             QStringLiteral("--interval"), QStringLiteral("60")});
        QVERIFY(daemon.waitForStarted());
        QByteArray daemonOut;
        QTRY_VERIFY_WITH_TIMEOUT(
            (daemonOut += daemon.readAllStandardOutput()).contains("dispatching board 'first'"),
            15000);
        const auto createOn = [&](const QString &board, const QString &title) {
            QByteArray out;
            env.cli({QStringLiteral("--board"), board, QStringLiteral("create"), title,
                     QStringLiteral("--assignee"), QStringLiteral("agent")},
                    &out);
            return createdId(out);
        };
        const auto statusOn = [&](const QString &board, const QString &id) {
            QByteArray out;
            env.cli({QStringLiteral("--board"), board, QStringLiteral("show"), id,
                     QStringLiteral("--json")},
                    &out);
            return QJsonDocument::fromJson(out)
                .object()
                .value(QStringLiteral("task"))
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        const auto waitDone = [&](const QString &board, const QString &id) {
            QElapsedTimer t;
            t.start();
            while (statusOn(board, id) != TaskStatus::Done && t.elapsed() < 20000)
                QTest::qWait(100);
            return statusOn(board, id);
        };
        const QString a = createOn(QStringLiteral("first"), QStringLiteral("On first"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(waitDone(QStringLiteral("first"), a), TaskStatus::Done);
        // A board made while the daemon runs joins within seconds.
        QCOMPARE(
            env.cli({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("later")}),
            0);
        const QString b = createOn(QStringLiteral("later"), QStringLiteral("On later"));
        QVERIFY(!b.isEmpty());
        QCOMPARE(waitDone(QStringLiteral("later"), b), TaskStatus::Done);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(10000));
        daemonOut += daemon.readAllStandardOutput();
        QVERIFY2(daemonOut.contains("dispatching board 'later'"), daemonOut.constData());
        QVERIFY(daemonOut.contains("(dispatcher stopped)"));
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
