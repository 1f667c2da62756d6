// `boards list|create|switch|rm|show`: several boards under one root.
// Works without opening a board first (and ignores --board).
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/BoardLock.h"
#include "dispatcher/DispatcherFleet.h"
#include "model/BoardPaths.h"
#include "model/Json.h"
#include "model/KanbanError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace {

QString requireSlug(const VerbContext &ctx)
{
    const QString raw = ctx.args().value(QStringLiteral("slug"));
    if (raw.isEmpty())
        VerbContext::usageError(QStringLiteral("boards %1 needs a board slug")
                                    .arg(ctx.args().value(QStringLiteral("action"))));
    const QString slug = raw.trimmed().toLower();
    if (!BoardPaths::isValidSlug(slug))
        VerbContext::usageError(BoardPaths::slugError(raw));
    return slug;
}

void requireExisting(const QString &root, const QString &slug)
{
    if (!BoardPaths::boardExists(root, slug))
        throw KanbanError(
            QStringLiteral("board '%1' does not exist. Create it with `qkanban --headless boards "
                           "create %1`.")
                .arg(slug),
            KanbanError::NotFound);
}

int listBoards(VerbContext &ctx)
{
    const QString root = BoardPaths::root();
    const QString current = BoardPaths::currentBoard(root);
    Json list = Json::array();
    QStringList lines;
    for (const QString &slug : BoardPaths::listBoards(root)) {
        const BoardLocation loc = DispatcherFleet::locationFor(root, slug);
        Json counts = Json::object();
        qint64 total = 0;
        QStringList parts;
        if (QFileInfo::exists(loc.dbPath)) {
            Board board(loc);
            Kernel k(board);
            const BoardStats s = k.boardStats();
            for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it) {
                counts.set(it.key(), it.value());
                parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
                total += it.value();
            }
        }
        Json o = Json::object();
        o.set(QStringLiteral("slug"), slug);
        o.set(QStringLiteral("db_path"), loc.dbPath);
        o.set(QStringLiteral("is_current"), slug == current);
        o.set(QStringLiteral("exists"), QFileInfo::exists(loc.dbPath));
        o.set(QStringLiteral("counts"), counts);
        o.set(QStringLiteral("total"), total);
        list << o;
        lines << QStringLiteral("%1 %2  %3  %4")
                     .arg(slug == current ? QStringLiteral("*") : QStringLiteral(" "),
                          slug.leftJustified(20))
                     .arg(total, 5)
                     .arg(parts.isEmpty() ? QStringLiteral("(empty)")
                                          : parts.join(QStringLiteral(", ")));
    }
    if (ctx.args().flag(QStringLiteral("json"))) {
        ctx.write(list.dump(2) + '\n');
        return 0;
    }
    ctx.print(QStringLiteral("  %1  %2  COUNTS")
                  .arg(QStringLiteral("BOARD").leftJustified(20), QStringLiteral("TASKS")));
    for (const QString &line : lines)
        ctx.print(line);
    return 0;
}

int createBoard(VerbContext &ctx)
{
    const QString root = BoardPaths::root();
    const QString slug = requireSlug(ctx);
    const BoardLocation loc = DispatcherFleet::locationFor(root, slug);
    if (QFileInfo::exists(loc.dbPath))
        throw KanbanError(QStringLiteral("board '%1' already exists").arg(slug),
                          KanbanError::Conflict);
    {
        Board board(loc); // creates and initialises the database
    }
    ctx.print(QStringLiteral("Created board '%1' at %2").arg(slug, loc.dbPath));
    if (ctx.args().flag(QStringLiteral("switch"))) {
        BoardPaths::setCurrentBoard(root, slug);
        ctx.print(QStringLiteral("Switched to board '%1'").arg(slug));
    }
    return 0;
}

int switchBoard(VerbContext &ctx)
{
    const QString root = BoardPaths::root();
    const QString slug = requireSlug(ctx);
    requireExisting(root, slug);
    BoardPaths::setCurrentBoard(root, slug);
    ctx.print(QStringLiteral("Switched to board '%1'").arg(slug));
    return 0;
}

