#include "dispatcher/Dispatcher.h"

#include "dispatcher/BoardLock.h"
#include "dispatcher/DispatchTick.h"
#include "dispatcher/ProcessGroup.h"
#include "dispatcher/ProfileGuard.h"
#include "dispatcher/Profiles.h"
#include "dispatcher/WorkerExit.h"
#include "dispatcher/WorkerProcess.h"
#include "model/Board.h"
#include "model/ChangeFeed.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"
#include "model/ProfilePauses.h"

#include <QCoreApplication>
#include <QTimer>

#include <cmath>
#include <exception>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Dispatcher::Dispatcher(const BoardLocation &location, Clock *clock, const DispatchOptions &options,
                       QObject *parent)
    : QObject(parent), m_location(location), m_clock(clock), m_options(options), m_timers(clock)
{
    qRegisterMetaType<DispatchResult>();
    m_board = std::make_unique<Board>(location, clock,
                                      options.entropy ? options.entropy : Entropy::system());
    m_dk = std::make_unique<DispatchKernel>(*m_board);
    m_intervalTimer = new QTimer(this);
    m_watchTimer = new QTimer(this);
    m_debounceTimer = new QTimer(this);
    m_debounceTimer->setSingleShot(true);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { tick(); });
    // An idle daemon keeps what its caches need, not what a tick's reads
    // left behind (SQLite's page cache, freed heap pages).
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(1000);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        m_dk->releaseMemory();
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
    connect(m_intervalTimer, &QTimer::timeout, this, [this] { tick(); });
    connect(m_watchTimer, &QTimer::timeout, this, &Dispatcher::onWatchTimer);
    connect(m_debounceTimer, &QTimer::timeout, this, [this] { tick(); });
}

Dispatcher::~Dispatcher()
{
    if (m_running)
        stop(KeepWorkers);
    // Workers keep running: a later dispatcher adopts them by pid.
    for (WorkerProcess *w : std::as_const(m_workers))
        w->abandon();
}

DispatchResult Dispatcher::tick(bool dryRun)
{
    DispatchResult result;
    if (m_inTick) {
        requestTick();
        return result;
    }
    m_inTick = true;
    try {
        result = DispatchTick(*this, dryRun).run();
    } catch (const std::exception &e) {
        result.error = QString::fromUtf8(e.what());
    }
    m_inTick = false;
    if (!dryRun) {
        // Exits handled between ticks are reported with this one.
        result.reclaimed += m_pending.reclaimed;
        result.crashed += m_pending.crashed;
        result.autoBlocked += m_pending.autoBlocked;
        result.rateLimited += m_pending.rateLimited;
        result.pausedProfiles += m_pending.pausedProfiles;
        m_pending = DispatchResult();
        if (m_options.recordHealth)
            recordHealth(result);
        if (m_running)
            m_idleTimer->start();
    }
    // A task backing off is started when its wait ends, not a whole
    // interval later.
    if (m_running && !dryRun && result.nextRetryInMs > 0) {
        const qint64 ms = result.nextRetryInMs + 100;
        if (ms < intervalMs())
            m_retryTimer->start(int(qMax<qint64>(0, ms)));
    }
    m_lastError = result.error;
    if (!result.error.isEmpty())
        emit tickFailed(result.error); // the daemon logs it; the tray shows it
    emit ticked(result);
    return result;
}

bool Dispatcher::lockBoard(qint64 *holderPid)
{
    if (!m_lock)
        m_lock = std::make_unique<BoardLock>(m_location);
    if (!m_lock->tryLock()) {
        if (holderPid)
            *holderPid = BoardLock::holderPid(m_location);
        return false;
    }
    if (m_hostLocked)
        return true;
    // PostgreSQL: the same host id on another machine (or another home).
    try {
        DispatcherStatus status(*m_board);
        m_hostLocked = status.lockHost();
        if (!m_hostLocked) {
            m_lock->unlock();
            if (holderPid) {
                const auto holder = status.forHost(DispatcherStatus::thisHost());
                *holderPid = holder && holder->pid > 0 ? holder->pid : -1;
            }
            return false;
        }
    } catch (const std::exception &e) {
        qWarning("qkanban dispatcher: cannot take the host lock: %s", e.what());
    }
    return true;
}

bool Dispatcher::start(qint64 *holderPid)
{
    if (m_running)
        return true;
    if (!lockBoard(holderPid))
        return false;
    m_running = true;
    try {
        DispatcherStatus(*m_board).recordStart(QCoreApplication::applicationPid(), m_options.mode,
                                               qint64(std::ceil(m_options.intervalSeconds)),
                                               m_paused);
    } catch (const std::exception &e) {
        qWarning("qkanban dispatcher: cannot record its start: %s", e.what());
    }
    m_dataVersion = m_board->dataVersion();
    // PostgreSQL: another session's change (LISTEN/NOTIFY) is checked for
    // at once, not at the next watch timer.
    if (ChangeFeed *feed = ChangeFeed::of(m_board->db()))
        connect(feed, &ChangeFeed::changed, this, &Dispatcher::onWatchTimer, Qt::UniqueConnection);
    m_intervalTimer->start(intervalMs());
    m_watchTimer->start(qMax(20, m_options.watchIntervalMs));
    requestTick();
    return true;
}

