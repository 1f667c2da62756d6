// The original's routing verbs: reassign (with --reclaim for a running
// task) and promote (a person's todo -> ready, one id or many).
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/TaskCleanup.h"
#include "model/Json.h"
#include "model/KanbanError.h"
#include "model/ProfileNames.h"

namespace {

using Nargs = ArgSpec::Nargs;

int cmdReassign(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString id = a.value(QStringLiteral("task_id"));
    const QString profile = a.value(QStringLiteral("profile"));
    // Checked before a reclaim: a bad name changes nothing.
    ProfileNames::normalised(profile, QStringLiteral("assignee"));
    Kernel &k = ctx.kernel();
    const std::optional<Task> t = k.task(id);
    if (!t) {
        ctx.printErr(QStringLiteral("no such task: %1").arg(id));
        return 1;
    }
    bool reclaimed = false;
    if (t->status == TaskStatus::Running) {
        if (!a.flag(QStringLiteral("reclaim"))) {
            ctx.printErr(QStringLiteral("cannot reassign %1 (still running — pass --reclaim to "
                                        "release first)")
                             .arg(id));
            return 1;
        }
        const QString reason = a.value(QStringLiteral("reason"));
        reclaimed = TaskCleanup::leaveRunning(ctx.board(), id, [&] {
                        return k.reclaimTask(
                            id, reason.isEmpty() ? QStringLiteral("reassigned to %1").arg(profile)
                                                 : reason);
                    }).ok;
    }
    k.assignTask(id, profile);
    const QString who = k.requireTask(id).assignee;
    ctx.print(QStringLiteral("Reassigned %1 to %2%3")
                  .arg(id, who.isEmpty() ? QStringLiteral("(unassigned)") : who,
                       reclaimed ? QStringLiteral(" (claim reclaimed)") : QString()));
    return 0;
}

int cmdPromote(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    QStringList ids{a.value(QStringLiteral("task_id"))};
    ids << a.values(QStringLiteral("ids"));
    const QString reason = a.values(QStringLiteral("reason")).join(QLatin1Char(' ')).trimmed();
    const bool dry = a.flag(QStringLiteral("dry-run"));
    const bool json = a.flag(QStringLiteral("json"));
    Json results = Json::array();
    Json single;
    int failed = 0;
    for (const QString &id : std::as_const(ids)) {
        QString error;
        try {
            ctx.kernel().promoteTask(id, reason, dry);
        } catch (const KanbanError &e) {
            error = e.message();
        }
        failed += error.isEmpty() ? 0 : 1;
        if (json) {
            Json o = Json::object();
            o.set(QStringLiteral("task_id"), id);
            o.set(QStringLiteral("promoted"), error.isEmpty() && !dry);
            o.set(QStringLiteral("dry_run"), dry);
            o.set(QStringLiteral("reason"), Json::orNull(reason.isEmpty() ? QString() : reason));
            o.set(QStringLiteral("error"), Json::orNull(error));
            single = o;
            results << o;
        } else if (!error.isEmpty()) {
            ctx.printErr(QStringLiteral("cannot promote %1: %2").arg(id, error));
        } else {
            ctx.print(dry ? QStringLiteral("Would promote %1 -> ready (dry)").arg(id)
                          : QStringLiteral("Promoted %1 -> ready").arg(id));
        }
    }
    if (json) // one id: a flat object, as the original prints it
        ctx.write((ids.size() == 1 ? single : results).dump(2) + '\n');
    return failed ? 1 : 0;
}

} // namespace

void registerRoutingVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("reassign"),
         {},
         QStringLiteral("Give a task to another profile (--reclaim while it runs)"),
         ArgSpec(QStringLiteral("Give a task to another profile. A running task keeps its "
                                "worker unless --reclaim stops it and sends the task back "
                                "to ready first."))
             .positional(QStringLiteral("task_id"))
             .positional(QStringLiteral("profile"),
                         QStringLiteral("Profile name, or none/-/null to unassign"))
             .flag(QStringLiteral("--reclaim"),
                   QStringLiteral("Stop a running task's worker and reclaim it first"))
             .option(QStringLiteral("--reason"), QStringLiteral("Why (recorded with the reclaim)")),
         cmdReassign});

    table.add({QStringLiteral("promote"),
               {},
               QStringLiteral("Move todo tasks whose parents are done to ready"),
               ArgSpec(QStringLiteral("Move a todo task to ready by hand. Refused while a parent "
                                      "is unfinished or the task is not todo."))
                   .positional(QStringLiteral("task_id"))
                   .positional(QStringLiteral("reason"), QStringLiteral("Why (recorded)"),
                               Nargs::ZeroOrMore)
                   .option(QStringLiteral("--ids"), QStringLiteral("More task ids to promote"))
                   .nargs(Nargs::OneOrMore)
                   .flag(QStringLiteral("--dry-run"), QStringLiteral("Only check; change nothing"))
                   .flag(QStringLiteral("--json"),
                         QStringLiteral("One object per id: task_id, promoted, dry_run, reason, "
                                        "error")),
               cmdPromote});
}
