#include "dispatcher/NotifyCommand.h"
#include "dispatcher/net/Notifier.h"
#include "model/Kernel.h"
#include "tests/net/WebhookReceiver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{1'800'000'000};
    BoardLocation m_location;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<Kernel> m_kernel;

    QString subscribedTask(const QString &url)
    {
        CreateOptions opts;
        opts.title = QStringLiteral("Write the note");
        opts.assignee = QStringLiteral("writer");
        const QString id = m_kernel->createTask(opts).id;
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("webhook");
        sub.chatId = url;
        m_kernel->addNotifySub(sub);
        return id;
    }
    static CompleteOptions withResult(const QString &result)
    {
        CompleteOptions o;
        o.result = result;
        return o;
    }
    static QString eventOf(const QByteArray &body)
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("event")).toString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = BoardLocation{m_dir.path(), QStringLiteral("default"),
                                   m_dir.filePath(QStringLiteral("board.db")), m_dir.path()};
        m_board = std::make_unique<Board>(m_location, &m_clock);
        m_kernel = std::make_unique<Kernel>(*m_board);
    }
    void cleanup()
    {
        m_kernel.reset();
        m_board.reset();
        QFile::remove(m_location.dbPath);
    }

    void webhookGetsOnePostPerTerminalEventInOrder()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QString id =
            subscribedTask(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()));
        Notifier notifier(m_location, &m_clock, {});
        QVERIFY(m_kernel->claimTask(id));
        QVERIFY(m_kernel->blockTask(id, QStringLiteral("needs credentials")));
        QVERIFY(m_kernel->unblockTask(id));
        QVERIFY(m_kernel->claimTask(id));
        QVERIFY(m_kernel->completeTask(id, withResult(QStringLiteral("done it"))));
        notifier.pollNow();
        QTRY_COMPARE(receiver.bodies.size(), 2);
        QCOMPARE(eventOf(receiver.bodies.at(0)), EventKind::Blocked);
        QCOMPARE(eventOf(receiver.bodies.at(1)), EventKind::Completed);
        const QJsonObject done = QJsonDocument::fromJson(receiver.bodies.at(1)).object();
        QCOMPARE(done.value(QStringLiteral("task_id")).toString(), id);
        QCOMPARE(done.value(QStringLiteral("title")).toString(), QStringLiteral("Write the note"));
        QCOMPARE(done.value(QStringLiteral("text")).toString(),
                 QStringLiteral("✔ %1 done: Write the note").arg(id));
        // Polling again delivers nothing twice.
        notifier.pollNow();
        notifier.pollNow();
        QTRY_VERIFY(!notifier.isDelivering());
        QCOMPARE(receiver.bodies.size(), 2);
    }

    void webhookRetriedWhileReceiverDownArrivesOnceBack()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const quint16 port = receiver.port();
        receiver.close(); // the receiver is down
        const QString id = subscribedTask(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        Notifier notifier(m_location, &m_clock, {});
        QSignalSpy failed(&notifier, &Notifier::deliveryFailed);
        QVERIFY(m_kernel->completeTask(id, withResult(QStringLiteral("ok"))));
        notifier.pollNow();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_kernel->notifySubs(id).first().attempts, 1);
        QVERIFY(m_kernel->notifySubs(id).first().nextAttemptAt.has_value());

        QVERIFY(receiver.listen(port)); // back up
        notifier.pollNow();             // still inside the backoff window: no request starts
        QVERIFY(!notifier.isDelivering());
        QCOMPARE(receiver.bodies.size(), 0);
        m_clock.advance(2);
        notifier.pollNow();
        QTRY_COMPARE(receiver.bodies.size(), 1);
        QCOMPARE(eventOf(receiver.bodies.at(0)), EventKind::Completed);
        QTRY_VERIFY(!notifier.isDelivering());
        m_clock.advance(600);
        notifier.pollNow();
        QTRY_VERIFY(!notifier.isDelivering());
        QCOMPARE(receiver.bodies.size(), 1);
        QCOMPARE(m_kernel->notifySubs(id).first().attempts, 0);
    }

    void failedStatusIsRetriedNotLost()
    {
        WebhookReceiver receiver;
        receiver.setStatus(503);
        QVERIFY(receiver.listen());
        const QString id =
            subscribedTask(QStringLiteral("http://127.0.0.1:%1/").arg(receiver.port()));
        Notifier notifier(m_location, &m_clock, {});
        QSignalSpy failed(&notifier, &Notifier::deliveryFailed);
        QVERIFY(m_kernel->completeTask(id, {}));
        notifier.pollNow();
        QTRY_COMPARE(failed.size(), 1);
        receiver.setStatus(200);
        m_clock.advance(5);
        notifier.pollNow();
        QTRY_COMPARE(receiver.bodies.size(), 2);
        QTRY_VERIFY(!notifier.isDelivering());
        QCOMPARE(eventOf(receiver.bodies.last()), EventKind::Completed);
    }

    void subscriptionDisappearsOnArchive()
    {
        const QString id = subscribedTask(QStringLiteral("http://127.0.0.1:9/"));
        QCOMPARE(m_kernel->notifySubs(id).size(), 1);
        QVERIFY(m_kernel->archiveTask(id).ok);
        QCOMPARE(m_kernel->notifySubs(id).size(), 0);
    }

    void desktopDeliveredOnlyWhereADesktopShowsIt()
    {
        CreateOptions opts;
        opts.title = QStringLiteral("Tray me");
        const QString id = m_kernel->createTask(opts).id;
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("desktop");
        sub.chatId = QStringLiteral("me");
        m_kernel->addNotifySub(sub);
        QVERIFY(m_kernel->blockTask(id, QStringLiteral("why")));
        Notifier headless(m_location, &m_clock, {});
        QSignalSpy headlessSpy(&headless, &Notifier::desktopNotification);
        headless.pollNow();
        QCOMPARE(headlessSpy.size(), 0);
        Notifier::Options withDesktop;
        withDesktop.desktop = Notifier::Desktop::Signal;
        Notifier tray(m_location, &m_clock, withDesktop);
        QSignalSpy traySpy(&tray, &Notifier::desktopNotification);
        tray.pollNow();
        QCOMPARE(traySpy.size(), 1);
        QCOMPARE(traySpy.first().at(2).toString(),
                 QStringLiteral("⏸ %1 blocked: Tray me — why").arg(id));
        tray.pollNow();
        QCOMPARE(traySpy.size(), 1);
    }

    void commandPlaceholdersAreFilledOnceEachInItsArgument()
    {
        const QMap<QString, QString> values{
            {QStringLiteral("chat_id"), QStringLiteral("42")},
            {QStringLiteral("text"), QStringLiteral("it's \"{chat_id}\"; $(id)\nok")},
            {QStringLiteral("thread_id"), QString()}};
        QString error;
        QCOMPARE(NotifyCommand::argv(QStringLiteral("send --to={chat_id} 'msg: {text}' {thread_id} "
                                                    "{other} {"),
                                     values, &error),
                 (QStringList{QStringLiteral("send"), QStringLiteral("--to=42"),
                              QStringLiteral("msg: it's \"{chat_id}\"; $(id)\nok"), QString(),
                              QStringLiteral("{other}"), QStringLiteral("{")}));
        QVERIFY(NotifyCommand::argv(QStringLiteral("send 'open"), values, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(NotifyCommand::isCommandPlatform(QStringLiteral("telegram")));
        QVERIFY(NotifyCommand::isCommandPlatform(QStringLiteral("irc"))); // imported plugin ones
        QVERIFY(!NotifyCommand::isCommandPlatform(QStringLiteral("desktop")));
        QVERIFY(!NotifyCommand::isCommandPlatform(QStringLiteral("../x")));
    }

    void chatPlatformWaitsForItsCommand()
    {
        CreateOptions opts;
        opts.title = QStringLiteral("Tell the team");
        const QString id = m_kernel->createTask(opts).id;
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("matrix");
        sub.chatId = QStringLiteral("!room:example.org");
        m_kernel->addNotifySub(sub);
        QVERIFY(m_kernel->completeTask(id, {}));
        Notifier::Options o;
        o.configPath = m_dir.filePath(QStringLiteral("qkanban.conf"));
        Notifier notifier(m_location, &m_clock, o);
        QSignalSpy pending(&notifier, &Notifier::pending);
        QSignalSpy delivered(&notifier, &Notifier::delivered);
        notifier.pollNow();
        notifier.pollNow();
        QCOMPARE(pending.size(), 1); // said once, not on each pass
        const QString why = QStringLiteral("no [notify] matrix command in %1").arg(o.configPath);
        QCOMPARE(pending.first().at(2).toString(), why);
        QCOMPARE(m_kernel->notifySubs(id).first().pendingReason, why);
        QCOMPARE(m_kernel->notifySubs(id).first().attempts, 0);

        const QString out = m_dir.filePath(QStringLiteral("sent"));
        QFile config(o.configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("[notify]\nmatrix = /bin/cp /dev/stdin %1\n").arg(out).toUtf8());
        config.close();
        notifier.pollNow();
        QTRY_COMPARE(delivered.size(), 1);
        const QJsonObject body =
            QJsonDocument::fromJson([&] {
                QFile f(out);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }())
                .object();
        QCOMPARE(body.value(QStringLiteral("text")).toString(),
                 QStringLiteral("✔ %1 done: Tell the team").arg(id));
        const NotifySub after = m_kernel->notifySubs(id).first();
        QVERIFY(after.pendingReason.isEmpty());
        QVERIFY(m_kernel->unseenEvents(after, Notifier::notifyKinds()).isEmpty());
    }

    void desktopWithoutASessionBusWaits()
    {
        QTemporaryDir runtime;
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        CreateOptions opts;
        opts.title = QStringLiteral("No bus");
        const QString id = m_kernel->createTask(opts).id;
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("desktop");
        sub.chatId = QStringLiteral("me");
        m_kernel->addNotifySub(sub);
        QVERIFY(m_kernel->blockTask(id, QStringLiteral("why")));
        Notifier::Options o;
        o.desktop = Notifier::Desktop::SessionBus;
        Notifier daemon(m_location, &m_clock, o);
        QSignalSpy desktop(&daemon, &Notifier::desktopNotification);
        daemon.pollNow();
        const NotifySub s = m_kernel->notifySubs(id).first();
        QVERIFY2(s.pendingReason.startsWith(
                     QStringLiteral("no notification service on the session bus")),
                 qPrintable(s.pendingReason));
        QCOMPARE(m_kernel->unseenEvents(s, Notifier::notifyKinds()).size(), 1);
        QCOMPARE(desktop.size(), 0); // not the tray's signal either
        if (!address.isNull())
            qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qputenv("XDG_RUNTIME_DIR", xdg);
    }

    void nonHttpUrlIsKeptAsAFailureNotACrash()
    {
        const QString id = subscribedTask(QStringLiteral("file:///etc/passwd"));
        Notifier notifier(m_location, &m_clock, {});
        QSignalSpy failed(&notifier, &Notifier::deliveryFailed);
        QVERIFY(m_kernel->completeTask(id, {}));
        notifier.pollNow();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_kernel->notifySubs(id).first().lastEventId < m_kernel->latestEventId(), true);
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
