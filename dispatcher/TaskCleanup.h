#pragma once

#include "model/BoardPaths.h"
#include "dispatcher/ProcessGroup.h"
#include "model/Types.h"
#include "dispatcher/Workspaces.h"

// What the verbs call after a transition (archive, reclaim, complete, the
// GUI's moves), so no worker process and no scratch folder is left behind.
namespace TaskCleanup {
// Stops the worker a transition left behind (TransitionOutcome of
// archiveTask/reclaimTask/moveTask): its whole process group, when it runs
// on this host. Never the caller's own group (a worker archiving itself).
ProcessGroup::Termination stopWorker(const TransitionOutcome &outcome, int graceMs = 5000);

// After complete or archive: removes the task's scratch workspace (only
// strictly inside the scratch root) or its clean worktree. `task` is the
// task after the transition; anything but done/archived is left alone.
Workspaces::Cleanup removeWorkspace(const BoardLocation &location, const Task &task);
} // namespace TaskCleanup
