// Workspaces: scratch (and the safety of its deletion), dir:, worktree.
#include "tests/dispatcher/DispatchFixture.h"

#include "dispatcher/Git.h"
#include "dispatcher/TaskCleanup.h"
#include "dispatcher/Workspaces.h"
#include "model/KanbanError.h"

class TestWorkspaces : public QObject
{
    Q_OBJECT

    static Task taskOf(const QString &id, const QString &kind = QStringLiteral("scratch"),
                       const QString &path = {})
    {
        Task t;
        t.id = id;
        t.status = TaskStatus::Done;
        t.workspaceKind = kind;
        t.workspacePath = path;
        return t;
    }

    static void git(const QString &dir, const QStringList &args)
    {
        const Git::Result r = Git::run(dir, args);
        QVERIFY2(r.ok(), qPrintable(r.err));
    }

    static QString makeRepo(const QString &path)
    {
        QDir().mkpath(path);
        git(path, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                   QStringLiteral("main")});
        git(path,
            {QStringLiteral("-c"), QStringLiteral("user.email=t@example.org"), QStringLiteral("-c"),
             QStringLiteral("user.name=t"), QStringLiteral("commit"), QStringLiteral("-q"),
             QStringLiteral("--allow-empty"), QStringLiteral("-m"), QStringLiteral("init")});
        return path;
    }

