#pragma once

#include "dispatcher/DispatchOptions.h"
#include "dispatcher/Dispatcher.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

// One Dispatcher per board of the user: every board under a qkanban root
// (--all-boards, the tray), plus any extra location (a pinned --db, the
// window's board). Each keeps its own board lock, caps and health row.
// A rescan every few seconds lets boards created later join, takes over a
// board whose other dispatcher went away, and lets deleted boards go.
// Lives in one thread, like the Dispatchers it owns.
class DispatcherFleet : public QObject
{
    Q_OBJECT
public:
    DispatcherFleet(Clock *clock, const DispatchOptions &options, QObject *parent = nullptr);
    ~DispatcherFleet() override;

    // Serve every board under root ("" = none).
    void setRoot(const QString &root);
    // Serve this location too (kept across rescans).
    void addLocation(const BoardLocation &location);
    void setRescanInterval(int ms);

    void start(); // rescans now and then every interval
    void stop(Dispatcher::StopMode mode = Dispatcher::KeepWorkers);
    void rescan();

    // The running dispatchers, by database path.
    QList<Dispatcher *> dispatchers() const;
    Dispatcher *dispatcherFor(const QString &dbPath) const;
    // Every board the fleet would serve (also those another process holds).
    QList<BoardLocation> boards() const;

    void setPaused(bool paused);
    void setOptions(const DispatchOptions &options);
    void requestTick();

    // The boards under root that have a database, "default" first.
    static QList<BoardLocation> boardsUnder(const QString &root);
    static BoardLocation locationFor(const QString &root, const QString &slug);

signals:
    // A board's dispatcher started (connect to its signals here).
    void joined(Dispatcher *dispatcher);
    // About to stop and delete it.
    void leaving(Dispatcher *dispatcher);
    // A board could not be served: its lock is held by holderPid, or error.
    void refused(const BoardLocation &location, qint64 holderPid, const QString &error);

private:
    void drop(const QString &dbPath, Dispatcher::StopMode mode);

    Clock *m_clock;
    DispatchOptions m_options;
    QString m_root;
    QMap<QString, BoardLocation> m_extra;                     // by dbPath
    std::map<QString, std::unique_ptr<Dispatcher>> m_running; // by dbPath
    QTimer m_timer;
    bool m_paused = false;
    bool m_started = false;
};
