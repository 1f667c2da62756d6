#pragma once

#include "dispatcher/DispatchOptions.h"
#include "dispatcher/DispatchResult.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/WorkerTimers.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/WaitReason.h"

#include <QHash>
#include <QObject>

#include <memory>

class Board;
class DispatchKernel;
class BoardLock;
struct ExitInfo;
class QProcess;
class QTimer;
class WorkerProcess;

// The dispatcher of one board (SPEC §5). It opens its own Board
// connection, so create and use it in one thread (the GUI thread or a
// QThread of its own). tick() works without an event loop; start() needs
// one: it ticks every interval and within a second of any database change.
//
// Workers it starts itself are QProcess children (unless
// options.detachWorkers): their exit is handled at once. Workers left by
// an earlier dispatcher are followed by PID. Destroying the Dispatcher
// leaves its workers running (a later dispatcher adopts them by PID);
// stop(TerminateWorkers) kills their process groups first.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    enum StopMode { KeepWorkers, TerminateWorkers };

    explicit Dispatcher(const BoardLocation &location, Clock *clock = Clock::system(),
                        const DispatchOptions &options = {}, QObject *parent = nullptr);
    ~Dispatcher() override;

    // One pass: reclaim expired claims (extend for a live worker of ours),
    // detect crashed workers, enforce max_runtime_seconds, promote, spawn.
    // A dry run writes nothing and starts nothing. Never throws: an error
    // is in result.error (and in the health row).
    DispatchResult tick(bool dryRun = false);

    // Takes the board lock (BoardLock: one per database file), starts the
    // interval timer and the data_version watch, records the health row
    // and ticks soon. False when another process holds the lock; its pid is
    // put in *holderPid.
    bool start(qint64 *holderPid = nullptr);
    void stop(StopMode mode = KeepWorkers);
    bool isRunning() const;

    // Paused: ticks still reclaim, detect crashes and enforce timeouts, but
    // spawn nothing.
    void setPaused(bool paused);
    bool isPaused() const;

    const DispatchOptions &options() const { return m_options; }
    void setOptions(const DispatchOptions &options); // applied at the next tick
    const BoardLocation &location() const { return m_location; }
    int liveWorkerCount() const; // QProcess workers still running
    QString lastError() const { return m_lastError; }

    // Takes the board lock without starting (the one-shot `dispatch`).
    // False when another process holds it; its pid goes to *holderPid.
    bool lockBoard(qint64 *holderPid = nullptr);
    // Asks the dispatcher that holds the lock to tick now: a write it
    // notices through PRAGMA data_version.
    void nudgeLockHolder();
    // The pid holding the board lock, 0 when none (-1: held, pid unknown).
    static qint64 lockHolder(const BoardLocation &location);
    // What WaitReason needs to say why ready tasks do not start: the
    // profiles (and their command's problems), pauses, caps, running counts.
    static WaitContext waitContext(Board &board, const DispatchOptions &options = {});

public slots:
    // Ticks soon (debounced). "Dispatch now" in the tray.
    void requestTick();

signals:
    void ticked(const DispatchResult &result);
    void tickFailed(const QString &error);
    void workerStarted(const QString &taskId, qint64 pid);
    // outcome: completed | blocked | review | crashed | protocol_violation |
    // rate_limited | timed_out | gave_up | reclaimed | gone
    void workerExited(const QString &taskId, int exitCode, const QString &outcome);
    // kind: completed | blocked | gave_up | crashed (tray notifications)
    void attention(const QString &taskId, const QString &kind, const QString &text);

private:
    friend class DispatchTick;
    void attachWorker(WorkerProcess *worker);
    void onWorkerFinished(WorkerProcess *worker, int exitCode, bool signaled);
    // Accounts for a gone worker; adds to `into` (a tick) or m_pending.
    void accountExit(const QString &taskId, qint64 runId, const ProcessGroup::Worker &worker,
                     const ExitInfo &exit, const QString &logPath, DispatchResult *into);
    void terminateWorkers();
    void onWatchTimer();
    bool adoptedWorkerDied();
    void recordHealth(const DispatchResult &result);
    QString workerBin() const;
    int intervalMs() const;

    BoardLocation m_location;
    Clock *m_clock;
    DispatchOptions m_options;
    WorkerTimers m_timers; // runtime and silence of workers, on the monotonic clock
    std::unique_ptr<Board> m_board;
    std::unique_ptr<DispatchKernel> m_dk; // lives across ticks: its read caches
    std::unique_ptr<BoardLock> m_lock;
    bool m_hostLocked = false;                 // PostgreSQL: DispatcherStatus::lockHost() taken
    QHash<QString, WorkerProcess *> m_workers; // task id -> our QProcess worker
    QHash<QString, QPair<qint64, QString>> m_adopted; // task id -> pid, fingerprint
    DispatchResult m_pending; // exits handled between ticks, reported by the next
    QTimer *m_intervalTimer = nullptr;
    QTimer *m_watchTimer = nullptr;
    QTimer *m_debounceTimer = nullptr;
    QTimer *m_retryTimer = nullptr; // the end of the nearest retry backoff
    QTimer *m_idleTimer = nullptr;  // a second after a tick: memory goes back
    qint64 m_dataVersion = -1;
    int m_watchTicks = 0;
    bool m_paused = false;
    bool m_running = false;
    bool m_inTick = false;
    QString m_lastError;
};