private slots:
    void scratchIsCreatedPrivateAndRemoved()
    {
        Fixture::Env env;
        const Task t = taskOf(QStringLiteral("t_00000001"));
        const Workspaces::Prepared ws = Workspaces::prepare(env.location, t);
        QCOMPARE(ws.path, env.location.workspacePath(t.id));
        QVERIFY(QFileInfo(ws.path).isDir());
        const auto open = QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
        QVERIFY((QFile::permissions(ws.path) & open) == 0);
        QVERIFY((QFile::permissions(env.location.workspacesDir()) & open) == 0);
        QVERIFY(Workspaces::isManagedScratch(env.location, ws.path));
        QFile f(ws.path + QStringLiteral("/out.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Workspaces::Cleanup c = TaskCleanup::removeWorkspace(env.location, t);
        QVERIFY2(c.removed, qPrintable(c.message));
        QVERIFY(!QFileInfo::exists(ws.path));
        // Running tasks keep their workspace.
        Task running = taskOf(QStringLiteral("t_00000002"));
        running.status = TaskStatus::Running;
        const QString p = Workspaces::prepare(env.location, running).path;
        QVERIFY(!TaskCleanup::removeWorkspace(env.location, running).removed);
        QVERIFY(QFileInfo::exists(p));
    }

    void managedScratchIsStrictlyInsideTheRoot()
    {
        Fixture::Env env;
        const QString root = env.location.workspacesDir();
        QDir().mkpath(root + QStringLiteral("/t_1"));
        QVERIFY(Workspaces::isManagedScratch(env.location, root + QStringLiteral("/t_1")));
        QVERIFY(!Workspaces::isManagedScratch(env.location, root));
        QVERIFY(!Workspaces::isManagedScratch(env.location, root + QStringLiteral("/")));
        QVERIFY(!Workspaces::isManagedScratch(env.location, root + QStringLiteral("/..")));
        QVERIFY(!Workspaces::isManagedScratch(env.location, root + QStringLiteral("/t_1/../..")));
        QVERIFY(!Workspaces::isManagedScratch(env.location, env.location.boardDir));
        QVERIFY(!Workspaces::isManagedScratch(env.location, env.location.logsDir()));
        QVERIFY(!Workspaces::isManagedScratch(env.location, root + QStringLiteral("-evil/t_1")));
        QVERIFY(!Workspaces::isManagedScratch(env.location, QString()));
    }

    void cleanupRefusesAPathOutsideTheRoot()
    {
        Fixture::Env env;
        const QString src = env.path(QStringLiteral("src"));
        QDir().mkpath(src);
        QFile keep(src + QStringLiteral("/main.cpp"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const Workspaces::Cleanup c = Workspaces::cleanup(
            env.location, taskOf(QStringLiteral("t_1"), QStringLiteral("scratch"), src));
        QVERIFY(!c.removed);
        QVERIFY(c.message.contains(QStringLiteral("Refusing")));
        QVERIFY(QFile::exists(src + QStringLiteral("/main.cpp")));
    }

    void cleanupRefusesASymlinkEscape()
    {
        Fixture::Env env;
        const QString src = env.path(QStringLiteral("precious"));
        QDir().mkpath(src);
        QFile keep(src + QStringLiteral("/data"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        QDir().mkpath(env.location.workspacesDir());
        const QString link = env.location.workspacePath(QStringLiteral("t_link"));
        QVERIFY(QFile::link(src, link));
        QVERIFY(!Workspaces::isManagedScratch(env.location, link));
        const Workspaces::Cleanup c = Workspaces::cleanup(
            env.location, taskOf(QStringLiteral("t_link"), QStringLiteral("scratch"), link));
        QVERIFY(!c.removed);
        QVERIFY(QFile::exists(src + QStringLiteral("/data")));

        // A symlink inside a real scratch folder is removed, not followed.
        const Task t = taskOf(QStringLiteral("t_inner"));
        const QString ws = Workspaces::prepare(env.location, t).path;
        QVERIFY(QFile::link(src, ws + QStringLiteral("/escape")));
        QVERIFY(Workspaces::cleanup(env.location, t).removed);
        QVERIFY(!QFileInfo::exists(ws));
        QVERIFY(QFile::exists(src + QStringLiteral("/data")));
    }

    void dirWorkspace()
    {
        Fixture::Env env;
        const QString target = env.path(QStringLiteral("work/deep"));
        const Task t = taskOf(QStringLiteral("t_1"), QStringLiteral("dir"), target);
        QCOMPARE(Workspaces::prepare(env.location, t).path, target);
        QVERIFY(QFileInfo(target).isDir());
        QVERIFY(!Workspaces::cleanup(env.location, t).removed);
        QVERIFY(QFileInfo(target).isDir()); // never deleted

        QVERIFY_THROWS_EXCEPTION(
            KanbanError,
            Workspaces::prepare(env.location, taskOf(QStringLiteral("t_2"), QStringLiteral("dir"),
                                                     QStringLiteral("rel/path"))));
        try {
            Workspaces::prepare(env.location, taskOf(QStringLiteral("t_2"), QStringLiteral("dir"),
                                                     QStringLiteral("rel")));
        } catch (const KanbanError &e) {
            QVERIFY(e.message().contains(QStringLiteral("non-absolute")));
        }
        QVERIFY_THROWS_EXCEPTION(
            KanbanError, Workspaces::prepare(env.location,
                                             taskOf(QStringLiteral("t_3"), QStringLiteral("dir"))));
    }

    void worktreeOnBranchWtId()
    {
        Fixture::Env env;
        const QString repo = makeRepo(env.path(QStringLiteral("repo")));
        Task t = taskOf(QStringLiteral("t_abc"), QStringLiteral("worktree"), repo);
        t.status = TaskStatus::Running;
        const Workspaces::Prepared ws = Workspaces::prepare(env.location, t);
        QCOMPARE(ws.path, repo + QStringLiteral("/.worktrees/t_abc"));
        QCOMPARE(ws.branch, QStringLiteral("wt/t_abc"));
        QVERIFY(Git::isLinkedWorktree(ws.path));
        QCOMPARE(Git::currentBranch(ws.path), QStringLiteral("wt/t_abc"));
        // Prepared again (a retry): the same worktree is reused.
        t.workspacePath = ws.path;
        QCOMPARE(Workspaces::prepare(env.location, t).path, ws.path);

        // An explicit new path gets a worktree there.
        Task other = taskOf(QStringLiteral("t_def"), QStringLiteral("worktree"),
                            env.path(QStringLiteral("repo-def")));
        QVERIFY_THROWS_EXCEPTION(KanbanError,
                                 Workspaces::prepare(env.location, other)); // not in a repo
        other.workspacePath = repo + QStringLiteral("/wt-def");
        const Workspaces::Prepared ws2 = Workspaces::prepare(env.location, other);
        QCOMPARE(ws2.path, repo + QStringLiteral("/wt-def"));
        QCOMPARE(Git::currentBranch(ws2.path), QStringLiteral("wt/t_def"));

        // Removed only when clean; the branch stays.
        QFile dirty(ws2.path + QStringLiteral("/dirty.txt"));
        QVERIFY(dirty.open(QIODevice::WriteOnly));
        dirty.close();
        Task done = other;
        done.workspacePath = ws2.path;
        done.status = TaskStatus::Done;
        const Workspaces::Cleanup kept = Workspaces::cleanup(env.location, done);
        QVERIFY(!kept.removed);
        QVERIFY(kept.message.contains(QStringLiteral("uncommitted")));
        QVERIFY(QFile::remove(ws2.path + QStringLiteral("/dirty.txt")));
        QVERIFY(Workspaces::cleanup(env.location, done).removed);
        QVERIFY(!QFileInfo::exists(ws2.path));
        QVERIFY(Git::branchExists(repo, QStringLiteral("wt/t_def")));

        // Without a path and without default_workdir: a clear error.
        QVERIFY_THROWS_EXCEPTION(
            KanbanError, Workspaces::prepare(env.location, taskOf(QStringLiteral("t_x"),
                                                                  QStringLiteral("worktree"))));
        // default_workdir anchors it.
        QCOMPARE(Workspaces::prepare(
                     env.location, taskOf(QStringLiteral("t_y"), QStringLiteral("worktree")), repo)
                     .path,
                 repo + QStringLiteral("/.worktrees/t_y"));
    }

    void gcRemovesArchivedScratchOnly()
    {
        Fixture::Env env;
        Task archived = taskOf(QStringLiteral("t_arch"));
        archived.status = TaskStatus::Archived;
        const QString ws = Workspaces::prepare(env.location, archived).path;
        const QString outside = env.path(QStringLiteral("outside"));
        QDir().mkpath(outside);
        Task archivedOutside = taskOf(QStringLiteral("t_out"), QStringLiteral("scratch"), outside);
        archivedOutside.status = TaskStatus::Archived;
        Task done = taskOf(QStringLiteral("t_done"));
        const QString doneWs = Workspaces::prepare(env.location, done).path;
        QCOMPARE(Workspaces::gcArchived(env.location, {archived, archivedOutside, done}), 1);
        QVERIFY(!QFileInfo::exists(ws));
        QVERIFY(QFileInfo::exists(outside));
        QVERIFY(QFileInfo::exists(doneWs));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
