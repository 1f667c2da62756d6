#include "dispatcher/net/Notifier.h"

#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Types.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

Notifier::Notifier(const BoardLocation &location, Clock *clock, const Options &options,
                   QObject *parent)
    : QObject(parent), m_options(options), m_board(std::make_unique<Board>(location, clock)),
      m_kernel(*m_board)
{
    m_timer.setInterval(options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::pollNow);
}

Notifier::~Notifier() = default;

void Notifier::start()
{
    m_timer.start();
    pollNow();
}

void Notifier::stop()
{
    m_timer.stop();
}

const QStringList &Notifier::notifyKinds()
{
    static const QStringList kinds{EventKind::Completed, EventKind::Blocked, EventKind::GaveUp,
                                   EventKind::Crashed};
    return kinds;
}

QString Notifier::message(const QString &taskId, const QString &title, const Event &e)
{
    const Json payload = Json::parse(e.payload);
    const QJsonValue p = payload.toQt();
    if (e.kind == EventKind::Completed)
        return QStringLiteral("✔ %1 done: %2").arg(taskId, title);
    if (e.kind == EventKind::Blocked) {
        const QString reason = p.toObject().value(QStringLiteral("reason")).toString();
        return reason.isEmpty()
                   ? QStringLiteral("⏸ %1 blocked: %2").arg(taskId, title)
                   : QStringLiteral("⏸ %1 blocked: %2 — %3").arg(taskId, title, reason);
    }
    if (e.kind == EventKind::GaveUp) {
        const QString error = p.toObject().value(QStringLiteral("error")).toString();
        return error.isEmpty() ? QStringLiteral("✖ %1 gave up: %2").arg(taskId, title)
                               : QStringLiteral("✖ %1 gave up: %2 — %3").arg(taskId, title, error);
    }
    return QStringLiteral("✖ %1 %2: %3").arg(taskId, e.kind, title);
}

void Notifier::pollNow()
{
    if (m_inFlight)
        return;
    try {
        for (const NotifySub &sub : m_kernel.notifySubs()) {
            const bool mine =
                sub.platform == QLatin1String("webhook") ||
                (sub.platform == QLatin1String("desktop") && m_options.deliverDesktop);
            if (!mine)
                continue; // another notifier's platform (or no desktop here)
            if (sub.nextAttemptAt && *sub.nextAttemptAt > m_kernel.now())
                continue;
            while (deliverNext(sub)) {
                if (m_inFlight)
                    return; // one webhook at a time; the reply resumes the pass
            }
        }
    } catch (const KanbanError &e) {
        qWarning("notifier: %s", e.what());
    }
}

// Delivers the oldest unseen event of one subscription. Returns true when
// there may be more to deliver for it right now.
bool Notifier::deliverNext(const NotifySub &subArg)
{
    const auto subs = m_kernel.notifySubs(subArg.taskId);
    const auto it = std::find_if(subs.begin(), subs.end(), [&](const NotifySub &s) {
        return s.platform == subArg.platform && s.chatId == subArg.chatId &&
               s.threadId == subArg.threadId;
    });
    if (it == subs.end())
        return false; // removed meanwhile (archived)
    const NotifySub sub = *it;
    if (sub.nextAttemptAt && *sub.nextAttemptAt > m_kernel.now())
        return false; // backing off after a failure
    const QList<Event> events = m_kernel.unseenEvents(sub, notifyKinds());
    if (events.isEmpty())
        return false;
    const Event &e = events.first();
    const auto task = m_kernel.task(sub.taskId);
    const QString title = task ? task->title : QString();
    const QString text = message(sub.taskId, title, e);
    if (sub.platform == QLatin1String("desktop")) {
        Q_EMIT desktopNotification(sub.taskId, e.kind, text);
        m_kernel.advanceNotifyCursor(sub, sub.lastEventId, e.id);
        Q_EMIT delivered(sub.taskId, sub.platform, e.id);
        return true;
    }
    Json body = Json::object();
    body.set(QStringLiteral("task_id"), sub.taskId);
    body.set(QStringLiteral("title"), title);
    body.set(QStringLiteral("event"), e.kind);
    body.set(QStringLiteral("event_id"), e.id);
    body.set(QStringLiteral("payload"), Json::parse(e.payload));
    body.set(QStringLiteral("board"), m_board->slug());
    body.set(QStringLiteral("text"), text);
    postWebhook(sub, e, body.dump(0));
    return true;
}

void Notifier::postWebhook(const NotifySub &sub, const Event &e, const QByteArray &body)
{
    const QUrl url(sub.chatId);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_kernel.recordNotifyFailure(sub, QStringLiteral("not an http(s) URL: %1").arg(sub.chatId),
                                     m_kernel.now() + m_options.maxBackoffSeconds);
        Q_EMIT deliveryFailed(sub.taskId, sub.platform, QStringLiteral("not an http(s) URL"));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "qkanban-notifier");
    request.setTransferTimeout(m_options.timeoutMs);
    m_inFlight = true;
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sub, e] {
        reply->deleteLater();
        m_inFlight = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        try {
            if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
                m_kernel.advanceNotifyCursor(sub, sub.lastEventId, e.id);
                Q_EMIT delivered(sub.taskId, sub.platform, e.id);
                QTimer::singleShot(0, this, &Notifier::pollNow);
                return;
            }
            const QString error = reply->error() != QNetworkReply::NoError
                                      ? reply->errorString()
                                      : QStringLiteral("HTTP %1").arg(status);
            const qint64 delay = qMin<qint64>(m_options.maxBackoffSeconds,
                                              qint64(1) << qMin<qint64>(sub.attempts, 20));
            m_kernel.recordNotifyFailure(sub, error, m_kernel.now() + delay);
            Q_EMIT deliveryFailed(sub.taskId, sub.platform, error);
        } catch (const KanbanError &err) {
            qWarning("notifier: %s", err.what());
        }
    });
}
