#include "dispatcher/TaskClaim.h"

#include "model/DispatchKernel.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"

namespace TaskClaim {

namespace {

// Prepares the workspace of a task just claimed and records its path and branch.
Claimed prepare(Board &board, const BoardLocation &location, const Task &task,
                const QString &defaultWorkdir)
{
    Claimed c{task, {}, {}};
    try {
        c.workspace = Workspaces::prepare(location, c.task, defaultWorkdir);
        DispatchKernel(board).setWorkspace(task.id, c.workspace.path, c.workspace.branch);
    } catch (const KanbanError &e) {
        c.workspace = {};
        c.error = e.message();
        return c;
    }
    c.task.workspacePath = c.workspace.path;
    if (!c.workspace.branch.isEmpty())
        c.task.branchName = c.workspace.branch;
    return c;
}

} // namespace

std::optional<Claimed> claimAndPrepare(Board &board, const BoardLocation &location,
                                       const QString &id, qint64 ttl, const QString &defaultWorkdir,
                                       const ClaimCaps &caps)
{
    const std::optional<Task> task = Kernel(board).claimTask(id, ttl, {}, caps);
    if (!task)
        return std::nullopt;
    return prepare(board, location, *task, defaultWorkdir);
}

QList<Claimed> claimAllAndPrepare(Board &board, const BoardLocation &location,
                                  const QStringList &ids, qint64 ttl, const QString &defaultWorkdir,
                                  const ClaimCaps &caps)
{
    QList<Claimed> out;
    for (const Task &task : Kernel(board).claimTasks(ids, ttl, {}, caps))
        out << prepare(board, location, task, defaultWorkdir);
    return out;
}

std::optional<Claimed> claimReviewAndPrepare(Board &board, const BoardLocation &location,
                                             const QString &id, qint64 ttl,
                                             const QString &defaultWorkdir, const ClaimCaps &caps)
{
    const std::optional<Task> task = Kernel(board).claimReviewTask(id, ttl, {}, caps);
    if (!task)
        return std::nullopt;
    return prepare(board, location, *task, defaultWorkdir);
}

} // namespace TaskClaim
