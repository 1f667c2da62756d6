#include "model/BoardPaths.h"

#include "model/Dialect.h"

#include "model/KanbanError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

static QString envValue(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

QString BoardLocation::logsDir() const
{
    return boardDir + QStringLiteral("/logs");
}

QString BoardLocation::workspacesDir() const
{
    return boardDir + QStringLiteral("/workspaces");
}

QString BoardLocation::logPath(const QString &taskId) const
{
    if (taskId.isEmpty())
        return {};
    return BoardPaths::childPath(logsDir(), taskId + QStringLiteral(".log"));
}

QString BoardLocation::workspacePath(const QString &taskId) const
{
    return BoardPaths::childPath(workspacesDir(), taskId);
}

namespace BoardPaths {

QString root()
{
    const QString home = envValue("QKANBAN_HOME");
    if (!home.isEmpty())
        return QDir::cleanPath(QDir(home).absolutePath());
    QString xdg = envValue("XDG_DATA_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(xdg + QStringLiteral("/qkanban"));
}

QString configPath()
{
    const QString pinned = envValue("QKANBAN_CONFIG");
    if (!pinned.isEmpty())
        return pinned;
    QString xdg = envValue("XDG_CONFIG_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.config");
    return QDir::cleanPath(xdg + QStringLiteral("/qkanban/qkanban.conf"));
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return re.match(slug).hasMatch();
}

QString slugError(const QString &slug)
{
    if (isValidSlug(slug))
        return {};
    return QStringLiteral("invalid board slug '%1': must be 1-64 chars, lowercase alphanumerics / "
                          "hyphens / underscores, not starting with '-' or '_'")
        .arg(slug);
}

QString boardDir(const QString &root, const QString &slug)
{
    return root + QStringLiteral("/boards/") + slug;
}

QString dbPathFor(const QString &root, const QString &slug)
{
    return boardDir(root, slug) + QStringLiteral("/board.db");
}

bool boardExists(const QString &root, const QString &slug)
{
    if (slug == QLatin1String("default"))
        return true;
    return isValidSlug(slug) && QFileInfo::exists(dbPathFor(root, slug));
}

QStringList listBoards(const QString &root)
{
    QStringList out{QStringLiteral("default")};
    QDir dir(root + QStringLiteral("/boards"));
    QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    for (const QString &n : names) {
        if (n != QLatin1String("default") && isValidSlug(n) &&
            QFileInfo::exists(dbPathFor(root, n)))
            out << n;
    }
    return out;
}

QString currentBoard(const QString &root)
{
    QFile f(root + QStringLiteral("/current"));
    if (f.open(QIODevice::ReadOnly)) {
        QString slug = QString::fromUtf8(f.readLine(256)).trimmed();
        if (slug.startsWith(QChar(0xFEFF)))
            slug.remove(0, 1);
        if (boardExists(root, slug))
            return slug;
    }
    return QStringLiteral("default");
}

void setCurrentBoard(const QString &root, const QString &slug)
{
    QDir().mkpath(root);
    QFile f(root + QStringLiteral("/current"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw KanbanError(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()),
                          KanbanError::Storage);
    f.write(slug.toUtf8() + '\n');
}

QString childPath(const QString &folder, const QString &name)
{
    if (folder.isEmpty() || name.isEmpty() || name == QLatin1String(".") ||
        name == QLatin1String("..") || name.contains(QLatin1Char('/')) || name.contains(QChar(0)) ||
        name.toUtf8().size() > 255)
        return {};
    const QString root = QDir::cleanPath(folder);
    const QString path = QDir::cleanPath(root + QLatin1Char('/') + name);
    const QString prefix = root == QLatin1String("/") ? root : root + QLatin1Char('/');
    if (!path.startsWith(prefix) || path.size() <= prefix.size() ||
        path.mid(prefix.size()).contains(QLatin1Char('/')))
        return {};
    return path;
}

BoardLocation resolve(const QString &boardArg, const QString &dbArg)
{
    BoardLocation loc;
    loc.root = root();
    QString pinned = dbArg.trimmed();
    if (pinned.isEmpty())
        pinned = envValue("QKANBAN_DB");
    if (!pinned.isEmpty()) {
        loc.isPinned = true;
        loc.slug = boardArg.isEmpty() ? QStringLiteral("default") : boardArg;
        if (Dialect::isPostgresPath(pinned)) {
            loc.dbPath = pinned;
            loc.boardDir = boardDir(loc.root, loc.slug);
        } else {
            const QFileInfo fi(pinned);
            loc.dbPath = fi.absoluteFilePath();
            loc.boardDir = fi.absolutePath();
        }
        return loc;
    }
    QString slug = boardArg.trimmed().toLower();
    if (!boardArg.isEmpty() && !isValidSlug(slug))
        throw KanbanError(slugError(boardArg));
    if (!slug.isEmpty() && !boardExists(loc.root, slug))
        throw KanbanError(QStringLiteral("board '%1' does not exist. Create it with `qkanban "
                                         "--headless boards create %1`.")
                              .arg(slug),
                          KanbanError::NotFound);
    if (slug.isEmpty()) {
        const QString env = envValue("QKANBAN_BOARD").toLower();
        if (!env.isEmpty() && boardExists(loc.root, env))
            slug = env;
    }
    if (slug.isEmpty())
        slug = currentBoard(loc.root);
    loc.slug = slug;
    loc.boardDir = boardDir(loc.root, slug);
    loc.dbPath = dbPathFor(loc.root, slug);
    return loc;
}

} // namespace BoardPaths
