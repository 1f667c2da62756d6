// Live event streams: tail (one task) and watch (the board). Text lines as
// the original prints them, or JSON Lines (--json) for scripts: one event
// per line, written and flushed as it is seen. On SQLite they read the
// events every --interval; on PostgreSQL they wait for the board's change
// notification (LISTEN/NOTIFY) and read only then: no polling.
#include "app/Interrupt.h"
#include "app/TaskFormat.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "model/DataVersionWatcher.h"
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/TaskJson.h"
#include "model/VisibleText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>

namespace {

// The task as it is after the event: what a script reacting to the line
// needs without a second call.
Json taskBrief(const std::optional<Task> &t)
{
    if (!t)
        return Json(); // deleted meanwhile
    Json o = Json::object();
    o.set(QStringLiteral("id"), t->id);
    o.set(QStringLiteral("title"), t->title);
    o.set(QStringLiteral("status"), t->status);
    o.set(QStringLiteral("assignee"), Json::orNull(t->assignee));
    o.set(QStringLiteral("tenant"), Json::orNull(t->tenant));
    return o;
}

// One JSON Lines record: the event as TaskJson::event gives it plus the
// nested task.
void writeJsonLine(VerbContext &ctx, const Event &e, const std::optional<Task> &t)
{
    Json o = TaskJson::event(e);
    o.set(QStringLiteral("task"), taskBrief(t));
    ctx.write(o.dump(0) + '\n');
}

// --since ID: events after that id (0 = from the first); -1 when unset.
qint64 sinceArg(const ParsedArgs &a)
{
    if (!a.isSet(QStringLiteral("since")))
        return -1;
    const qint64 since = a.integer(QStringLiteral("since"), -1);
    if (since < 0)
        VerbContext::usageError(
            QStringLiteral("argument --since: must be an event id >= 0 (got '%1')")
                .arg(a.value(QStringLiteral("since"))));
    return since;
}

// The banner and "(stopped)": on stdout as the original prints them, on
// stderr with --json so stdout holds JSON Lines only.
void notice(VerbContext &ctx, bool json, const QString &line)
{
    if (json)
        ctx.printErr(line);
    else
        ctx.print(line);
}

void startFollowing(VerbContext &ctx)
{
    // A reader that goes away ends the stream quietly (no SIGPIPE death);
    // workers are never started from here, and exec resets the handler.
    if (ctx.isLive())
        Interrupt::catchBrokenPipe();
}

// What a stream waits for between reads: the --interval on SQLite; on
// PostgreSQL the next change another session commits (the watcher's
// notification), however long that takes.
class StreamPace
{
public:
    StreamPace(VerbContext &ctx, double interval) : m_ctx(ctx), m_changes(ctx.board().db())
    {
        // Notifications need the event loop of the main thread, where the
        // headless face runs its verbs.
        const bool mainThread = QCoreApplication::instance() &&
                                QThread::currentThread() == QCoreApplication::instance()->thread();
        if (ctx.isLive() && mainThread && Dialect::isPostgres(ctx.board().db()))
            m_changes.start();
        // SQLite (or no LISTEN): the events themselves are read every interval.
        m_interval = m_changes.isNotified() ? kForever : interval;
    }
    // False when the stream should stop (interrupted, reader gone).
    // Throws when the server went away: one line, not a failed query.
    bool wait()
    {
        const bool more = m_ctx.wait(m_interval, &m_changes);
        if (m_changes.connectionLost())
            throw KanbanError(QStringLiteral("lost the connection to %1")
                                  .arg(Database::displayName(m_ctx.board().dbPath())),
                              KanbanError::Storage);
        return more;
    }

private:
    static constexpr double kForever = 86400.0;
    VerbContext &m_ctx;
    DataVersionWatcher m_changes;
    double m_interval;
};

int cmdTail(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const double interval = qMax(0.1, ctx.args().number(QStringLiteral("interval"), 1.0));
    const bool json = ctx.args().flag(QStringLiteral("json"));
    qint64 lastId = qMax<qint64>(0, sinceArg(ctx.args()));
    Kernel &k = ctx.kernel();
    k.requireTask(id);
    startFollowing(ctx);
    StreamPace pace(ctx, interval);
    if (ctx.isLive())
        notice(ctx, json, QStringLiteral("Tailing events for %1. Ctrl-C to stop.").arg(id));
    do {
        const QList<Event> events = k.events(id);
        const bool fresh = !events.isEmpty() && events.last().id > lastId;
        const std::optional<Task> task = json && fresh ? k.task(id) : std::nullopt;
        for (const Event &e : events) {
            if (e.id <= lastId)
                continue;
            if (json)
                writeJsonLine(ctx, e, task);
            else
                ctx.print(TaskFormat::eventLine(e));
            lastId = e.id;
        }
        // Deleted (archive --rm, the board's delete): nothing more will come.
        if (ctx.isLive() && !k.task(id)) {
            ctx.printErr(QStringLiteral("task %1 was deleted; stopped following it").arg(id));
            return 1;
        }
    } while (pace.wait());
    if (ctx.isLive() && !ctx.outputClosed())
        notice(ctx, json, QStringLiteral("\n(stopped)"));
    return 0;
}

struct WatchFilter
{
    QString assignee;
    QString tenant;
    QSet<QString> kinds;
    bool json = false;
};

// Prints the events after `cursor` that pass the filter; returns the new
// cursor. Task fields are looked up once per poll.
qint64 printWatchBatch(VerbContext &ctx, Kernel &k, qint64 cursor, const WatchFilter &f)
{
    QHash<QString, std::optional<Task>> tasks;
    for (const Event &e : k.eventsSince(cursor, 200)) {
        cursor = qMax(cursor, e.id);
        if (!f.kinds.isEmpty() && !f.kinds.contains(e.kind))
            continue;
        if (!tasks.contains(e.taskId))
            tasks.insert(e.taskId, k.task(e.taskId));
        const std::optional<Task> &t = tasks[e.taskId];
        const QString assignee = t ? t->assignee : QString();
        const QString tenant = t ? t->tenant : QString();
        if (!f.assignee.isEmpty() && assignee != f.assignee)
            continue;
        if (!f.tenant.isEmpty() && tenant != f.tenant)
            continue;
        if (f.json) {
            writeJsonLine(ctx, e, t);
            continue;
        }
        const QString payload = e.payload.isEmpty() ? QString() : QLatin1Char(' ') + e.payload;
        ctx.print(VisibleText::oneLine(
            QStringLiteral("[%1] %2 %3 (@%4)%5")
                .arg(TaskFormat::timestamp(e.createdAt), e.taskId.leftJustified(10),
                     e.kind.leftJustified(18), assignee.isEmpty() ? QStringLiteral("-") : assignee,
                     payload)));
    }
    return cursor;
}

int cmdWatch(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    WatchFilter f;
    f.assignee = a.value(QStringLiteral("assignee")).trimmed().toLower();
    f.tenant = a.value(QStringLiteral("tenant"));
    for (const QString &kind :
         a.value(QStringLiteral("kinds")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        f.kinds.insert(kind.trimmed());
    f.json = a.flag(QStringLiteral("json"));
    const double interval = qMax(0.1, a.number(QStringLiteral("interval"), 0.5));
    const qint64 since = sinceArg(a);
    Kernel &k = ctx.kernel();
    if (!ctx.isLive()) {
        // The command bar cannot follow: show the most recent events.
        printWatchBatch(ctx, k, since >= 0 ? since : qMax<qint64>(0, k.latestEventId() - 200), f);
        return 0;
    }
    startFollowing(ctx);
    // Listening starts before the cursor is read: no change falls between.
    StreamPace pace(ctx, interval);
    // Without --since the cursor starts at the newest event (no replay).
    qint64 cursor = since >= 0 ? since : k.latestEventId();
    notice(ctx, f.json, QStringLiteral("Watching kanban events. Ctrl-C to stop."));
    bool more = true;
    while (more) {
        qint64 next = printWatchBatch(ctx, k, cursor, f);
        while (next != cursor && !ctx.outputClosed()) { // drain bursts of more than 200 rows
            cursor = next;
            next = printWatchBatch(ctx, k, cursor, f);
        }
        more = pace.wait();
    }
    if (!ctx.outputClosed())
        notice(ctx, f.json, QStringLiteral("\n(stopped)"));
    return 0;
}

} // namespace

void registerStreamVerbs(VerbTable &table)
{
    table.add({QStringLiteral("tail"),
               {},
               QStringLiteral("Follow a task's event stream"),
               ArgSpec(QStringLiteral("Follow a task's event stream until Ctrl-C."))
                   .positional(QStringLiteral("task_id"))
                   .option(QStringLiteral("--interval"),
                           QStringLiteral("Poll interval in seconds (default: 1.0)"))
                   .number()
                   .option(QStringLiteral("--since"),
                           QStringLiteral("Only events after this event id"), QStringLiteral("ID"))
                   .integer()
                   .flag(QStringLiteral("--json"),
                         QStringLiteral("One JSON object per event and line (JSON Lines)")),
               cmdTail});

    table.add({QStringLiteral("watch"),
               {},
               QStringLiteral("Live-stream the board's events (Ctrl+C to exit)"),
               ArgSpec(QStringLiteral("Live-stream task events, starting now."))
                   .option(QStringLiteral("--assignee"),
                           QStringLiteral("Only events of tasks assigned to this profile"))
                   .option(QStringLiteral("--tenant"),
                           QStringLiteral("Only events of tasks in this tenant"))
                   .option(QStringLiteral("--kinds"),
                           QStringLiteral(
                               "Comma-separated event kinds (e.g. 'completed,blocked,gave_up')"))
                   .option(QStringLiteral("--interval"),
                           QStringLiteral("Poll interval in seconds (default: 0.5)"))
                   .number()
                   .option(QStringLiteral("--since"),
                           QStringLiteral("Start after this event id instead of now (replays "
                                          "what came after it)"),
                           QStringLiteral("ID"))
                   .integer()
                   .flag(QStringLiteral("--json"),
                         QStringLiteral("One JSON object per event and line (JSON Lines)")),
               cmdWatch});
}
