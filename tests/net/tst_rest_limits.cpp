// The REST server against hostile clients: a real `qkanban --headless
// serve` process, raw TCP, its resident memory read from /proc.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

#include <sys/resource.h>

namespace {

constexpr qint64 kRssLimitKb = 64 * 1024;

struct Response
{
    QByteArray raw;
    bool closed = false; // the server closed the connection (EOF)
    int status() const
    {
        if (!raw.startsWith("HTTP/1."))
            return 0;
        return raw.mid(9, 3).toInt();
    }
    QJsonObject json() const
    {
        const qsizetype at = raw.indexOf("\r\n\r\n");
        return QJsonDocument::fromJson(raw.mid(at + 4)).object();
    }
};

} // namespace

class TestRestLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_server;
    quint16 m_port = 0;
    QByteArray m_token;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QKANBAN_HOME"), m_home.path());
        e.insert(QStringLiteral("QKANBAN_CONFIG"), m_home.filePath(QStringLiteral("qkanban.conf")));
        e.remove(QStringLiteral("QKANBAN_DB"));
        e.remove(QStringLiteral("QKANBAN_TASK"));
        e.remove(QStringLiteral("QKANBAN_RUN_ID"));
        return e;
    }

    QByteArray cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(QKANBAN_BIN), QStringList{QStringLiteral("--headless")} + args);
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    }

    QString dbPath() const { return m_home.filePath(QStringLiteral("boards/default/board.db")); }

    qint64 serverRssKb() const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    QByteArray head(const QByteArray &requestLine, const QByteArray &extra = {},
                    bool withToken = true) const
    {
        QByteArray h = requestLine + "\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        if (withToken)
            h += "Authorization: Bearer " + m_token + "\r\n";
        return h + extra + "\r\n";
    }

    void connectTo(QTcpSocket &s)
    {
        s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(s.waitForConnected(5000));
    }

    // Reads until the server closes the connection or the deadline passes.
    static Response readToEof(QTcpSocket &s, int deadlineMs = 5000)
    {
        Response r;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < deadlineMs) {
            r.raw += s.readAll();
            if (s.state() != QAbstractSocket::ConnectedState) {
                r.raw += s.readAll();
                r.closed = true;
                break;
            }
            s.waitForReadyRead(50);
        }
        return r;
    }

    Response send(const QByteArray &bytes, int deadlineMs = 5000)
    {
        QTcpSocket s;
        connectTo(s);
        s.write(bytes);
        return readToEof(s, deadlineMs);
    }

    // Sends `head`, then `chunk` over and over (up to `total` bytes) while
    // the server has not answered, checking the server's memory after
    // each chunk, and asking GET /stats on a second connection once.
    Response stream(const QByteArray &head, const QByteArray &chunk, qint64 total, qint64 *maxRssKb,
                    bool *statsAnswered)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!s.waitForConnected(5000))
            return {};
        s.write(head);
        qint64 sent = 0;
        *maxRssKb = 0;
        *statsAnswered = false;
        Response r;
        while (sent < total && s.state() == QAbstractSocket::ConnectedState) {
            if (s.bytesToWrite() < 4 * chunk.size()) {
                s.write(chunk);
                sent += chunk.size();
            }
            s.waitForBytesWritten(20);
            r.raw += s.readAll();
            *maxRssKb = qMax(*maxRssKb, serverRssKb());
            if (!*statsAnswered && sent >= 8 * chunk.size()) {
                const Response stats = send(this->head("GET /stats HTTP/1.1"));
                *statsAnswered = stats.status() == 200;
            }
            if (!r.raw.isEmpty() || *maxRssKb > kRssLimitKb)
                break;
        }
        const Response rest = readToEof(s, 5000);
        r.raw += rest.raw;
        r.closed = rest.closed;
        *maxRssKb = qMax(*maxRssKb, serverRssKb());
        if (!*statsAnswered)
            *statsAnswered = send(this->head("GET /stats HTTP/1.1")).status() == 200;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        cli({QStringLiteral("init")});
        QVERIFY(QFile::exists(dbPath()));
        m_server.setProcessEnvironment(env());
        m_server.start(QStringLiteral(QKANBAN_BIN),
                       {QStringLiteral("--headless"), QStringLiteral("serve"),
                        QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += m_server.readAllStandardOutput()).contains("http://"),
                                 20000);
        const qsizetype at = banner.indexOf("http://127.0.0.1:");
        QVERIFY(at >= 0);
        m_port = quint16(banner.mid(at + 17).split('/').first().toUInt());
        QVERIFY(m_port > 0);
        m_token = cli({QStringLiteral("serve"), QStringLiteral("--print-token")}).trimmed();
        QCOMPARE(m_token.size(), 64);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void gigabyteBodyWithoutTokenIsRefusedInBoundedMemory()
    {
        qint64 maxRss = 0;
        bool stats = false;
        const QByteArray chunk(1 << 20, 'x');
        const Response r =
            stream(head("POST /tasks HTTP/1.1", "Content-Length: 1073741824\r\n", false), chunk,
                   qint64(1) << 30, &maxRss, &stats);
        qInfo("serve's VmRSS at most %lld kB", maxRss);
        QVERIFY2(maxRss > 0 && maxRss < kRssLimitKb,
                 qPrintable(QStringLiteral("serve's VmRSS reached %1 kB").arg(maxRss)));
        QCOMPARE(r.status(), 401);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains("token"));
        QVERIFY(r.closed);
        QVERIFY(stats);
    }

    void hugeHeadersAreRefusedInBoundedMemory()
    {
        qint64 maxRss = 0;
        bool stats = false;
        QByteArray line = "X-Pad: " + QByteArray(1000, 'a') + "\r\n";
        QByteArray chunk;
        while (chunk.size() < (1 << 20))
            chunk += line;
        const Response r =
            stream("GET /stats HTTP/1.1\r\nHost: 127.0.0.1\r\n", chunk, 300 << 20, &maxRss, &stats);
        qInfo("serve's VmRSS at most %lld kB", maxRss);
        QVERIFY2(maxRss > 0 && maxRss < kRssLimitKb,
                 qPrintable(QStringLiteral("serve's VmRSS reached %1 kB").arg(maxRss)));
        QCOMPARE(r.status(), 431);
        QVERIFY(r.closed);
        QVERIFY(stats);
    }

    void lengthOverTheLimitIsRefusedBeforeTheBody()
    {
        // Only the headers are sent: the answer must not wait for a body.
        const Response r = send(head("POST /tasks HTTP/1.1", "Content-Length: 2000000000\r\n"));
        QCOMPARE(r.status(), 413);
        QVERIFY(r.closed);
        const Response expect = send(
            head("POST /tasks HTTP/1.1", "Content-Length: 2000000\r\nExpect: 100-continue\r\n"));
        QCOMPARE(expect.status(), 413);
    }

    void bodyWithoutLengthIs411()
    {
        QCOMPARE(send(head("POST /tasks HTTP/1.1")).status(), 411);
        const Response chunked =
            send(head("POST /tasks HTTP/1.1", "Transfer-Encoding: chunked\r\n") +
                 "10\r\n{\"title\": \"x\"}  \r\n0\r\n\r\n");
        QCOMPARE(chunked.status(), 411);
        QVERIFY(
            chunked.json().value(QStringLiteral("error")).toString().contains("Content-Length"));
    }

    void hostMustNameTheServer()
    {
        const QByteArray auth = "Authorization: Bearer " + m_token + "\r\n";
        const QByteArray port = QByteArray::number(m_port);
        const Response evil = send("GET /stats HTTP/1.1\r\nHost: evil.example\r\n" + auth + "\r\n");
        QCOMPARE(evil.status(), 421);
        QVERIFY(evil.json().value(QStringLiteral("error")).toString().contains("evil.example"));
        QCOMPARE(send("GET /stats HTTP/1.1\r\nHost: evil.example:" + port + "\r\n" + auth + "\r\n")
                     .status(),
                 421);
        QCOMPARE(send("GET /stats HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + auth + "\r\n")
                     .status(),
                 200);
        QCOMPARE(send("GET /stats HTTP/1.1\r\nHost: LOCALHOST\r\n" + auth + "\r\n").status(), 200);
        QCOMPARE(
            send("GET /stats HTTP/1.1\r\nHost: [::1]:" + port + "\r\n" + auth + "\r\n").status(),
            200);
        // Another port is another origin.
        QCOMPARE(send("GET /stats HTTP/1.1\r\nHost: localhost:1\r\n" + auth + "\r\n").status(),
                 421);
    }

    // serve --bind 0.0.0.0 --allow-remote --allow-host NAME: that name and
    // the loopback names are accepted, any other name is not.
    void allowHostNamesAreAccepted()
    {
        QProcess remote;
        remote.setProcessEnvironment(env());
        remote.start(QStringLiteral(QKANBAN_BIN),
                     {QStringLiteral("--headless"), QStringLiteral("serve"),
                      QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                      QStringLiteral("0.0.0.0"), QStringLiteral("--allow-remote"),
                      QStringLiteral("--allow-host"), QStringLiteral("Board.LAN,kanban")});
        QVERIFY(remote.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += remote.readAllStandardOutput()).contains("http://"),
                                 20000);
        const qsizetype at = banner.indexOf("http://0.0.0.0:");
        QVERIFY(at >= 0);
        const quint16 port = quint16(banner.mid(at + 15).split('/').first().toUInt());
        auto status = [&](const QByteArray &host) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!s.waitForConnected(5000))
                return -1;
            s.write("GET /stats HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " +
                    m_token + "\r\n\r\n");
            return readToEof(s).status();
        };
        const QByteArray p = ':' + QByteArray::number(port);
        QCOMPARE(status("board.lan" + p), 200);
        QCOMPARE(status("kanban"), 200);
        QCOMPARE(status("localhost" + p), 200);
        QCOMPARE(status("127.0.0.1"), 200);
        QCOMPARE(status("evil.example" + p), 421);
        QCOMPARE(status("board.lan.evil.example"), 421);
        remote.terminate();
        QVERIFY(remote.waitForFinished(10000));
    }

    void bearerSchemeIsCaseInsensitive()
    {
        for (const QByteArray scheme : {"bearer", "BEARER", "Bearer", "bEaReR"}) {
            const Response r =
                send("GET /stats HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + scheme + ' ' +
                     m_token + "\r\n\r\n");
            QVERIFY2(r.status() == 200, scheme.constData());
        }
        QCOMPARE(send("GET /stats HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + m_token +
                      "\r\n\r\n")
                     .status(),
                 401);
    }

    void connectionCloseAndHttp10EndAtEof()
    {
        // A client reading to EOF gets it right after the response.
        QElapsedTimer t;
        t.start();
        const Response old = send(head("GET /stats HTTP/1.0"), 3000);
        QCOMPARE(old.status(), 200);
        QVERIFY(old.closed);
        QVERIFY(!old.json().isEmpty());
        const Response close = send(head("GET /stats HTTP/1.1", "Connection: close\r\n"), 3000);
        QCOMPARE(close.status(), 200);
        QVERIFY(close.closed);
        QVERIFY(close.raw.contains("Connection: close"));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        // A keep-alive request is answered Connection: close too, and closed.
        const Response kept = send(head("GET /stats HTTP/1.1", "Connection: keep-alive\r\n"), 3000);
        QCOMPARE(kept.status(), 200);
        QVERIFY(kept.closed);
    }

    void pipelinedSecondRequestIsNotRead()
    {
        // A second request behind the first never reaches the routes: the
        // first is refused (one request per connection), nothing is created.
        const QByteArray body = "{\"title\": \"pipelined\"}";
        const QByteArray post =
            head("POST /tasks HTTP/1.1",
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
            body;
        const Response r = send(post + post);
        QCOMPARE(r.status(), 400);
        QVERIFY(r.closed);
        QVERIFY(!cli({QStringLiteral("list"), QStringLiteral("--json")}).contains("pipelined"));
    }

    // 200 clients long-polling GET /events are all held, and all told of
    // one change, by a server started under a soft limit of 64 open files
    // (the server raises it towards the hard limit; each client is a socket).
    void twoHundredLongPollsUnderALowFileLimit()
    {
        constexpr int kClients = 200;
        rlimit mine{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &mine) == 0);
        if (mine.rlim_max != RLIM_INFINITY && mine.rlim_max < 2 * kClients + 64)
            QSKIP("the hard limit on open files is too low for this test");
        if (mine.rlim_cur != RLIM_INFINITY && mine.rlim_cur < 2 * kClients + 64) {
            mine.rlim_cur = mine.rlim_max == RLIM_INFINITY ? 4096 : mine.rlim_max;
            QVERIFY(setrlimit(RLIMIT_NOFILE, &mine) == 0);
        }
        QProcess server;
        server.setProcessEnvironment(env());
        server.setChildProcessModifier([] {
            rlimit r{};
            if (getrlimit(RLIMIT_NOFILE, &r) == 0) {
                r.rlim_cur = 64;
                setrlimit(RLIMIT_NOFILE, &r);
            }
        });
        server.start(QStringLiteral(QKANBAN_BIN),
                     {QStringLiteral("--headless"), QStringLiteral("serve"),
                      QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains("http://"),
                                 20000);
        const qsizetype at = banner.indexOf("http://127.0.0.1:");
        QVERIFY(at >= 0);
        const quint16 port = quint16(banner.mid(at + 17).split('/').first().toUInt());
        qint64 newest = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cursor"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events")));
            QVERIFY(q.next());
            newest = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cursor"));
        const QByteArray request = "GET /events?since=" + QByteArray::number(newest) +
                                   " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                                   "\r\nAuthorization: Bearer " + m_token + "\r\n\r\n";
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < kClients; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QStringLiteral("127.0.0.1"), port);
            QVERIFY2(s->waitForConnected(5000), qPrintable(QString::number(i)));
            s->write(request);
            QVERIFY(s->waitForBytesWritten(5000));
            clients.push_back(std::move(s));
        }
        // Held: none is answered before the change. A request sent after
        // them all is answered first (the server has read theirs by then).
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(probe.waitForConnected(5000));
        probe.write("GET /stats HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                    "\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
        QCOMPARE(readToEof(probe, 10000).status(), 200);
        QCoreApplication::processEvents();
        for (const auto &s : clients) {
            QCOMPARE(s->bytesAvailable(), 0);
            QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
        }
        cli({QStringLiteral("create"), QStringLiteral("told to all")});
        int told = 0;
        for (const auto &s : clients) {
            const Response r = readToEof(*s, 10000);
            told +=
                r.status() == 200 && !r.json().value(QStringLiteral("events")).toArray().isEmpty();
        }
        QCOMPARE(told, kClients);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void readsGoOnWhileAWriteWaitsForTheLock()
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            const QByteArray body = "{\"title\": \"waited for the lock\"}";
            QTcpSocket writer;
            connectTo(writer);
            writer.write(head("POST /tasks HTTP/1.1",
                              "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
                         body);
            QVERIFY(writer.waitForBytesWritten(2000));
            // Give the write time to reach the lock, then read.
            QTest::qWait(300);
            QElapsedTimer t;
            t.start();
            const Response stats = send(head("GET /stats HTTP/1.1"), 4000);
            QCOMPARE(stats.status(), 200);
            QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
            const Response board = send(head("GET /board HTTP/1.1"), 4000);
            QCOMPARE(board.status(), 200);
            QVERIFY(!writer.waitForReadyRead(100)); // the write is still pending
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            const Response created = readToEof(writer, 20000);
            QCOMPARE(created.status(), 201);
            QVERIFY(created.json()
                        .value(QStringLiteral("task"))
                        .toObject()
                        .value(QStringLiteral("title"))
                        .toString()
                        .contains(QStringLiteral("waited")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
};

QTEST_GUILESS_MAIN(TestRestLimits)
#include "tst_rest_limits.moc"
