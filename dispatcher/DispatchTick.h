#pragma once

#include "dispatcher/DispatchResult.h"
#include "dispatcher/Profiles.h"
#include "dispatcher/TaskClaim.h"
#include "model/DispatchKernel.h"
#include "model/ProfilePauses.h"

#include <QHash>

#include <utility>

class Dispatcher;
class Kernel;

// One dispatcher pass, in the order of SPEC §5: stop workers silent past
// their heartbeat timeout, renew the leases of this host's live workers,
// reclaim expired claims (any host's: a lease is how another host's crash
// is seen; PIDs are only checked for this host's workers), detect crashed workers,
// enforce max_runtime_seconds, promote, spawn (the review lane first, then
// ready tasks; skipping tasks cooling down and paused profiles). A dry run
// reports what it would do and writes nothing.
class DispatchTick
{
public:
    DispatchTick(Dispatcher &dispatcher, bool dryRun);
    DispatchResult run();

private:
    void drainFinishedWorkers();
    // Renews the leases of this host's live workers before they lapse.
    void renewLeases();
    void reclaimExpired();
    void detectCrashed();
    void enforceMaxRuntime();
    void promote();
    void spawnReady();
    // Claims the ready tasks ids of one profile in one transaction and
    // starts their workers; returns how many were claimed. caps: the
    // global and profile caps, checked again by the claim itself (another
    // host's dispatcher may have started workers meanwhile).
    qsizetype spawnBatch(const QStringList &ids, const Profile &profile, const ClaimCaps &caps);
    // The review lane: tasks in review with a reviewer, started as review
    // runs of the reviewer's profile, within the same caps.
    void spawnReview();
    // Starts the worker of a claimed task (step: RunStep::Review or "").
    void launch(const TaskClaim::Claimed &claimed, const Profile &profile,
                const QString &step = {});
    int globalCap() const;
    int profileCap(const Profile &profile) const;
    void countFailure(const QString &taskId, const FailureResult &r);
    // A live worker of ours past a limit: its group stopped, the attempt
    // counted `timed_out` with `report` (sigkill added).
    void stopTimedOut(const RunningTask &r, FailureReport report);
    // Respawn guards (DispatchGuards.cpp).
    void enforceHeartbeat();
    qint64 heartbeatTimeout(const Task &t); // task, profile, board, 3600
    void loadPausedProfiles();              // and lifts those whose command changed
    void pauseProfileAfter(const QString &taskId);
    void skipPaused(const ProfilePause &pause);
    // The profile of an assignee and why it cannot run ("" when it can),
    // looked up once per tick.
    const std::pair<std::optional<Profile>, QString> &profileFor(const QString &assignee);
    // profileFor() and the profile's cap, for the walk over ready tasks.
    struct Lane
    {
        QString name;
        std::optional<Profile> profile;
        QString reason; // why it cannot run, "" when it can
        int cap = 0;    // profileCap()
    };
    const Lane &laneFor(const QString &assignee);
    bool isOurs(const Task &t) const;
    // Running workers now, all or of one profile: in a dry run, less the
    // tasks it would take out of running, plus those it would start.
    qint64 runningNow(const QString &profile = {});
    void countSpawn(const QString &profile, QHash<QString, qint64> *perProfile);

    // The dry run's account (DispatchDryRun.cpp): what the tick would
    // change, so that its later steps see it, with nothing written.
    struct Landing
    {
        QString status;  // where the task would go
        bool spawnable;  // it could be started again in this tick
        bool failed;     // a counted failure (not a reclaim)
        QString profile; // the profile of the run it leaves
    };
    bool isFreed(const QString &taskId) const { return m_freed.contains(taskId); }
    void freeDry(const RunningTask &r, const QString &status, bool spawnable, bool failed = false);
    // A counted failure: back to its phase (at once only without a retry
    // backoff), or blocked by the circuit breaker.
    void failDry(const RunningTask &r);
    // Ready tasks to consider: the unclaimed ready ones, and in a dry run
    // also those it would promote or put back, minus those a claim would
    // refuse; in spawn order.
    QList<Task> readyCandidates();
    QList<Task> reviewCandidates();

    Dispatcher &m_d;
    bool m_dry;
    qint64 m_now;
    DispatcherSettings m_settings;
    int m_failureLimit;
    DispatchKernel &m_dk; // the dispatcher's, with its read caches
    int m_runningWip;     // the board's WIP limit on running; 0: none
    DispatchResult m_result;
    QHash<QString, std::pair<std::optional<Profile>, QString>> m_profiles;
    QList<Lane> m_lanes;
    QHash<QString, JsonFields> m_pausedProfiles; // name -> skip event payload
    QHash<QString, Landing> m_freed;             // dry run: out of running
    QStringList m_promotedIds;                   // dry run: todo -> ready
    QHash<QString, qint64> m_drySpawned;         // dry run: starts by profile
};
