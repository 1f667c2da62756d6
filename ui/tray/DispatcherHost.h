#pragma once

#include "dispatcher/DispatchResult.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Types.h"
#include "ui/tray/DispatcherHealth.h"

#include <QHash>
#include <QObject>

class DispatcherWorker;
class QThread;

// Runs the dispatcher of every board of the user in this process (from
// the tray, or from the window when there is no tray), each board with
// its own lock, caps and health; boards created later join. For the
// board it follows (the window's), or, when another process holds that
// board's lock, that one's health row, health() says what the window and
// the tray show; boards() lists every board served.
//
// The dispatcher runs in a thread of its own (DispatcherWorker): every
// call here returns at once, and health(), boardStats() and
// isLocalRunning() are the last values it reported. Destroying the host
// stops the dispatcher and joins its thread.
class DispatcherHost : public QObject
{
    Q_OBJECT
public:
    DispatcherHost(const BoardLocation &location, Clock *clock = Clock::system(),
                   QObject *parent = nullptr);
    ~DispatcherHost() override;

    // mode: "tray" or "window". note: shown with the health (e.g. why it
    // runs in the window).
    void startHosting(const QString &mode, const QString &note = {});
    void stopHosting();
    void setLocation(const BoardLocation &location);
    const BoardLocation &location() const { return m_location; }
    bool isHosting() const { return m_hosting; }
    bool isLocalRunning() const { return m_localRunning; }
    bool isPaused() const { return m_paused; }
    DispatcherHealth health() const { return m_health; }
    // Counts for the tray tooltip (empty on a database error).
    BoardStats boardStats() const { return m_stats; }
    // Every board this process serves while hosting (the tray menu).
    QList<BoardState> boards() const { return m_boards; }
    // Why ready tasks of the followed board wait (WaitReason::text() by id).
    QHash<QString, QString> waitReasons() const { return m_waitReasons; }
    QThread *dispatcherThread() const { return m_thread; }

public slots:
    void dispatchNow();
    void setPaused(bool paused);
    // Asks for a fresh report (healthChanged follows when it differs).
    void pollHealth();
    // Re-reads the config file (Settings applies its changes live).
    void reloadOptions();

signals:
    void boardsChanged(const QList<BoardState> &boards);
    void waitReasonsChanged(const QHash<QString, QString> &reasons);
    // What "Dispatch now" did ("Started 2, 3 wait for profile writer").
    void dispatchReported(const QString &text);
    void healthChanged(const DispatcherHealth &health);
    void statsChanged(const BoardStats &stats);
    void ticked(const DispatchResult &result);
    void workerStarted(const QString &taskId, qint64 pid);
    // completed | blocked | gave_up | crashed, with a one-line text.
    void attention(const QString &taskId, const QString &kind, const QString &text);

private:
    // Runs fn in the dispatcher's thread, queued behind its current work.
    template <typename Fn> void post(Fn fn);
    void onReport(const DispatcherHealth &health, const BoardStats &stats, bool localRunning);

    BoardLocation m_location;
    QThread *m_thread;
    DispatcherWorker *m_worker;
    bool m_hosting = false;
    bool m_paused = false;
    bool m_localRunning = false;
    DispatcherHealth m_health;
    BoardStats m_stats;
    QList<BoardState> m_boards;
    QHash<QString, QString> m_waitReasons;
};
