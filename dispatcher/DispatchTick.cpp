#include "dispatcher/DispatchTick.h"

#include "dispatcher/DetachedSpawn.h"
#include "dispatcher/Dispatcher.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/TaskClaim.h"
#include "dispatcher/WipLimits.h"
#include "dispatcher/WorkerExit.h"
#include "dispatcher/WorkerLaunch.h"
#include "dispatcher/WorkerProcess.h"
#include "dispatcher/Workspaces.h"
#include "model/DispatcherStatus.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"
#include "model/Sql.h"
#include "model/WorkerLog.h"

#include <QDateTime>
#include <QFile>

#include <cmath>
#include <cstring>

namespace {

// The first line a spawn writes to the task log.
void logHeader(const LaunchSpec &spec, const QString &profile, const QString &step, qint64 now)
{
    QFile f(spec.logPath);
    if (!f.open(QIODevice::Append))
        return;
    const QString when = QDateTime::fromSecsSinceEpoch(now).toString(Qt::ISODate);
    const QString who = step.isEmpty() ? profile : profile + QStringLiteral(", step ") + step;
    f.write(QStringLiteral("[qkanban] run %1 of %2 (profile %3) started %4 in %5\n")
                .arg(spec.runId)
                .arg(spec.taskId, who, when, spec.workingDirectory)
                .toUtf8());
}

} // namespace

DispatchTick::DispatchTick(Dispatcher &dispatcher, bool dryRun)
    : m_d(dispatcher), m_dry(dryRun), m_now(dispatcher.m_board->now()),
      m_settings(Profiles::settings()),
      m_failureLimit(dispatcher.m_options.failureLimit.value_or(m_settings.failureLimit)),
      m_dk(*dispatcher.m_dk),
      m_runningWip(WipLimits::limit(TaskStatus::Running, dispatcher.m_location.slug))
{
    m_result.dryRun = dryRun;
    m_dk.readGatesWithRows(dryRun); // a dry run's readyCandidates() asks
}

DispatchResult DispatchTick::run()
{
    if (!m_dry) {
        drainFinishedWorkers();
        QSet<qint64> runs;
        for (const RunningTask &r : m_dk.runningTasks())
            runs.insert(r.task.currentRunId.value_or(0));
        m_d.m_timers.retain(runs);
    }
    enforceHeartbeat();
    renewLeases();
    reclaimExpired();
    detectCrashed();
    enforceMaxRuntime();
    promote();
    spawnReview();
    spawnReady();
    return m_result;
}

bool DispatchTick::isOurs(const Task &t) const
{
    return t.workerPid && *t.workerPid > 1 && t.workerHost == DispatcherStatus::thisHost();
}

void DispatchTick::drainFinishedWorkers()
{
    // A worker that exited before the event loop told us: let QProcess
    // deliver finished() now, so its exit code is not lost.
    const auto workers = m_d.m_workers.values();
    for (WorkerProcess *w : workers) {
        if (!ProcessGroup::isAlive(w->pid()))
            w->waitForFinished(1000);
    }
}

void DispatchTick::renewLeases()
{
    if (m_dry)
        return;
    // Renewed once half the TTL is gone (and at least two intervals before
    // it lapses), so a lease outlives the time to the next tick.
    const qint64 ttl = m_settings.claimTtlSeconds;
    const qint64 margin =
        qMax<qint64>(ttl / 2, qint64(std::ceil(2 * m_d.m_options.intervalSeconds)));
    QList<Task> due;
    for (const RunningTask &r : m_dk.runningTasks()) {
        const Task &t = r.task;
        if (!t.claimExpires || *t.claimExpires < m_now || *t.claimExpires - m_now > margin)
            continue;
        // Only a PID this host recorded is checked, and only a live worker
        // keeps its lease.
        if (isOurs(t) && ProcessGroup::isSameProcess(*t.workerPid, r.workerFingerprint))
            due << t;
    }
    m_dk.renewLeases(due, ttl);
}

