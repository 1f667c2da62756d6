#pragma once

#include "dispatcher/DispatchResult.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Types.h"
#include "ui/tray/DispatcherHealth.h"

#include <QObject>

class DispatcherWorker;
class QThread;

// Runs the board's dispatcher in this process (from the tray, or from the
// window when there is no tray), or, when another process already holds
// the board lock, follows that one's health row. Either way health()
// says what the window and the tray show.
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
    QThread *dispatcherThread() const { return m_thread; }

public slots:
    void dispatchNow();
    void setPaused(bool paused);
    // Asks for a fresh report (healthChanged follows when it differs).
    void pollHealth();

signals:
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
};
