#pragma once

#include "dispatcher/DispatchOptions.h"
#include "dispatcher/DispatchResult.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Types.h"
#include "ui/tray/DispatcherHealth.h"

#include <QObject>

#include <functional>
#include <memory>

class Board;
class Dispatcher;
class Notifier;
class QTimer;

// The dispatcher side of DispatcherHost. It lives in the host's QThread,
// so a tick (git, a worker's start-up, a busy database) never stalls the
// window. Its Board, Dispatcher, Notifier and worker processes are all
// created in that thread. Calls arrive as queued signals; answers leave
// as signals. Destroyed in its thread when the thread finishes: that
// stops the dispatcher (workers keep running, a later one adopts them).
class DispatcherWorker : public QObject
{
    Q_OBJECT
public:
    explicit DispatcherWorker(Clock *clock);
    ~DispatcherWorker() override;

public slots:
    // The board to follow (and to dispatch, while hosting).
    void open(const BoardLocation &location);
    // mode: "tray" or "window". note: shown with the health.
    void host(const QString &mode, const QString &note);
    void unhost();
    void setPaused(bool paused);
    // Ticks the local dispatcher now, nudges another process's one, or
    // runs a single tick here when none is alive.
    void dispatchNow();
    void pollHealth();

signals:
    // localRunning: this process dispatches the board.
    void report(const DispatcherHealth &health, const BoardStats &stats, bool localRunning);
    void ticked(const DispatchResult &result);
    void workerStarted(const QString &taskId, qint64 pid);
    // completed | blocked | gave_up | crashed, with a one-line text.
    void attention(const QString &taskId, const QString &kind, const QString &text);

private:
    bool tryStart();
    void startLocal(const DispatchOptions &options);
    void stopLocal();
    bool isLocalRunning() const;
    void tickOnce();
    DispatcherHealth readHealth();
    void readHealthRows(DispatcherHealth &health);
    // A failed call's message, kept for the next report.
    std::function<void(const QString &)> keepError();

    Clock *m_clock;
    BoardLocation m_location;
    std::unique_ptr<Board> m_board; // for reading health rows
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Notifier> m_notifier;
    QTimer *m_healthTimer;
    QTimer *m_retryTimer;
    bool m_hosting = false;
    bool m_paused = false;
    QString m_mode;
    QString m_note;
    QString m_error; // of the last "dispatch now", shown once
};
