#include "model/TaskFields.h"

#include "model/ProfileNames.h"

#include <QDir>
#include <QRegularExpression>

namespace {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            return true;
    }
    return false;
}

} // namespace

namespace TaskFields {

bool isTaskId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^t_[0-9a-f]{8,64}$"));
    return re.match(id).hasMatch();
}

QString taskIdProblem(const QString &id)
{
    return isTaskId(id) ? QString()
                        : QStringLiteral("is not a task id (t_ and 8 to 64 lowercase hex digits)");
}

bool isProfileName(const QString &name)
{
    return ProfileNames::isValid(name);
}

QString profileNameProblem(const QString &name)
{
    return isProfileName(name) ? QString()
                               : QStringLiteral("is not a profile name (lowercase letters, "
                                                "digits, '.', '_' or '-', at most 64)");
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

QString workspaceProblem(const QString &kind, const QString &path)
{
    if (kind != QLatin1String("scratch") && kind != QLatin1String("worktree") &&
        kind != QLatin1String("dir"))
        return QStringLiteral("is not a workspace kind (scratch, worktree or dir)");
    if (kind == QLatin1String("scratch") && !path.isEmpty())
        return QStringLiteral("a scratch workspace takes no path");
    if (kind == QLatin1String("dir") && path.isEmpty())
        return QStringLiteral("needs a workspace_path");
    if (path.isEmpty())
        return {};
    if (hasControl(path))
        return QStringLiteral("has control characters in its path");
    if (!QDir::isAbsolutePath(path))
        return QStringLiteral("is not an absolute path");
    if (QDir::cleanPath(path) != path)
        return QStringLiteral("is not a clean path (no '.', '..' or doubled '/')");
    return {};
}

QString branchProblem(const QString &branch)
{
    if (branch.startsWith(QLatin1Char('-')) ||
        branch.contains(QRegularExpression(QStringLiteral("\\s"))) || hasControl(branch) ||
        branch.isEmpty())
        return QStringLiteral("is not a branch name");
    return {};
}

} // namespace TaskFields
