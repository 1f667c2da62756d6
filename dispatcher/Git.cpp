#include "dispatcher/Git.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace Git {

Result run(const QString &dir, const QStringList &args, int timeoutMs)
{
    Result r;
    QProcess p;
    p.setProgram(QStringLiteral("git"));
    p.setArguments(QStringList{QStringLiteral("-C"), dir} + args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted()) {
        r.err = QStringLiteral("cannot run git: %1").arg(p.errorString());
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("git %1 timed out").arg(args.join(QLatin1Char(' ')));
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString topLevel(const QString &dir)
{
    const Result r = run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    return r.ok() ? QDir::cleanPath(r.out) : QString();
}

QString mainCheckout(const QString &dir)
{
    const Result r =
        run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--path-format=absolute"),
                  QStringLiteral("--git-common-dir")});
    if (!r.ok())
        return {};
    const QFileInfo common(r.out);
    return QDir::cleanPath(common.absolutePath());
}

bool isLinkedWorktree(const QString &dir)
{
    const Result gitDir =
        run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--path-format=absolute"),
                  QStringLiteral("--git-dir")});
    const Result common =
        run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--path-format=absolute"),
                  QStringLiteral("--git-common-dir")});
    return gitDir.ok() && common.ok() && QDir::cleanPath(gitDir.out) != QDir::cleanPath(common.out);
}

QString currentBranch(const QString &dir)
{
    const Result r = run(
        dir, {QStringLiteral("symbolic-ref"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    return r.ok() ? r.out : QString();
}

bool branchExists(const QString &repo, const QString &branch)
{
    return run(repo, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                      QStringLiteral("--quiet"), QStringLiteral("refs/heads/") + branch})
        .ok();
}

bool isClean(const QString &dir)
{
    const Result r = run(dir, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    return r.ok() && r.out.isEmpty();
}

bool hasIgnoredFiles(const QString &dir)
{
    const Result r = run(dir, {QStringLiteral("status"), QStringLiteral("--porcelain"),
                               QStringLiteral("--ignored")});
    // Unreadable status: assume there is something to keep.
    if (!r.ok())
        return true;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("!!")))
            return true;
    }
    return false;
}

} // namespace Git
