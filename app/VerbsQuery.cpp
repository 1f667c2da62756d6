// Verbs that read the board: stats, context, runs, gc.
#include "app/TaskFormat.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Workspaces.h"
#include "model/FlowStats.h"
#include "model/KanbanError.h"
#include "model/TaskJson.h"
#include "model/VisibleText.h"
#include "model/WorkerLog.h"

#include <limits>

namespace {

QString spanText(qint64 seconds)
{
    if (seconds < 3600)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return QStringLiteral("%1h %2m")
            .arg(seconds / 3600)
            .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString timesText(const TimeDistribution &d)
{
    if (d.count() == 0)
        return QStringLiteral("no task");
    return QStringLiteral("p50 %1, p85 %2, p95 %3 (%4 task(s))")
        .arg(spanText(d.p50), spanText(d.p85), spanText(d.p95))
        .arg(d.count());
}

// The human summary of the flow figures (stats --json has them all).
void printFlow(VerbContext &ctx, const FlowStats &flow)
{
    const int done = flow.completed();
    ctx.print();
    ctx.print(QStringLiteral("Last %1 day(s): %2 completed, %3 a day")
                  .arg(flow.days)
                  .arg(done)
                  .arg(double(done) / flow.days, 0, 'f', 1));
    ctx.print(QStringLiteral("  Lead time   %1").arg(timesText(flow.overall.lead)));
    ctx.print(QStringLiteral("  Cycle time  %1").arg(timesText(flow.overall.cycle)));
}

int cmdStats(VerbContext &ctx)
{
    const qint64 days = ctx.args().integer(QStringLiteral("days"), 30);
    if (days < 1 || days > 3660)
        VerbContext::usageError(QStringLiteral("--days must be between 1 and 3660"));
    // The counts come from the flow's own scan of the tasks (one pass).
    BoardStats s;
    const FlowStats flow = FlowStats::read(ctx.board(), int(days), &s);
    if (ctx.args().flag(QStringLiteral("json"))) {
        ctx.write(flow.toJson(TaskJson::stats(s)).dump(2) + '\n');
        return 0;
    }
    ctx.print(QStringLiteral("By status:"));
    for (const QString &st : TaskStatus::all()) {
        if (st != TaskStatus::Archived)
            ctx.print(
                QStringLiteral("  %1  %2").arg(st.leftJustified(8)).arg(s.byStatus.value(st, 0)));
    }
    if (!s.byAssignee.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("By assignee:"));
        for (auto it = s.byAssignee.cbegin(); it != s.byAssignee.cend(); ++it) {
            QStringList parts;
            for (auto c = it->cbegin(); c != it->cend(); ++c)
                parts << QStringLiteral("%1=%2").arg(c.key()).arg(c.value());
            ctx.print(VisibleText::oneLine(
                QStringLiteral("  %1  %2")
                    .arg(it.key().leftJustified(20), parts.join(QStringLiteral(", ")))));
        }
    }
    if (s.oldestReadyAgeSeconds) {
        ctx.print();
        ctx.print(QStringLiteral("Oldest ready task age: %1s").arg(*s.oldestReadyAgeSeconds));
    }
    printFlow(ctx, flow);
    return 0;
}

int cmdContext(VerbContext &ctx)
{
    QString text = ctx.kernel().workerContext(ctx.args().value(QStringLiteral("task_id")));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    ctx.print(text);
    return 0;
}

int cmdRuns(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    Kernel &k = ctx.kernel();
    if (!k.task(id)) {
        ctx.printErr(QStringLiteral("no such task: %1").arg(id));
        return 1;
    }
    const QList<Run> runs = k.runs(id);
    // The original numbers a task's attempts 1, 2, 3...; `id` stays the run id.
    if (ctx.args().flag(QStringLiteral("json"))) {
        Json list = Json::array();
        qint64 attempt = 0;
        for (const Run &r : runs) {
            Json o = TaskJson::run(r);
            o.set(QStringLiteral("attempt"), ++attempt);
            list << o;
        }
        ctx.write(list.dump(2) + '\n');
        return 0;
    }
    if (runs.isEmpty()) {
        ctx.print(QStringLiteral("(no runs yet for %1)").arg(id));
        return 0;
    }
    ctx.print(QStringLiteral("%1  %2  %3  %4  STARTED")
                  .arg(QStringLiteral("#").rightJustified(4),
                       QStringLiteral("OUTCOME").leftJustified(16),
                       QStringLiteral("PROFILE").leftJustified(16),
                       QStringLiteral("ELAPSED").rightJustified(7)));
    const qint64 now = k.now();
    qint64 attempt = 0;
    for (const Run &r : runs) {
        const QString outcome =
            r.endedAt ? (r.outcome.isEmpty() ? r.status : r.outcome) : QStringLiteral("(running)");
        const qint64 span = (r.endedAt ? *r.endedAt : now) - r.startedAt;
        ctx.print(VisibleText::oneLine(
            QStringLiteral("%1  %2  %3  %4  %5")
                .arg(QString::number(++attempt).rightJustified(4), outcome.leftJustified(16),
                     (r.profile.isEmpty() ? QStringLiteral("-") : r.profile).leftJustified(16),
                     TaskFormat::elapsed(span).rightJustified(7),
                     TaskFormat::timestamp(r.startedAt))));
        if (!r.summary.isEmpty())
            ctx.print(QStringLiteral("      → ") + TaskFormat::firstLine(r.summary));
        if (!r.error.isEmpty())
            ctx.print(QStringLiteral("      ✖ ") + TaskFormat::firstLine(r.error));
    }
    return 0;
}

int cmdGc(VerbContext &ctx)
{
    const qint64 eventDays = ctx.args().integer(QStringLiteral("event-retention-days"), 30);
    const qint64 logDays = ctx.args().integer(QStringLiteral("log-retention-days"), 30);
    if (eventDays < 0 || logDays < 0)
        VerbContext::usageError(QStringLiteral("retention days must not be negative"));
    // days * 86400 must not overflow (it would wrap and remove everything).
    constexpr qint64 maxDays = std::numeric_limits<qint64>::max() / 86400;
    if (eventDays > maxDays)
        VerbContext::usageError(
            QStringLiteral("--event-retention-days must be at most %1").arg(maxDays));
    if (logDays > maxDays)
        VerbContext::usageError(
            QStringLiteral("--log-retention-days must be at most %1").arg(maxDays));
    Kernel &k = ctx.kernel();
    const BoardLocation &loc = ctx.board().location();
    const int workspaces = Workspaces::gcArchived(loc, k.archivedTasks());
    const int events = k.gcEvents(eventDays * 86400);
    // A task with an open run keeps its log, whatever its age: its worker may be writing.
    QSet<QString> open;
    ListFilter all;
    all.includeArchived = true;
    k.forEachTask(all, [&open](const Task &t) {
        if (t.currentRunId || t.status == TaskStatus::Running)
            open.insert(t.id);
    });
    const int logs = WorkerLog::gcOld(loc.logsDir(), logDays * 86400, k.now(), open);
    ctx.print(
        QStringLiteral("GC complete: %1 workspace(s), %2 event row(s), %3 log file(s) removed")
            .arg(workspaces)
            .arg(events)
            .arg(logs));
    return 0;
}

} // namespace

