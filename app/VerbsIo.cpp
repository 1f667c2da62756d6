// export / import: a board as JSON (round-trip exact), and a board of
// the original Hermes Kanban (--from-hermes kanban.db).
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/Database.h"
#include "model/KanbanError.h"
#include "model/io/BoardIo.h"

#include <QFile>
#include <QSaveFile>

namespace {

int cmdExport(VerbContext &ctx)
{
    const QByteArray json = BoardIo::exportJson(ctx.board());
    const QString path = ctx.args().value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        ctx.write(json.endsWith('\n') ? json : json + '\n');
        return 0;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        throw KanbanError(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()),
                          KanbanError::Storage);
    ctx.print(QStringLiteral("Exported board '%1' to %2").arg(ctx.board().slug(), path));
    return 0;
}

QByteArray readInput(VerbContext &ctx, const QString &path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!ctx.isLive())
            VerbContext::usageError(
                QStringLiteral("reading standard input is not possible in the command bar"));
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw KanbanError(
                QStringLiteral("cannot read standard input: %1").arg(f.errorString()));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            throw KanbanError(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    }
    return f.readAll();
}

int cmdImport(VerbContext &ctx)
{
    const QString file = ctx.args().value(QStringLiteral("file"));
    const QString hermes = ctx.args().value(QStringLiteral("from-hermes"));
    if (file.isEmpty() == hermes.isEmpty())
        VerbContext::usageError(
            QStringLiteral("give either FILE (a qkanban export) or --from-hermes KANBAN_DB"));
    BoardIo::ImportStats s;
    if (!hermes.isEmpty()) {
        if (!QFile::exists(hermes))
            throw KanbanError(QStringLiteral("no such file: %1").arg(hermes),
                              KanbanError::NotFound);
        s = BoardIo::importHermes(ctx.board(), hermes);
    } else {
        s = BoardIo::importJson(ctx.board(), readInput(ctx, file));
    }
    for (const QString &w : s.warnings)
        ctx.printErr(QStringLiteral("warning: ") + w);
    ctx.print(
        QStringLiteral("Imported %1 task(s), %2 link(s), %3 comment(s), %4 event(s), %5 run(s), "
                       "%6 subscription(s) into board '%7'")
            .arg(s.tasks)
            .arg(s.links)
            .arg(s.comments)
            .arg(s.events)
            .arg(s.runs)
            .arg(s.subscriptions)
            .arg(ctx.board().slug()));
    return 0;
}

} // namespace

void registerIoVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("export"),
         {},
         QStringLiteral("Write the whole board as JSON"),
         ArgSpec(QStringLiteral(
                     "Write every task, link, comment, event, run and subscription as JSON."))
             .option(QStringLiteral("--output,-o"),
                     QStringLiteral("Write to FILE instead of stdout"), QStringLiteral("FILE")),
         cmdExport});

    table.add(
        {QStringLiteral("import"),
         {},
         QStringLiteral("Load an export (or a Hermes kanban.db) into an empty board"),
         ArgSpec(QStringLiteral(
                     "Load a qkanban export (FILE, '-' for stdin) or an original Hermes Kanban "
                     "database into a board that holds no tasks yet."))
             .positional(QStringLiteral("file"), QStringLiteral("A qkanban export"),
                         ArgSpec::Nargs::Optional)
             .option(QStringLiteral("--from-hermes"),
                     QStringLiteral("A Hermes Kanban kanban.db to import"),
                     QStringLiteral("KANBAN_DB")),
         cmdImport});
}
