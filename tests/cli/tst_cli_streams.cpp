// watch --json and tail --json as scripts read them: the real binary's
// stdout read line by line while other processes change the board. Each
// line is one JSON object, written as the change happens (each read is a
// bounded wait before the next change); Ctrl-C and a closed pipe end the
// stream cleanly.
#include "tests/cli/CliHarness.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

namespace {

// One line of the stream, waiting at most `ms`; "" when none came.
QByteArray nextLine(QProcess &p, int ms = 10000)
{
    const QDeadlineTimer deadline(ms);
    while (!p.canReadLine() && !deadline.hasExpired()) {
        if (!p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
            p.state() == QProcess::NotRunning)
            break;
    }
    return p.canReadLine() ? p.readLine() : QByteArray();
}

// The line as a JSON object; fails the test when it is not one.
QJsonObject parsed(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !line.endsWith('\n') ||
        line.count('\n') != 1)
        qWarning("not a JSON line: %s", line.constData());
    return doc.object();
}

} // namespace

class TestCliStreams : public QObject
{
    Q_OBJECT

    static void start(QProcess &p, const CliHarness &h, const QStringList &args)
    {
        p.setProcessEnvironment(h.environment());
        p.start(CliHarness::binary(), QStringList{QStringLiteral("--headless")} + args);
    }

    // Waits for the banner on stderr: from then on the stream follows.
    static bool following(QProcess &p, const QByteArray &banner)
    {
        QByteArray err;
        const QDeadlineTimer deadline(10000);
        while (!err.contains(banner) && !deadline.hasExpired() &&
               p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        return err.contains(banner);
    }

    // Reads lines until one of `kind` for `id`; every line read must be a
    // JSON object of `id` with a growing event id.
    static QJsonObject expect(QProcess &p, const QString &id, const QString &kind, qint64 *lastId)
    {
        for (int i = 0; i < 20; ++i) {
            const QByteArray line = nextLine(p);
            if (line.isEmpty())
                return {};
            const QJsonObject o = parsed(line);
            if (o.isEmpty() || o.value(QStringLiteral("task_id")).toString() != id ||
                o.value(QStringLiteral("id")).toInteger() <= *lastId)
                return {};
            *lastId = o.value(QStringLiteral("id")).toInteger();
            if (o.value(QStringLiteral("kind")).toString() == kind)
                return o;
        }
        return {};
    }

    static void interruptAndCheck(QProcess &p, int signal = SIGINT)
    {
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // stdout stays JSON Lines to the end; the notices went to stderr.
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(!parsed(line + '\n').isEmpty(), line.constData());
        }
        QVERIFY(p.readAllStandardError().contains("(stopped)"));
    }

private Q_SLOTS:
    void watchJsonLinesFollowEachChangeAsItHappens()
    {
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0);
        QProcess watch;
        start(watch, h,
              {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--interval"),
               QStringLiteral("0.1")});
        QVERIFY(following(watch, "Watching kanban events. Ctrl-C to stop."));

