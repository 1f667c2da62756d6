#pragma once

#include "dispatcher/WorkerLaunch.h"

// Starts a worker that outlives this process (the one-shot `dispatch`
// verb exits right after its tick). A small supervisor becomes a session
// leader, starts the worker in its group, waits for it and appends
// "[qkanban] run <id> worker exited with code N" (or "killed by signal
// N") to the log, so a later dispatcher can classify the exit.
namespace DetachedSpawn {
// The supervisor's pid (= the process group of the worker), or 0 with
// *error set when the program could not be executed.
qint64 start(const LaunchSpec &spec, QString *error);

// Reads the exit trailer of a run from the end of a log: true and the
// code or signal when found.
bool exitTrailer(const QString &logPath, qint64 runId, int *code, bool *signaled);
} // namespace DetachedSpawn
