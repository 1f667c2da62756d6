#include "ui/tray/DispatcherWorker.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/DispatcherFleet.h"
#include "dispatcher/Profiles.h"
#include "dispatcher/net/Notifier.h"
#include "model/Board.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"
#include "model/ProfilePauses.h"
#include "model/WaitReasonRows.h"
#include "ui/Guarded.h"
#include "ui/tray/BoardEventFeed.h"
#include "ui/tray/TickReport.h"

#include <QTimer>

namespace {
constexpr int kHealthMs = 2000;
} // namespace

// One board the fleet dispatches: a reader for its counts and events, the
// feed of its notifications and the notifier of its subscriptions.
struct DispatcherWorker::Served
{
    BoardLocation location;
    std::unique_ptr<Board> reader;
    std::unique_ptr<BoardEventFeed> feed;
    std::unique_ptr<Notifier> notifier;
};

DispatcherWorker::DispatcherWorker(Clock *clock)
    : m_clock(clock), m_healthTimer(new QTimer(this)),
      m_boardKinds(BoardEventFeed::configuredKinds())
{
    qRegisterMetaType<QList<BoardState>>();
    m_healthTimer->setInterval(kHealthMs);
    connect(m_healthTimer, &QTimer::timeout, this, [this] {
        pollEvents();
        pollHealth();
    });
}

DispatcherWorker::~DispatcherWorker()
{
    // No report from here: the host may be going away.
    m_served.clear();
    m_readers.clear();
    if (m_fleet)
        m_fleet->stop(Dispatcher::KeepWorkers);
}

void DispatcherWorker::open(const BoardLocation &location)
{
    if (m_board && location.dbPath == m_location.dbPath)
        return;
    m_location = location;
    m_board.reset();
    m_lastTickText.clear();
    m_reasonsVersion = -1;
    guarded([&] { m_board = std::make_unique<Board>(location, m_clock); }, keepError());
    // The board left behind keeps its dispatcher; this one joins the fleet.
    if (m_fleet)
        m_fleet->addLocation(location);
    for (auto &[path, s] : m_served)
        if (s->feed)
            s->feed->setLabel(labelFor(s->location));
    m_healthTimer->start();
    pollHealth();
}

void DispatcherWorker::host(const QString &mode, const QString &note)
{
    m_hosting = true;
    m_mode = mode;
    m_note = note;
    if (!m_fleet) {
        m_fleet = std::make_unique<DispatcherFleet>(m_clock, options());
        connect(m_fleet.get(), &DispatcherFleet::joined, this, &DispatcherWorker::onJoined);
        connect(m_fleet.get(), &DispatcherFleet::leaving, this, &DispatcherWorker::onLeaving);
        // A pinned database (--db) is served alone; else every board.
        if (!m_location.isPinned)
            m_fleet->setRoot(m_location.root);
        if (m_board)
            m_fleet->addLocation(m_location);
        m_fleet->setPaused(m_paused);
        guarded([this] { m_fleet->start(); }, keepError());
    }
    m_healthTimer->start();
    pollHealth();
}

void DispatcherWorker::unhost()
{
    m_hosting = false;
    if (m_fleet) {
        m_fleet->stop(Dispatcher::KeepWorkers);
        m_fleet.reset();
    }
    m_served.clear();
    m_readers.clear();
    if (m_board)
        pollHealth();
}

DispatchOptions DispatcherWorker::options() const
{
    DispatchOptions opts;
    opts.mode = m_mode == QLatin1String("tray") ? QStringLiteral("tray") : QStringLiteral("window");
    guarded([&] { opts.intervalSeconds = Profiles::settings().intervalSeconds; },
            [](const QString &) {});
    return opts;
}

QString DispatcherWorker::labelFor(const BoardLocation &location) const
{
    return location.dbPath == m_location.dbPath ? QString() : location.slug;
}

