#include "dispatcher/net/RestServer.h"

#include "dispatcher/net/ApiToken.h"
#include "dispatcher/net/RestWriter.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QNetworkInterface>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

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
    return {status, body, false, {}, {}};
}

QByteArray bodyBytes(const RestReply &r)
{
    if (!r.raw.isEmpty())
        return r.raw;
    QByteArray body = r.body.dump(2);
    body.append('\n');
    return body;
}

// If-None-Match names `etag` (weak comparison, RFC 9110 13.1.2), or is *.
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const auto opaque = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    const QByteArray mine = opaque(etag);
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        const QByteArray t = tag.trimmed();
        if (t == "*" || opaque(t) == mine)
            return true;
    }
    return false;
}

// Each held long-poll (GET /events) is an open socket: a low soft limit on
// open files (1,024 on most systems, 256 on some) must not cap how many
// clients wait. Raised towards the hard limit, which stays the
// administrator's, up to kOpenFiles.
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    constexpr rlim_t kOpenFiles = 4096;
    rlimit r{};
    if (getrlimit(RLIMIT_NOFILE, &r) != 0 || r.rlim_cur == RLIM_INFINITY)
        return;
    const rlim_t want = r.rlim_max == RLIM_INFINITY ? kOpenFiles : qMin(r.rlim_max, kOpenFiles);
    if (r.rlim_cur < want) {
        r.rlim_cur = want;
        setrlimit(RLIMIT_NOFILE, &r);
    }
#endif
}

QString hostLiteral(const QHostAddress &a)
{
    QHostAddress plain = a;
    plain.setScopeId({});
    return plain.protocol() == QAbstractSocket::IPv6Protocol
               ? QLatin1Char('[') + plain.toString() + QLatin1Char(']')
               : plain.toString();
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
    m_writer = new RestWriter(location, clock, options.hostDispatcher);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("rest-writer"));
    m_writerThread.start();
}

RestServer::~RestServer()
{
    // The write in progress finishes; the writer's connection closes in
    // its own thread.
    m_writerThread.quit();
    m_writerThread.wait();
}

QStringList RestServer::hostsFor(const QHostAddress &address, quint16 port) const
{
    Q_UNUSED(port);
    QStringList hosts = RequestGate::loopbackHosts();
    QList<QHostAddress> addresses;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        addresses = QNetworkInterface::allAddresses();
    else
        addresses << address;
    // An address literal cannot be rebound to another server by DNS.
    for (const QHostAddress &a : addresses)
        if (const QString h = hostLiteral(a).toLower(); !hosts.contains(h))
            hosts << h;
    for (const QString &h : m_options.allowedHosts)
        if (!hosts.contains(h.toLower()))
            hosts << h.toLower();
    return hosts;
}

quint16 RestServer::start(const QHostAddress &address, quint16 port)
{
    RequestGate::Policy policy;
    policy.token = m_options.token;
    policy.maxBodyBytes = m_options.maxBodyBytes;
    policy.maxHeaderBytes = m_options.maxHeaderBytes;
    raiseOpenFileLimit();
    auto *front = new RestFront(RequestGate(policy), m_options.limits, this);
    if (!front->listen(address, port)) {
        delete front;
        return 0;
    }
    policy.port = front->serverPort();
    policy.allowedHosts = hostsFor(address, policy.port);
    front->setGate(RequestGate(policy));
    bind(front);
    return policy.port;
}

void RestServer::reply(QHttpServerResponder &responder, QTcpSocket *socket, const RestReply &r)
{
    reply(responder, socket, r.status, bodyBytes(r));
}

void RestServer::reply(QHttpServerResponder &responder, QTcpSocket *socket, int status,
                       const QByteArray &body)
{
    const auto code = QHttpServerResponder::StatusCode(status);
    if (status == 401) {
        responder.write(body,
                        {{"Content-Type", "application/json; charset=utf-8"},
                         {"Cache-Control", "no-store"},
                         {"Connection", "close"},
                         {"WWW-Authenticate", "Bearer realm=\"qkanban\""}},
                        code);
    } else {
        responder.write(body,
                        {{"Content-Type", "application/json; charset=utf-8"},
                         {"Cache-Control", "no-store"},
                         {"Connection", "close"}},
                        code);
    }
    // One request per connection: a client reading to EOF gets it now,
    // and no second request is ever read past the gate.
    if (socket)
        socket->disconnectFromHost();
}

bool RestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt parses no further request on this connection (RestFront gated
    // this one only).
    RestFront::markHandled(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!ApiToken::matches(m_options.token, request.value("Authorization"))) {
        reply(responder, socket,
              errorReply(401, QStringLiteral("missing or invalid bearer token")));
        return true;
    }
    if (request.body().size() > m_options.maxBodyBytes) {
        reply(
            responder, socket,
            errorReply(
                413, QStringLiteral("request body exceeds %1 bytes").arg(m_options.maxBodyBytes)));
        return true;
    }
    RestRequest r{methodName(request.method()), request.url().path(), request.query(),
                  request.body()};
    if (r.method != QLatin1String("GET")) {
        write(r, std::move(responder), socket);
        return true;
    }
    RestReply result = m_routes->handle(r);
    if (!result.etag.isEmpty()) {
        // A validator: the client may keep the answer and ask again with
        // If-None-Match; an unchanged board costs it no body.
        const QByteArray ifNoneMatch = request.value("If-None-Match");
        const bool unchanged = !ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, result.etag);
        responder.write(unchanged ? QByteArray() : bodyBytes(result),
                        {{"Content-Type", "application/json; charset=utf-8"},
                         {"Cache-Control", "private, no-cache"},
                         {"ETag", result.etag},
                         {"Connection", "close"}},
                        unchanged ? QHttpServerResponder::StatusCode::NotModified
                                  : QHttpServerResponder::StatusCode(result.status));
        socket->disconnectFromHost();
        return true;
    }
    if (!result.wait) {
        reply(responder, socket, result);
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

void RestServer::write(const RestRequest &request, QHttpServerResponder &&responder,
                       QTcpSocket *socket)
{
    const quint64 id = ++m_nextWrite;
    m_writes.emplace(
        id, PendingWrite{socket, std::make_unique<QHttpServerResponder>(std::move(responder))});
    RestWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer,
        [this, writer, request, id] {
            const RestReply r = writer->handle(request);
            QMetaObject::invokeMethod(
                this,
                [this, id, status = r.status, body = bodyBytes(r)] {
                    finishWrite(id, status, body);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RestServer::finishWrite(quint64 id, int status, const QByteArray &body)
{
    auto it = m_writes.find(id);
    if (it == m_writes.end())
        return;
    PendingWrite w = std::move(it->second);
    m_writes.erase(it);
    if (w.socket && w.socket->state() == QAbstractSocket::ConnectedState)
        reply(*w.responder, w.socket, status, body);
}

void RestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RestFront::markHandled(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    reply(responder, socket, errorReply(404, QStringLiteral("no route")));
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
                reply(*it->responder, it->socket, r);
                it = m_waiters.erase(it);
                continue;
            }
        }
        ++it;
    }
    if (m_waiters.empty())
        m_pollTimer.stop();
}
