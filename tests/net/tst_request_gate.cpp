// RequestGate on raw bytes, and RestFront's timeouts with a real socket
// against an in-process RestServer (shrunk limits: no 10-second waits).
#include "dispatcher/net/RequestGate.h"
#include "dispatcher/net/RestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kToken = QString(64, QLatin1Char('a'));

RequestGate gate()
{
    RequestGate::Policy p;
    p.token = kToken;
    p.maxBodyBytes = 1000;
    p.maxHeaderBytes = 512;
    p.port = 8787;
    p.allowedHosts = RequestGate::loopbackHosts() << QStringLiteral("Board.Example");
    return RequestGate(p);
}

QByteArray auth()
{
    return "Authorization: Bearer " + kToken.toLatin1() + "\r\n";
}

} // namespace

class TestRequestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status"); // 0: wait for more, 200: accept
        const QByteArray a = auth();
        QTest::newRow("partial") << QByteArray("GET /stats HTTP/1.1\r\nHost: loc") << 0;
        QTest::newRow("get") << "GET /stats HTTP/1.1\r\nHost: localhost\r\n" + a + "\r\n" << 200;
        QTest::newRow("bare LF") << "GET /stats HTTP/1.1\nHost: localhost\n" + a + "\n" << 200;
        QTest::newRow("port") << "GET / HTTP/1.1\r\nHost: 127.0.0.1:8787\r\n" + a + "\r\n" << 200;
        QTest::newRow("other port") << "GET / HTTP/1.1\r\nHost: 127.0.0.1:8788\r\n" + a + "\r\n"
                                    << 421;
        QTest::newRow("given name") << "GET / HTTP/1.1\r\nHost: board.example:8787\r\n" + a + "\r\n"
                                    << 200;
        QTest::newRow("evil") << "GET / HTTP/1.1\r\nHost: evil.example\r\n" + a + "\r\n" << 421;
        QTest::newRow("evil suffix")
            << "GET / HTTP/1.1\r\nHost: localhost.evil.example\r\n" + a + "\r\n"
            << 421;
        QTest::newRow("two hosts")
            << "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n" + a + "\r\n"
            << 400;
        QTest::newRow("no host 1.1") << "GET / HTTP/1.1\r\n" + a + "\r\n" << 400;
        QTest::newRow("no host 1.0") << "GET / HTTP/1.0\r\n" + a + "\r\n" << 200;
        QTest::newRow("no token") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << 401;
        QTest::newRow("lower bearer")
            << "GET / HTTP/1.1\r\nHost: localhost\r\nAuthorization: bearer " + kToken.toLatin1() +
                   "\r\n\r\n"
            << 200;
        QTest::newRow("post no length")
            << "POST /tasks HTTP/1.1\r\nHost: localhost\r\n" + a + "\r\n"
            << 411;
        QTest::newRow("chunked")
            << "POST /tasks HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n" + a +
                   "\r\n"
            << 411;
        QTest::newRow("too long body")
            << "POST /tasks HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1001\r\n" + a + "\r\n"
            << 413;
        QTest::newRow("signed length")
            << "POST /tasks HTTP/1.1\r\nHost: localhost\r\nContent-Length: +5\r\n" + a + "\r\n"
            << 400;
        QTest::newRow("huge length")
            << "POST /tasks HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
               "99999999999999999999999\r\n" +
                   a + "\r\n"
            << 400;
        QTest::newRow("headers over limit")
            << "GET / HTTP/1.1\r\nHost: localhost\r\nX: " + QByteArray(600, 'x') + "\r\n" + a +
                   "\r\n"
            << 431;
        QTest::newRow("no end over limit") << "GET / HTTP/1.1\r\nX: " + QByteArray(600, 'x') << 431;
        QTest::newRow("bad request line") << QByteArray("GET\r\n\r\n") << 400;
        QTest::newRow("bad early") << QByteArray("GET nope HTTP/1.1\r\nHost") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\n") << 501;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n") << 400;
        QTest::newRow("folded") << "GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n" + a + "\r\n"
                                << 400;
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : localhost\r\n" + a + "\r\n"
                                            << 400;
        QTest::newRow("control in value")
            << "GET / HTTP/1.1\r\nHost: localhost\r\nX: a\rb\r\n" + a + "\r\n"
            << 400;
    }

    void verdicts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const RequestGate::Verdict v = gate().inspect(bytes);
        if (status == 0) {
            QCOMPARE(v.kind, RequestGate::Verdict::NeedMore);
        } else if (status == 200) {
            QCOMPARE(v.kind, RequestGate::Verdict::Accept);
            QCOMPARE(v.headerBytes, bytes.size());
        } else {
            QCOMPARE(v.kind, RequestGate::Verdict::Refuse);
            QCOMPARE(v.status, status);
            QVERIFY(!v.message.isEmpty());
        }
    }

    void acceptCarriesTheBodyLength()
    {
        const QByteArray h = "PATCH /tasks/x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 12\r\n"
                             "Expect: 100-continue\r\n" +
                             auth() + "\r\n";
        const RequestGate::Verdict v = gate().inspect(h + "{\"a\": 1}");
        QCOMPARE(v.kind, RequestGate::Verdict::Accept);
        QCOMPARE(v.headerBytes, h.size());
        QCOMPARE(v.contentLength, 12);
        QVERIFY(v.expectContinue);
    }

    void refusalIsJsonThatCloses()
    {
        const QByteArray r = RequestGate::refusal(401, QStringLiteral("no \"token\""));
        QVERIFY(r.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
        QVERIFY(r.contains("\r\nConnection: close\r\n"));
        QVERIFY(r.contains("\r\nWWW-Authenticate: Bearer"));
        const QByteArray body = r.mid(r.indexOf("\r\n\r\n") + 4);
        QVERIFY(r.contains("Content-Length: " + QByteArray::number(body.size()) + "\r\n"));
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no \"token\""));
    }

    // A client that never finishes its headers is answered 408 and closed
    // after the (shrunk) request timeout; one that sends nothing likewise.
    void slowClientsAreClosed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BoardLocation location{dir.path(), QStringLiteral("default"),
                                     dir.filePath(QStringLiteral("board.db")), dir.path()};
        RestServer::Options options;
        options.token = kToken;
        options.limits.requestTimeoutMs = 400;
        options.limits.lingerMs = 400;
        RestServer server(location, Clock::system(), options);
        const quint16 port = server.start(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);

        QTcpSocket partial;
        QTcpSocket silent;
        partial.connectToHost(QHostAddress::LocalHost, port);
        silent.connectToHost(QHostAddress::LocalHost, port);
        QTRY_VERIFY(partial.state() == QAbstractSocket::ConnectedState);
        QTRY_VERIFY(silent.state() == QAbstractSocket::ConnectedState);
        QElapsedTimer t;
        t.start();
        partial.write("GET /stats HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += partial.readAll(), partial.state() == QAbstractSocket::UnconnectedState),
            5000);
        answer += partial.readAll();
        QVERIFY(t.elapsed() >= 350);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 5000);

        // A complete request on a fresh connection is still answered.
        QTcpSocket ok;
        ok.connectToHost(QHostAddress::LocalHost, port);
        QTRY_VERIFY(ok.state() == QAbstractSocket::ConnectedState);
        ok.write("GET /stats HTTP/1.1\r\nHost: localhost\r\n" + auth() + "\r\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(
            (got += ok.readAll(), ok.state() == QAbstractSocket::UnconnectedState), 5000);
        got += ok.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
    }
};

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_request_gate.moc"
