#include "ui/tray/DispatcherWorker.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/net/Notifier.h"
#include "model/Board.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"
#include "model/ProfilePauses.h"
#include "ui/Guarded.h"

#include <QTimer>

namespace {
constexpr int kHealthMs = 2000;
constexpr int kRetryMs = 15000;
} // namespace

DispatcherWorker::DispatcherWorker(Clock *clock)
    : m_clock(clock), m_healthTimer(new QTimer(this)), m_retryTimer(new QTimer(this))
{
    m_healthTimer->setInterval(kHealthMs);
    connect(m_healthTimer, &QTimer::timeout, this, &DispatcherWorker::pollHealth);
    m_retryTimer->setInterval(kRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_hosting && !isLocalRunning())
            tryStart();
    });
}

DispatcherWorker::~DispatcherWorker()
{
    stopLocal();
}

void DispatcherWorker::open(const BoardLocation &location)
{
    if (m_board && location.dbPath == m_location.dbPath)
        return;
    stopLocal();
    m_location = location;
    m_board.reset();
    guarded([&] { m_board = std::make_unique<Board>(location, m_clock); }, keepError());
    if (m_hosting)
        tryStart();
    m_healthTimer->start();
    pollHealth();
}

void DispatcherWorker::host(const QString &mode, const QString &note)
{
    m_hosting = true;
    m_mode = mode;
    m_note = note;
    tryStart();
    m_retryTimer->start();
    pollHealth();
}

void DispatcherWorker::unhost()
{
    m_hosting = false;
    m_retryTimer->stop();
    stopLocal();
    pollHealth();
}

bool DispatcherWorker::tryStart()
{
    if (!m_board || isLocalRunning())
        return isLocalRunning();
    DispatchOptions opts;
    opts.mode = m_mode == QLatin1String("tray") ? QStringLiteral("tray") : QStringLiteral("window");
    const bool started = guarded([&] { startLocal(opts); }, keepError());
    if (!started)
        stopLocal();
    return started && isLocalRunning();
}

void DispatcherWorker::startLocal(const DispatchOptions &options)
{
    auto d = std::make_unique<Dispatcher>(m_location, m_clock, options);
    qint64 holder = 0;
    if (!d->start(&holder))
        return; // another process dispatches this board; we follow its health
    d->setPaused(m_paused);
    connect(d.get(), &Dispatcher::ticked, this, [this](const DispatchResult &r) {
        emit ticked(r);
        pollHealth();
    });
    connect(d.get(), &Dispatcher::tickFailed, this, &DispatcherWorker::pollHealth);
    connect(d.get(), &Dispatcher::workerStarted, this, &DispatcherWorker::workerStarted);
    connect(d.get(), &Dispatcher::attention, this, &DispatcherWorker::attention);
    m_dispatcher = std::move(d);
    Notifier::Options nopts;
    // The tray shows desktop notifications through its own icon (on a
    // StatusNotifierItem desktop Qt sends those to the same freedesktop
    // service), so a click on one can open the board.
    nopts.desktop = Notifier::Desktop::Signal;
    m_notifier = std::make_unique<Notifier>(m_location, m_clock, nopts);
    connect(m_notifier.get(), &Notifier::desktopNotification, this, &DispatcherWorker::attention);
    m_notifier->start();
}

void DispatcherWorker::stopLocal()
{
    if (m_notifier) {
        m_notifier->stop();
        m_notifier.reset();
    }
    if (m_dispatcher) {
        m_dispatcher->stop(Dispatcher::KeepWorkers);
        m_dispatcher.reset();
    }
}

bool DispatcherWorker::isLocalRunning() const
{
    return m_dispatcher && m_dispatcher->isRunning();
}

void DispatcherWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (m_dispatcher)
        m_dispatcher->setPaused(paused);
    pollHealth();
}

void DispatcherWorker::dispatchNow()
{
    if (isLocalRunning()) {
        m_dispatcher->requestTick();
        return;
    }
    guarded([this] { tickOnce(); }, keepError());
    pollHealth();
}

void DispatcherWorker::tickOnce()
{
    if (!m_board)
        return;
    DispatcherStatus status(*m_board);
    if (status.liveDispatcher()) {
        status.nudge();
        return;
    }
    // Nobody dispatches this board: one tick from here, workers detached.
    DispatchOptions opts;
    opts.mode = QStringLiteral("once");
    opts.detachWorkers = true;
    Dispatcher once(m_location, m_clock, opts);
    const DispatchResult r = once.tick();
    for (const SpawnedTask &s : r.spawned)
        emit workerStarted(s.taskId, s.pid);
    emit ticked(r);
}

void DispatcherWorker::pollHealth()
{
    BoardStats stats;
    DispatcherHealth h = readHealth();
    // On an error the counts stay empty; the health says what is wrong.
    if (m_board)
        guarded([&] { stats = Kernel(*m_board).boardStats(); }, [](const QString &) {});
    if (!m_error.isEmpty()) {
        h.lastError = m_error;
        m_error.clear();
    }
    emit report(h, stats, isLocalRunning());
}

DispatcherHealth DispatcherWorker::readHealth()
{
    DispatcherHealth h;
    h.note = m_note;
    if (!m_board) {
        h.state = DispatcherHealth::Failing;
        return h;
    }
    const auto failing = [&h](const QString &error) {
        h.state = DispatcherHealth::Failing;
        h.lastError = error;
    };
    guarded([&] { readHealthRows(h); }, failing);
    return h;
}

void DispatcherWorker::readHealthRows(DispatcherHealth &health)
{
    for (const ProfilePause &p : ProfilePauses(*m_board).list())
        health.pausedProfiles.insert(p.name, p.reason);
    DispatcherStatus status(*m_board);
    std::optional<DispatcherInfo> info;
    if (isLocalRunning())
        info = status.forHost(DispatcherStatus::thisHost());
    if (!info)
        info = status.liveDispatcher();
    if (info) {
        health.local = isLocalRunning() && info->host == DispatcherStatus::thisHost();
        health.mode = health.local ? m_mode : info->mode;
        health.pid = info->pid;
        health.host = info->host;
        health.lastTick = info->lastTickAt.value_or(0);
        health.lastError = info->lastError;
        if (info->paused)
            health.state = DispatcherHealth::Paused;
        else if (info->lastOutcome == QLatin1String("error"))
            health.state = DispatcherHealth::Failing;
        else
            health.state = DispatcherHealth::Alive;
    } else {
        health.state = DispatcherHealth::Absent;
        const QList<DispatcherInfo> rows = status.all();
        if (!rows.isEmpty())
            health.lastError = rows.first().lastError;
    }
}

std::function<void(const QString &)> DispatcherWorker::keepError()
{
    return [this](const QString &error) { m_error = error; };
}
