#include "dispatcher/TaskCleanup.h"

#include "model/Board.h"
#include "model/DispatchKernel.h"
#include "model/DispatcherStatus.h"
#include "model/Kernel.h"

#include <QThreadPool>

#include <unistd.h>

namespace {

// The worker of the run a task was on.
struct Worker
{
    qint64 runId = 0; // 0: known only from the transition's outcome
    qint64 pid = 0;
    QString host;
    QString fingerprint; // start time recorded at spawn, "" when unknown
};

std::optional<Worker> workerBefore(Board &board, const QString &id)
{
    const std::optional<RunningTask> r = DispatchKernel(board).runningTask(id);
    if (!r || !r->task.workerPid)
        return std::nullopt;
    return Worker{r->task.currentRunId.value_or(0), *r->task.workerPid, r->task.workerHost,
                  r->workerFingerprint};
}

// The caller is the worker itself (or one of its children): it names the
// run in its environment, or descends from the worker's process.
bool callerIsWorker(const QString &taskId, const Worker &w)
{
    bool ok = false;
    const qint64 envRun = qEnvironmentVariable("QKANBAN_RUN_ID").trimmed().toLongLong(&ok);
    const QString envTask = qEnvironmentVariable("QKANBAN_TASK");
    if (ok && w.runId > 0 && envRun == w.runId && (envTask.isEmpty() || envTask == taskId))
        return true;
    if (w.pid == qint64(::getpid()) || w.pid == qint64(::getpgrp()))
        return true;
    qint64 p = qint64(::getppid());
    for (int depth = 0; p > 1 && depth < 256; ++depth) {
        if (p == w.pid)
            return true;
        p = ProcessGroup::parentOf(p);
    }
    return false;
}

} // namespace

namespace TaskCleanup {

Left leaveRunning(Board &board, const QString &id,
                  const std::function<TransitionOutcome()> &transition, const Options &options)
{
    std::optional<Worker> worker = workerBefore(board, id);
    const TransitionOutcome out = transition();
    Left left;
    if (!out.ok)
        return left;
    left.ok = true;
    // A claim that raced the snapshot: the kernel names the worker it left.
    if (out.workerPid && (!worker || worker->pid != *out.workerPid))
        worker = Worker{0, *out.workerPid, out.workerHost,
                        DispatchKernel(board).workerFingerprint(id, *out.workerPid)};
    const std::optional<Task> after = Kernel(board).task(id);
    if (worker && after && after->status == TaskStatus::Running &&
        (worker->runId == 0 || after->currentRunId == worker->runId))
        worker.reset(); // still on that run: nothing left it
    if (worker && (worker->pid <= 1 ||
                   (!worker->host.isEmpty() && worker->host != DispatcherStatus::thisHost())))
        worker.reset();
    if (worker && callerIsWorker(id, *worker)) {
        left.self = true;
        worker.reset();
    }
    left.stopping = worker.has_value();
    const BoardLocation location = board.location();
    auto finish = [location, after, worker, grace = options.graceMs] {
        ProcessGroup::Termination term;
        if (worker)
            term =
                ProcessGroup::stopWorker({worker->pid, worker->host, worker->fingerprint}, grace);
        if (after)
            removeWorkspace(location, *after);
        return term;
    };
    if (options.wait == Wait::Background)
        QThreadPool::globalInstance()->start([finish] { finish(); });
    else
        left.termination = finish();
    return left;
}

Workspaces::Cleanup removeWorkspace(const BoardLocation &location, const Task &task)
{
    if (task.status != TaskStatus::Done && task.status != TaskStatus::Archived)
        return {};
    return Workspaces::cleanup(location, task);
}

} // namespace TaskCleanup
