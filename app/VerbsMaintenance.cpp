// check / backup: the board file's health and consistent copies of it.
// Both read the board on a connection of their own and never write it
// (check writes or removes only the damaged marker beside it).
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/Backup.h"
#include "model/BoardPaths.h"
#include "model/Dialect.h"
#include "model/Integrity.h"
#include "model/Json.h"
#include "model/KanbanError.h"

#include <QDateTime>
#include <QFileInfo>

namespace {

BoardLocation location(const VerbContext &ctx)
{
    const BoardLocation loc = BoardPaths::resolve(ctx.globals().boardArg, ctx.globals().dbArg);
    if (Dialect::isPostgresPath(loc.dbPath))
        return loc;
    if (!QFileInfo(loc.dbPath).isFile())
        throw KanbanError(QStringLiteral("no board at %1; run init").arg(loc.dbPath),
                          KanbanError::NotFound);
    return loc;
}

Json reportJson(const IntegrityReport &r)
{
    Json problems = Json::array();
    for (const IntegrityProblem &p : r.problems) {
        Json o = Json::object();
        o.set(QStringLiteral("check"), p.check);
        o.set(QStringLiteral("detail"), p.detail);
        o.set(QStringLiteral("task_id"), Json::orNull(p.taskId.isEmpty() ? QString() : p.taskId));
        problems << o;
    }
    Json o = Json::object();
    o.set(QStringLiteral("ok"), r.ok());
    o.set(QStringLiteral("db_path"), r.dbPath);
    o.set(QStringLiteral("mode"),
          r.quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
    o.set(QStringLiteral("damaged"), r.damaged);
    o.set(QStringLiteral("writes_refused"), r.damaged);
    o.set(QStringLiteral("tasks"), r.tasks);
    o.set(QStringLiteral("runs"), r.runs);
    o.set(QStringLiteral("links"), r.links);
    o.set(QStringLiteral("problems"), problems);
    return o;
}

int cmdCheck(VerbContext &ctx)
{
    const BoardLocation loc = location(ctx);
    const IntegrityReport r =
        Integrity::check(loc.dbPath, ctx.args().flag(QStringLiteral("quick")));
    QString error;
    if (!Integrity::remember(r, &error))
        ctx.printErr(QStringLiteral("qkanban: warning: %1").arg(error));
    if (ctx.args().flag(QStringLiteral("json"))) {
        ctx.write(reportJson(r).dump(2) + '\n');
        return r.ok() ? 0 : 1;
    }
    const bool server = Dialect::isPostgresPath(loc.dbPath);
    const QString mode =
        server ? QStringLiteral("PostgreSQL")
               : (r.quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
    if (r.ok()) {
        ctx.print(QStringLiteral("ok: %1 (%2, foreign keys, board invariants; %3 tasks, %4 runs, "
                                 "%5 links)")
                      .arg(r.dbPath, mode)
                      .arg(r.tasks)
                      .arg(r.runs)
                      .arg(r.links));
        return 0;
    }
    for (const IntegrityProblem &p : r.problems)
        ctx.print(QStringLiteral("problem: %1: %2").arg(p.check, p.detail));
    ctx.print(QStringLiteral("%1 problem%2 in %3 (%4)%5")
                  .arg(r.problems.size())
                  .arg(r.problems.size() == 1 ? QString() : QStringLiteral("s"), r.dbPath, mode,
                       r.damaged ? QStringLiteral("; the file is damaged: writes are refused "
                                                  "until a check passes; restore a backup from ") +
                                       Backup::folderFor(loc.dbPath)
                                 : QString()));
    return 1;
}

int cmdBackup(VerbContext &ctx)
{
    const BoardLocation loc = location(ctx);
    if (Dialect::isPostgresPath(loc.dbPath))
        throw KanbanError(QStringLiteral("backup copies SQLite boards; for a PostgreSQL board use "
                                         "pg_dump, or `qkanban --headless export` for a portable "
                                         "copy"));
    const bool given = ctx.args().isSet(QStringLiteral("path"));
    const QString path = ctx.args().value(QStringLiteral("path"));
    if (given && path.trimmed().isEmpty())
        VerbContext::usageError(QStringLiteral("PATH must not be empty"));
    const QString target =
        given ? path : Backup::defaultPath(loc.dbPath, QDateTime::currentSecsSinceEpoch());
    const QString written = Backup::writeBoard(loc.dbPath, target);
    if (ctx.args().flag(QStringLiteral("json"))) {
        Json o = Json::object();
        o.set(QStringLiteral("path"), QFileInfo(written).absoluteFilePath());
        o.set(QStringLiteral("db_path"), loc.dbPath);
        ctx.write(o.dump(2) + '\n');
    } else {
        ctx.print(QFileInfo(written).absoluteFilePath());
    }
    return 0;
}

} // namespace

void registerMaintenanceVerbs(VerbTable &table)
{
    Verb check{QStringLiteral("check"),
               {},
               QStringLiteral("Check the board file and its invariants (read-only)"),
               ArgSpec(QStringLiteral(
                           "Run SQLite's integrity_check (quick_check with --quick) and "
                           "foreign_key_check and the board's own invariants: every running task "
                           "has one open run and every open run a running task, claims only on "
                           "running tasks, links with both ends, no dependency cycles, valid "
                           "statuses. Prints one line per problem and a summary. Never writes "
                           "the board. Exit status 0 when the board is sound, 1 when a problem "
                           "was found. Damaged pages make the board refuse writes until a check "
                           "passes."))
                   .flag(QStringLiteral("--quick"),
                         QStringLiteral("SQLite's quick_check instead of integrity_check"))
                   .flag(QStringLiteral("--json"), QStringLiteral("Machine-readable report")),
               cmdCheck};
    check.needsBoard = false;
    table.add(check);

    Verb backup{QStringLiteral("backup"),
                {},
                QStringLiteral("Write a consistent copy of the board (while others write)"),
                ArgSpec(QStringLiteral(
                            "Copy the board with VACUUM INTO: a consistent snapshot, taken while "
                            "other processes keep writing. The copy is mode 0600; an existing "
                            "file is never overwritten. Prints the copy's path."))
                    .positional(QStringLiteral("path"),
                                QStringLiteral("Where to write the copy (default: the board "
                                               "folder's backups/kanban-YYYYmmdd-HHMMSS.db)"),
                                ArgSpec::Nargs::Optional)
                    .flag(QStringLiteral("--json"), QStringLiteral("Print {\"path\": ...}")),
                cmdBackup};
    backup.needsBoard = false;
    table.add(backup);
}
