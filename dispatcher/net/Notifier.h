#pragma once

#include "model/Board.h"
#include "model/Kernel.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>

// Delivers the terminal events (completed, blocked, gave_up, crashed) of
// subscribed tasks, each once per subscription and in order. The cursor
// moves only after a delivery succeeded; a failed webhook is retried with
// exponential backoff. Runs inside the tray and the daemon.
class Notifier : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pollMs = 1000;
        int timeoutMs = 10000;
        qint64 maxBackoffSeconds = 300;
        bool deliverDesktop = false; // only where a desktop shows them (the tray)
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

private:
    bool deliverNext(const NotifySub &sub);
    void postWebhook(const NotifySub &sub, const Event &e, const QByteArray &body);

    Options m_options;
    std::unique_ptr<Board> m_board;
    Kernel m_kernel;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    bool m_inFlight = false;
};
