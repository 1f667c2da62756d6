#pragma once

#include "dispatcher/net/RestFront.h"
#include "dispatcher/net/RestRoutes.h"
#include "model/Board.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <list>
#include <map>
#include <memory>

class RestWriter;

// The local REST API: bearer token on every request, bodies capped, JSON
// errors, and GET /events?since= long-polling up to 25 s. RestFront checks
// each request's line and headers (size, Host, token, length) before Qt
// HttpServer reads a body byte; every response closes its connection.
// Reads are answered on this thread; writes run on the writer thread
// (RestWriter), so a write waiting for the database lock never delays a
// read.
class RestServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString token;
        qint64 maxBodyBytes = 1 << 20;
        qsizetype maxHeaderBytes = 16 * 1024;
        int longPollMs = 25000;
        RestFront::Limits limits;
        // Host names accepted besides the loopback names and the bound
        // address (serve --allow-host).
        QStringList allowedHosts;
        bool hostDispatcher = false; // POST /dispatch runs a tick here
    };

    RestServer(const BoardLocation &location, Clock *clock, const Options &options,
               QObject *parent = nullptr);
    ~RestServer() override;

    // Listens through the gate; the bound port, 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Waiter
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
        qint64 since = 0;
        qint64 deadlineMs = 0;
    };
    struct PendingWrite
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };
    void reply(QHttpServerResponder &responder, QTcpSocket *socket, const RestReply &r);
    void reply(QHttpServerResponder &responder, QTcpSocket *socket, int status,
               const QByteArray &body);
    void write(const RestRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket);
    void finishWrite(quint64 id, int status, const QByteArray &body);
    void pollWaiters();
    QStringList hostsFor(const QHostAddress &address, quint16 port) const;

    Options m_options;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<RestRoutes> m_routes;
    QThread m_writerThread;
    RestWriter *m_writer = nullptr; // lives in m_writerThread
    std::map<quint64, PendingWrite> m_writes;
    quint64 m_nextWrite = 0;
    std::list<Waiter> m_waiters;
    QTimer m_pollTimer;
    qint64 m_dataVersion = -1;
};