void DispatcherWorker::onJoined(Dispatcher *d)
{
    const BoardLocation loc = d->location();
    connect(d, &Dispatcher::ticked, this, [this, d](const DispatchResult &r) {
        if (d->location().dbPath == m_location.dbPath)
            onFollowedTick(r);
    });
    connect(d, &Dispatcher::tickFailed, this, &DispatcherWorker::pollHealth);
    connect(d, &Dispatcher::workerStarted, this, &DispatcherWorker::workerStarted);
    // Task outcomes come from the board's events (BoardEventFeed), so
    // that tasks finished anywhere are told of; the dispatcher's own
    // notices are only the profile pauses.
    connect(d, &Dispatcher::attention, this,
            [this](const QString &taskId, const QString &kind, const QString &text) {
                if (!BoardEventFeed::allKinds().contains(kind))
                    emit attention(taskId, kind, text);
            });
    auto s = std::make_unique<Served>();
    s->location = loc;
    guarded(
        [&] {
            s->reader = std::make_unique<Board>(loc, m_clock);
            s->feed = std::make_unique<BoardEventFeed>(*s->reader, labelFor(loc));
        },
        keepError());
    Notifier::Options nopts;
    // The tray shows desktop notifications through its own icon (on a
    // StatusNotifierItem desktop Qt sends those to the same freedesktop
    // service), so a click on one can open the board.
    nopts.desktop = Notifier::Desktop::Signal;
    guarded([&] { s->notifier = std::make_unique<Notifier>(loc, m_clock, nopts); }, keepError());
    if (s->notifier) {
        // A subscribed task's event the board tells of anyway is said once.
        connect(s->notifier.get(), &Notifier::desktopNotification, this,
                [this](const QString &taskId, const QString &kind, const QString &text) {
                    if (!m_boardKinds.contains(kind))
                        emit attention(taskId, kind, text);
                });
        s->notifier->start();
    }
    m_served[loc.dbPath] = std::move(s);
}

void DispatcherWorker::onLeaving(Dispatcher *d)
{
    const auto it = m_served.find(d->location().dbPath);
    if (it == m_served.end())
        return;
    if (it->second->notifier)
        it->second->notifier->stop();
    m_served.erase(it);
}

Dispatcher *DispatcherWorker::followed() const
{
    return m_fleet ? m_fleet->dispatcherFor(m_location.dbPath) : nullptr;
}

bool DispatcherWorker::isLocalRunning() const
{
    const Dispatcher *d = followed();
    return d && d->isRunning();
}

void DispatcherWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (m_fleet)
        m_fleet->setPaused(paused);
    pollHealth();
}

void DispatcherWorker::reloadOptions()
{
    m_boardKinds = BoardEventFeed::configuredKinds();
    if (m_fleet) {
        m_fleet->setOptions(options());
        m_fleet->requestTick();
    }
}

void DispatcherWorker::dispatchNow()
{
    if (m_fleet)
        m_fleet->requestTick(); // every board this process serves
    if (isLocalRunning()) {
        m_reportNextTick = true; // said when the tick has run
        return;
    }
    m_reportNextTick = true;
    if (!guarded([this] { tickOnce(); }, keepError()))
        m_reportNextTick = false;
    pollHealth();
}

void DispatcherWorker::onFollowedTick(const DispatchResult &r)
{
    updateWaitReasons(true);
    m_lastTickText = TickReport::text(r, m_reasons);
    emit ticked(r);
    if (m_reportNextTick) {
        m_reportNextTick = false;
        emit dispatchReported(m_lastTickText);
    }
    pollHealth();
}

