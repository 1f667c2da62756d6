#include "dispatcher/DispatcherFleet.h"

#include "dispatcher/BoardLock.h"

#include <QFileInfo>

#include <algorithm>

#include <exception>

DispatcherFleet::DispatcherFleet(Clock *clock, const DispatchOptions &options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &DispatcherFleet::rescan);
}

DispatcherFleet::~DispatcherFleet()
{
    stop(Dispatcher::KeepWorkers);
}

void DispatcherFleet::setRoot(const QString &root)
{
    m_root = root;
    if (m_started)
        rescan();
}

void DispatcherFleet::addLocation(const BoardLocation &location)
{
    if (location.dbPath.isEmpty())
        return;
    m_extra.insert(location.dbPath, location);
    if (m_started)
        rescan();
}

void DispatcherFleet::setRescanInterval(int ms)
{
    m_timer.setInterval(ms);
}

void DispatcherFleet::start()
{
    m_started = true;
    m_timer.start();
    rescan();
}

void DispatcherFleet::stop(Dispatcher::StopMode mode)
{
    m_started = false;
    m_timer.stop();
    while (!m_running.empty())
        drop(m_running.begin()->first, mode);
}

BoardLocation DispatcherFleet::locationFor(const QString &root, const QString &slug)
{
    BoardLocation loc;
    loc.root = root;
    loc.slug = slug;
    loc.boardDir = BoardPaths::boardDir(root, slug);
    loc.dbPath = BoardPaths::dbPathFor(root, slug);
    return loc;
}

QList<BoardLocation> DispatcherFleet::boardsUnder(const QString &root)
{
    QList<BoardLocation> out;
    if (root.isEmpty())
        return out;
    for (const QString &slug : BoardPaths::listBoards(root)) {
        BoardLocation loc = locationFor(root, slug);
        // "default" is listed before it exists: it is not created here.
        if (QFileInfo::exists(loc.dbPath))
            out << loc;
    }
    return out;
}

QList<BoardLocation> DispatcherFleet::boards() const
{
    QList<BoardLocation> out = boardsUnder(m_root);
    for (const BoardLocation &extra : m_extra) {
        const bool known = std::any_of(out.cbegin(), out.cend(), [&](const BoardLocation &l) {
            return l.dbPath == extra.dbPath;
        });
        if (!known)
            out << extra;
    }
    return out;
}

void DispatcherFleet::rescan()
{
    const QList<BoardLocation> wanted = boards();
    // Boards deleted since: their dispatchers stop (workers keep running).
    QStringList gone;
    for (const auto &entry : m_running) {
        const QString &path = entry.first; // clang 14 captures no structured binding
        const bool still = std::any_of(wanted.cbegin(), wanted.cend(),
                                       [&](const BoardLocation &l) { return l.dbPath == path; });
        if (!still && !QFileInfo::exists(path))
            gone << path;
    }
    for (const QString &path : gone)
        drop(path, Dispatcher::KeepWorkers);
    for (const BoardLocation &loc : wanted) {
        if (m_running.count(loc.dbPath))
            continue;
        // Held elsewhere: asked again at the next rescan, without opening
        // the database (a new connection of this process would drop the
        // POSIX locks of its other ones).
        qint64 holder = BoardLock::holderPid(loc);
        if (holder != 0) {
            emit refused(loc, holder, {});
            continue;
        }
        std::unique_ptr<Dispatcher> d;
        try {
            d = std::make_unique<Dispatcher>(loc, m_clock, m_options);
            d->setPaused(m_paused);
            if (!d->start(&holder)) {
                emit refused(loc, holder, {});
                continue;
            }
        } catch (const std::exception &e) {
            emit refused(loc, 0, QString::fromUtf8(e.what()));
            continue;
        }
        Dispatcher *raw = d.get();
        m_running.emplace(loc.dbPath, std::move(d));
        emit joined(raw);
    }
}

void DispatcherFleet::drop(const QString &dbPath, Dispatcher::StopMode mode)
{
    auto it = m_running.find(dbPath);
    if (it == m_running.end())
        return;
    std::unique_ptr<Dispatcher> d = std::move(it->second);
    m_running.erase(it);
    emit leaving(d.get());
    d->stop(mode);
}

QList<Dispatcher *> DispatcherFleet::dispatchers() const
{
    QList<Dispatcher *> out;
    for (const auto &[path, d] : m_running)
        out << d.get();
    return out;
}

Dispatcher *DispatcherFleet::dispatcherFor(const QString &dbPath) const
{
    const auto it = m_running.find(dbPath);
    return it == m_running.end() ? nullptr : it->second.get();
}

void DispatcherFleet::setPaused(bool paused)
{
    m_paused = paused;
    for (const auto &[path, d] : m_running)
        d->setPaused(paused);
}

void DispatcherFleet::setOptions(const DispatchOptions &options)
{
    m_options = options;
    for (const auto &[path, d] : m_running)
        d->setOptions(options);
}

void DispatcherFleet::requestTick()
{
    for (const auto &[path, d] : m_running)
        d->requestTick();
}
