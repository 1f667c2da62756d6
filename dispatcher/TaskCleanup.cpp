#include "dispatcher/TaskCleanup.h"

#include "model/DispatcherStatus.h"

#include <unistd.h>

namespace TaskCleanup {

ProcessGroup::Termination stopWorker(const TransitionOutcome &outcome, int graceMs)
{
    if (!outcome.workerPid || *outcome.workerPid <= 1)
        return {};
    if (!outcome.workerHost.isEmpty() && outcome.workerHost != DispatcherStatus::thisHost())
        return {};
    if (*outcome.workerPid == qint64(::getpgrp()) || *outcome.workerPid == qint64(::getpid()))
        return {};
    return ProcessGroup::terminateGroup(*outcome.workerPid, graceMs);
}

Workspaces::Cleanup removeWorkspace(const BoardLocation &location, const Task &task)
{
    if (task.status != TaskStatus::Done && task.status != TaskStatus::Archived)
        return {};
    return Workspaces::cleanup(location, task);
}

} // namespace TaskCleanup