void DispatcherWorker::updateWaitReasons(bool force)
{
    if (!m_board)
        return;
    qint64 version = -1;
    guarded([&] { version = m_board->dataVersion(); }, [](const QString &) {});
    // Also every 10 s: a backoff ends, the config changes.
    if (!force && version == m_reasonsVersion && m_reasonsAge.isValid() &&
        m_reasonsAge.elapsed() < 10000)
        return;
    m_reasonsVersion = version;
    m_reasonsAge.start();
    QHash<QString, WaitReason> reasons;
    const bool ok = guarded(
        [&] {
            WaitContext c = Dispatcher::waitContext(*m_board, options());
            c.dispatcherPaused = m_paused;
            reasons = WaitReasonRows::forBoard(m_board->db(), c);
        },
        [](const QString &) {});
    if (!ok)
        return;
    m_reasons = reasons;
    QHash<QString, QString> texts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        texts.insert(it.key(), it.value().text());
    if (texts != m_reasonTexts) {
        m_reasonTexts = texts;
        emit waitReasons(texts);
    }
}

void DispatcherWorker::tickOnce()
{
    if (!m_board)
        return;
    DispatcherStatus status(*m_board);
    if (const auto other = status.liveDispatcher()) {
        status.nudge();
        m_reportNextTick = false;
        emit dispatchReported(
            tr("Asked the dispatcher of process %1 to start ready tasks now").arg(other->pid));
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
    onFollowedTick(r);
}

void DispatcherWorker::pollEvents()
{
    for (auto &entry : m_served) {
        auto &s = entry.second; // clang 14 captures no structured binding
        if (!s->feed)
            continue;
        QList<BoardEventFeed::Item> items;
        guarded([&] { items = s->feed->poll(m_boardKinds); }, [](const QString &) {});
        for (const BoardEventFeed::Item &i : items)
            emit attention(i.taskId, i.kind, i.text);
    }
}

void DispatcherWorker::pollHealth()
{
    BoardStats stats;
    DispatcherHealth h = readHealth();
    // On an error the counts stay empty; the health says what is wrong.
    const bool counted = m_board && guarded([&] { stats = m_boardStats.read(*m_board, *m_clock); },
                                            [](const QString &) {});
    if (!m_error.isEmpty()) {
        h.lastError = m_error;
        m_error.clear();
    }
    h.lastTickReport = m_lastTickText;
    emit report(h, stats, isLocalRunning());
    updateWaitReasons(false);
    const QList<BoardState> boards = readBoards(counted ? &stats : nullptr);
    if (boards != m_lastBoards) {
        m_lastBoards = boards;
        emit boardsReport(boards);
    }
}

QList<BoardState> DispatcherWorker::readBoards(const BoardStats *current)
{
    QList<BoardState> out;
    if (!m_fleet)
        return out;
    for (const BoardLocation &loc : m_fleet->boards()) {
        BoardState b;
        b.slug = loc.isPinned ? loc.dbPath : loc.slug;
        b.dbPath = loc.dbPath;
        const Dispatcher *d = m_fleet->dispatcherFor(loc.dbPath);
        b.local = d && d->isRunning();
        const auto it = m_served.find(loc.dbPath);
        Board *reader = it != m_served.end() ? it->second->reader.get() : nullptr;
        const auto read = [&] {
            // A board another process dispatches: one reader, kept.
            if (!reader) {
                auto &kept = m_readers[loc.dbPath];
                if (!kept)
                    kept = std::make_unique<Board>(loc, m_clock);
                reader = kept.get();
            }
            const BoardStats st = current && loc.dbPath == m_location.dbPath
                                      ? *current
                                      : m_readerStats[loc.dbPath].read(*reader, *m_clock);
            b.running = st.byStatus.value(TaskStatus::Running);
            b.ready = st.byStatus.value(TaskStatus::Ready);
            const auto info = DispatcherStatus(*reader).liveDispatcher();
            if (b.local && d->isPaused())
                b.state = DispatcherHealth::Paused;
            else if (b.local)
                b.state =
                    d->lastError().isEmpty() ? DispatcherHealth::Alive : DispatcherHealth::Failing;
            else if (info)
                b.state = info->paused ? DispatcherHealth::Paused : DispatcherHealth::Alive;
            if (b.local)
                b.lastError = d->lastError();
        };
        guarded(read, [&b](const QString &e) {
            b.state = DispatcherHealth::Failing;
            b.lastError = e;
        });
        out << b;
    }
    return out;
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
