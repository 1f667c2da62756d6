// The dispatcher verbs through the real qkanban binary: dispatch (dry run,
// --json, detached workers, a busy board), profiles, log,
// dispatcher-status.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/DispatchResult.h"
#include "dispatcher/Dispatcher.h"
#include "model/Json.h"
#include "model/Sql.h"
#include "model/Types.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

class TestDispatchCli : public QObject
{
    Q_OBJECT

private slots:
    void dryRunWritesNothing()
    {
        QK_SKIP_ON_PG("compares the board file's bytes before and after");
        Fixture::Env env;
        env.profile(QStringLiteral("coder"), env.script(QStringLiteral("c.sh"), "exit 0"));
        const QString a = env.create(QStringLiteral("a"), QStringLiteral("coder"));
        const QString b = env.create(QStringLiteral("b"), QString());
        const QString parent = env.create(QStringLiteral("p"), QStringLiteral("ghost"));
        const QString child =
            env.create(QStringLiteral("child"), QStringLiteral("coder"), {parent});
        // A todo task whose parent is done, not yet promoted.
        Sql::exec(env.board->db(), QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"),
                  {parent});
        env.close(); // the WAL is checkpointed into the file
        const QByteArray before = Fixture::readFile(env.location.dbPath);
        QVERIFY(!before.isEmpty());
        QVERIFY(!QFileInfo::exists(env.location.dbPath + QStringLiteral("-wal")) ||
                QFileInfo(env.location.dbPath + QStringLiteral("-wal")).size() == 0);

        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--dry-run"),
                          QStringLiteral("--json")},
                         &out, &err),
                 0);
        const QJsonObject r = QJsonDocument::fromJson(out).object();
        // The ready task, and the child a real tick promotes and starts.
        QCOMPARE(r.value(EventKind::Spawned).toArray().size(), 2);
        const QJsonObject s = r.value(EventKind::Spawned).toArray().first().toObject();
        QCOMPARE(s.value(QStringLiteral("task_id")).toString(), a);
        QCOMPARE(s.value(QStringLiteral("workspace")).toString(), QString());
        QCOMPARE(
            r.value(EventKind::Spawned).toArray().at(1).toObject().value(QStringLiteral("task_id")),
            QJsonValue(child));
        QCOMPARE(r.value(EventKind::Promoted).toInt(), 1);
        QCOMPARE(r.value(EventKind::SkippedUnassigned).toArray().first().toString(), b);

        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--dry-run")}, &out, &err), 0);
        QVERIFY2(out.contains("(dry)"), out.constData());
        QCOMPARE(Fixture::readFile(env.location.dbPath), before);
        QVERIFY(!QFileInfo::exists(env.location.logPath(a)));
        QVERIFY(!QFileInfo::exists(env.location.workspacePath(a)));
        env.reopen();
        QCOMPARE(env.task(a).status, TaskStatus::Ready);
        QVERIFY(!env.eventKinds(b).contains(EventKind::SkippedUnassigned));
    }

    void jsonHasTheOriginalKeys()
    {
        Fixture::Env env;
        env.create(QStringLiteral("unassigned"), QString());
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &out, &err), 0);
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        QVERIFY2(doc.isObject(), out.constData());
        const QStringList keys{EventKind::Reclaimed,
                               EventKind::Crashed,
                               EventKind::TimedOut,
                               QStringLiteral("auto_blocked"),
                               EventKind::Promoted,
                               EventKind::Spawned,
                               EventKind::SkippedUnassigned,
                               EventKind::SkippedUnconfigured,
                               QStringLiteral("skipped_paused")}; // the last is qkanban's
        QStringList inOrder;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("  \""))
                inOrder << QString::fromUtf8(line.mid(3, line.indexOf('"', 3) - 3));
        }
        QCOMPARE(inOrder, keys);
        const QJsonObject o = doc.object();
        QVERIFY(o.value(EventKind::Reclaimed).isDouble());
        QVERIFY(o.value(EventKind::Promoted).isDouble());
        QVERIFY(o.value(EventKind::Crashed).isArray());
        QVERIFY(o.value(EventKind::Spawned).isArray());
        QCOMPARE(o.value(EventKind::SkippedUnassigned).toArray().size(), 1);

        QCOMPARE(env.cli({QStringLiteral("dispatch")}, &out, &err), 0);
        QVERIFY(out.startsWith("Reclaimed: 0\nCrashed: 0\n"));
        QVERIFY(out.contains("Skipped (unassigned): "));
    }

    // DispatchResult::jsonBytes writes the result straight to bytes: the
    // same bytes as the generic Json tree, empty lists, a lock skip and odd
    // names included.
    void jsonBytesAreTheTreeWritersBytes()
    {
        const QString odd = QStringLiteral("w \"q\\b\t\u2713\x01 \U0001F600\u202e");
        DispatchResult empty;
        QCOMPARE(empty.jsonBytes(), empty.toJson().dump(2) + '\n');
        DispatchResult r;
        r.reclaimed = 3;
        r.promoted = 12;
        r.crashed = {QStringLiteral("t_1"), odd};
        r.timedOut = {odd};
        r.autoBlocked = {QString()};
        r.spawned = {{QStringLiteral("t_2"), QStringLiteral("coder"), odd, 42},
                     {odd, odd, QString(), 0}};
        r.skippedUnassigned = {QStringLiteral("t_3")};
        r.skippedUnconfigured = {odd, QStringLiteral("t_4")};
        r.skippedPaused = {QStringLiteral("t_5")};
        QCOMPARE(r.jsonBytes(), r.toJson().dump(2) + '\n');
        r.skippedLocked = true;
        QCOMPARE(r.jsonBytes(), r.toJson().dump(2) + '\n');
    }

    // dispatch --json over a real board: the original's keys first, a
    // workspace path with a quote, a backslash, a
    // tab and non-ASCII kept exact.
    void dispatchJsonKeepsOddWorkspaces()
    {
        Fixture::Env env;
        env.profile(QStringLiteral("coder"), env.script(QStringLiteral("c.sh"), "exit 0"));
        for (int i = 0; i < 3; ++i)
            env.create(QStringLiteral("ready %1").arg(i), QStringLiteral("coder"));
        env.create(QStringLiteral("nobody"), QString());
        env.create(QStringLiteral("ghost"), QStringLiteral("ghost.x-1"));
        const QString odd = env.path(QStringLiteral("w \"q\\b\t\u2713"));
        QVERIFY(QDir().mkpath(odd));
        env.create(QStringLiteral("odd"), QStringLiteral("coder"), {}, [&odd](CreateOptions &o) {
            o.workspaceKind = QStringLiteral("dir");
            o.workspacePath = odd;
        });
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--dry-run"),
                          QStringLiteral("--json")},
                         &out, &err),
                 0);
        QVERIFY2(out.startsWith("{\n  \"reclaimed\": 0,\n  \"crashed\": [],"), out.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(EventKind::Spawned).toArray().size(),
                 4);
        // A real pass: workspaces are paths.
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &out, &err), 0);
        bool oddSeen = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(out).object().value(EventKind::Spawned).toArray())
            oddSeen = oddSeen || v.toObject().value(QStringLiteral("workspace")).toString() == odd;
        QVERIFY2(oddSeen, out.constData());
    }

    void dispatchLeavesDetachedWorkersRunning()
    {
        Fixture::Env env;
        const QString gate = env.path(QStringLiteral("gate"));
        env.profile(QStringLiteral("patient"),
                    env.script(QStringLiteral("patient.sh"),
                               "echo \"started $QKANBAN_TASK in $QKANBAN_WORKSPACE\"\n"
                               "while [ ! -e '" +
                                   gate.toUtf8() +
                                   "' ]; do sleep 0.05; done\n"
                                   "exec \"$QKANBAN_BIN\" --headless complete \"$QKANBAN_TASK\" "
                                   "--result detached"));
        env.profile(QStringLiteral("quitter"),
                    env.script(QStringLiteral("quitter.sh"), "echo bye; exit 0"));
        const QString id = env.create(QStringLiteral("detached"), QStringLiteral("patient"));
        const QString quit = env.create(QStringLiteral("quits"), QStringLiteral("quitter"));
        QByteArray out, err;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(env.cli({QStringLiteral("dispatch")}, &out, &err), 0);
        QVERIFY2(timer.elapsed() < 10000, "dispatch waited for its workers");
        QVERIFY2(out.contains("Spawned: 2"), out.constData());
        QCOMPARE(env.task(id).status, TaskStatus::Running);
        const qint64 pid = *env.task(id).workerPid;
        QVERIFY(::kill(pid_t(pid), 0) == 0); // the worker outlived `dispatch`
        QFile gateFile(gate);
        QVERIFY(gateFile.open(QIODevice::WriteOnly));
        gateFile.close();
        QTRY_COMPARE_WITH_TIMEOUT(env.task(id).status, TaskStatus::Done, 20000);
        QTRY_VERIFY(
            Fixture::readFile(env.location.logPath(id)).contains("worker exited with code 0"));
        QVERIFY(Fixture::readFile(env.location.logPath(id)).contains("started " + id.toUtf8()));

        // The quitter's exit 0 without a verb is found by the next dispatch,
        // through the exit trailer its supervisor wrote.
        QTRY_VERIFY(
            Fixture::readFile(env.location.logPath(quit)).contains("worker exited with code 0"));
        QCOMPARE(env.cli({QStringLiteral("dispatch"), QStringLiteral("--json")}, &out, &err), 0);
        QVERIFY2(QJsonDocument::fromJson(out)
                     .object()
                     .value(EventKind::Crashed)
                     .toArray()
                     .contains(quit),
                 out.constData());
        QVERIFY(env.eventKinds(quit).contains(EventKind::ProtocolViolation));
        QCOMPARE(env.task(quit).consecutiveFailures, qint64(1));
    }

    void profilesVerb()
    {
        Fixture::Env env;
        QByteArray out, err;
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("coder"),
                     QStringLiteral("--command"), QStringLiteral("sh -c 'echo {task}'"),
                     QStringLiteral("--max"), QStringLiteral("2"), QStringLiteral("--env"),
                     QStringLiteral("MODEL=big")},
                    &out, &err),
            0);
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")},
                    &out, &err),
            0);
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list.first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("coder"));
        QCOMPARE(p.value(QStringLiteral("command")).toString(),
                 QStringLiteral("sh -c 'echo {task}'"));
        QCOMPARE(p.value(QStringLiteral("max")).toInt(), 2);
        QCOMPARE(
            p.value(QStringLiteral("env")).toObject().value(QStringLiteral("MODEL")).toString(),
            QStringLiteral("big"));
        QVERIFY(Profiles::find(QStringLiteral("coder"))); // the same config file
        QCOMPARE(env.cli({QStringLiteral("profiles")}, &out, &err), 0);
        QVERIFY(out.contains("coder"));
        // A command that does not resolve is saved, with a warning.
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ghost"),
                     QStringLiteral("--command"), QStringLiteral("/nonexistent/agent")},
                    &out, &err),
            0);
        QVERIFY(err.contains("does not exist"));
        QCOMPARE(
            env.cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("coder")},
                    &out, &err),
            0);
        QVERIFY(
            env.cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("coder")},
                    &out, &err) != 0);
        QCOMPARE(env.cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")},
                         &out, &err),
                 2);
    }

    void logVerb()
    {
        Fixture::Env env;
        const QString id = env.create(QStringLiteral("logged"), QString());
        QByteArray out, err;
        QCOMPARE(env.cli({QStringLiteral("log"), id}, &out, &err), 1);
        QVERIFY(err.contains("no log"));
        QDir().mkpath(env.location.logsDir());
        QFile f(env.location.logPath(id));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray all;
        for (int i = 0; i < 10; ++i)
            all += "line " + QByteArray::number(i) + " of the worker\n";
        f.write(all);
        f.close();
        QCOMPARE(env.cli({QStringLiteral("log"), id}, &out, &err), 0);
        QCOMPARE(out, all);
        QCOMPARE(
            env.cli({QStringLiteral("log"), id, QStringLiteral("--tail"), QStringLiteral("30")},
                    &out, &err),
            0);
        QCOMPARE(out, QByteArray("line 9 of the worker\n"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(500, 'z')); // one giant line, no newline
        f.close();
        QCOMPARE(
            env.cli({QStringLiteral("log"), id, QStringLiteral("--tail"), QStringLiteral("40")},
                    &out, &err),
            0);
        QCOMPARE(out, QByteArray(40, 'z') + '\n');
    }

    void dispatcherStatusVerb()
    {
        Fixture::Env env;
        env.create(QStringLiteral("waiting"), QStringLiteral("coder"));
        QByteArray out, err;
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("alive")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("ready")).toInt(), 1);
        QCOMPARE(env.cli({QStringLiteral("dispatcher-status")}, &out, &err), 0);
        QVERIFY(out.contains("qkanban --headless daemon"));

        env.close(); // the dispatcher's connection is the only one here
        DispatchOptions opts;
        opts.intervalSeconds = 30;
        Dispatcher d(env.location, &env.clock, opts);
        QSignalSpy ticked(&d, &Dispatcher::ticked);
        QVERIFY(d.start());
        QVERIFY(ticked.wait(5000));
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("alive")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(o.value(QStringLiteral("interval_seconds")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("paused")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("ticks")).toInt() >= 1);
        QVERIFY(o.value(QStringLiteral("last_counts"))
                    .toObject()
                    .contains(EventKind::SkippedUnconfigured));
        d.setPaused(true);
        QCOMPARE(env.cli({QStringLiteral("dispatcher-status")}, &out, &err), 0);
        QVERIFY2(out.contains("Dispatcher: paused"), out.constData());
        d.stop();
        QCOMPARE(
            env.cli({QStringLiteral("dispatcher-status"), QStringLiteral("--json")}, &out, &err),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("alive")).toBool(),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "tst_dispatchcli.moc"
