#pragma once

#include "model/Board.h"
#include "model/Json.h"
#include "model/Types.h"

#include <QList>

// The health row of the dispatcher on one host (table dispatcher_status).
struct DispatcherInfo
{
    QString host;
    qint64 pid = 0;
    QString mode; // daemon | tray | once
    OptInt startedAt;
    OptInt stoppedAt; // set by a clean stop
    OptInt lastTickAt;
    qint64 intervalSeconds = 0;
    bool paused = false;
    qint64 ticks = 0;
    QString lastOutcome; // ok | idle | error
    QString lastError;   // the newest tick error (kept after good ticks)
    OptInt lastErrorAt;
    QString lastCounts; // JSON object of the last tick's counts
    QString totals;     // JSON object of the counts since start
    OptInt nudgedAt;
};

// Dispatcher health: a dispatcher that dies silently strands every ready
// task, so each one records its start, every tick and its stop here.
class DispatcherStatus
{
public:
    explicit DispatcherStatus(Board &board);

    static QString thisHost();
    // On PostgreSQL, this host's dispatcher lock on the board, held by this
    // connection until unlockHost() or its end: false when another
    // dispatcher with this host id (on any machine) holds it. Always true
    // on SQLite (BoardLock's file locks do it there).
    bool lockHost();
    void unlockHost();

    void recordStart(qint64 pid, const QString &mode, qint64 intervalSeconds, bool paused);
    // outcome: ok | idle | error. countsJson: the tick's counts object.
    void recordTick(const QString &outcome, const QString &error, const Json &counts);
    void recordStop();
    void setPaused(bool paused);
    // Asks the dispatcher of this host to tick now (it watches the
    // database for changes).
    void nudge();

    QList<DispatcherInfo> all();
    std::optional<DispatcherInfo> forHost(const QString &host);

    // Running and not stopped: on this host its pid is alive; elsewhere it
    // ticked within three intervals (two minutes at least).
    static bool isAlive(const DispatcherInfo &info, qint64 now);
    // The first live dispatcher of the board, if any.
    std::optional<DispatcherInfo> liveDispatcher();

    // How to start one (printed by init and by the create warning).
    static QString startHint();
    // The stderr warning of `create` for a ready, assigned task when no
    // dispatcher is alive; empty when one is.
    QString noDispatcherWarning();

private:
    Board &m_board;
};
