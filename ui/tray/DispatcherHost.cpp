#include "ui/tray/DispatcherHost.h"

#include "model/Board.h"
#include "dispatcher/Dispatcher.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"
#include "dispatcher/net/Notifier.h"

#include <QCoreApplication>
#include <QTimer>

#include <exception>

namespace {
constexpr int kHealthMs = 2000;
constexpr int kRetryMs = 15000;
} // namespace

DispatcherHost::DispatcherHost(const BoardLocation &location, Clock *clock, QObject *parent)
    : QObject(parent), m_location(location), m_clock(clock), m_healthTimer(new QTimer(this)),
      m_retryTimer(new QTimer(this))
{
    m_board = std::make_unique<Board>(location, clock);
    m_healthTimer->setInterval(kHealthMs);
    connect(m_healthTimer, &QTimer::timeout, this, &DispatcherHost::pollHealth);
    m_healthTimer->start();
    m_retryTimer->setInterval(kRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_hosting && !isLocalRunning())
            tryStart();
    });
    pollHealth();
}

DispatcherHost::~DispatcherHost()
{
    stopLocal();
}

void DispatcherHost::startHosting(const QString &mode, const QString &note)
{
    m_hosting = true;
    m_mode = mode;
    m_note = note;
    tryStart();
    m_retryTimer->start();
    pollHealth();
}

void DispatcherHost::stopHosting()
{
    m_hosting = false;
    m_retryTimer->stop();
    stopLocal();
    pollHealth();
}

bool DispatcherHost::tryStart()
{
    DispatchOptions opts;
    opts.mode = m_mode == QLatin1String("tray") ? QStringLiteral("tray") : QStringLiteral("window");
    auto d = std::make_unique<Dispatcher>(m_location, m_clock, opts);
    qint64 holder = 0;
    if (!d->start(&holder))
        return false; // another process dispatches this board; we follow its health
    d->setPaused(m_paused);
    connect(d.get(), &Dispatcher::ticked, this, [this](const DispatchResult &r) {
        emit ticked(r);
        pollHealth();
    });
    connect(d.get(), &Dispatcher::tickFailed, this, &DispatcherHost::pollHealth);
    connect(d.get(), &Dispatcher::workerStarted, this, &DispatcherHost::workerStarted);
    connect(d.get(), &Dispatcher::attention, this, &DispatcherHost::attention);
    m_dispatcher = std::move(d);
    Notifier::Options nopts;
    nopts.deliverDesktop = true;
    m_notifier = std::make_unique<Notifier>(m_location, m_clock, nopts);
    connect(m_notifier.get(), &Notifier::desktopNotification, this, &DispatcherHost::attention);
    m_notifier->start();
    return true;
}

void DispatcherHost::stopLocal()
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

void DispatcherHost::setLocation(const BoardLocation &location)
{
    if (location.dbPath == m_location.dbPath)
        return;
    const bool hosting = m_hosting;
    stopLocal();
    m_location = location;
    m_board = std::make_unique<Board>(location, m_clock);
    if (hosting)
        tryStart();
    pollHealth();
}

bool DispatcherHost::isLocalRunning() const
{
    return m_dispatcher && m_dispatcher->isRunning();
}

bool DispatcherHost::isPaused() const
{
    return m_paused;
}

void DispatcherHost::setPaused(bool paused)
{
    m_paused = paused;
    if (m_dispatcher)
        m_dispatcher->setPaused(paused);
    pollHealth();
}

void DispatcherHost::dispatchNow()
{
    try {
        if (isLocalRunning()) {
            m_dispatcher->requestTick();
            return;
        }
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
    } catch (const std::exception &e) {
        m_health.lastError = QString::fromUtf8(e.what());
        emit healthChanged(m_health);
    }
    pollHealth();
}

void DispatcherHost::pollHealth()
{
    DispatcherHealth h;
    h.note = m_note;
    try {
        DispatcherStatus status(*m_board);
        std::optional<DispatcherInfo> info;
        if (isLocalRunning())
            info = status.forHost(DispatcherStatus::thisHost());
        if (!info)
            info = status.liveDispatcher();
        if (info) {
            h.local = isLocalRunning() && info->host == DispatcherStatus::thisHost();
            h.mode = h.local ? m_mode : info->mode;
            h.pid = info->pid;
            h.host = info->host;
            h.lastTick = info->lastTickAt.value_or(0);
            h.lastError = info->lastError;
            if (info->paused)
                h.state = DispatcherHealth::Paused;
            else if (info->lastOutcome == QLatin1String("error"))
                h.state = DispatcherHealth::Failing;
            else
                h.state = DispatcherHealth::Alive;
        } else {
            h.state = DispatcherHealth::Absent;
            const QList<DispatcherInfo> rows = status.all();
            if (!rows.isEmpty())
                h.lastError = rows.first().lastError;
        }
    } catch (const std::exception &e) {
        h.state = DispatcherHealth::Failing;
        h.lastError = QString::fromUtf8(e.what());
    }
    if (h == m_health)
        return;
    m_health = h;
    emit healthChanged(h);
}

BoardStats DispatcherHost::boardStats()
{
    try {
        return Kernel(*m_board).boardStats();
    } catch (const std::exception &) {
        return {};
    }
}
