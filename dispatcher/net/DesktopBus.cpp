#include "dispatcher/net/DesktopBus.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#include <QUuid>
#include <QVariantMap>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// DBUS_SESSION_BUS_ADDRESS, else the systemd user bus socket. Never
// libdbus' autolaunch (which may start a dbus-launch of its own).
QString sessionAddress()
{
    const QString env = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").trimmed();
    if (!env.isEmpty())
        return env;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus")))
        return QStringLiteral("unix:path=") + runtime + QStringLiteral("/bus");
    return {};
}

} // namespace

DesktopBus::DesktopBus(QObject *parent)
    : QObject(parent),
      m_name(QStringLiteral("qkanban-notify-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

DesktopBus::~DesktopBus()
{
    QDBusConnection::disconnectFromBus(m_name);
}

QString DesktopBus::noServiceReason()
{
    return QStringLiteral("no notification service on the session bus");
}

QString DesktopBus::unavailableReason()
{
    if (QDBusConnection(m_name).isConnected())
        return {};
    const QString address = sessionAddress();
    if (address.isEmpty())
        return noServiceReason() + QStringLiteral(" (no session bus: DBUS_SESSION_BUS_ADDRESS is "
                                                  "not set)");
    QDBusConnection::disconnectFromBus(m_name); // forget a failed attempt
    const QDBusConnection bus = QDBusConnection::connectToBus(address, m_name);
    if (bus.isConnected())
        return {};
    return noServiceReason() +
           QStringLiteral(" (cannot reach the session bus: %1)").arg(bus.lastError().message());
}

void DesktopBus::notify(const QString &summary, const QString &body, int timeoutMs, Done done)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.qkanban"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
    call << QStringLiteral("qkanban") << uint(0) << QStringLiteral("qkanban") << summary << body
         << QStringList() << hints << int(-1);
    const QDBusPendingCall pending = QDBusConnection(m_name).asyncCall(call, timeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        Result r;
        r.ok = !reply.isError();
        if (!r.ok) {
            // Nobody owns the name (and none can be started), or
            // the bus went away: the events wait.
            const QDBusError::ErrorType type = reply.error().type();
            r.noService =
                type == QDBusError::ServiceUnknown || type == QDBusError::Disconnected ||
                reply.error().name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner");
            r.error = reply.error().message();
            if (r.error.isEmpty())
                r.error = reply.error().name();
        }
        done(r);
    });
}
