#pragma once

#include "dispatcher/DispatchOptions.h"
#include "dispatcher/DispatchResult.h"
#include "model/BoardPaths.h"
#include "model/Clock.h"
#include "model/Types.h"
#include "model/WaitReason.h"
#include "ui/tray/BoardStatsCache.h"
#include "ui/tray/DispatcherHealth.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

class Board;
class BoardEventFeed;
class Dispatcher;
class DispatcherFleet;
class Notifier;
class QTimer;

// The dispatcher side of DispatcherHost. It lives in the host's QThread,
// so a tick (git, a worker's start-up, a busy database) never stalls the
// window. Its Boards, Dispatchers, Notifiers and worker processes are all
// created in that thread. Calls arrive as queued signals; answers leave
// as signals. Destroyed in its thread when the thread finishes: that
// stops the dispatchers (workers keep running, a later one adopts them).
//
// While hosting it dispatches every board of the user (DispatcherFleet),
// each with its own lock, caps and health; the board it follows (the
// window's) is the one health() and ticked() are about.
class DispatcherWorker : public QObject
{
    Q_OBJECT
public:
    explicit DispatcherWorker(Clock *clock);
    ~DispatcherWorker() override;

public slots:
    // The board to follow (and to dispatch, while hosting).
    void open(const BoardLocation &location);
    // mode: "tray" or "window". note: shown with the health.
    void host(const QString &mode, const QString &note);
    void unhost();
    void setPaused(bool paused);
    // Ticks the local dispatchers now, nudges another process's one, or
    // runs a single tick here when none is alive.
    void dispatchNow();
    void pollHealth();
    // Re-reads the config file: notification kinds, interval.
    void reloadOptions();

signals:
    // localRunning: this process dispatches the followed board.
    void report(const DispatcherHealth &health, const BoardStats &stats, bool localRunning);
    void boardsReport(const QList<BoardState> &boards);
    void ticked(const DispatchResult &result);
    // What "Dispatch now" did, in words, once its tick ran.
    void dispatchReported(const QString &text);
    // Why ready tasks of the followed board wait: WaitReason::text() by id.
    void waitReasons(const QHash<QString, QString> &reasons);
    void workerStarted(const QString &taskId, qint64 pid);
    // completed | blocked | gave_up | crashed | profile_paused, one line.
    void attention(const QString &taskId, const QString &kind, const QString &text);

private:
    struct Served; // a board of the fleet: its reader, feed and notifier
    void onJoined(Dispatcher *d);
    void onLeaving(Dispatcher *d);
    bool isLocalRunning() const;
    Dispatcher *followed() const;
    void tickOnce();
    void pollEvents();
    void onFollowedTick(const DispatchResult &result);
    // Recomputes the wait reasons when the board changed (or force).
    void updateWaitReasons(bool force);
    // current: the open board's counts, read by this poll already (null:
    // none could be read).
    QList<BoardState> readBoards(const BoardStats *current);
    DispatcherHealth readHealth();
    void readHealthRows(DispatcherHealth &health);
    DispatchOptions options() const;
    QString labelFor(const BoardLocation &location) const;
    // A failed call's message, kept for the next report.
    std::function<void(const QString &)> keepError();

    Clock *m_clock;
    BoardLocation m_location;
    std::unique_ptr<Board> m_board; // for reading health rows
    std::unique_ptr<DispatcherFleet> m_fleet;
    std::map<QString, std::unique_ptr<Served>> m_served; // by database path
    std::map<QString, std::unique_ptr<Board>> m_readers; // boards dispatched elsewhere
    BoardStatsCache m_boardStats;                        // m_board's
    std::map<QString, BoardStatsCache> m_readerStats;    // the boards menu's, by path
    QTimer *m_healthTimer;
    bool m_hosting = false;
    bool m_paused = false;
    QString m_mode;
    QString m_note;
    QString m_error;          // of the last "dispatch now", shown once
    QStringList m_boardKinds; // [notifications] board_events
    QList<BoardState> m_lastBoards;
    QHash<QString, WaitReason> m_reasons; // of the followed board
    QHash<QString, QString> m_reasonTexts;
    qint64 m_reasonsVersion = -1;
    QElapsedTimer m_reasonsAge;
    QString m_lastTickText;
    bool m_reportNextTick = false;
};