void DispatchTick::reclaimExpired()
{
    for (const RunningTask &r : m_dk.runningTasks()) {
        const Task &t = r.task;
        if (!t.claimExpires || *t.claimExpires >= m_now || isFreed(t.id))
            continue;
        const bool ours = isOurs(t);
        if (ours && ProcessGroup::isSameProcess(*t.workerPid, r.workerFingerprint)) {
            if (m_dry || m_dk.extendClaim(t, m_settings.claimTtlSeconds))
                ++m_result.extended;
            continue;
        }
        if (m_dry) {
            ++m_result.reclaimed;
            freeDry(r, r.reviewRun ? TaskStatus::Review : TaskStatus::Ready, true);
            continue;
        }
        ProcessGroup::Termination term;
        if (ours) {
            if (WorkerProcess *w = m_d.m_workers.value(t.id))
                w->setHandled();
            term = ProcessGroup::stopWorker({*t.workerPid, t.workerHost, r.workerFingerprint},
                                            m_d.m_options.killGraceMs);
        }
        const JsonFields extra{{QStringLiteral("host_local"), ours},
                               {QStringLiteral("termination_attempted"), term.attempted},
                               {QStringLiteral("terminated"), term.gone},
                               {QStringLiteral("sigkill"), term.sigkill}};
        if (m_dk.reclaimExpired(t, extra)) {
            ++m_result.reclaimed;
            emit m_d.workerExited(t.id, -1, EventKind::Reclaimed);
        }
    }
}

void DispatchTick::detectCrashed()
{
    for (const RunningTask &r : m_dk.runningTasks()) {
        const Task &t = r.task;
        if (!isOurs(t) || !t.currentRunId || isFreed(t.id))
            continue;
        WorkerProcess *own = m_d.m_workers.value(t.id);
        if (own && own->runId() == *t.currentRunId)
            continue; // QProcess tells us of its exit
        if (ProcessGroup::isSameProcess(*t.workerPid, r.workerFingerprint)) {
            m_d.m_adopted.insert(t.id, {*t.workerPid, r.workerFingerprint});
            continue;
        }
        const QString log = m_d.m_location.logPath(t.id);
        ExitInfo exit;
        exit.known = DetachedSpawn::exitTrailer(log, *t.currentRunId, &exit.code, &exit.signaled);
        if (m_dry) {
            if (exit.known && !exit.signaled && exit.code == DispatchKernel::kRateLimitExitCode) {
                m_result.rateLimited << t.id;
                freeDry(r, r.reviewRun ? TaskStatus::Review : TaskStatus::Ready, false);
            } else {
                m_result.crashed << t.id;
                failDry(r);
            }
            continue;
        }
        m_d.m_adopted.remove(t.id);
        m_d.accountExit(t.id, *t.currentRunId, {*t.workerPid, t.workerHost, r.workerFingerprint},
                        exit, log, &m_result);
    }
}

void DispatchTick::enforceMaxRuntime()
{
    for (const RunningTask &r : m_dk.runningTasks()) {
        const Task &t = r.task;
        if (!t.maxRuntimeSeconds || !isOurs(t) || !t.currentRunId || r.runStartedAt <= 0 ||
            isFreed(t.id))
            continue;
        // On the monotonic clock: a wall-clock jump is no runtime.
        const qint64 elapsed = m_d.m_timers.runtimeSeconds(r, m_now);
        if (elapsed < *t.maxRuntimeSeconds)
            continue;
        if (m_dry) {
            m_result.timedOut << t.id;
            failDry(r);
            continue;
        }
        FailureReport report;
        report.outcome = EventKind::TimedOut;
        report.error =
            QStringLiteral("elapsed %1s > limit %2s").arg(elapsed).arg(*t.maxRuntimeSeconds);
        report.extra = {{QStringLiteral("pid"), *t.workerPid},
                        {QStringLiteral("elapsed_seconds"), elapsed},
                        {QStringLiteral("limit_seconds"), *t.maxRuntimeSeconds}};
        stopTimedOut(r, report);
    }
}

