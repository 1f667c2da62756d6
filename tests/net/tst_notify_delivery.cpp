// Notification delivery by the real daemon (`qkanban --headless daemon`),
// with real processes around it: a private D-Bus session bus
// (dbus-daemon) and a fake freedesktop notification service on it, and
// chat-platform commands (shell scripts) configured in [notify].
#include "tests/cli/CliHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return !executable || f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

QList<QJsonObject> jsonLines(const QString &path)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : readFile(path).split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

// A session bus of the test's own (no service files: nothing is
// activated), as `dbus-daemon --print-address --nofork` gives it.
class PrivateBus
{
public:
    ~PrivateBus() { stop(); }
    bool start(const QString &dir)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (program.isEmpty())
            return false;
        const QString config = dir + QStringLiteral("/bus.conf");
        const QByteArray xml =
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:dir=" +
            dir.toUtf8() +
            "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
            "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
            "<allow own=\"*\"/></policy></busconfig>\n";
        if (!writeFile(config, xml))
            return false;
        m_process.start(program, {QStringLiteral("--config-file=") + config,
                                  QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
        }
        m_address = QString::fromUtf8(out).trimmed();
        return !m_address.isEmpty();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};

} // namespace

class TestNotifyDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliHarness> m_h;
    std::unique_ptr<QTemporaryDir> m_runtime; // XDG_RUNTIME_DIR without a bus socket
    std::unique_ptr<QProcess> m_daemon;

    // The environment without any session bus of the machine running the
    // tests.
    void isolate()
    {
        m_h->unsetEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_h->unsetEnv(QStringLiteral("DISPLAY"));
        m_h->setEnv(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    }

    CliHarness::Result cli(const QStringList &args) const { return m_h->run(args); }

    bool startDaemon()
    {
        m_daemon = std::make_unique<QProcess>();
        m_daemon->setProcessEnvironment(m_h->environment());
        m_daemon->start(CliHarness::binary(),
                        {QStringLiteral("--headless"), QStringLiteral("daemon"),
                         QStringLiteral("--interval"), QStringLiteral("60"), QStringLiteral("-v")});
        if (!m_daemon->waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 150 && !out.contains("dispatcher running"); ++i) {
            m_daemon->waitForReadyRead(100);
            out += m_daemon->readAllStandardOutput();
        }
        return out.contains("dispatcher running");
    }

    void stopDaemon()
    {
        if (!m_daemon || m_daemon->state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_daemon->processId()), SIGTERM);
        QVERIFY(m_daemon->waitForFinished(15000));
        QCOMPARE(m_daemon->exitCode(), 0);
    }

    QJsonObject sub(const QString &taskId) const
    {
        const QJsonArray subs =
            cli({QStringLiteral("notify-list"), taskId, QStringLiteral("--json")}).json().array();
        return subs.isEmpty() ? QJsonObject() : subs.first().toObject();
    }

    QString pendingReason(const QString &taskId) const
    {
        return sub(taskId).value(QStringLiteral("pending_reason")).toString();
    }

    // Appends a [notify] section to the config (QKANBAN_CONFIG).
    bool setNotifyConfig(const QByteArray &lines) const
    {
        QDir().mkpath(QFileInfo(configPath()).absolutePath());
        QFile f(configPath());
        return f.open(QIODevice::Append) && f.write("\n[notify]\n" + lines) > 0;
    }

    QString configPath() const
    {
        return m_h->environment().value(QStringLiteral("QKANBAN_CONFIG"));
    }

    // A chat command that records its argv (NUL-terminated, as an argument
    // may hold a newline) and its stdin.
    QString argvRecorder() const
    {
        const QString script = m_h->path(QStringLiteral("bin/record-argv"));
        writeFile(script,
                  "#!/bin/sh\n"
                  "out=$1\n"
                  "shift\n"
                  "printf '%s\\n' \"$#\" > \"$out.tmp\"\n"
                  "for a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$out.tmp\"; done\n"
                  "cat > \"$out.stdin\"\n"
                  "mv \"$out.tmp\" \"$out\"\n",
                  true);
        return script;
    }

    static QStringList recordedArgs(const QByteArray &file)
    {
        const qsizetype nl = file.indexOf('\n');
        QStringList args;
        for (const QByteArray &a : file.mid(nl + 1).split('\0'))
            args << QString::fromUtf8(a);
        args.removeLast(); // after the last NUL
        if (args.size() != file.left(nl).toInt())
            return {QStringLiteral("argc mismatch")};
        return args;
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<CliHarness>();
        m_runtime = std::make_unique<QTemporaryDir>();
        QVERIFY(m_h->isValid() && m_runtime->isValid());
        isolate();
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    }

    void cleanup()
    {
        stopDaemon();
        m_daemon.reset();
        m_h.reset();
        m_runtime.reset();
    }

    void desktopDeliveredOnceThroughTheSessionBus()
    {
        PrivateBus bus;
        QVERIFY2(bus.start(m_runtime->path()), "dbus-daemon (package dbus-daemon) must run");
        m_h->setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
        const QString calls = m_h->path(QStringLiteral("notify-calls.jsonl"));
        QProcess fake;
        fake.setProcessEnvironment(m_h->environment());
        fake.start(QStringLiteral(QKANBAN_FAKE_NOTIFICATIONS), {calls});
        QVERIFY(fake.waitForStarted(10000));
        QByteArray said;
        for (int i = 0; i < 100 && !said.contains("ready") && fake.state() == QProcess::Running;
             ++i) {
            fake.waitForReadyRead(100);
            said += fake.readAllStandardOutput();
        }
        QVERIFY2(said.contains("ready"), fake.readAllStandardError().constData());

        const QString first = m_h->create(QStringLiteral("Write the note"));
        const QString second = m_h->create(QStringLiteral("Review the note"));
        for (const QString &id : {first, second})
            QCOMPARE(
                cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                     QStringLiteral("desktop"), QStringLiteral("--chat-id"), QStringLiteral("me")})
                    .code,
                0);
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("complete"), first, QStringLiteral("--result"),
                      QStringLiteral("done")})
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(jsonLines(calls).size(), 1, 20000);
        const QJsonObject call = jsonLines(calls).first();
        QCOMPARE(call.value(QStringLiteral("app_name")).toString(), QStringLiteral("qkanban"));
        QCOMPARE(call.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("✔ %1 done: Write the note").arg(first));
        // Exactly once: the cursor moved past the event, and the next
        // delivery (another task) comes alone, after it.
        QTRY_VERIFY_WITH_TIMEOUT(sub(first).value(QStringLiteral("last_event_id")).toInteger() > 0,
                                 10000);
        QVERIFY(sub(first).value(QStringLiteral("pending_reason")).isNull());
        QCOMPARE(cli({QStringLiteral("complete"), second}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(jsonLines(calls).size(), 2, 20000);
        QCOMPARE(jsonLines(calls).at(1).value(QStringLiteral("summary")).toString(),
                 QStringLiteral("✔ %1 done: Review the note").arg(second));
        stopDaemon();
        QCOMPARE(jsonLines(calls).size(), 2);
        fake.terminate();
        fake.waitForFinished(5000);
    }

    void desktopPendingWithoutASessionBus()
    {
        const QString id = m_h->create(QStringLiteral("Nobody to tell"));
        QCOMPARE(cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                      QStringLiteral("desktop"), QStringLiteral("--chat-id"), QStringLiteral("me")})
                     .code,
                 0);
        const qint64 cursor = sub(id).value(QStringLiteral("last_event_id")).toInteger();
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("complete"), id}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            pendingReason(id).startsWith(QStringLiteral("no notification service on the session "
                                                        "bus")),
            20000);
        QCOMPARE(sub(id).value(QStringLiteral("last_event_id")).toInteger(), cursor);
        QCOMPARE(sub(id).value(QStringLiteral("attempts")).toInteger(), 0);
        const QString text = cli({QStringLiteral("notify-list")}).text();
        QVERIFY2(text.contains(QStringLiteral("desktop:me  (since event %1)  pending: no "
                                              "notification service on the session bus")
                                   .arg(cursor)),
                 qPrintable(text));
    }

    void desktopPendingUntilAServiceAppears()
    {
        PrivateBus bus;
        QVERIFY(bus.start(m_runtime->path()));
        m_h->setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
        const QString id = m_h->create(QStringLiteral("Tell me later"));
        QCOMPARE(cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                      QStringLiteral("desktop"), QStringLiteral("--chat-id"), QStringLiteral("me")})
                     .code,
                 0);
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("block"), id, QStringLiteral("needs a key")}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            pendingReason(id), QStringLiteral("no notification service on the session bus"), 20000);
        const QString calls = m_h->path(QStringLiteral("late-calls.jsonl"));
        QProcess fake;
        fake.setProcessEnvironment(m_h->environment());
        fake.start(QStringLiteral(QKANBAN_FAKE_NOTIFICATIONS), {calls});
        QVERIFY(fake.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(jsonLines(calls).size(), 1, 20000);
        QCOMPARE(jsonLines(calls).first().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("⏸ %1 blocked: Tell me later — needs a key").arg(id));
        QTRY_VERIFY_WITH_TIMEOUT(sub(id).value(QStringLiteral("pending_reason")).isNull(), 10000);
        fake.terminate();
        fake.waitForFinished(5000);
    }

    void chatCommandGetsEachValueAsOneArgument()
    {
        const QString out = m_h->path(QStringLiteral("signal.args"));
        const QString marker = m_h->path(QStringLiteral("expanded"));
        QVERIFY(setNotifyConfig(
            QStringLiteral("signal = %1 %2 {platform} {chat_id} {thread_id} {chat_type} {text}\n")
                .arg(argvRecorder(), out)
                .toUtf8()));
        const QString title =
            QStringLiteral("Ship \"v2\"; echo $(touch %1) `touch %1` & it's {chat_id}\nline two")
                .arg(marker);
        const QString id = m_h->create(title);
        QVERIFY(!id.isEmpty());
        const auto subscribed =
            cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                 QStringLiteral("signal"), QStringLiteral("--chat-id"),
                 QStringLiteral("+4915550100"), QStringLiteral("--thread-id"), QStringLiteral("42"),
                 QStringLiteral("--chat-type"), QStringLiteral("group")});
        QCOMPARE(subscribed.code, 0);
        QCOMPARE(subscribed.text().trimmed(),
                 QStringLiteral("Subscribed signal:+4915550100:42 to %1").arg(id));
        QVERIFY2(subscribed.err.isEmpty(), subscribed.err.constData()); // a command is set
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("complete"), id}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QCOMPARE(recordedArgs(readFile(out)),
                 (QStringList{QStringLiteral("signal"), QStringLiteral("+4915550100"),
                              QStringLiteral("42"), QStringLiteral("group"),
                              QStringLiteral("✔ %1 done: %2").arg(id, title)}));
        QVERIFY(!QFile::exists(marker)); // nothing ran through a shell
        // The webhook's JSON body on stdin.
        const QJsonObject body = QJsonDocument::fromJson(readFile(out + ".stdin")).object();
        QCOMPARE(body.value(QStringLiteral("task_id")).toString(), id);
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("completed"));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), title);
        QTRY_VERIFY_WITH_TIMEOUT(sub(id).value(QStringLiteral("last_event_id")).toInteger() ==
                                     body.value(QStringLiteral("event_id")).toInteger(),
                                 10000);
    }

    void chatWithoutCommandStaysPendingWithTheReason()
    {
        const QString id = m_h->create(QStringLiteral("Ping the team"));
        const auto subscribed =
            cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                 QStringLiteral("telegram"), QStringLiteral("--chat-id"), QStringLiteral("12345")});
        QCOMPARE(subscribed.code, 0);
        const QString reason =
            QStringLiteral("no [notify] telegram command in %1").arg(configPath());
        QVERIFY2(subscribed.errText().contains(reason), subscribed.err.constData());
        const qint64 cursor = sub(id).value(QStringLiteral("last_event_id")).toInteger();
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("complete"), id}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(pendingReason(id), reason, 20000);
        QCOMPARE(sub(id).value(QStringLiteral("last_event_id")).toInteger(), cursor);
        QVERIFY(cli({QStringLiteral("notify-list")})
                    .text()
                    .contains(QStringLiteral("telegram:12345  (since event %1)  pending: %2")
                                  .arg(cursor)
                                  .arg(reason)));

        // A command set later is used by the running daemon.
        const QString out = m_h->path(QStringLiteral("telegram.args"));
        QVERIFY(setNotifyConfig(QStringLiteral("telegram = %1 %2 {chat_id} {text}\n")
                                    .arg(argvRecorder(), out)
                                    .toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QCOMPARE(recordedArgs(readFile(out)),
                 (QStringList{QStringLiteral("12345"),
                              QStringLiteral("✔ %1 done: Ping the team").arg(id)}));
        QTRY_VERIFY_WITH_TIMEOUT(sub(id).value(QStringLiteral("pending_reason")).isNull(), 10000);
    }

    void chatCommandFailureIsRetriedWithBackoff()
    {
        const QString script = m_h->path(QStringLiteral("bin/fail"));
        QVERIFY(writeFile(script, "#!/bin/sh\necho \"slack is down\" >&2\nexit 3\n", true));
        QVERIFY(setNotifyConfig(QStringLiteral("slack = %1 {text}\n").arg(script).toUtf8()));
        const QString id = m_h->create(QStringLiteral("Tell slack"));
        QCOMPARE(cli({QStringLiteral("notify-subscribe"), id, QStringLiteral("--platform"),
                      QStringLiteral("slack"), QStringLiteral("--chat-id"), QStringLiteral("C01")})
                     .code,
                 0);
        QVERIFY(startDaemon());
        QCOMPARE(cli({QStringLiteral("complete"), id}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(sub(id).value(QStringLiteral("attempts")).toInteger() >= 1, 20000);
        const QJsonObject s = sub(id);
        QCOMPARE(s.value(QStringLiteral("last_error")).toString(),
                 QStringLiteral("%1 exited with 3: slack is down").arg(script));
        QVERIFY(s.value(QStringLiteral("pending_reason")).isNull());
        QVERIFY(s.value(QStringLiteral("next_attempt_at")).toInteger() > 0);
        QVERIFY(cli({QStringLiteral("notify-list")}).text().contains(QStringLiteral("retrying")));
    }

    void importedTelegramSubscriptionIsDeliveredByItsCommand()
    {
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--from-hermes"),
                      QStringLiteral(QKANBAN_HERMES_FIXTURE)})
                     .code,
                 0);
        const QString id = QStringLiteral("t_a27e177a");
        QCOMPARE(sub(id).value(QStringLiteral("platform")).toString(), QStringLiteral("telegram"));
        QVERIFY(cli({QStringLiteral("notify-list"), id})
                    .text()
                    .contains(QStringLiteral("telegram:12345:7")));
        const QString out = m_h->path(QStringLiteral("imported.args"));
        QVERIFY(setNotifyConfig(
            QStringLiteral("telegram = %1 %2 {platform} {chat_id} {thread_id} {event}\n")
                .arg(argvRecorder(), out)
                .toUtf8()));
        QVERIFY(startDaemon());
        // Its parent done, it is ready, and may be blocked (running/ready only).
        QCOMPARE(cli({QStringLiteral("complete"), QStringLiteral("t_ca13b44e")}).code, 0);
        QCOMPARE(cli({QStringLiteral("block"), id, QStringLiteral("waiting")}).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QCOMPARE(recordedArgs(readFile(out)),
                 (QStringList{QStringLiteral("telegram"), QStringLiteral("12345"),
                              QStringLiteral("7"), QStringLiteral("blocked")}));
    }
};

QTEST_GUILESS_MAIN(TestNotifyDelivery)
#include "tst_notify_delivery.moc"