void registerQueryVerbs(VerbTable &table)
{
    table.add({QStringLiteral("stats"),
               {},
               QStringLiteral("Per-status and per-assignee counts, oldest-ready age"),
               ArgSpec(QStringLiteral(
                           "Per-status and per-assignee counts and the oldest ready task's age."))
                   .flag(QStringLiteral("--json"))
                   .option(QStringLiteral("--days"),
                           QStringLiteral("Period of the flow figures: throughput, lead and cycle "
                                          "time, cumulative flow (default: 30)"),
                           QStringLiteral("N"))
                   .integer(),
               cmdStats});

    table.add(
        {QStringLiteral("context"),
         {},
         QStringLiteral("Print the context a worker sees for a task"),
         ArgSpec(QStringLiteral("Print the full context a worker sees for a task (markdown)."))
             .positional(QStringLiteral("task_id")),
         cmdContext});

    table.add({QStringLiteral("runs"),
               {},
               QStringLiteral("List a task's attempts"),
               ArgSpec(QStringLiteral("List a task's runs (one per attempt)."))
                   .positional(QStringLiteral("task_id"))
                   .flag(QStringLiteral("--json")),
               cmdRuns});

    table.add(
        {QStringLiteral("gc"),
         {},
         QStringLiteral("Remove archived workspaces, old events and old logs"),
         ArgSpec(QStringLiteral(
                     "Garbage-collect archived-task workspaces, old events and old worker logs."))
             .option(QStringLiteral("--event-retention-days"),
                     QStringLiteral(
                         "Delete events of done/archived tasks older than N days (default: 30)"),
                     QStringLiteral("N"))
             .integer()
             .option(QStringLiteral("--log-retention-days"),
                     QStringLiteral("Delete worker logs older than N days (default: 30)"),
                     QStringLiteral("N"))
             .integer(),
         cmdGc});
}
