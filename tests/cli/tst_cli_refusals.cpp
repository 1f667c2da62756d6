// Small refusals, through the real binaries: a board whose dispatcher runs
// is not removed; assignees follow the profile-name rules on every verb
// that sets one; notify-list of an unknown task fails; tail stops when its
// task is deleted; a too-long duration says so; and every error line on
// stderr starts with exactly one "qkanban: ".
#include "tests/cli/CliHarness.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

class TestCliRefusals : public QObject
{
    Q_OBJECT

    static void start(QProcess &p, const CliHarness &h, const QStringList &args,
                      const QString &binary = CliHarness::binary())
    {
        p.setProcessEnvironment(h.environment());
        p.start(binary, QStringList{QStringLiteral("--headless")} + args);
    }

    // Reads `p`'s stdout until it holds `text` (deadline 15 s).
    static bool printed(QProcess &p, const QByteArray &text)
    {
        QByteArray out;
        const QDeadlineTimer deadline(15000);
        while (!out.contains(text) && !deadline.hasExpired() && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        return out.contains(text);
    }

    // One line on stderr, "qkanban: " once, containing `fragment`.
    static void expectOneLine(const CliHarness::Result &r, const QString &fragment)
    {
        QCOMPARE(r.code, 1);
        const QStringList lines = r.errLines();
        QVERIFY2(lines.size() == 1, r.err.constData());
        QVERIFY2(lines.first().startsWith(QStringLiteral("qkanban: ")), r.err.constData());
        QVERIFY2(!lines.first().mid(9).contains(QStringLiteral("qkanban: ")), r.err.constData());
        QVERIFY2(lines.first().contains(fragment), r.err.constData());
    }

private slots:
    void boardWithARunningDispatcherIsNotRemoved()
    {
        QK_SKIP_ON_PG(
            "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("create"), QStringLiteral("proj")})
                     .code,
                 0);
        QProcess daemon;
        start(daemon, h,
              {QStringLiteral("--board"), QStringLiteral("proj"), QStringLiteral("daemon"),
               QStringLiteral("--interval"), QStringLiteral("60")});
        QVERIFY(daemon.waitForStarted());
        QVERIFY(printed(daemon, "dispatcher running"));
        const QString dir = h.path(QStringLiteral("home/boards/proj"));
        for (const QStringList &rm :
             {QStringList{QStringLiteral("boards"), QStringLiteral("rm"), QStringLiteral("proj"),
                          QStringLiteral("--delete")},
              QStringList{QStringLiteral("boards"), QStringLiteral("rm"),
                          QStringLiteral("proj")}}) {
            const auto r = h.run(rm);
            expectOneLine(r, QStringLiteral("board 'proj' has a running dispatcher (pid %1)")
                                 .arg(daemon.processId()));
            QVERIFY(QFileInfo::exists(dir + QStringLiteral("/board.db")));
        }
        QVERIFY(::kill(pid_t(daemon.processId()), SIGTERM) == 0);
        QVERIFY(daemon.waitForFinished(15000));
        QCOMPARE(h.run({QStringLiteral("boards"), QStringLiteral("rm"), QStringLiteral("proj"),
                        QStringLiteral("--delete")})
                     .code,
                 0);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void assigneesFollowTheProfileNameRules_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("assign ../../etc") << QStringList{"assign", "ID", "../../etc"};
        QTest::newRow("assign Bad Name!") << QStringList{"assign", "ID", "Bad Name!"};
        QTest::newRow("create --assignee") << QStringList{"create", "x", "--assignee", "a/b"};
        QTest::newRow("edit --assignee") << QStringList{"edit", "ID", "--assignee", "x/y"};
        QTest::newRow("reassign") << QStringList{"reassign", "ID", "..", "--reclaim"};
        QTest::newRow("specify --assignee")
            << QStringList{"specify", "TRIAGE", "--assignee", "a b"};
    }

    void assigneesFollowTheProfileNameRules()
    {
        QFETCH(QStringList, args);
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        const QString triage = h.create(QStringLiteral("U"), {QStringLiteral("--triage")});
        args.replaceInStrings(QStringLiteral("TRIAGE"), triage);
        args.replaceInStrings(QStringLiteral("ID"), id);
        const QByteArray before = h.snapshot();
        expectOneLine(h.run(args), QStringLiteral("invalid assignee name"));
        QCOMPARE(h.snapshot(), before);
        // A good name and "none" still pass (normalised to lower case).
        QCOMPARE(h.run({QStringLiteral("assign"), id, QStringLiteral("Coder-2.x")}).code, 0);
        QCOMPARE(h.run({QStringLiteral("show"), id, QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("task"))
                     .toObject()
                     .value(QStringLiteral("assignee"))
                     .toString(),
                 QStringLiteral("coder-2.x"));
        QCOMPARE(h.run({QStringLiteral("assign"), id, QStringLiteral("none")}).code, 0);
    }

    void notifyListOfAnUnknownTaskFails()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        expectOneLine(h.run({QStringLiteral("notify-list"), QStringLiteral("t_nope")}),
                      QStringLiteral("no such task: t_nope"));
        const auto known = h.run({QStringLiteral("notify-list"), id});
        QCOMPARE(known.code, 0);
        QCOMPARE(known.text(), QStringLiteral("(no subscriptions)\n"));
    }

    void tailStopsWhenItsTaskIsDeleted()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        QProcess tail;
        start(tail, h,
              {QStringLiteral("tail"), id, QStringLiteral("--interval"), QStringLiteral("0.1")});
        QVERIFY(tail.waitForStarted());
        QVERIFY(printed(tail, "Tailing events for " + id.toUtf8()));
        QCOMPARE(h.run({QStringLiteral("archive"), id}).code, 0);
        QCOMPARE(h.run({QStringLiteral("archive"), QStringLiteral("--rm"), id}).code, 0);
        QVERIFY2(tail.waitForFinished(15000), "tail still follows a deleted task");
        QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tail.exitCode(), 1);
        const QStringList err = QString::fromUtf8(tail.readAllStandardError())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(err,
                 QStringList{
                     QStringLiteral("qkanban: task %1 was deleted; stopped following it").arg(id)});
    }

    void tooLongDurationSaysSo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("create --max-runtime")
            << QStringList{"create", "x", "--max-runtime", "99999999999d"};
        QTest::newRow("create --heartbeat-timeout") << QStringList{
            "create", "x", "--heartbeat-timeout", "99999999999999999999999999999999999999h"};
        QTest::newRow("edit --max-runtime") << QStringList{"edit", "ID", "--max-runtime", "3651d"};
        QTest::newRow("profiles add --heartbeat-timeout")
            << QStringList{"profiles",
                           "add",
                           "p",
                           "--command",
                           "/bin/true",
                           "--heartbeat-timeout",
                           "99999999999999999999999s"};
    }

    void tooLongDurationSaysSo()
    {
        QFETCH(QStringList, args);
        CliHarness h;
        args.replaceInStrings(QStringLiteral("ID"), h.create(QStringLiteral("T")));
        const auto r = h.run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errLines().last().contains(QStringLiteral("is too long: at most 3650 days")),
                 r.err.constData());
        QVERIFY(!r.errText().contains(QStringLiteral("at least")));
        // Ten years is the longest.
        QCOMPARE(h.run({QStringLiteral("create"), QStringLiteral("y"),
                        QStringLiteral("--max-runtime"), QStringLiteral("3650d")})
                     .code,
                 0);
    }

    void everyErrorLineStartsWithOnePrefix_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("show unknown") << QStringList{"show", "t_nope"};
        QTest::newRow("runs unknown") << QStringList{"runs", "t_nope"};
        QTest::newRow("claim unknown") << QStringList{"claim", "t_nope"};
        QTest::newRow("claim done") << QStringList{"claim", "DONE"};
        QTest::newRow("assign unknown") << QStringList{"assign", "t_nope", "coder"};
        QTest::newRow("unlink no link") << QStringList{"unlink", "ID", "DONE"};
        QTest::newRow("complete unknown") << QStringList{"complete", "t_nope"};
        QTest::newRow("complete two unknown") << QStringList{"complete", "t_nope", "t_nada"};
        QTest::newRow("block done") << QStringList{"block", "DONE", "why"};
        QTest::newRow("unblock todo") << QStringList{"unblock", "ID"};
        QTest::newRow("reclaim todo") << QStringList{"reclaim", "ID"};
        QTest::newRow("reassign unknown") << QStringList{"reassign", "t_nope", "coder"};
        QTest::newRow("promote done") << QStringList{"promote", "DONE"};
        QTest::newRow("specify not triage") << QStringList{"specify", "ID", "--title", "x"};
        QTest::newRow("notify-unsubscribe none")
            << QStringList{"notify-unsubscribe", "ID", "--platform", "desktop", "--chat-id", "me"};
        QTest::newRow("notify-subscribe unknown") << QStringList{
            "notify-subscribe", "t_nope", "--platform", "desktop", "--chat-id", "me"};
        QTest::newRow("log no log") << QStringList{"log", "ID"};
        QTest::newRow("profiles resume") << QStringList{"profiles", "resume", "nobody"};
        QTest::newRow("profiles remove") << QStringList{"profiles", "remove", "nobody"};
        QTest::newRow("boards rm default") << QStringList{"boards", "rm", "default"};
        QTest::newRow("boards switch unknown") << QStringList{"boards", "switch", "nope"};
        QTest::newRow("--board unknown") << QStringList{"--board", "nope", "list"};
        QTest::newRow("import missing") << QStringList{"import", "/nonexistent/x.json"};
        QTest::newRow("edit result not done") << QStringList{"edit", "ID", "--result", "r"};
        QTest::newRow("link cycle") << QStringList{"link", "ID", "ID"};
    }

    void everyErrorLineStartsWithOnePrefix()
    {
        QFETCH(QStringList, args);
        if (args.first() == QLatin1String("--board"))
            QK_SKIP_ON_PG(
                "named boards are files in QKANBAN_HOME; QKANBAN_DB pins the PostgreSQL board");
        CliHarness h;
        const QString id = h.create(QStringLiteral("T"));
        const QString done = h.create(QStringLiteral("D"));
        QCOMPARE(h.run({QStringLiteral("complete"), done}).code, 0);
        args.replaceInStrings(QStringLiteral("DONE"), done);
        args.replaceInStrings(QStringLiteral("ID"), id);
        const auto r = h.run(args);
        QVERIFY2(r.code == 1,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.errText())));
        QVERIFY(!r.errLines().isEmpty());
        for (const QString &line : r.errLines()) {
            QVERIFY2(line.startsWith(QStringLiteral("qkanban: ")), qPrintable(line));
            QVERIFY2(!line.mid(9).startsWith(QStringLiteral("qkanban")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_cli_refusals.moc"
