// A stand-in for a desktop's notification daemon: owns
// org.freedesktop.Notifications on the session bus it is given
// (DBUS_SESSION_BUS_ADDRESS) and appends each Notify call, as one JSON
// object a line, to the file named by its argument. Prints "ready" once
// the name is owned.
//   qkanban_fake_notifications CALLS.jsonl
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

#include <cstdio>

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotifications(const QString &path) : m_path(path) {}

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        QJsonObject o;
        o.insert(QStringLiteral("app_name"), appName);
        o.insert(QStringLiteral("app_icon"), appIcon);
        o.insert(QStringLiteral("summary"), summary);
        o.insert(QStringLiteral("body"), body);
        o.insert(QStringLiteral("expire_timeout"), timeout);
        QFile f(m_path);
        if (f.open(QIODevice::Append))
            f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        return ++m_lastId;
    }
    Q_SCRIPTABLE QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    Q_SCRIPTABLE void CloseNotification(uint id) { Q_UNUSED(id) }

private:
    QString m_path;
    uint m_lastId = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: qkanban_fake_notifications CALLS.jsonl\n");
        return 2;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    FakeNotifications fake(QString::fromLocal8Bit(argv[1]));
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                            QDBusConnection::ExportScriptableSlots) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "cannot own org.freedesktop.Notifications: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "fake_notifications.moc"
