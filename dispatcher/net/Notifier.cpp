#include "dispatcher/net/Notifier.h"

#include "dispatcher/NotifyCommand.h"
#include "dispatcher/net/DesktopBus.h"
#include "dispatcher/net/NotifyKinds.h"
#include "model/ChangeFeed.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/Types.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QUrl>

namespace {

// The first line of a command's stderr, for last_error.
QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace

Notifier::Notifier(const BoardLocation &location, Clock *clock, const Options &options,
                   QObject *parent)
    : QObject(parent), m_options(options), m_board(std::make_unique<Board>(location, clock)),
      m_kernel(*m_board)
{
    if (options.desktop == Desktop::SessionBus)
        m_bus = new DesktopBus(this);
    m_timer.setInterval(options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::onTimer);
}

Notifier::~Notifier() = default;

void Notifier::start()
{
    m_feed = ChangeFeed::of(m_board->db());
    if (m_feed)
        connect(m_feed, &ChangeFeed::changed, this, &Notifier::onTimer, Qt::UniqueConnection);
    m_timer.start();
    pollNow();
}

void Notifier::onTimer()
{
    if (m_feed && m_feed->version() == m_seenVersion && !m_waiting)
        return; // nothing new on the board, nothing to retry
    pollNow();
}

void Notifier::stop()
{
    m_timer.stop();
}

const QStringList &Notifier::notifyKinds()
{
    return NotifyKinds::all();
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

bool Notifier::handles(const QString &platform) const
{
    if (platform == QLatin1String("desktop"))
        return m_options.desktop != Desktop::Off; // else the tray's, or nobody's here
    return true;                                  // webhooks and chat platforms: every notifier
}

void Notifier::pollNow()
{
    if (m_inFlight)
        return;
    if (m_feed)
        m_seenVersion = m_feed->version();
    m_waiting = false;
    try {
        for (const NotifySub &sub : m_kernel.notifySubs()) {
            if (!handles(sub.platform))
                continue;
            if (sub.nextAttemptAt && *sub.nextAttemptAt > m_kernel.now()) {
                m_waiting = true;
                continue;
            }
            while (deliverNext(sub)) {
                if (m_inFlight)
                    return; // one delivery at a time; its end resumes the pass
            }
        }
    } catch (const KanbanError &e) {
        m_waiting = true; // try again on the next timer
        qWarning("notifier: %s", e.what());
    }
    if (!m_waiting)
        Q_EMIT idle();
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
    if (sub.nextAttemptAt && *sub.nextAttemptAt > m_kernel.now()) {
        m_waiting = true;
        return false; // backing off after a failure
    }
    const QList<Event> events = m_kernel.unseenEvents(sub, notifyKinds());
    if (events.isEmpty()) {
        if (!sub.pendingReason.isEmpty())
            m_kernel.setNotifyPending(sub, {}); // nothing waits any more
        return false;
    }
    const Event &e = events.first();
    const auto task = m_kernel.task(sub.taskId);
    const QString title = task ? task->title : QString();
    const QString text = message(sub.taskId, title, e);
    if (sub.platform == QLatin1String("desktop")) {
        if (m_options.desktop == Desktop::SessionBus)
            return sendToBus(sub, e, text);
        Q_EMIT desktopNotification(sub.taskId, e.kind, text);
        finish(sub, e, {});
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
    if (sub.platform == QLatin1String("webhook")) {
        postWebhook(sub, e, body.dump(0));
        return true;
    }
    return runCommand(sub, e, title, text, body.dump(0) + '\n');
}

void Notifier::holdBack(const NotifySub &sub, const QString &reason)
{
    m_waiting = true;
    if (m_kernel.setNotifyPending(sub, reason))
        Q_EMIT pending(sub.taskId, sub.platform, reason);
}

void Notifier::finish(const NotifySub &sub, const Event &e, const QString &error)
{
    try {
        if (error.isEmpty()) {
            m_kernel.advanceNotifyCursor(sub, sub.lastEventId, e.id);
            Q_EMIT delivered(sub.taskId, sub.platform, e.id);
            return;
        }
        m_waiting = true;
        const qint64 delay =
            qMin<qint64>(m_options.maxBackoffSeconds, qint64(1) << qMin<qint64>(sub.attempts, 20));
        m_kernel.recordNotifyFailure(sub, error, m_kernel.now() + delay);
        Q_EMIT deliveryFailed(sub.taskId, sub.platform, error);
    } catch (const KanbanError &err) {
        qWarning("notifier: %s", err.what());
    }
}

void Notifier::postWebhook(const NotifySub &sub, const Event &e, const QByteArray &body)
{
    const QUrl url(sub.chatId);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_waiting = true;
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
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            finish(sub, e, {});
            QTimer::singleShot(0, this, &Notifier::pollNow);
            return;
        }
        finish(sub, e,
               reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                        : QStringLiteral("HTTP %1").arg(status));
    });
}