void DispatchTick::stopTimedOut(const RunningTask &r, FailureReport report)
{
    const Task &t = r.task;
    if (WorkerProcess *w = m_d.m_workers.value(t.id))
        w->setHandled();
    const ProcessGroup::Termination term = ProcessGroup::stopWorker(
        {*t.workerPid, t.workerHost, r.workerFingerprint}, m_d.m_options.killGraceMs);
    report.extra << qMakePair(QStringLiteral("sigkill"), Json(term.sigkill));
    report.backoffBaseSeconds = m_settings.retryBackoffSeconds;
    const FailureResult res = m_dk.recordFailure(t.id, *t.currentRunId, report, m_failureLimit);
    if (!res.applied)
        return;
    m_d.m_timers.noteCooldown(t.id, res.retryAfter, m_now);
    m_result.timedOut << t.id;
    m_d.m_adopted.remove(t.id);
    countFailure(t.id, res);
    emit m_d.workerExited(t.id, -1, EventKind::TimedOut);
    if (res.gaveUp)
        emit m_d.attention(t.id, EventKind::GaveUp, report.error);
}

void DispatchTick::promote()
{
    if (m_dry) {
        m_promotedIds = m_dk.promotableIds();
        m_result.promoted = int(m_promotedIds.size());
        return;
    }
    m_result.promoted = m_dk.recomputeReady();
}

void DispatchTick::spawnReady()
{
    if (m_d.m_paused) {
        m_result.paused = true;
        return;
    }
    loadPausedProfiles();
    const int cap = globalCap();
    qint64 running = runningNow();
    QHash<QString, qint64> perProfile;
    // Skip events are written together after the loop (one read, one
    // transaction), not one query per skipped task.
    QList<QPair<QString, JsonFields>> unassigned, unconfigured, paused;
    QHash<QString, JsonFields> unconfiguredWhy; // one payload per assignee
    QStringList pending;
    Profile pendingProfile;
    ClaimCaps pendingCaps;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        const qsizetype planned = pending.size();
        const qsizetype before = m_result.spawned.size();
        const qsizetype claimed = spawnBatch(pending, pendingProfile, pendingCaps);
        pending.clear();
        const QString &assignee = pendingCaps.profile;
        if (claimed < planned) {
            // Refused (another host's dispatcher may have filled a cap):
            // counted again, so the rest of the list is not tried in vain.
            running = runningNow();
            perProfile.insert(assignee, runningNow(assignee));
            return;
        }
        // A claimed task whose worker did not start is not running.
        const qsizetype started = m_result.spawned.size() - before;
        running -= planned - started;
        perProfile[assignee] -= planned - started;
    };
    // Const: a range-for over the shared list must not detach (copy) it.
    const QList<Task> candidates = readyCandidates();
    for (const Task &t : candidates) {
        // The backoff is waited on the monotonic clock.
        if (const qint64 left = m_d.m_timers.cooldownLeftMs(t, m_now); left > 0) {
            if (m_result.nextRetryAt == 0 || left < m_result.nextRetryInMs) {
                m_result.nextRetryAt = *t.cooldownUntil;
                m_result.nextRetryInMs = left;
            }
            continue;
        }
        if (t.assignee.isEmpty()) {
            m_result.skippedUnassigned << t.id;
            unassigned.append({t.id, {}});
            continue;
        }
        const Lane &lane = laneFor(t.assignee);
        if (!lane.reason.isEmpty()) {
            m_result.skippedUnconfigured << t.id;
            auto why = unconfiguredWhy.constFind(t.assignee);
            if (why == unconfiguredWhy.constEnd())
                why = unconfiguredWhy.insert(t.assignee, {{QStringLiteral("assignee"), t.assignee},
                                                          {QStringLiteral("reason"), lane.reason}});
            unconfigured.append({t.id, *why});
            continue;
        }
        if (const auto p = m_pausedProfiles.isEmpty() ? m_pausedProfiles.cend()
                                                      : m_pausedProfiles.constFind(t.assignee);
            p != m_pausedProfiles.cend()) {
            m_result.skippedPaused << t.id;
            paused.append({t.id, *p});
            continue;
        }
        const std::optional<Profile> &profile = lane.profile;
        // Claims of one profile wait in `pending` and are taken in one
        // transaction: when the profile changes, before a cap would skip a
        // task (the counts then are the claims' own), and at the end.
        if (!pending.isEmpty() && t.assignee != pendingCaps.profile)
            flush();
        const int profileMax = lane.cap;
        auto capped = [&] {
            if (running >= cap)
                return true;
            if (!perProfile.contains(t.assignee))
                perProfile.insert(t.assignee, runningNow(t.assignee));
            return profileMax > 0 && perProfile.value(t.assignee) >= profileMax;
        };
        bool full = capped();
        if (full && !pending.isEmpty()) {
            flush();
            full = capped();
        }
        if (full)
            continue;
        if (m_dry) {
            m_result.spawned << SpawnedTask{t.id, t.assignee, QString(), 0};
            ++running;
            countSpawn(t.assignee, &perProfile);
            continue;
        }
        pending << t.id;
        pendingProfile = *profile;
        pendingCaps = {cap, profileMax, t.assignee};
        ++running; // counted as started until the batch says otherwise
        countSpawn(t.assignee, &perProfile);
    }
    flush();
    if (!m_dry) {
        m_dk.recordSkippedMany(EventKind::SkippedUnassigned, unassigned);
        m_dk.recordSkippedMany(EventKind::SkippedUnconfigured, unconfigured);
        m_dk.recordSkippedMany(EventKind::SkippedUnconfigured, paused);
    }
}

