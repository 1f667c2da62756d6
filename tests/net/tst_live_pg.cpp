// The daemon's network side on PostgreSQL (issue 15): the notifier and the
// REST API's /events long poll act on another host's change within a
// second, woken by the board's LISTEN/NOTIFY rather than by reading the
// tables on a timer. Skipped without a server ($QKANBAN_TEST_PG_URL_FILE).
#include "dispatcher/net/Notifier.h"
#include "model/Database.h"
#include "model/Kernel.h"
#include "tests/cli/CliHarness.h"
#include "tests/model/PgScratchDb.h"
#include "tests/net/WebhookReceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

class TestLivePg : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_pg = std::make_unique<PgScratchDb>(QStringLiteral("live"));
        if (!m_pg->isValid())
            QSKIP(qPrintable(m_pg->skipReason()));
        m_location.slug = QStringLiteral("default");
        m_location.dbPath = m_pg->url();
        m_location.boardDir = m_dir.path();
        m_location.root = m_dir.path();
        m_location.isPinned = true;
        Database::setCreatesSchema(true); // as `init` does
        m_otherHost = std::make_unique<Board>(m_location);
        Database::setCreatesSchema(false);
    }

    void cleanup()
    {
        m_otherHost.reset();
        m_pg.reset();
    }

    void notifierDeliversAnotherHostsCompletionWithinASecond()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        Kernel k(*m_otherHost);
        CreateOptions opts;
        opts.title = QStringLiteral("Write the note");
        const QString id = k.createTask(opts).id;
        NotifySub sub;
        sub.taskId = id;
        sub.platform = QStringLiteral("webhook");
        sub.chatId = QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port());
        k.addNotifySub(sub);

        Notifier::Options o;
        o.pollMs = 3600 * 1000; // its timer would come in an hour
        Notifier notifier(m_location, Clock::system(), o);
        notifier.start();
        QTRY_VERIFY(!notifier.isDelivering());
        QVERIFY(receiver.bodies.isEmpty());

        QVERIFY(k.claimTask(id));
        CompleteOptions done;
        done.result = QStringLiteral("done it");
        QVERIFY(k.completeTask(id, done));
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.bodies.size(), 1, 1000);
        qInfo("another session's completion -> webhook POST: %lld ms", t.elapsed());
        QCOMPARE(QJsonDocument::fromJson(receiver.bodies.at(0))
                     .object()
                     .value(QStringLiteral("event"))
                     .toString(),
                 EventKind::Completed);
    }

    void restEventsLongPollAnswersAnotherHostsChangeWithinASecond()
    {
        CliHarness host;
        host.setEnv(QStringLiteral("QKANBAN_DB"), m_pg->url());
        QProcess server;
        server.setProcessEnvironment(host.environment());
        server.start(CliHarness::binary(), {QStringLiteral("--headless"), QStringLiteral("serve"),
                                            QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        const auto stopServer = qScopeGuard([&] {
            server.terminate();
            server.waitForFinished(10000);
        });
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains("http://"),
                                 20000);
        const int at = banner.indexOf("http://");
        const QString base = QString::fromUtf8(banner.mid(at, banner.indexOf('/', at + 7) - at));
        const QByteArray token =
            host.run({QStringLiteral("serve"), QStringLiteral("--print-token")}).out.trimmed();

        QNetworkAccessManager net;
        const auto get = [&](const QString &path) {
            QNetworkRequest request(QUrl(base + path));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setTransferTimeout(60000);
            return net.get(request);
        };
        Kernel k(*m_otherHost);
        CreateOptions opts;
        opts.title = QStringLiteral("already there");
        k.createTask(opts);
        // The newest cursor, then a long poll after it.
        QNetworkReply *first = get(QStringLiteral("/events?since=0"));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 10000);
        const qint64 cursor = QJsonDocument::fromJson(first->readAll())
                                  .object()
                                  .value(QStringLiteral("cursor"))
                                  .toInteger();
        first->deleteLater();
        QNetworkReply *poll = get(QStringLiteral("/events?since=%1").arg(cursor));
        QSignalSpy finished(poll, &QNetworkReply::finished);
        QVERIFY(!finished.wait(300)); // nothing new: it waits

        opts.title = QStringLiteral("made on another host");
        const QString id = k.createTask(opts).id;
        QElapsedTimer t;
        t.start();
        QVERIFY(finished.count() > 0 || finished.wait(1000));
        qInfo("another session's create -> /events answered: %lld ms", t.elapsed());
        const QJsonArray events = QJsonDocument::fromJson(poll->readAll())
                                      .object()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("task_id")).toString(), id);
        poll->deleteLater();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDb> m_pg;
    BoardLocation m_location;
    std::unique_ptr<Board> m_otherHost; // another host's connection
};

QTEST_GUILESS_MAIN(TestLivePg)
#include "tst_live_pg.moc"
