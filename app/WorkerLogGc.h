#pragma once

#include <BoardPaths.h>

// gc's log step: worker log files (<board>/logs/*.log and rotated
// *.log.N) whose mtime is older than the cutoff. Returns how many went.
namespace WorkerLogGc {
int removeOlderThan(const BoardLocation &location, qint64 olderThanSeconds, qint64 now);
}
