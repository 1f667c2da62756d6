// The tick's respawn guards (DispatchTick members): the heartbeat
// backstop and paused profiles. Retry backoff is in
// DispatchKernel::recordFailure.
#include "dispatcher/DispatchTick.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/ProfileGuard.h"
#include "dispatcher/WorkerProcess.h"
#include "model/ProfilePauses.h"

qint64 DispatchTick::heartbeatTimeout(const Task &t)
{
    if (t.heartbeatTimeoutSeconds && *t.heartbeatTimeoutSeconds > 0)
        return *t.heartbeatTimeoutSeconds;
    const auto &profile = profileFor(t.assignee).first;
    if (profile && profile->heartbeatTimeoutSeconds)
        return *profile->heartbeatTimeoutSeconds;
    return m_settings.heartbeatTimeoutSeconds;
}

void DispatchTick::enforceHeartbeat()
{
    for (const RunningTask &r : m_dk.runningTasks()) {
        const Task &t = r.task;
        if (!isOurs(t) || !t.currentRunId || r.runStartedAt <= 0)
            continue;
        // On the monotonic clock: a wall-clock jump is no silence. No
        // heartbeat yet counts from the start of this attempt.
        const qint64 age = m_d.m_timers.silenceSeconds(r, m_now);
        const qint64 timeout = heartbeatTimeout(t);
        if (age < timeout)
            continue;
        // A dead or recycled pid is crash detection's: only a worker that
        // is still ours is stopped here.
        if (!ProcessGroup::isSameProcess(*t.workerPid, r.workerFingerprint))
            continue;
        if (m_dry) {
            m_result.timedOut << t.id;
            failDry(r);
            continue;
        }
        FailureReport report;
        report.outcome = EventKind::TimedOut;
        report.error = QStringLiteral("no heartbeat for %1s (timeout %2s)").arg(age).arg(timeout);
        report.extra = {{QStringLiteral("reason"), QStringLiteral("heartbeat")},
                        {QStringLiteral("heartbeat_age_seconds"), age},
                        {QStringLiteral("timeout_seconds"), timeout},
                        {QStringLiteral("pid"), *t.workerPid}};
        stopTimedOut(r, report);
    }
}

void DispatchTick::loadPausedProfiles()
{
    ProfilePauses pauses(*m_d.m_board);
    for (const ProfilePause &p : pauses.list()) {
        // A new command is a fix to try: the pause is lifted.
        const auto &profile = profileFor(p.name).first;
        if (profile && profile->command != p.command) {
            if (!m_dry)
                pauses.resume(p.name, QStringLiteral("command_changed"));
            continue;
        }
        skipPaused(p);
    }
}

void DispatchTick::skipPaused(const ProfilePause &p)
{
    m_pausedProfiles.insert(
        p.name, {{QStringLiteral("assignee"), p.name},
                 {QStringLiteral("reason"),
                  QStringLiteral("profile %1 is paused: %2 (qkanban --headless profiles resume %1)")
                      .arg(p.name, p.reason)}});
}

void DispatchTick::pauseProfileAfter(const QString &taskId)
{
    const auto pause = ProfileGuard::afterFailure(*m_d.m_board, taskId, m_settings.pauseAfter);
    if (!pause)
        return;
    m_result.pausedProfiles << pause->name;
    skipPaused(*pause); // from now on, this tick too
    emit m_d.attention(taskId, EventKind::ProfilePaused, ProfileGuard::notice(*pause));
}