qsizetype DispatchTick::spawnBatch(const QStringList &ids, const Profile &profile,
                                   const ClaimCaps &caps)
{
    const QList<TaskClaim::Claimed> claimed =
        TaskClaim::claimAllAndPrepare(*m_d.m_board, m_d.m_location, ids, m_settings.claimTtlSeconds,
                                      m_settings.defaultWorkdir, caps);
    for (const TaskClaim::Claimed &c : claimed)
        if (c.task.currentRunId)
            launch(c, profile);
    return claimed.size();
}

void DispatchTick::launch(const TaskClaim::Claimed &claimed, const Profile &profile,
                          const QString &step)
{
    const Task &t = claimed.task;
    const Workspaces::Prepared &ws = claimed.workspace;
    const qint64 runId = *t.currentRunId;
    auto fail = [&](const QString &error) {
        FailureReport report{EventKind::SpawnFailed, error, {}, m_settings.retryBackoffSeconds};
        const FailureResult res = m_dk.recordFailure(t.id, runId, report, m_failureLimit);
        m_d.m_timers.noteCooldown(t.id, res.retryAfter, m_now);
        countFailure(t.id, res);
        if (res.gaveUp)
            emit m_d.attention(t.id, EventKind::GaveUp, error.left(500));
    };
    if (!claimed.error.isEmpty()) {
        fail(claimed.error);
        return;
    }
    LaunchSpec spec;
    try {
        spec = WorkerLaunch::build(m_d.m_location, t, profile, ws.path, m_d.workerBin(), step);
    } catch (const KanbanError &e) {
        fail(e.message());
        return;
    }
    WorkerLog::prepareForSpawn(spec.logPath);
    logHeader(spec, profile.name, step, QDateTime::currentSecsSinceEpoch());
    qint64 pid = 0;
    QString error;
    if (m_d.m_options.detachWorkers) {
        pid = DetachedSpawn::start(spec, &error);
    } else {
        auto *worker = new WorkerProcess(spec, &m_d);
        if (worker->start()) {
            pid = worker->pid();
            m_d.attachWorker(worker);
        } else {
            error = worker->errorString();
            delete worker;
        }
    }
    if (pid <= 0) {
        fail(QStringLiteral("spawn failed: %1").arg(error));
        return;
    }
    m_d.m_timers.started(runId);
    m_dk.recordSpawn(t.id, runId, pid, DispatcherStatus::thisHost(),
                     ProcessGroup::fingerprint(pid));
    m_result.spawned << SpawnedTask{t.id, profile.name, ws.path, pid};
    emit m_d.workerStarted(t.id, pid);
}

int DispatchTick::globalCap() const
{
    const DispatchOptions &opt = m_d.m_options;
    const int cap = opt.maxSpawn
                        ? *opt.maxSpawn
                        : m_settings.maxInProgress.value_or(DispatcherSettings::memoryDerivedCap());
    // The board's WIP limit on Running caps it too ([wip_limits]).
    return m_runningWip > 0 ? qMin(cap, m_runningWip) : cap;
}

int DispatchTick::profileCap(const Profile &profile) const
{
    const int cap = m_d.m_options.perProfileMax.value(profile.name, 0);
    if (cap > 0)
        return cap;
    return profile.maxInProgress > 0 ? profile.maxInProgress
                                     : m_settings.maxInProgressPerProfile.value_or(0);
}

