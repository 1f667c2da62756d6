// The shell's verbs: `completion bash|zsh|fish` (the scripts the package
// installs), `help [VERB]`, and the hidden `__complete KIND` the scripts
// call for task ids, profile names and board slugs.
#include "app/Completion.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/KanbanError.h"
#include "model/VisibleText.h"

#include <QFileInfo>

namespace {

// One candidate per line: "value<TAB>description", the description with
// its tabs and line breaks as spaces and other controls shown.
void candidate(VerbContext &ctx, const QString &value, QString description = {})
{
    description.replace(QLatin1Char('\t'), QLatin1Char(' '));
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString line = VisibleText::oneLine(value);
    if (!description.isEmpty())
        line += QLatin1Char('\t') + VisibleText::oneLine(description);
    ctx.write(line.toUtf8() + '\n');
}

// Open tasks of the board the command line names; nothing (and no new
// database) when that board does not exist yet.
int completeTasks(VerbContext &ctx)
{
    try {
        const BoardLocation loc = BoardPaths::resolve(ctx.globals().boardArg, ctx.globals().dbArg);
        if (!loc.dbPath.contains(QLatin1String("://")) && !QFileInfo::exists(loc.dbPath))
            return 0;
        for (const Task &t : ctx.kernel().listTasks())
            candidate(ctx, t.id, t.title);
    } catch (const KanbanError &) {
        return 0; // completion stays silent
    }
    return 0;
}

int complete(VerbContext &ctx)
{
    const QString kind = ctx.args().value(QStringLiteral("kind"));
    if (kind == QLatin1String("tasks"))
        return completeTasks(ctx);
    if (kind == QLatin1String("profiles")) {
        for (const Profile &p : Profiles::list())
            candidate(ctx, p.name, p.command);
    } else {
        for (const QString &slug : BoardPaths::listBoards(BoardPaths::root()))
            candidate(ctx, slug);
    }
    return 0;
}

} // namespace

void registerShellVerbs(VerbTable &table)
{
    Verb completion{
        QStringLiteral("completion"),
        {},
        QStringLiteral("Print a shell completion script (bash, zsh or fish)"),
        ArgSpec(QStringLiteral("Print the completion script for a shell: source <(qkanban "
                               "--headless completion bash), the same for zsh, or "
                               "qkanban --headless completion fish | source."))
            .positional(QStringLiteral("shell"))
            .choices(Completion::shells()),
        [&table](VerbContext &ctx) {
            ctx.write(
                Completion::script(table, ctx.args().value(QStringLiteral("shell"))).toUtf8());
            return 0;
        }};
    completion.needsBoard = false;
    table.add(std::move(completion));

    Verb help{
        QStringLiteral("help"),
        {},
        QStringLiteral("Print the help of one verb, or of qkanban"),
        ArgSpec(QStringLiteral("Print the options of VERB, or without one the usage of "
                               "qkanban."))
            .positional(QStringLiteral("verb"), QStringLiteral("A verb"), ArgSpec::Nargs::Optional),
        [&table](VerbContext &ctx) {
            const QString name = ctx.args().value(QStringLiteral("verb"));
            if (name.isEmpty()) {
                ctx.write(table.overview().toUtf8());
                return 0;
            }
            const Verb *verb = table.find(name);
            if (!verb || verb->hidden)
                VerbContext::usageError(
                    QStringLiteral("unknown verb '%1' (see `qkanban --help`)").arg(name));
            ctx.write(
                ArgParser(QStringLiteral("qkanban ") + verb->name, verb->spec).help().toUtf8());
            return 0;
        }};
    help.needsBoard = false;
    table.add(std::move(help));

    Verb candidates{QStringLiteral("__complete"),
                    {},
                    QStringLiteral("Completion candidates, one a line (for the scripts)"),
                    ArgSpec(QStringLiteral("Print completion candidates: value<TAB>description."))
                        .positional(QStringLiteral("kind"))
                        .choices({QStringLiteral("tasks"), QStringLiteral("profiles"),
                                  QStringLiteral("boards")}),
                    complete};
    candidates.needsBoard = false;
    candidates.hidden = true;
    table.add(std::move(candidates));
}
