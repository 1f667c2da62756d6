#pragma once

#include "model/Board.h"

#include <QStringList>

// An imported board's processes belong to the board it came from: a
// running task goes back to ready (review for a review run, todo while a
// parent is unfinished) with a `reclaimed` event saying why, its open run
// is closed, and no task or run keeps a pid, host, claim or start time.
namespace ImportDetach {
// Inside the import's transaction. Returns the warning lines to report.
QStringList detachWorkers(Board &board);
} // namespace ImportDetach
