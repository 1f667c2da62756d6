#pragma once

#include "dispatcher/net/RestRoutes.h"
#include "model/Board.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <list>
#include <memory>

// The local REST API: bearer token on every request, bodies capped, JSON
// errors, and GET /events?since= long-polling up to 25 s.
class RestServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString token;
        qint64 maxBodyBytes = 1 << 20;
        int longPollMs = 25000;
    };

    RestServer(const BoardLocation &location, Clock *clock, const Options &options,
               QObject *parent = nullptr);
    ~RestServer() override;

    RestRoutes &routes() { return *m_routes; }

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
    void reply(QHttpServerResponder &responder, const RestReply &r);
    void pollWaiters();

    Options m_options;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<RestRoutes> m_routes;
    std::list<Waiter> m_waiters;
    QTimer m_pollTimer;
    qint64 m_dataVersion = -1;
};
