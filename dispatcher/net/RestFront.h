#pragma once

#include "dispatcher/net/RequestGate.h"

#include <QHash>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

// The listening socket in front of Qt HttpServer (QAbstractHttpServer::bind).
// Qt 6.4 reads a whole request into memory before its handler runs, so a
// new connection stays here, its bytes peeked into a read buffer capped at
// the header limit, until RequestGate has seen the request line and the
// headers; the body is then waited for (its length is known and capped),
// and only the complete request is handed to Qt (addPendingConnection).
// Refusals are answered here and the connection closed after a lingering
// drain. A connection that does not deliver a complete request within
// requestTimeoutMs is answered 408 and closed (slowloris). Each connection
// carries one request: the server answers `Connection: close`, so a
// second request is never read past the gate.
class RestFront : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int requestTimeoutMs = 10000; // request line, headers and body
        int lingerMs = 2000;          // draining a refused client before the close
        int maxPending = 1024;        // connections still sending their request
    };

    RestFront(const RequestGate &gate, const Limits &limits, QObject *parent = nullptr);

    void setGate(const RequestGate &gate) { m_gate = gate; }
    // Called by the server's handler: Qt parsed the handed-off request.
    static void markHandled(QTcpSocket *socket);
    int pendingCount() const { return int(m_pending.size()); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Pending
    {
        QTimer *timer = nullptr;
        RequestGate::Verdict verdict; // Accept once the headers passed
        bool continued = false;       // "100 Continue" sent
    };
    void readMore(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QString &message);
    void handOff(QTcpSocket *socket);
    void forget(QTcpSocket *socket);

    RequestGate m_gate;
    Limits m_limits;
    QHash<QTcpSocket *, Pending> m_pending;
};