// The daemon's desktop path. Without a bus or a service the events wait:
// checked again on each pass, so a service that starts later gets them.
bool Notifier::sendToBus(const NotifySub &sub, const Event &e, const QString &text)
{
    const QString unavailable = m_bus->unavailableReason();
    if (!unavailable.isEmpty()) {
        holdBack(sub, unavailable);
        return false;
    }
    m_inFlight = true;
    const QString body = QStringLiteral("qkanban · board %1").arg(m_board->slug());
    m_bus->notify(text, body, m_options.timeoutMs, [this, sub, e](const DesktopBus::Result &r) {
        m_inFlight = false;
        if (r.noService) {
            holdBack(sub, DesktopBus::noServiceReason());
            return; // the next pass looks again
        }
        finish(sub, e, r.ok ? QString() : QStringLiteral("desktop notification: ") + r.error);
        if (r.ok)
            QTimer::singleShot(0, this, &Notifier::pollNow);
    });
    return true;
}

// A chat platform: its [notify] command, run without a shell, each
// placeholder one argument; the webhook's JSON body on its stdin.
bool Notifier::runCommand(const NotifySub &sub, const Event &e, const QString &title,
                          const QString &text, const QByteArray &body)
{
    if (!NotifyCommand::isCommandPlatform(sub.platform)) {
        holdBack(sub, QStringLiteral("platform '%1' has no delivery").arg(sub.platform));
        return false;
    }
    const QString command = NotifyCommand::configured(sub.platform, m_options.configPath);
    if (command.isEmpty()) {
        holdBack(sub, NotifyCommand::missingReason(sub.platform, m_options.configPath));
        return false;
    }
    const QMap<QString, QString> values{{QStringLiteral("platform"), sub.platform},
                                        {QStringLiteral("chat_id"), sub.chatId},
                                        {QStringLiteral("thread_id"), sub.threadId},
                                        {QStringLiteral("user_id"), sub.userId},
                                        {QStringLiteral("user_id_alt"), sub.userIdAlt},
                                        {QStringLiteral("chat_type"), sub.chatType},
                                        {QStringLiteral("task"), sub.taskId},
                                        {QStringLiteral("title"), title},
                                        {QStringLiteral("event"), e.kind},
                                        {QStringLiteral("event_id"), QString::number(e.id)},
                                        {QStringLiteral("text"), text},
                                        {QStringLiteral("board"), m_board->slug()}};
    QString splitError;
    const QStringList argv = NotifyCommand::argv(command, values, &splitError);
    if (argv.isEmpty()) {
        holdBack(sub, QStringLiteral("cannot split the [notify] %1 command: %2")
                          .arg(sub.platform, splitError));
        return false;
    }
    m_inFlight = true;
    auto *p = new QProcess(this);
    p->setProgram(argv.first());
    p->setArguments(argv.mid(1));
    p->setStandardOutputFile(QProcess::nullDevice());
    auto *timer = new QTimer(p);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, p, [p] {
        p->setProperty("timedOut", true);
        p->kill();
    });
    auto done = [this, p, sub, e](const QString &error) {
        p->deleteLater();
        m_inFlight = false;
        finish(sub, e, error);
        if (error.isEmpty())
            QTimer::singleShot(0, this, &Notifier::pollNow);
    };
    connect(p, &QProcess::errorOccurred, this, [p, done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(QStringLiteral("cannot start %1: %2").arg(p->program(), p->errorString()));
    });
    connect(p, &QProcess::finished, this, [this, p, done](int code, QProcess::ExitStatus status) {
        if (p->property("timedOut").toBool()) {
            done(QStringLiteral("%1 timed out after %2 ms")
                     .arg(p->program())
                     .arg(m_options.timeoutMs));
        } else if (status != QProcess::NormalExit) {
            done(QStringLiteral("%1 crashed").arg(p->program()));
        } else if (code != 0) {
            const QString err = firstLine(p->readAllStandardError());
            done(QStringLiteral("%1 exited with %2%3")
                     .arg(p->program())
                     .arg(code)
                     .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err));
        } else {
            done({});
        }
    });
    p->start(QIODevice::ReadWrite);
    p->write(body);
    p->closeWriteChannel();
    timer->start(m_options.timeoutMs);
    return true;
}
