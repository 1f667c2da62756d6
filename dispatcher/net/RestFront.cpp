#include "dispatcher/net/RestFront.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace {
constexpr qint64 kDrainBuffer = 64 * 1024;
constexpr qint64 kHandedOffBuffer = 4096;
constexpr char kHandled[] = "qkanbanHandled";
} // namespace

RestFront::RestFront(const RequestGate &gate, const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_gate(gate), m_limits(limits)
{
}

void RestFront::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Never more than the header limit in memory before the gate has spoken.
    socket->setReadBufferSize(m_gate.policy().maxHeaderBytes);
    Pending p;
    p.timer = new QTimer(socket);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, socket] {
        refuse(socket, 408,
               QStringLiteral("the request did not arrive within %1 ms")
                   .arg(m_limits.requestTimeoutMs));
    });
    p.timer->start(m_limits.requestTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readMore(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    const bool full = m_pending.size() >= m_limits.maxPending;
    m_pending.insert(socket, p);
    if (full)
        refuse(socket, 503, QStringLiteral("too many connections are still sending a request"));
}

void RestFront::readMore(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    Pending &p = *it;
    if (p.verdict.kind != RequestGate::Verdict::Accept) {
        const RequestGate::Verdict v = m_gate.inspect(socket->peek(socket->bytesAvailable()));
        if (v.kind == RequestGate::Verdict::NeedMore)
            return;
        if (v.kind == RequestGate::Verdict::Refuse) {
            refuse(socket, v.status, v.message);
            return;
        }
        p.verdict = v;
        // Room for the declared body (capped by the gate) and one byte
        // more, which tells a pipelined second request.
        socket->setReadBufferSize(v.headerBytes + v.contentLength + 1);
    }
    const qint64 total = p.verdict.headerBytes + p.verdict.contentLength;
    const qint64 available = socket->bytesAvailable();
    if (available > total) {
        refuse(socket, 400,
               QStringLiteral("one request per connection: the server closes it after each "
                              "response"));
        return;
    }
    if (available < total) {
        if (p.verdict.expectContinue && !p.continued) {
            p.continued = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    handOff(socket);
}

void RestFront::markHandled(QTcpSocket *socket)
{
    socket->setProperty(kHandled, true);
}

void RestFront::refuse(QTcpSocket *socket, int status, const QString &message)
{
    if (auto it = m_pending.find(socket); it != m_pending.end()) {
        delete it->timer;
        m_pending.erase(it);
    }
    disconnect(socket, nullptr, this, nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Lingering close: answer, end our side, then read and drop what the
    // client still sends until it closes, so that the kernel does not
    // reset the connection (and the answer with it) over unread bytes.
    socket->setReadBufferSize(kDrainBuffer);
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { socket->skip(socket->bytesAvailable()); });
    auto shutWrite = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, shutWrite);
    QTimer::singleShot(m_limits.lingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->skip(socket->bytesAvailable());
    socket->write(RequestGate::refusal(status, message));
    socket->flush();
    shutWrite();
}

void RestFront::handOff(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    delete it->timer;
    m_pending.erase(it);
    disconnect(socket, nullptr, this, nullptr);
    // Qt reads what is buffered: exactly this request. The handler stops
    // Qt's reads at once (RestServer::handleRequest); the cap bounds what
    // a client could push in between.
    socket->setReadBufferSize(kHandedOffBuffer);
    addPendingConnection(socket); // Qt 6.4: pendingConnectionAvailable
    emit newConnection();         // for Qt versions that listen to this one
    emit socket->readyRead();     // the bytes are already in the buffer: Qt parses now
    if (socket->property(kHandled).toBool())
        return;
    // Qt's parser refused what the gate let through, or waits for more:
    // Qt 6.4 would then keep the connection open forever. Answer it here.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, nullptr, nullptr);
    refuse(socket, 400, QStringLiteral("malformed request"));
}

void RestFront::forget(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it != m_pending.end()) {
        delete it->timer;
        m_pending.erase(it);
    }
    socket->deleteLater();
}
