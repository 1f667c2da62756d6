#pragma once

#include "model/BoardPaths.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Board;
class ChangeFeed;
class Kernel;
class QProcess;

// The daemon's notification deliveries (webhooks, the session bus's
// notification service, chat commands) run in a process of their own,
// started only while a subscription has something to deliver: the daemon
// itself maps neither Qt Network nor Qt D-Bus (nor what they load:
// Kerberos, libproxy, libdbus), about 4 MiB of its idle resident memory.
// Each second (at once on a PostgreSQL board's change) it looks whether a
// subscription has an unseen event or a pending reason to clear; then it
// starts `qkanban-services --deliver-notifications` (NotifyChild), which
// runs the Notifier until nothing waits and exits. One at a time; stop()
// ends it (SIGTERM), and it ends itself when the daemon dies.
class NotifyLauncher : public QObject
{
    Q_OBJECT
public:
    NotifyLauncher(const BoardLocation &location, bool verbose, QObject *parent = nullptr);
    ~NotifyLauncher() override;

    void start();
    void stop();

private:
    void onTimer();
    bool somethingWaits();
    void launch();

    BoardLocation m_location;
    bool m_verbose = false;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<Kernel> m_kernel;
    QTimer m_timer;
    QPointer<ChangeFeed> m_feed;
    qint64 m_seenVersion = -1;
    bool m_recheck = true;    // look even when the feed saw no change
    bool m_toldError = false; // a failed start is said once
    QProcess *m_child = nullptr;
};