void Dispatcher::stop(StopMode mode)
{
    m_intervalTimer->stop();
    m_watchTimer->stop();
    m_debounceTimer->stop();
    m_retryTimer->stop();
    if (mode == TerminateWorkers)
        terminateWorkers();
    if (!m_running)
        return;
    m_running = false;
    try {
        DispatcherStatus(*m_board).recordStop();
    } catch (const std::exception &e) {
        qWarning("qkanban dispatcher: cannot record its stop: %s", e.what());
    }
    if (m_lock)
        m_lock->unlock();
    if (m_hostLocked) {
        try {
            DispatcherStatus(*m_board).unlockHost();
        } catch (const std::exception &) {
            // The lock ends with the connection anyway.
        }
        m_hostLocked = false;
    }
}

void Dispatcher::terminateWorkers()
{
    Kernel kernel(*m_board);
    const auto workers = m_workers.values();
    for (WorkerProcess *w : workers) {
        w->setHandled();
        ProcessGroup::stopWorker(w->worker(), m_options.killGraceMs);
        try {
            // Stopped on purpose: back to ready, no failure counted.
            const auto t = kernel.task(w->taskId());
            if (t && t->status == TaskStatus::Running && t->currentRunId == w->runId())
                kernel.reclaimTask(w->taskId(),
                                   QStringLiteral("dispatcher stopped with its workers"));
        } catch (const std::exception &e) {
            qWarning("qkanban dispatcher: cannot requeue %s: %s", qPrintable(w->taskId()),
                     e.what());
        }
        w->waitForFinished(1000);
    }
}

bool Dispatcher::isRunning() const
{
    return m_running;
}

void Dispatcher::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_running) {
        try {
            DispatcherStatus(*m_board).setPaused(paused);
        } catch (const std::exception &e) {
            qWarning("qkanban dispatcher: cannot record pause: %s", e.what());
        }
    }
    if (!paused)
        requestTick();
}

bool Dispatcher::isPaused() const
{
    return m_paused;
}

void Dispatcher::setOptions(const DispatchOptions &options)
{
    m_options = options;
    if (m_running)
        m_intervalTimer->start(intervalMs());
}

int Dispatcher::liveWorkerCount() const
{
    int n = 0;
    for (WorkerProcess *w : m_workers)
        n += w->isRunning() ? 1 : 0;
    return n;
}

void Dispatcher::nudgeLockHolder()
{
    DispatcherStatus(*m_board).nudge();
}

qint64 Dispatcher::lockHolder(const BoardLocation &location)
{
    return BoardLock::holderPid(location);
}

void Dispatcher::requestTick()
{
    if (!m_debounceTimer->isActive())
        m_debounceTimer->start(qMax(0, m_options.debounceMs));
}

int Dispatcher::intervalMs() const
{
    return int(qBound(50.0, m_options.intervalSeconds * 1000.0, 86400000.0));
}

QString Dispatcher::workerBin() const
{
    if (!m_options.workerBin.isEmpty())
        return m_options.workerBin;
    const QString env = qEnvironmentVariable("QKANBAN_BIN");
    return env.isEmpty() ? QCoreApplication::applicationFilePath() : env;
}

void Dispatcher::attachWorker(WorkerProcess *worker)
{
    if (WorkerProcess *old = m_workers.value(worker->taskId()))
        old->abandon();
    m_workers.insert(worker->taskId(), worker);
    m_adopted.remove(worker->taskId());
    connect(worker, &WorkerProcess::finished, this, &Dispatcher::onWorkerFinished);
}

void Dispatcher::onWorkerFinished(WorkerProcess *worker, int exitCode, bool signaled)
{
    if (m_workers.value(worker->taskId()) == worker)
        m_workers.remove(worker->taskId());
    worker->deleteLater();
    if (worker->isHandled()) {
        requestTick();
        return;
    }
    ExitInfo exit{true, exitCode, signaled};
    try {
        accountExit(worker->taskId(), worker->runId(), worker->worker(), exit, worker->logPath(),
                    &m_pending);
    } catch (const std::exception &e) {
        m_lastError = QString::fromUtf8(e.what());
        qWarning("qkanban dispatcher: cannot account for the exit of %s: %s",
                 qPrintable(worker->taskId()), e.what());
    }
    requestTick();
}