void DispatchTick::spawnReview()
{
    if (m_d.m_paused)
        return; // spawnReady reports the pause
    const QList<Task> candidates = reviewCandidates();
    if (candidates.isEmpty())
        return;
    const int cap = globalCap();
    qint64 running = runningNow();
    QHash<QString, qint64> perProfile;
    QList<QPair<QString, JsonFields>> unconfigured;
    QHash<QString, JsonFields> unconfiguredWhy; // one payload per reviewer
    for (const Task &t : candidates) {
        if (m_d.m_timers.cooldownLeftMs(t, m_now) > 0)
            continue;
        const auto &[profile, reason] = profileFor(t.reviewer);
        if (!reason.isEmpty()) {
            m_result.skippedUnconfigured << t.id;
            auto why = unconfiguredWhy.constFind(t.reviewer);
            if (why == unconfiguredWhy.constEnd())
                why = unconfiguredWhy.insert(t.reviewer, {{QStringLiteral("reviewer"), t.reviewer},
                                                          {QStringLiteral("reason"), reason}});
            unconfigured.append({t.id, *why});
            continue;
        }
        if (running >= cap)
            continue;
        if (!perProfile.contains(t.reviewer))
            perProfile.insert(t.reviewer, runningNow(t.reviewer));
        const int profileMax = profileCap(*profile);
        if (profileMax > 0 && perProfile.value(t.reviewer) >= profileMax)
            continue;
        if (m_dry) {
            m_result.spawned << SpawnedTask{t.id, t.reviewer, QString(), 0};
            ++running;
            countSpawn(t.reviewer, &perProfile);
            continue;
        }
        const std::optional<TaskClaim::Claimed> claimed = TaskClaim::claimReviewAndPrepare(
            *m_d.m_board, m_d.m_location, t.id, m_settings.claimTtlSeconds,
            m_settings.defaultWorkdir, {cap, profileMax, t.reviewer});
        if (!claimed || !claimed->task.currentRunId) {
            running = runningNow(); // as in spawnReady
            perProfile.insert(t.reviewer, runningNow(t.reviewer));
            continue;
        }
        const qsizetype before = m_result.spawned.size();
        launch(*claimed, *profile, RunStep::Review);
        if (m_result.spawned.size() > before) {
            ++running;
            countSpawn(t.reviewer, &perProfile);
        }
    }
    if (!m_dry)
        m_dk.recordSkippedMany(EventKind::SkippedUnconfigured, unconfigured);
}

const std::pair<std::optional<Profile>, QString> &DispatchTick::profileFor(const QString &assignee)
{
    auto it = m_profiles.constFind(assignee);
    if (it != m_profiles.constEnd())
        return it.value();
    const auto profile = Profiles::find(assignee);
    const QString reason =
        profile ? Profiles::preflight(*profile)
                : QStringLiteral("no profile named %1 is configured (qkanban --headless "
                                 "profiles add %1 --command '...')")
                      .arg(assignee);
    return m_profiles.insert(assignee, {profile, reason}).value();
}

const DispatchTick::Lane &DispatchTick::laneFor(const QString &assignee)
{
    // A few assignees over thousands of ready tasks: compared in a short
    // list rather than hashed for each task. The reference holds until the
    // next call.
    for (const Lane &l : std::as_const(m_lanes)) {
        // The kernel's lists share one copy of each name: mostly the same data.
        if (l.name.size() == assignee.size() &&
            (l.name.constData() == assignee.constData() ||
             std::memcmp(l.name.constData(), assignee.constData(),
                         size_t(assignee.size()) * sizeof(QChar)) == 0))
            return l;
    }
    const auto &[profile, reason] = profileFor(assignee);
    m_lanes.append({assignee, profile, reason, profile ? profileCap(*profile) : 0});
    return m_lanes.last();
}

void DispatchTick::countFailure(const QString &taskId, const FailureResult &r)
{
    if (!r.applied)
        return;
    pauseProfileAfter(taskId);
    if (r.gaveUp)
        m_result.autoBlocked << taskId;
    else if (!m_result.timedOut.contains(taskId))
        m_result.spawnFailed << taskId;
}
