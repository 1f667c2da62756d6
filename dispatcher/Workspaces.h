#pragma once

#include "model/BoardPaths.h"
#include "model/Types.h"

#include <QList>
#include <QString>

// Where a worker works (SPEC §6, reference §5):
//   scratch          <board dir>/workspaces/<task id>/ (0700); deleted on
//                    complete/archive, only strictly inside the root
//   dir:<abs path>   created if missing, never deleted
//   worktree[:<p>]   `git worktree add -b wt/<id>`; removed only when clean
//                    (no uncommitted changes, no files git ignores)
// Paths built from a task id go through BoardPaths::childPath: an id that
// cannot name a folder inside its parent is refused, never followed.
namespace Workspaces {

struct Prepared
{
    QString path;
    QString branch; // worktrees only
};

// Creates (or reuses) the task's workspace. defaultWorkdir anchors a
// `worktree` without a path. Throws KanbanError with the reason.
Prepared prepare(const BoardLocation &location, const Task &task,
                 const QString &defaultWorkdir = {});

// True when `path` is strictly inside the scratch root, both lexically and
// after resolving symlinks (the root itself is not managed).
bool isManagedScratch(const BoardLocation &location, const QString &path);

struct Cleanup
{
    bool removed = false;
    QString message; // why it was kept, when it was not removed
};
// After complete or archive: deletes a managed scratch workspace, removes
// a clean worktree (its branch stays), keeps dir: workspaces.
Cleanup cleanup(const BoardLocation &location, const Task &task);

// gc: deletes the scratch workspaces of archived tasks (same safety
// check) and removes their clean worktrees; a task with an open run keeps
// its workspace. Returns how many went.
int gcArchived(const BoardLocation &location, const QList<Task> &archivedTasks);

} // namespace Workspaces
