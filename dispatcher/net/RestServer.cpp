#include "dispatcher/net/RestServer.h"

#include "dispatcher/net/ApiToken.h"

#include <QDateTime>
#include <QHttpServerRequest>

namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    default:
        return QStringLiteral("OTHER");
    }
}

RestReply errorReply(int status, const QString &message)
{
    Json body = Json::object();
    body.set(QStringLiteral("error"), message);
    return {status, body, false};
}

} // namespace

RestServer::RestServer(const BoardLocation &location, Clock *clock, const Options &options,
                       QObject *parent)
    : QAbstractHttpServer(parent), m_options(options),
      m_board(std::make_unique<Board>(location, clock)),
      m_routes(std::make_unique<RestRoutes>(*m_board))
{
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &RestServer::pollWaiters);
}

RestServer::~RestServer() = default;

void RestServer::reply(QHttpServerResponder &responder, const RestReply &r)
{
    QByteArray body = r.body.dump(2);
    body.append('\n');
    const auto status = QHttpServerResponder::StatusCode(r.status);
    if (r.status == 401) {
        responder.write(body,
                        {{"Content-Type", "application/json; charset=utf-8"},
                         {"Cache-Control", "no-store"},
                         {"WWW-Authenticate", "Bearer realm=\"qkanban\""}},
                        status);
        return;
    }
    responder.write(
        body, {{"Content-Type", "application/json; charset=utf-8"}, {"Cache-Control", "no-store"}},
        status);
}

bool RestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!ApiToken::matches(m_options.token, request.value("Authorization"))) {
        reply(responder, errorReply(401, QStringLiteral("missing or invalid bearer token")));
        return true;
    }
    if (request.body().size() > m_options.maxBodyBytes) {
        reply(
            responder,
            errorReply(
                413, QStringLiteral("request body exceeds %1 bytes").arg(m_options.maxBodyBytes)));
        return true;
    }
    RestRequest r{methodName(request.method()), request.url().path(), request.query(),
                  request.body()};
    RestReply result = m_routes->handle(r);
    if (!result.wait) {
        reply(responder, result);
        return true;
    }
    bool valid = true;
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong(&valid);
    Waiter w;
    w.socket = socket;
    w.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    w.since = valid ? since : 0;
    w.deadlineMs = QDateTime::currentMSecsSinceEpoch() + m_options.longPollMs;
    m_waiters.push_back(std::move(w));
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    return true;
}

void RestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    reply(responder, errorReply(404, QStringLiteral("no route")));
}

void RestServer::pollWaiters()
{
    const qint64 version = m_board->dataVersion();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            it = m_waiters.erase(it);
            continue;
        }
        const bool expired = nowMs >= it->deadlineMs;
        if (changed || expired) {
            RestReply r = m_routes->events(it->since);
            if (!r.wait || expired) {
                reply(*it->responder, r);
                it = m_waiters.erase(it);
                continue;
            }
        }
        ++it;
    }
    if (m_waiters.empty())
        m_pollTimer.stop();
}
