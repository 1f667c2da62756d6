// The triage verb: specify. The original asks an LLM to rewrite a triage
// task; qkanban has none, so specify is the deterministic form: the
// fields come from the command line, and the task moves triage -> todo
// (ready when nothing blocks it).
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/Json.h"
#include "model/KanbanError.h"

namespace {

using Nargs = ArgSpec::Nargs;

struct Outcome
{
    QString taskId;
    bool ok = false;
    QString reason;
    QString newTitle; // null unless the title changed
    QString status;   // where it landed; null on failure
};

// A string as Python's repr() writes it, for the original's "retitled" line.
QString pyRepr(const QString &s)
{
    const QChar q = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'))
                        ? QLatin1Char('"')
                        : QLatin1Char('\'');
    QString out = q;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == q)
            out += QLatin1Char('\\');
        out += c;
    }
    return out + q;
}

Outcome specifyOne(Kernel &k, const QString &id, const SpecifyFields &fields)
{
    Outcome o{id, false, {}, {}, {}};
    const auto before = k.task(id);
    if (!before) {
        o.reason = QStringLiteral("unknown task id");
        return o;
    }
    if (before->status != TaskStatus::Triage) {
        o.reason = QStringLiteral("task is not in triage (status='%1')").arg(before->status);
        return o;
    }
    std::optional<QString> landed;
    try {
        landed = k.specifyTask(id, fields);
    } catch (const KanbanError &e) {
        o.reason = e.message();
        return o;
    }
    if (!landed) { // moved out of triage between the read and the write
        o.reason = QStringLiteral("task moved out of triage before promotion");
        return o;
    }
    o.ok = true;
    o.reason = QStringLiteral("specified");
    o.status = *landed;
    if (fields.title && fields.title->trimmed() != before->title)
        o.newTitle = fields.title->trimmed();
    return o;
}

Json outcomeJson(const Outcome &o)
{
    Json j = Json::object();
    j.set(QStringLiteral("task_id"), o.taskId);
    j.set(QStringLiteral("ok"), o.ok);
    j.set(QStringLiteral("reason"), o.reason);
    j.set(QStringLiteral("new_title"), Json::orNull(o.newTitle));
    j.set(QStringLiteral("status"), Json::orNull(o.status));
    return j;
}

int cmdSpecify(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const bool all = a.flag(QStringLiteral("all"));
    const bool json = a.flag(QStringLiteral("json"));
    if (all && a.isSet(QStringLiteral("task_id")))
        VerbContext::usageError(QStringLiteral("pass either a task id or --all, not both"));
    if (!all && !a.isSet(QStringLiteral("task_id")))
        VerbContext::usageError(QStringLiteral("specify requires a task id or --all"));
    if (!all && a.isSet(QStringLiteral("tenant")))
        VerbContext::usageError(QStringLiteral("argument --tenant: only with --all"));
    SpecifyFields fields;
    if (a.isSet(QStringLiteral("title")))
        fields.title = a.value(QStringLiteral("title"));
    if (a.isSet(QStringLiteral("body")))
        fields.body = a.value(QStringLiteral("body"));
    if (a.isSet(QStringLiteral("assignee")))
        fields.assignee = a.value(QStringLiteral("assignee"));
    if (all && (fields.title || fields.body || fields.assignee))
        VerbContext::usageError(
            QStringLiteral("--title, --body and --assignee specify one task, not --all"));
    if (fields.title && fields.title->trimmed().isEmpty())
        VerbContext::usageError(QStringLiteral("argument --title: must not be blank"));
    fields.author = a.value(QStringLiteral("author"), VerbContext::profileAuthor());

    Kernel &k = ctx.kernel();
    QStringList ids;
    if (all) {
        const QString tenant = a.value(QStringLiteral("tenant"));
        ListFilter filter;
        filter.status = TaskStatus::Triage;
        filter.tenant = tenant;
        for (const Task &t : k.listTasks(filter))
            ids << t.id;
        if (ids.isEmpty()) {
            if (json) {
                Json none = Json::object();
                none.set(QStringLiteral("specified"), qint64(0));
                none.set(QStringLiteral("total"), qint64(0));
                ctx.write(none.dump(0) + '\n');
            } else {
                ctx.print(QStringLiteral("No triage tasks") +
                          (tenant.isEmpty()
                               ? QString()
                               : QStringLiteral(" for tenant %1").arg(pyRepr(tenant))) +
                          QLatin1Char('.'));
            }
            return 0;
        }
    } else {
        ids << a.value(QStringLiteral("task_id"));
    }

    int ok = 0;
    for (const QString &id : std::as_const(ids)) {
        const Outcome o = specifyOne(k, id, fields);
        if (o.ok)
            ++ok;
        if (json)
            ctx.write(outcomeJson(o).dump(0) + '\n');
        else if (o.ok)
            ctx.print(QStringLiteral("Specified %1 → %2").arg(o.taskId, o.status) +
                      (o.newTitle.isNull() ? QString()
                                           : QStringLiteral(" — retitled: ") + pyRepr(o.newTitle)));
        else
            ctx.printErr(QStringLiteral("qkanban: specify %1: %2").arg(o.taskId, o.reason));
    }
    // As the original: one id fails unless it worked; --all fails only
    // when every candidate failed.
    if (!all)
        return ok == 1 ? 0 : 1;
    return ok > 0 ? 0 : 1;
}

} // namespace

void registerTriageVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("specify"),
         {},
         QStringLiteral("Move triage tasks to todo (ready when nothing blocks them)"),
         ArgSpec(QStringLiteral(
                     "Specify a triage task: set the fields given, move it to todo, and on to "
                     "ready when no parent is open. With --all, every triage task (of --tenant)."))
             .positional(QStringLiteral("task_id"), QStringLiteral("The triage task"),
                         Nargs::Optional)
             .flag(QStringLiteral("--all"), QStringLiteral("Every triage task on the board"))
             .option(QStringLiteral("--tenant"),
                     QStringLiteral("With --all: only the triage tasks of this tenant"))
             .option(QStringLiteral("--title"), QStringLiteral("The specified title"))
             .option(QStringLiteral("--body"), QStringLiteral("The specified body"))
             .option(QStringLiteral("--assignee"),
                     QStringLiteral("Profile to assign (or 'none' to unassign)"))
             .option(QStringLiteral("--author"),
                     QStringLiteral("Author of the audit comment (default: $QKANBAN_PROFILE or "
                                    "'user')"))
             .flag(QStringLiteral("--json"), QStringLiteral("One JSON object per task")),
         cmdSpecify});
}
