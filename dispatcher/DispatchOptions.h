#pragma once

#include <QMap>
#include <QString>

#include <optional>

class Entropy;

// How a Dispatcher runs. Unset values come from the config file
// ([dispatcher] in BoardPaths::configPath()), re-read on every tick.
// The board's WIP limit on running ([wip_limits]) caps maxSpawn and
// max_in_progress further.
struct DispatchOptions
{
    double intervalSeconds = 60;      // the daemon's --interval (fractions allowed)
    std::optional<int> maxSpawn;      // --max: global cap, wins over max_in_progress
    std::optional<int> failureLimit;  // --failure-limit, else config, else 5
    QMap<QString, int> perProfileMax; // wins over a profile's own max
    // One-shot `dispatch`: workers are started detached and outlive this
    // process. Daemon and tray keep QProcess objects (exits known at once).
    bool detachWorkers = false;
    // QKANBAN_BIN given to workers; empty: $QKANBAN_BIN, else this program.
    QString workerBin;
    QString mode = QStringLiteral("daemon"); // daemon | tray | once (health row)
    int killGraceMs = 5000;                  // SIGTERM -> SIGKILL
    int watchIntervalMs = 250;               // PRAGMA data_version poll
    int debounceMs = 50;                     // a change -> a tick
    bool recordHealth = true;                // write the dispatcher_status row
    Entropy *entropy = nullptr;              // retry backoff jitter; null: the system's
};