int removeBoard(VerbContext &ctx)
{
    const QString root = BoardPaths::root();
    const QString slug = requireSlug(ctx);
    if (slug == QLatin1String("default"))
        throw KanbanError(QStringLiteral("the default board cannot be removed"),
                          KanbanError::Conflict);
    requireExisting(root, slug);
    // Its dispatcher would go on writing into files that are gone (or moved).
    const qint64 daemon = BoardLock::holderPid(DispatcherFleet::locationFor(root, slug));
    if (daemon != 0) // -1: locked, the pid unreadable
        throw KanbanError(
            QStringLiteral("board '%1' has a running dispatcher (pid %2); stop it "
                           "before removing the board")
                .arg(slug, daemon > 0 ? QString::number(daemon) : QStringLiteral("unknown")),
            KanbanError::Conflict);
    const QString dir = BoardPaths::boardDir(root, slug);
    const bool wasCurrent = BoardPaths::currentBoard(root) == slug;
    if (ctx.args().flag(QStringLiteral("delete"))) {
        if (!QDir(dir).removeRecursively())
            throw KanbanError(QStringLiteral("could not delete %1").arg(dir), KanbanError::Storage);
        ctx.print(QStringLiteral("Deleted board '%1'").arg(slug));
    } else {
        const QString archive = root + QStringLiteral("/archived-boards");
        QDir().mkpath(archive);
        const QString dest =
            QStringLiteral("%1/%2-%3").arg(archive, slug).arg(QDateTime::currentSecsSinceEpoch());
        if (!QDir().rename(dir, dest))
            throw KanbanError(QStringLiteral("could not move %1 to %2").arg(dir, dest),
                              KanbanError::Storage);
        ctx.print(QStringLiteral("Removed board '%1' (archived at %2)").arg(slug, dest));
    }
    if (wasCurrent) {
        BoardPaths::setCurrentBoard(root, QStringLiteral("default"));
        ctx.print(QStringLiteral("Switched to board 'default'"));
    }
    return 0;
}

int showBoard(VerbContext &ctx)
{
    const QString root = BoardPaths::root();
    const QString slug = BoardPaths::currentBoard(root);
    ctx.print(QStringLiteral("%1  %2").arg(slug, BoardPaths::dbPathFor(root, slug)));
    return 0;
}

int cmdBoards(VerbContext &ctx)
{
    const QString action = ctx.args().value(QStringLiteral("action"), QStringLiteral("list"));
    if (action == QLatin1String("list") || action == QLatin1String("ls"))
        return listBoards(ctx);
    if (action == QLatin1String("create") || action == QLatin1String("new"))
        return createBoard(ctx);
    if (action == QLatin1String("switch") || action == QLatin1String("use"))
        return switchBoard(ctx);
    if (action == QLatin1String("show") || action == QLatin1String("current"))
        return showBoard(ctx);
    return removeBoard(ctx);
}

} // namespace

void registerBoardVerbs(VerbTable &table)
{
    Verb boards{
        QStringLiteral("boards"),
        {},
        QStringLiteral("List, create, switch and remove boards"),
        ArgSpec(
            QStringLiteral("Manage boards: list|ls, create|new SLUG [--switch], switch|use SLUG, "
                           "rm|remove|delete SLUG [--delete], show|current."))
            .positional(QStringLiteral("action"), {}, ArgSpec::Nargs::Optional)
            .choices({QStringLiteral("list"), QStringLiteral("ls"), QStringLiteral("create"),
                      QStringLiteral("new"), QStringLiteral("switch"), QStringLiteral("use"),
                      QStringLiteral("rm"), QStringLiteral("remove"), QStringLiteral("delete"),
                      QStringLiteral("show"), QStringLiteral("current")})
            .positional(QStringLiteral("slug"), {}, ArgSpec::Nargs::Optional)
            .flag(QStringLiteral("--switch"), QStringLiteral("create: make it the current board"))
            .flag(QStringLiteral("--delete"),
                  QStringLiteral("rm: delete the files instead of archiving them"))
            .flag(QStringLiteral("--json")),
        cmdBoards};
    boards.needsBoard = false;
    table.add(std::move(boards));
}