void Dispatcher::accountExit(const QString &taskId, qint64 runId,
                             const ProcessGroup::Worker &worker, const ExitInfo &exit,
                             const QString &logPath, DispatchResult *into)
{
    const DispatcherSettings settings = Profiles::settings();
    const WorkerExit::Limits limits{m_options.failureLimit.value_or(settings.failureLimit),
                                    settings.rateLimitCooldownSeconds, settings.retryBackoffSeconds,
                                    m_options.killGraceMs};
    const ExitVerdict v =
        WorkerExit(*m_board, m_location, limits).handle(taskId, runId, worker, exit, logPath);
    m_adopted.remove(taskId);
    if (v.accounted) {
        // Its retry backoff is waited on the monotonic clock from now.
        if (const auto t = Kernel(*m_board).task(taskId))
            m_timers.noteCooldown(taskId, t->cooldownUntil, m_clock->now());
    }
    const int code = exit.known ? exit.code : -1;
    emit workerExited(taskId, code, v.gaveUp ? EventKind::GaveUp : v.outcome);
    if (v.outcome == EventKind::Completed || v.outcome == EventKind::Blocked)
        emit attention(taskId, v.outcome, v.text);
    if (!v.accounted)
        return;
    if (v.outcome == EventKind::RateLimited) {
        into->rateLimited << taskId;
        return;
    }
    into->crashed << taskId;
    if (v.gaveUp) {
        into->autoBlocked << taskId;
        emit attention(taskId, EventKind::GaveUp, v.text);
    } else {
        emit attention(taskId, EventKind::Crashed, v.text);
    }
    if (const auto pause = ProfileGuard::afterFailure(*m_board, taskId, settings.pauseAfter)) {
        into->pausedProfiles << pause->name;
        emit attention(taskId, EventKind::ProfilePaused, ProfileGuard::notice(*pause));
    }
}

void Dispatcher::onWatchTimer()
{
    if (!m_running) // a change notification after stop()
        return;
    bool changed = false;
    try {
        const qint64 v = m_board->dataVersion();
        changed = v != m_dataVersion;
        m_dataVersion = v;
    } catch (const std::exception &) {
        changed = false;
    }
    // Workers of an earlier dispatcher: a cheap pid check every ~2 s.
    if (++m_watchTicks * qMax(20, m_options.watchIntervalMs) >= 2000) {
        m_watchTicks = 0;
        changed = adoptedWorkerDied() || changed;
    }
    if (changed)
        requestTick();
}

bool Dispatcher::adoptedWorkerDied()
{
    // A dead one is told once: the tick it wakes finds its task still
    // running (a crash) or finished, by the worker's own verb (nothing to
    // do; kept, it would wake a tick every 2 s for ever).
    bool died = false;
    for (auto it = m_adopted.begin(); it != m_adopted.end();) {
        if (ProcessGroup::isSameProcess(it.value().first, it.value().second)) {
            ++it;
            continue;
        }
        it = m_adopted.erase(it);
        died = true;
    }
    return died;
}

void Dispatcher::recordHealth(const DispatchResult &result)
{
    const QString outcome = !result.error.isEmpty() ? QStringLiteral("error")
                            : result.didWork()      ? QStringLiteral("ok")
                                                    : QStringLiteral("idle");
    try {
        // The health row changes nothing the tick's read caches hold.
        m_dk->keepCachesAcross([&] {
            DispatcherStatus status(*m_board);
            if (!m_running && m_options.mode == QLatin1String("once"))
                status.recordStart(QCoreApplication::applicationPid(), m_options.mode, 0, false);
            status.recordTick(outcome, result.error, result.counts());
            if (!m_running && m_options.mode == QLatin1String("once"))
                status.recordStop();
        });
    } catch (const std::exception &e) {
        qWarning("qkanban dispatcher: cannot record its health: %s", e.what());
    }
}

WaitContext Dispatcher::waitContext(Board &board, const DispatchOptions &options)
{
    const DispatcherSettings settings = Profiles::settings();
    WaitContext c;
    c.now = board.now();
    DispatchKernel dk(board);
    for (const Profile &p : Profiles::list()) {
        WaitContext::ProfileState s;
        s.problem = Profiles::preflight(p);
        const int own = options.perProfileMax.value(p.name, 0);
        s.cap = own > 0               ? own
                : p.maxInProgress > 0 ? p.maxInProgress
                                      : settings.maxInProgressPerProfile.value_or(0);
        c.profiles.insert(p.name, s);
        c.runningBy.insert(p.name, dk.runningCount(p.name));
    }
    for (const ProfilePause &p : ProfilePauses(board).list())
        c.paused.insert(p.name, p.reason);
    c.globalCap = options.maxSpawn
                      ? *options.maxSpawn
                      : settings.maxInProgress.value_or(DispatcherSettings::memoryDerivedCap());
    c.running = dk.runningCount({});
    return c;
}
