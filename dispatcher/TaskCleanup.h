#pragma once

#include "dispatcher/ProcessGroup.h"
#include "dispatcher/Workspaces.h"
#include "model/BoardPaths.h"
#include "model/Types.h"

#include <functional>

class Board;

// What follows a transition out of `running`, in one place: the CLI
// verbs, the board's moves and the REST routes all go through
// leaveRunning(), so no worker process and no scratch folder is left
// behind whichever face moved the task.
namespace TaskCleanup {

enum class Wait {
    Block,      // return once the group is gone (the CLI: the process exits next)
    Background, // signal and clean up on a pool thread (the GUI, the REST server)
};

struct Options
{
    int graceMs = 5000; // SIGTERM, then SIGKILL after this long
    Wait wait = Wait::Block;
};

struct Left
{
    bool ok = false;                       // the transition happened
    bool stopping = false;                 // the run's worker is being (or was) stopped
    bool self = false;                     // the caller is that worker: it exits by itself
    ProcessGroup::Termination termination; // Wait::Block only
};

// Runs `transition` (a kernel call on task `id`: complete, block,
// request-review, archive, reclaim, a move). When it succeeds and the task
// has left the run it was on, that run's worker is stopped: its whole
// process group, when it runs on this host, is still the process that was
// started (its recorded start time), and is not the caller (QKANBAN_RUN_ID
// and QKANBAN_TASK, or the caller's own ancestry). A done or archived
// task's workspace is then cleaned by its kind. KanbanError from
// `transition` propagates, with nothing stopped.
Left leaveRunning(Board &board, const QString &id,
                  const std::function<TransitionOutcome()> &transition,
                  const Options &options = {});

// After complete or archive: removes the task's scratch workspace (only
// strictly inside the scratch root) or its clean worktree. `task` is the
// task after the transition; anything but done/archived is left alone.
Workspaces::Cleanup removeWorkspace(const BoardLocation &location, const Task &task);
} // namespace TaskCleanup
