#pragma once

#include "model/Clock.h"
#include "model/DispatchKernel.h"

#include <QHash>
#include <QSet>

// How long a worker of this host has run, and how long it has been
// silent, measured on the monotonic clock (Clock::monotonicMs), never on
// the wall clock: a jump of the wall clock neither ages a worker nor gives
// it more time. The wall times in the database (started_at,
// last_heartbeat_at) stay what people read.
//
// A worker this dispatcher started is measured from its spawn. One
// adopted from an earlier dispatcher is measured from its process start
// time (/proc, boot-relative: the fingerprint recorded at spawn), or from
// the run's wall start when that is within it. A heartbeat counts from
// the moment this dispatcher first saw it, less its wall age when that
// age is plausible (no older than the previous look). Keyed by run id: a
// retry has a fresh window.
class WorkerTimers
{
public:
    explicit WorkerTimers(Clock *clock) : m_clock(clock) {}

    // A worker of this run was spawned now.
    void started(qint64 runId);
    // Seconds the run's worker has been running.
    qint64 runtimeSeconds(const RunningTask &r, qint64 wallNow);
    // Seconds since the newest heartbeat (or the start, without one).
    qint64 silenceSeconds(const RunningTask &r, qint64 wallNow);
    // Forgets runs that are no longer running.
    void retain(const QSet<qint64> &runIds);

    // A task's retry backoff (cooldown_until, wall seconds), measured on
    // the monotonic clock from the first time this dispatcher saw it: the
    // milliseconds still to wait, 0 when it may start.
    qint64 cooldownLeftMs(const Task &t, qint64 wallNow);
    // The backoff this dispatcher just set (FailureResult::retryAfter):
    // measured from now.
    void noteCooldown(const QString &taskId, const OptInt &until, qint64 wallNow);

private:
    struct Entry
    {
        qint64 startMs = 0;
        OptInt heartbeatWall; // the newest heartbeat seen (wall seconds)
        qint64 heartbeatMs = 0;
        qint64 lookedMs = 0; // the last look at the run
    };
    Entry &entry(const RunningTask &r, qint64 wallNow);

    struct Cooldown
    {
        qint64 untilWall = 0; // the cooldown_until it was seen with
        qint64 untilMs = 0;
    };

    Clock *m_clock;
    QHash<qint64, Entry> m_runs;
    QHash<QString, Cooldown> m_cooldowns; // task id ->
};
