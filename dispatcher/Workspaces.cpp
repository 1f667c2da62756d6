#include "dispatcher/Workspaces.h"

#include "dispatcher/Git.h"
#include "model/KanbanError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QFileDevice::Permissions kPrivateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

void makeDir(const QString &path, bool privateDir)
{
    if (!QFileInfo(path).isDir() && !QDir().mkpath(path))
        throw KanbanError(QStringLiteral("workspace: cannot create %1").arg(path));
    if (privateDir)
        QFile::setPermissions(path, kPrivateDir);
}

// Always <workspaces>/<task id>: a stored path is used only when it is
// that folder (or another managed one); one the database names elsewhere
// (an old import, a row written by hand) is not trusted.
Workspaces::Prepared scratch(const BoardLocation &loc, const Task &t)
{
    QString path = t.workspacePath;
    if (path.isEmpty() || !Workspaces::isManagedScratch(loc, path))
        path = loc.workspacePath(t.id);
    if (path.isEmpty())
        throw KanbanError(
            QStringLiteral("workspace: task id '%1' cannot name a folder of the board").arg(t.id));
    // A folder someone linked there is used as it is (not made private)
    // and never deleted (isManagedScratch), as the original does.
    const bool managed = Workspaces::isManagedScratch(loc, path) || !QFileInfo::exists(path);
    if (!QFileInfo::exists(loc.workspacesDir()))
        makeDir(loc.workspacesDir(), true);
    makeDir(path, managed);
    return {QDir::cleanPath(path), {}};
}

Workspaces::Prepared dir(const Task &t)
{
    if (t.workspacePath.isEmpty())
        throw KanbanError(
            QStringLiteral("workspace: task %1 has workspace_kind=dir but no workspace_path")
                .arg(t.id));
    if (!QDir::isAbsolutePath(t.workspacePath))
        throw KanbanError(
            QStringLiteral(
                "workspace: task %1 has a non-absolute workspace_path '%2'; use an absolute "
                "path (relative paths are ambiguous against the dispatcher's CWD)")
                .arg(t.id, t.workspacePath));
    makeDir(t.workspacePath, false);
    return {QDir::cleanPath(t.workspacePath), {}};
}

QString nearestExisting(QString path)
{
    while (!QFileInfo::exists(path)) {
        const QString up = QFileInfo(path).absolutePath();
        if (up == path)
            return {};
        path = up;
    }
    return path;
}

Workspaces::Prepared worktree(const Task &t, const QString &defaultWorkdir)
{
    const QString anchor =
        QDir::cleanPath(t.workspacePath.isEmpty() ? defaultWorkdir : t.workspacePath);
    if (anchor.isEmpty() || anchor == QLatin1String("."))
        throw KanbanError(
            QStringLiteral("workspace: task %1 has workspace_kind=worktree but no path; use "
                           "--workspace worktree:/abs/repo or set default_workdir in [dispatcher]")
                .arg(t.id));
    if (!QDir::isAbsolutePath(anchor))
        throw KanbanError(QStringLiteral("workspace: task %1 has a non-absolute worktree path '%2'")
                              .arg(t.id, anchor));
    const QString branch = t.branchName.isEmpty() ? QStringLiteral("wt/") + t.id : t.branchName;
    const QString probe = nearestExisting(anchor);
    const QString repo = probe.isEmpty() ? QString() : Git::mainCheckout(probe);
    if (repo.isEmpty())
        throw KanbanError(
            QStringLiteral("workspace: %1 is not inside a git repository").arg(anchor));

    QString path = anchor;
    if (QFileInfo(anchor).isDir()) {
        // An existing worktree on our branch is reused; a repository (or a
        // worktree of another branch) anchors <repo>/.worktrees/<id>.
        if (Git::isLinkedWorktree(anchor) && Git::topLevel(anchor) == anchor &&
            Git::currentBranch(anchor) == branch)
            return {anchor, branch};
        path = BoardPaths::childPath(repo + QStringLiteral("/.worktrees"), t.id);
        if (path.isEmpty())
            throw KanbanError(
                QStringLiteral("workspace: task id '%1' cannot name a worktree folder").arg(t.id));
    }
    if (QFileInfo(path).isDir() && Git::isLinkedWorktree(path) &&
        Git::currentBranch(path) == branch)
        return {path, branch};
    QStringList args{QStringLiteral("worktree"), QStringLiteral("add")};
    if (Git::branchExists(repo, branch))
        args << path << branch;
    else
        args << QStringLiteral("-b") << branch << path << QStringLiteral("HEAD");
    const Git::Result r = Git::run(repo, args);
    if (!r.ok())
        throw KanbanError(
            QStringLiteral("workspace: git worktree add failed for %1 on branch %2: %3")
                .arg(t.id, branch, r.err.isEmpty() ? r.out : r.err));
    return {path, branch};
}

