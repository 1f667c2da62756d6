#pragma once

#include "model/Board.h"
#include "model/Kernel.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ChangeFeed;
class DesktopBus;

// Delivers the terminal events (completed, blocked, gave_up, crashed) of
// subscribed tasks, each once per subscription and in order. The cursor
// moves only after a delivery succeeded; a failed one is retried with
// exponential backoff. A subscription that cannot be delivered here (no
// notification service, no command for its chat platform) keeps its
// events and says why (pending_reason). Runs inside the tray and the
// daemon.
//   webhook  an HTTP POST of JSON
//   desktop  the tray's icon (Desktop::Signal), or the session bus's
//            notification service (Desktop::SessionBus, the daemon)
//   others   chat platforms: the [notify] <platform> command of the config
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Desktop {
        Off,       // desktop subscriptions are not delivered here
        Signal,    // desktopNotification() shows them (the tray)
        SessionBus // org.freedesktop.Notifications (the headless daemon)
    };
    struct Options
    {
        int pollMs = 1000;
        int timeoutMs = 10000;
        qint64 maxBackoffSeconds = 300;
        Desktop desktop = Desktop::Off;
        QString configPath; // [notify] commands; "" = BoardPaths::configPath()
    };

    Notifier(const BoardLocation &location, Clock *clock, const Options &options,
             QObject *parent = nullptr);
    ~Notifier() override;

    void start();
    void stop();
    // One pass over the subscriptions (also run by the timer).
    void pollNow();
    bool isDelivering() const { return m_inFlight; }

    static const QStringList &notifyKinds();
    // "✔ t_ab12cd34 done: Write the design note"
    static QString message(const QString &taskId, const QString &title, const Event &e);

Q_SIGNALS:
    void desktopNotification(const QString &taskId, const QString &kind, const QString &text);
    void delivered(const QString &taskId, const QString &platform, qint64 eventId);
    void deliveryFailed(const QString &taskId, const QString &platform, const QString &error);
    // The subscription's events wait (emitted when the reason changes).
    void pending(const QString &taskId, const QString &platform, const QString &reason);
    // A pass found nothing to deliver and nothing waiting (no delivery in
    // flight, none backing off or held back).
    void idle();

private:
    bool handles(const QString &platform) const;
    bool deliverNext(const NotifySub &sub);
    void postWebhook(const NotifySub &sub, const Event &e, const QByteArray &body);
    bool sendToBus(const NotifySub &sub, const Event &e, const QString &text);
    bool runCommand(const NotifySub &sub, const Event &e, const QString &title, const QString &text,
                    const QByteArray &body);
    // The end of one delivery: "" = delivered (cursor moves), else a
    // failure retried after a backoff.
    void finish(const NotifySub &sub, const Event &e, const QString &error);
    void holdBack(const NotifySub &sub, const QString &reason);

    Options m_options;
    std::unique_ptr<Board> m_board;
    Kernel m_kernel;
    QNetworkAccessManager m_network;
    DesktopBus *m_bus = nullptr; // Desktop::SessionBus only
    QTimer m_timer;
    bool m_inFlight = false;
    // PostgreSQL: the timer's pass reads the board only when another
    // session changed it (LISTEN/NOTIFY) or a delivery waits for a retry or
    // a service; a change starts a pass at once. Null on SQLite (polls).
    void onTimer();
    QPointer<ChangeFeed> m_feed;
    qint64 m_seenVersion = -1;
    bool m_waiting = false; // a subscription backs off or is held back
};
