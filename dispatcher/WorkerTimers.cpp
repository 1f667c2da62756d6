#include "dispatcher/WorkerTimers.h"

#include <unistd.h>

namespace {

// The age of a process from its start time in clock ticks since boot
// (ProcessGroup::fingerprint), on the real monotonic clock; -1 unknown.
qint64 processAgeMs(const QString &fingerprint)
{
    bool ok = false;
    const qint64 ticks = fingerprint.toLongLong(&ok);
    const long hz = ::sysconf(_SC_CLK_TCK);
    if (!ok || ticks <= 0 || hz <= 0)
        return -1;
    const qint64 age = Clock::bootTimeMs() - ticks * 1000 / hz;
    return age >= 0 ? age : -1;
}

qint64 clamp(qint64 v, qint64 lo, qint64 hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

} // namespace

void WorkerTimers::started(qint64 runId)
{
    const qint64 mono = m_clock->monotonicMs();
    m_runs.insert(runId, Entry{mono, std::nullopt, mono, mono});
}

WorkerTimers::Entry &WorkerTimers::entry(const RunningTask &r, qint64 wallNow)
{
    const qint64 mono = m_clock->monotonicMs();
    const qint64 runId = r.task.currentRunId.value_or(0);
    auto it = m_runs.find(runId);
    if (it == m_runs.end()) {
        // Adopted: the process's own age bounds how long it has run.
        const qint64 wallMs = (wallNow - r.runStartedAt) * 1000;
        const qint64 procMs = processAgeMs(r.workerFingerprint);
        qint64 elapsed = qMax<qint64>(0, wallMs);
        if (procMs >= 0 && (wallMs < 0 || wallMs > procMs))
            elapsed = procMs;
        Entry e{mono - elapsed, r.task.lastHeartbeatAt, mono - elapsed, mono};
        if (r.task.lastHeartbeatAt)
            e.heartbeatMs = mono - clamp((wallNow - *r.task.lastHeartbeatAt) * 1000, 0, elapsed);
        it = m_runs.insert(runId, e);
    } else if (r.task.lastHeartbeatAt != it->heartbeatWall) {
        // A heartbeat new since the last look is no older than that look.
        it->heartbeatWall = r.task.lastHeartbeatAt;
        if (r.task.lastHeartbeatAt)
            it->heartbeatMs =
                mono - clamp((wallNow - *r.task.lastHeartbeatAt) * 1000, 0, mono - it->lookedMs);
    }
    it->lookedMs = mono;
    return *it;
}

qint64 WorkerTimers::runtimeSeconds(const RunningTask &r, qint64 wallNow)
{
    return (m_clock->monotonicMs() - entry(r, wallNow).startMs) / 1000;
}

qint64 WorkerTimers::silenceSeconds(const RunningTask &r, qint64 wallNow)
{
    return (m_clock->monotonicMs() - entry(r, wallNow).heartbeatMs) / 1000;
}

void WorkerTimers::retain(const QSet<qint64> &runIds)
{
    const qint64 dayAgo = m_clock->monotonicMs() - 86'400'000;
    for (auto it = m_cooldowns.begin(); it != m_cooldowns.end();) {
        if (it->untilMs < dayAgo)
            it = m_cooldowns.erase(it);
        else
            ++it;
    }
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if (runIds.contains(it.key()))
            ++it;
        else
            it = m_runs.erase(it);
    }
}

qint64 WorkerTimers::cooldownLeftMs(const Task &t, qint64 wallNow)
{
    if (!t.cooldownUntil) {
        m_cooldowns.remove(t.id);
        return 0;
    }
    const qint64 mono = m_clock->monotonicMs();
    auto it = m_cooldowns.find(t.id);
    if (it == m_cooldowns.end() || it->untilWall != *t.cooldownUntil) {
        if (*t.cooldownUntil <= wallNow)
            return 0;
        it = m_cooldowns.insert(t.id,
                                {*t.cooldownUntil, mono + (*t.cooldownUntil - wallNow) * 1000});
    }
    // Kept once over: the same cooldown_until must not start a new wait
    // when the wall clock went back.
    return qMax<qint64>(0, it->untilMs - mono);
}

void WorkerTimers::noteCooldown(const QString &taskId, const OptInt &until, qint64 wallNow)
{
    if (!until) {
        m_cooldowns.remove(taskId);
        return;
    }
    m_cooldowns.insert(taskId,
                       {*until, m_clock->monotonicMs() + qMax<qint64>(0, *until - wallNow) * 1000});
}