bool strictlyInside(const QString &root, const QString &path)
{
    return !root.isEmpty() && path.startsWith(root + QLatin1Char('/')) &&
           path.size() > root.size() + 1;
}

} // namespace

namespace Workspaces {

Prepared prepare(const BoardLocation &location, const Task &task, const QString &defaultWorkdir)
{
    if (task.workspaceKind == QLatin1String("dir"))
        return dir(task);
    if (task.workspaceKind == QLatin1String("worktree"))
        return worktree(task, defaultWorkdir);
    if (task.workspaceKind.isEmpty() || task.workspaceKind == QLatin1String("scratch"))
        return scratch(location, task);
    throw KanbanError(
        QStringLiteral("workspace: unknown workspace kind '%1'").arg(task.workspaceKind));
}

bool isManagedScratch(const BoardLocation &location, const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString root = QDir::cleanPath(QDir(location.workspacesDir()).absolutePath());
    const QString lexical = QDir::cleanPath(QDir(path).absolutePath());
    if (!strictlyInside(root, lexical))
        return false;
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    const QString realPath = QFileInfo(lexical).canonicalFilePath();
    return strictlyInside(realRoot, realPath);
}

Cleanup cleanup(const BoardLocation &location, const Task &task)
{
    Cleanup out;
    if (task.workspaceKind == QLatin1String("worktree")) {
        const QString path = task.workspacePath;
        if (path.isEmpty() || !QFileInfo(path).isDir())
            return out;
        if (!Git::isLinkedWorktree(path) || Git::topLevel(path) != QDir::cleanPath(path)) {
            out.message = QStringLiteral("Keeping %1: not a linked git worktree").arg(path);
            return out;
        }
        if (!Git::isClean(path)) {
            out.message =
                QStringLiteral("Keeping worktree %1: it has uncommitted changes").arg(path);
            return out;
        }
        // `git worktree remove` deletes ignored files without asking: build
        // output or notes the worker left are kept like uncommitted work.
        if (Git::hasIgnoredFiles(path)) {
            out.message = QStringLiteral("Keeping worktree %1: it has files git ignores").arg(path);
            return out;
        }
        const Git::Result r = Git::run(
            Git::mainCheckout(path), {QStringLiteral("worktree"), QStringLiteral("remove"), path});
        out.removed = r.ok();
        if (!r.ok())
            out.message = QStringLiteral("Keeping worktree %1: %2").arg(path, r.err);
        return out;
    }
    if (!task.workspaceKind.isEmpty() && task.workspaceKind != QLatin1String("scratch"))
        return out; // dir: never deleted
    const QString path =
        task.workspacePath.isEmpty() ? location.workspacePath(task.id) : task.workspacePath;
    if (path.isEmpty() || (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()))
        return out;
    if (!isManagedScratch(location, path)) {
        out.message = QStringLiteral("Refusing to remove out-of-scratch workspace %1").arg(path);
        return out;
    }
    out.removed = QDir(path).removeRecursively();
    if (!out.removed)
        out.message = QStringLiteral("Could not fully remove %1").arg(path);
    return out;
}

int gcArchived(const BoardLocation &location, const QList<Task> &archivedTasks)
{
    int removed = 0;
    for (const Task &t : archivedTasks) {
        // A task with an open run keeps its workspace (its worker may be in it).
        if (t.status == QLatin1String("archived") && !t.currentRunId &&
            cleanup(location, t).removed)
            ++removed;
    }
    return removed;
}

} // namespace Workspaces
