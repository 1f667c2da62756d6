#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Desktop notifications without a tray: the freedesktop notification
// service (org.freedesktop.Notifications) on the session bus, as the
// headless daemon sends them. Connects lazily and again after the bus was
// missing, so a service that appears later is used.
class DesktopBus : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool noService = false; // nobody owns (or can start) the service
        QString error;
    };
    using Done = std::function<void(const Result &)>;

    explicit DesktopBus(QObject *parent = nullptr);
    ~DesktopBus() override;

    // "" when a session bus is connected; otherwise why not, as the
    // subscription's pending reason.
    QString unavailableReason();
    // Notify(app "qkanban", summary, body); `done` runs once, later.
    void notify(const QString &summary, const QString &body, int timeoutMs, Done done);

    static QString noServiceReason(); // "no notification service on the session bus"

private:
    QString m_name; // this instance's connection name
};