        const QString id = h.create(QStringLiteral("Stream \"me\"\nplease"),
                                    {QStringLiteral("--tenant"), QStringLiteral("acme")});
        QVERIFY(!id.isEmpty());
        qint64 lastId = 0;
        QJsonObject o = expect(watch, id, QStringLiteral("created"), &lastId);
        QVERIFY(!o.isEmpty());
        for (const char *key : {"id", "task_id", "run_id", "kind", "payload", "created_at", "task"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("payload")).isObject()); // parsed, not a string
        QJsonObject task = o.value(QStringLiteral("task")).toObject();
        QCOMPARE(task.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Stream \"me\"\nplease"));
        QCOMPARE(task.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));

        struct Step
        {
            QStringList args;
            QString kind;
            QString status; // of the task after the event
        };
        const QList<Step> steps{
            {{QStringLiteral("comment"), id, QStringLiteral("hello")},
             QStringLiteral("commented"),
             QStringLiteral("ready")},
            {{QStringLiteral("block"), id, QStringLiteral("needs a key")},
             QStringLiteral("blocked"),
             QStringLiteral("blocked")},
            {{QStringLiteral("unblock"), id}, QStringLiteral("unblocked"), QStringLiteral("ready")},
            {{QStringLiteral("complete"), id, QStringLiteral("--result"), QStringLiteral("ok")},
             QStringLiteral("completed"),
             QStringLiteral("done")},
        };
        for (const Step &step : steps) {
            QCOMPARE(h.run(step.args).code, 0);
            o = expect(watch, id, step.kind, &lastId);
            QVERIFY2(!o.isEmpty(), qPrintable(step.kind));
            QCOMPARE(o.value(QStringLiteral("task"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     step.status);
        }
        QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("summary")),
                 QJsonValue(QStringLiteral("ok")));
        interruptAndCheck(watch);
    }

    void watchJsonKeepsTenantAndKindFilters()
    {
        CliHarness h;
        const QString mine =
            h.create(QStringLiteral("Mine"), {QStringLiteral("--tenant"), QStringLiteral("acme")});
        const QString other = h.create(QStringLiteral("Other"),
                                       {QStringLiteral("--tenant"), QStringLiteral("globex")});
        QProcess watch;
        start(watch, h,
              {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--tenant"),
               QStringLiteral("acme"), QStringLiteral("--kinds"),
               QStringLiteral("commented,completed"), QStringLiteral("--interval"),
               QStringLiteral("0.1")});
        QVERIFY(following(watch, "Watching kanban events."));
        // The other tenant's events come first; only ours may appear.
        QCOMPARE(h.run({QStringLiteral("comment"), other, QStringLiteral("x")}).code, 0);
        QCOMPARE(h.run({QStringLiteral("comment"), mine, QStringLiteral("y")}).code, 0);
        QJsonObject o = parsed(nextLine(watch));
        QCOMPARE(o.value(QStringLiteral("task_id")).toString(), mine);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("commented"));
        // Other kinds are left out: the block (no reason, so no comment) is
        // not shown, the completion is.
        QCOMPARE(h.run({QStringLiteral("complete"), other}).code, 0);
        QCOMPARE(h.run({QStringLiteral("block"), mine}).code, 0);
        QCOMPARE(h.run({QStringLiteral("unblock"), mine}).code, 0);
        QCOMPARE(h.run({QStringLiteral("complete"), mine}).code, 0);
        o = parsed(nextLine(watch));
        QCOMPARE(o.value(QStringLiteral("task_id")).toString(), mine);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("completed"));
        interruptAndCheck(watch, SIGTERM);
    }

    void watchSinceResumesAfterAnEventId()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Resume"));
        QCOMPARE(h.run({QStringLiteral("comment"), id, QStringLiteral("one")}).code, 0);
        QCOMPARE(h.run({QStringLiteral("comment"), id, QStringLiteral("two")}).code, 0);
        QProcess replay;
        start(replay, h,
              {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--since"),
               QStringLiteral("0"), QStringLiteral("--interval"), QStringLiteral("0.1")});
        qint64 lastId = 0;
        QVERIFY(!expect(replay, id, QStringLiteral("created"), &lastId).isEmpty());
        const QJsonObject one = expect(replay, id, QStringLiteral("commented"), &lastId);
        QVERIFY(!one.isEmpty());
        interruptAndCheck(replay);

        // A script that saw `one` picks up after it: `two`, then what comes.
        QProcess resume;
        start(resume, h,
              {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--since"),
               QString::number(one.value(QStringLiteral("id")).toInteger()),
               QStringLiteral("--interval"), QStringLiteral("0.1")});
        lastId = one.value(QStringLiteral("id")).toInteger();
        const QJsonObject two = expect(resume, id, QStringLiteral("commented"), &lastId);
        QCOMPARE(two.value(QStringLiteral("id")).toInteger(),
                 one.value(QStringLiteral("id")).toInteger() + 1);
        QVERIFY(following(resume, "Watching kanban events."));
        QCOMPARE(h.run({QStringLiteral("comment"), id, QStringLiteral("three")}).code, 0);
        QVERIFY(!expect(resume, id, QStringLiteral("commented"), &lastId).isEmpty());
        interruptAndCheck(resume);
    }

    void tailJsonFollowsOneTask()
    {
        CliHarness h;
        const QString id = h.create(QStringLiteral("Tailed"));
        const QString other = h.create(QStringLiteral("Not tailed"));
        QProcess tail;
        start(tail, h,
              {QStringLiteral("tail"), id, QStringLiteral("--json"), QStringLiteral("--interval"),
               QStringLiteral("0.1")});
        qint64 lastId = 0;
        // Its history first, then what happens to it (the other task's
        // comment comes first and is not shown).
        QJsonObject o = expect(tail, id, QStringLiteral("created"), &lastId);
        QCOMPARE(o.value(QStringLiteral("task")).toObject().value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("Tailed")));
        QVERIFY(following(tail, "Tailing events for " + id.toUtf8() + ". Ctrl-C to stop."));
        QCOMPARE(h.run({QStringLiteral("comment"), other, QStringLiteral("no")}).code, 0);
        QCOMPARE(h.run({QStringLiteral("comment"), id, QStringLiteral("yes")}).code, 0);
        o = expect(tail, id, QStringLiteral("commented"), &lastId);
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("author")),
                 QJsonValue(QStringLiteral("user")));
        interruptAndCheck(tail);

        // --since: nothing up to that id.
        QProcess since;
        start(since, h,
              {QStringLiteral("tail"), id, QStringLiteral("--json"), QStringLiteral("--since"),
               QString::number(lastId), QStringLiteral("--interval"), QStringLiteral("0.1")});
        QVERIFY(following(since, "Tailing events for"));
        QCOMPARE(h.run({QStringLiteral("block"), id, QStringLiteral("later")}).code, 0);
        const qint64 seen = lastId;
        // The reason's comment first (as the original), then the block.
        o = parsed(nextLine(since));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("commented"));
        o = parsed(nextLine(since));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("blocked"));
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > seen);
        interruptAndCheck(since);
    }

    void closedPipeEndsTheStream_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::newRow("head -n 1") << QStringLiteral("head -n 1");
        QTest::newRow("a reader that never reads") << QStringLiteral("true");
    }

    void closedPipeEndsTheStream()
    {
        QFETCH(QString, reader);
        CliHarness h;
        const QString id = h.create(QStringLiteral("Piped"));
        for (int i = 0; i < 20; ++i) // more lines than the reader takes
            QCOMPARE(h.run({QStringLiteral("comment"), id, QString::number(i)}).code, 0);
        // With pipefail, the pipeline's status is watch's when the reader
        // succeeded: 0 when it ended cleanly, 141 when SIGPIPE killed it.
        QProcess shell;
        shell.setProcessEnvironment(h.environment());
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("set -o pipefail; \"$0\" --headless watch --json --since 0 "
                                    "--interval 0.1 | %1; echo \"pipeline=$?\"")
                         .arg(reader),
                     CliHarness::binary()});
        QVERIFY(shell.waitForFinished(15000)); // it does not wait for another event
        const QByteArray out = shell.readAllStandardOutput();
        QVERIFY2(out.endsWith("pipeline=0\n"), out.constData());
        if (reader.startsWith(QLatin1String("head"))) {
            const QJsonObject first = parsed(out.left(out.indexOf('\n') + 1));
            QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("created"));
        }
    }

    void badSinceIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("watch negative")
            << QStringList{QStringLiteral("watch"), QStringLiteral("--json"),
                           QStringLiteral("--since=-4")}
            << QStringLiteral("argument --since: must be an event id >= 0");
        QTest::newRow("tail not a number")
            << QStringList{QStringLiteral("tail"), QStringLiteral("t_00000000"),
                           QStringLiteral("--since"), QStringLiteral("last")}
            << QStringLiteral("argument --since: invalid int value: 'last'");
    }

    void badSinceIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("init")}).code, 0);
        const auto r = h.run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStreams)
#include "tst_cli_streams.moc"
