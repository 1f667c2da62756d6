// Verbs that move a task through its lifecycle: claim, comment, complete,
// block, unblock, archive, heartbeat, reclaim, request-review,
// request-changes. Worker verbs pass $QKANBAN_RUN_ID so a stale worker
// is refused by the kernel.
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Profiles.h"
#include "dispatcher/TaskClaim.h"
#include "dispatcher/TaskCleanup.h"
#include "model/KanbanError.h"

#include <QJsonDocument>

namespace {

using Nargs = ArgSpec::Nargs;

QString joined(const QStringList &words)
{
    return words.join(QLatin1Char(' ')).trimmed();
}

// Runs one bulk step: a refusal prints `refusal`, a KanbanError its own
// message; either fails that id only.
bool attempt(VerbContext &ctx, const QString &refusal, const std::function<bool()> &step)
{
    try {
        if (step())
            return true;
        ctx.printErr(refusal);
    } catch (const KanbanError &e) {
        ctx.printErr(QStringLiteral("qkanban: ") + e.message());
    }
    return false;
}

// A kernel call that may take `id` out of running, through the one path
// that stops its worker and cleans its workspace.
bool leaveRunning(VerbContext &ctx, const QString &id, const std::function<bool()> &step)
{
    const auto transition = [&] { return TransitionOutcome{step(), {}, {}}; };
    return TaskCleanup::leaveRunning(ctx.board(), id, transition).ok;
}

int cmdClaim(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const qint64 ttl = ctx.args().integer(QStringLiteral("ttl"), Kernel::kDefaultClaimTtl);
    if (ttl < 1)
        VerbContext::usageError(QStringLiteral("argument --ttl: must be at least 1 second"));
    const std::optional<TaskClaim::Claimed> claimed = TaskClaim::claimAndPrepare(
        ctx.board(), ctx.board().location(), id, ttl, Profiles::settings().defaultWorkdir);
    if (!claimed) {
        const auto existing = ctx.kernel().task(id);
        if (!existing) {
            ctx.printErr(QStringLiteral("no such task: %1").arg(id));
            return 1;
        }
        ctx.printErr(QStringLiteral("cannot claim %1: status=%2 lock=%3")
                         .arg(id, existing->status,
                              existing->claimLock.isEmpty() ? QStringLiteral("(none)")
                                                            : existing->claimLock));
        return 1;
    }
    if (!claimed->error.isEmpty())
        throw KanbanError(claimed->error);
    ctx.print(QStringLiteral("Claimed %1").arg(id));
    ctx.print(QStringLiteral("Workspace: %1").arg(claimed->workspace.path));
    return 0;
}

int cmdComment(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const QString body = joined(ctx.args().values(QStringLiteral("text")));
    const QString author = ctx.args().value(QStringLiteral("author"), VerbContext::profileAuthor());
    ctx.kernel().addComment(id, author, body, VerbContext::expectedRunId());
    ctx.print(QStringLiteral("Comment added to %1").arg(id));
    return 0;
}

int cmdComplete(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QStringList ids = a.values(QStringLiteral("task_ids"));
    CompleteOptions o;
    o.result = a.value(QStringLiteral("result"));
    o.summary = a.value(QStringLiteral("summary"));
    o.metadata = a.value(QStringLiteral("metadata"));
    if (ids.size() > 1 &&
        (a.isSet(QStringLiteral("summary")) || a.isSet(QStringLiteral("metadata"))))
        VerbContext::usageError(
            QStringLiteral("--summary and --metadata are per-task and can't be used with "
                           "multiple ids; complete those tasks one at a time"));
    if (!o.metadata.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(o.metadata.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            VerbContext::usageError(
                QStringLiteral("argument --metadata: not valid JSON: %1").arg(err.errorString()));
        if (!doc.isObject())
            VerbContext::usageError(QStringLiteral("argument --metadata: must be a JSON object"));
    }
    o.expectedRunId = VerbContext::expectedRunId();
    Kernel &k = ctx.kernel();
    bool failed = false;
    for (const QString &id : ids) {
        if (!attempt(
                ctx, QStringLiteral("cannot complete %1 (unknown id or terminal state)").arg(id),
                [&] { return leaveRunning(ctx, id, [&] { return k.completeTask(id, o); }); })) {
            failed = true;
            continue;
        }
        ctx.print(QStringLiteral("Completed %1").arg(id));
    }
    return failed ? 1 : 0;
}

// As the original, only a running or ready task can be blocked; the line
// says why this one was not.
QString blockRefusal(Kernel &k, const QString &id)
{
    const auto t = k.task(id);
    if (!t)
        return QStringLiteral("cannot block %1 (unknown id)").arg(id);
    return QStringLiteral("cannot block %1: it is %2 (only a running or ready task can be blocked)")
        .arg(id, t->status);
}

int cmdBlock(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString reason = joined(a.values(QStringLiteral("reason")));
    QStringList ids{a.value(QStringLiteral("task_id"))};
    ids << a.values(QStringLiteral("ids"));
    const OptInt runId = VerbContext::expectedRunId();
    const QString author = VerbContext::profileAuthor();
    Kernel &k = ctx.kernel();
    bool failed = false;
    for (const QString &id : ids) {
        if (!attempt(ctx, blockRefusal(k, id), [&] {
                return leaveRunning(ctx, id,
                                    [&] { return k.blockTask(id, reason, runId, author); });
            })) {
            failed = true;
            continue;
        }
        ctx.print(QStringLiteral("Blocked %1").arg(id) +
                  (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
    }
    return failed ? 1 : 0;
}

int cmdUnblock(VerbContext &ctx)
{
    if (VerbContext::insideWorker())
        throw KanbanError(
            QStringLiteral("qkanban unblock is orchestrator-only; workers must hand off their "
                           "assigned task"),
            KanbanError::Conflict);
    // --reason: the comment "UNBLOCK: <reason>", as the original.
    const QString reason = ctx.args().value(QStringLiteral("reason")).trimmed();
    const QString author = VerbContext::profileAuthor();
    Kernel &k = ctx.kernel();
    bool failed = false;
    for (const QString &id : ctx.args().values(QStringLiteral("task_ids"))) {
        if (!attempt(ctx, QStringLiteral("cannot unblock %1 (not blocked?)").arg(id),
                     [&] { return k.unblockTask(id, reason, author); })) {
            failed = true;
            continue;
        }
        ctx.print(QStringLiteral("Unblocked %1").arg(id) +
                  (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
    }
    return failed ? 1 : 0;
}

int cmdArchive(VerbContext &ctx)
{
    const bool remove = ctx.args().flag(QStringLiteral("rm"));
    Kernel &k = ctx.kernel();
    bool failed = false;
    for (const QString &id : ctx.args().values(QStringLiteral("task_ids"))) {
        if (remove) {
            if (!attempt(ctx, QStringLiteral("cannot delete %1 (must already be archived)").arg(id),
                         [&] { return k.deleteArchivedTask(id); })) {
                failed = true;
                continue;
            }
            ctx.print(QStringLiteral("Deleted %1").arg(id));
            continue;
        }
        if (!attempt(ctx, QStringLiteral("cannot archive %1").arg(id), [&] {
                return TaskCleanup::leaveRunning(ctx.board(), id, [&] { return k.archiveTask(id); })
                    .ok;
            })) {
            failed = true;
            continue;
        }
        ctx.print(QStringLiteral("Archived %1").arg(id));
    }
    return failed ? 1 : 0;
}

int cmdHeartbeat(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    if (!ctx.kernel().heartbeat(id, ctx.args().value(QStringLiteral("note")),
                                VerbContext::expectedRunId())) {
        ctx.printErr(QStringLiteral("cannot heartbeat %1 (not running?)").arg(id));
        return 1;
    }
    ctx.print(QStringLiteral("Heartbeat recorded for %1").arg(id));
    return 0;
}

int cmdReclaim(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    if (!TaskCleanup::leaveRunning(ctx.board(), id, [&] {
             return ctx.kernel().reclaimTask(id, reason);
         }).ok) {
        ctx.printErr(QStringLiteral("cannot reclaim %1 (not running or unknown id)").arg(id));
        return 1;
    }
    ctx.print(QStringLiteral("Reclaimed %1").arg(id));
    return 0;
}

int cmdRequestReview(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const QString summary = ctx.args().value(QStringLiteral("summary")).trimmed();
    if (summary.isEmpty())
        VerbContext::usageError(QStringLiteral("argument --summary: must not be empty"));
    const QString reviewer = Profiles::checkedName(ctx.args().value(QStringLiteral("reviewer")),
                                                   QStringLiteral("reviewer"));
    if (!leaveRunning(ctx, id, [&] {
            return ctx.kernel().requestReview(id, summary, VerbContext::expectedRunId(), reviewer);
        })) {
        ctx.printErr(
            QStringLiteral("cannot request review for %1 (unknown id, or not running/ready)")
                .arg(id));
        return 1;
    }
    ctx.print(QStringLiteral("Requested review for %1: %2")
                  .arg(id, summary.section(QLatin1Char('\n'), 0, 0)));
    // The original's one line, then who reviews when a profile does.
    const QString by = ctx.kernel().requireTask(id).reviewer;
    if (!by.isEmpty())
        ctx.print(QStringLiteral("  reviewer: %1").arg(by));
    return 0;
}

int cmdRequestChanges(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString id = a.value(QStringLiteral("task_id"));
    const QStringList words = a.values(QStringLiteral("words"));
    const bool option = a.isSet(QStringLiteral("reason"));
    if (!words.isEmpty() && option)
        VerbContext::usageError(
            QStringLiteral("give the reason once: as --reason or as words, not both"));
    if (words.isEmpty() && !option)
        VerbContext::usageError(QStringLiteral("a reason is required: --reason TEXT"));
    const QString reason = option ? a.value(QStringLiteral("reason")) : joined(words);
    Kernel &k = ctx.kernel();
    if (!leaveRunning(ctx, id, [&] {
            return k.requestChanges(id, reason, VerbContext::expectedRunId(),
                                    VerbContext::profileAuthor());
        })) {
        ctx.printErr(QStringLiteral("cannot request changes for %1 (unknown id, or not in review "
                                    "and not on a review run)")
                         .arg(id));
        return 1;
    }
    const QString who = k.requireTask(id).assignee;
    ctx.print(QStringLiteral("Requested changes for %1; routed to %2")
                  .arg(id, who.isEmpty() ? QStringLiteral("(unassigned)") : who));
    return 0;
}

} // namespace

void registerLifecycleVerbs(VerbTable &table)
{
    table.add(
        {QStringLiteral("claim"),
         {},
         QStringLiteral("Atomically claim a ready task (prints its workspace)"),
         ArgSpec(
             QStringLiteral("Atomically claim a ready task and print the resolved workspace path."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--ttl"), QStringLiteral("Claim TTL in seconds (default: 900)"))
             .integer(),
         cmdClaim});

    table.add(
        {QStringLiteral("comment"),
         {},
         QStringLiteral("Append a comment"),
         ArgSpec(QStringLiteral("Append a comment to a task."))
             .positional(QStringLiteral("task_id"))
             .positional(QStringLiteral("text"), QStringLiteral("Comment body"), Nargs::OneOrMore)
             .option(QStringLiteral("--author"),
                     QStringLiteral("Author name (default: $QKANBAN_PROFILE or 'user')")),
         cmdComment});

    table.add({QStringLiteral("complete"),
               {},
               QStringLiteral("Mark one or more tasks done"),
               ArgSpec(QStringLiteral("Mark one or more tasks done."))
                   .positional(QStringLiteral("task_ids"), QStringLiteral("One or more task ids"),
                               Nargs::OneOrMore)
                   .option(QStringLiteral("--result"),
                           QStringLiteral("Result text (applies to every id)"))
                   .option(QStringLiteral("--summary"),
                           QStringLiteral("Handoff summary for the run (one id only)"))
                   .option(QStringLiteral("--metadata"),
                           QStringLiteral("Handoff metadata, a JSON object (one id only)"),
                           QStringLiteral("JSON")),
               cmdComplete});

    table.add(
        {QStringLiteral("block"),
         {},
         QStringLiteral("Mark one or more running or ready tasks blocked"),
         ArgSpec(QStringLiteral("Mark one or more running or ready tasks blocked; the reason is "
                                "also added as a comment."))
             .positional(QStringLiteral("task_id"))
             .positional(QStringLiteral("reason"),
                         QStringLiteral("Reason (also appended as a comment)"), Nargs::ZeroOrMore)
             .option(QStringLiteral("--ids"),
                     QStringLiteral("More task ids to block with the same reason"))
             .nargs(Nargs::OneOrMore),
         cmdBlock});

    table.add(
        {QStringLiteral("unblock"),
         {},
         QStringLiteral("Return one or more blocked tasks to ready"),
         ArgSpec(QStringLiteral(
                     "Return one or more blocked tasks to ready (or todo while parents are open)."))
             .positional(QStringLiteral("task_ids"), {}, Nargs::OneOrMore)
             .option(QStringLiteral("--reason"),
                     QStringLiteral("Why; recorded as the comment 'UNBLOCK: <reason>'")),
         cmdUnblock});

    table.add(
        {QStringLiteral("archive"),
         {},
         QStringLiteral("Archive one or more tasks (--rm deletes archived ones)"),
         ArgSpec(QStringLiteral(
                     "Archive one or more tasks; a running worker is stopped. With --rm, delete "
                     "tasks that are already archived."))
             .positional(QStringLiteral("task_ids"), {}, Nargs::OneOrMore)
             .flag(QStringLiteral("--rm"),
                   QStringLiteral("Delete already-archived tasks for good")),
         cmdArchive});

    table.add({QStringLiteral("heartbeat"),
               {},
               QStringLiteral("Worker liveness ping (extends the claim)"),
               ArgSpec(QStringLiteral("Record a worker heartbeat; extends the claim."))
                   .positional(QStringLiteral("task_id"))
                   .option(QStringLiteral("--note"),
                           QStringLiteral("Progress note recorded on the event")),
               cmdHeartbeat});

    table.add(
        {QStringLiteral("reclaim"),
         {},
         QStringLiteral("Release a running task back to ready (stops its worker)"),
         ArgSpec(QStringLiteral(
                     "Release a running task back to ready (a review run: back to review); its "
                     "worker's process group is stopped."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--reason")),
         cmdReclaim});

    table.add(
        {QStringLiteral("request-review"),
         {},
         QStringLiteral("Hand a task to review"),
         ArgSpec(QStringLiteral("Move a running task to review with a summary of the work. With a "
                                "reviewer the dispatcher starts that profile on it; without one a "
                                "person reviews."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--summary"), QStringLiteral("What was done"))
             .required()
             .option(QStringLiteral("--reviewer"),
                     QStringLiteral("Set or override the reviewing profile"),
                     QStringLiteral("PROFILE")),
         cmdRequestReview});

    table.add(
        {QStringLiteral("request-changes"),
         {},
         QStringLiteral("Send a task in review back to its assignee with a reason"),
         ArgSpec(QStringLiteral("Send a task in review (or on a review run) back to ready for its "
                                "assignee, with a reason its next context shows."))
             .positional(QStringLiteral("task_id"))
             .positional(QStringLiteral("words"), QStringLiteral("The reason, as words"),
                         Nargs::ZeroOrMore)
             .option(QStringLiteral("--reason"), QStringLiteral("What must change")),
         cmdRequestChanges});
}
