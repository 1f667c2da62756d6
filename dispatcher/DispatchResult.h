#pragma once

#include "model/Json.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one dispatcher tick did. toJson() gives the keys of SPEC §5 in the
// original's order; the extra fields are for logs, health and the tray.
struct SpawnedTask
{
    QString taskId;
    QString assignee;
    QString workspace; // "" in a dry run
    qint64 pid = 0;
};

struct DispatchResult
{
    int reclaimed = 0;
    QStringList crashed;
    QStringList timedOut;
    QStringList autoBlocked; // gave_up (circuit breaker)
    int promoted = 0;
    QList<SpawnedTask> spawned;
    QStringList skippedUnassigned;
    QStringList skippedUnconfigured;
    QStringList skippedPaused; // assignee's profile paused (ProfilePauses)

    int extended = 0;           // live workers whose expired claim was extended
    QStringList rateLimited;    // exit 75: requeued with a cool-down
    QStringList spawnFailed;    // counted failures that did not trip the breaker
    QStringList pausedProfiles; // profiles paused by this tick's failures
    qint64 nextRetryAt = 0;     // earliest cooldown_until still ahead; 0: none
    qint64 nextRetryInMs = 0;   // the same on the monotonic clock: the wait left
    bool dryRun = false;
    bool skippedLocked = false; // another dispatcher holds the board lock
    qint64 lockHolderPid = 0;
    bool paused = false; // paused: bookkeeping ran, nothing spawned
    QString error;       // the tick threw; text of the exception

    // Something changed (the daemon's -v prints a line only then).
    bool didWork() const;
    // {reclaimed, crashed, timed_out, auto_blocked, promoted,
    //  spawned: [{task_id, assignee, workspace}], skipped_unassigned,
    //  skipped_unconfigured, skipped_paused} (+ skipped_locked: true when
    //  it was).
    Json toJson() const;
    // toJson().dump(2) and a newline, written straight from the result: a
    // dry run on a big board lists thousands of tasks, and the tree and
    // its generic writer were a fifth of the process.
    QByteArray jsonBytes() const;
    // The human form of `dispatch` (Reclaimed: N, Crashed: N, ...).
    QString toText() const;
    // The daemon's -v line: reclaimed=… crashed=… timed_out=… ....
    QString summaryLine() const;
    // Counts as a JSON object, for the health row.
    Json counts() const;
};

Q_DECLARE_METATYPE(DispatchResult)
