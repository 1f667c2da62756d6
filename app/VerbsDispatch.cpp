// The dispatcher verbs: dispatch (one tick), daemon (the loop), profiles,
// dispatcher-status and log.
#include "app/DispatchArgs.h"
#include "app/InputParsers.h"
#include "app/ServiceVerbs.h"
#include "app/TaskFormat.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Dispatcher.h"
#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/DispatcherStatus.h"
#include "model/KanbanError.h"
#include "model/ProfilePauses.h"
#include "model/VisibleText.h"
#include "model/WorkerLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

DispatchOptions dispatchOptionsFrom(const ParsedArgs &a)
{
    DispatchOptions o;
    if (a.isSet(QStringLiteral("max")))
        o.maxSpawn = int(a.integer(QStringLiteral("max")));
    if (a.isSet(QStringLiteral("failure-limit")))
        o.failureLimit = int(a.integer(QStringLiteral("failure-limit")));
    if ((o.maxSpawn && *o.maxSpawn < 0) || (o.failureLimit && *o.failureLimit < 1))
        VerbContext::usageError(QStringLiteral("--max must be >= 0 and --failure-limit >= 1"));
    return o;
}

// dispatch and daemon open no board of their own: the Dispatcher's is the
// only connection of the process (see the report on Database::checkFile).
ArgSpec &withDispatchLimits(ArgSpec &spec)
{
    return spec
        .option(QStringLiteral("--max"), QStringLiteral("Cap on running workers (global)"),
                QStringLiteral("N"))
        .integer()
        .option(QStringLiteral("--failure-limit"),
                QStringLiteral("Block a task after this many consecutive failures (default: 5)"),
                QStringLiteral("N"))
        .integer();
}

BoardLocation dispatchLocation(VerbContext &ctx)
{
    return BoardPaths::resolve(ctx.globals().boardArg, ctx.globals().dbArg);
}

namespace {

using Nargs = ArgSpec::Nargs;

int cmdDispatch(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const bool dry = a.flag(QStringLiteral("dry-run"));
    DispatchOptions o = dispatchOptionsFrom(a);
    o.mode = QStringLiteral("once");
    o.detachWorkers = true; // this process exits after the tick
    const BoardLocation loc = dispatchLocation(ctx);
    Dispatcher dispatcher(loc, Clock::system(), o);
    DispatchResult r;
    qint64 holder = 0;
    if (!dry && !dispatcher.lockBoard(&holder)) {
        // A daemon or tray owns the board: ask it to tick now instead.
        dispatcher.nudgeLockHolder();
        r.skippedLocked = true;
        r.lockHolderPid = holder;
    } else {
        r = dispatcher.tick(dry);
    }
    r.dryRun = dry;
    if (a.flag(QStringLiteral("json")))
        ctx.write(r.jsonBytes());
    else
        ctx.print(r.toText());
    if (!r.error.isEmpty()) {
        ctx.printErr(QStringLiteral("qkanban: dispatch failed: ") + r.error);
        return 1;
    }
    return 0;
}

Json profileJson(const Profile &p)
{
    Json o = Json::object();
    o.set(QStringLiteral("name"), p.name);
    o.set(QStringLiteral("command"), p.command);
    o.set(QStringLiteral("max"), p.maxInProgress > 0 ? Json(p.maxInProgress) : Json());
    o.set(QStringLiteral("heartbeat_timeout_seconds"),
          p.heartbeatTimeoutSeconds ? Json(*p.heartbeatTimeoutSeconds) : Json());
    Json env = Json::object();
    for (auto it = p.env.begin(); it != p.env.end(); ++it)
        env.set(it.key(), it.value());
    o.set(QStringLiteral("env"), env);
    o.set(QStringLiteral("problem"),
          Json::orNull(Profiles::preflight(p).isEmpty() ? QString() : Profiles::preflight(p)));
    return o;
}

int cmdProfiles(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString action = a.value(QStringLiteral("action"), QStringLiteral("list"));
    const QString name = a.value(QStringLiteral("name")).trimmed().toLower();
    if (action == QLatin1String("list")) {
        const QList<Profile> all = Profiles::list();
        if (a.flag(QStringLiteral("json"))) {
            Json list = Json::array();
            for (const Profile &p : all)
                list << profileJson(p);
            ctx.write(list.dump(2) + '\n');
            return 0;
        }
        if (all.isEmpty()) {
            ctx.print(QStringLiteral(
                "(no profiles; add one with: qkanban --headless profiles add NAME --command "
                "'...')"));
            return 0;
        }
        for (const Profile &p : all) {
            const QString problem = Profiles::preflight(p);
            const QString heartbeat =
                p.heartbeatTimeoutSeconds
                    ? QStringLiteral("heartbeat_timeout=%1s  ").arg(*p.heartbeatTimeoutSeconds)
                    : QString();
            ctx.print(VisibleText::oneLine(
                QStringLiteral("%1  max=%2  %3%4%5")
                    .arg(p.name.leftJustified(16),
                         p.maxInProgress > 0 ? QString::number(p.maxInProgress)
                                             : QStringLiteral("-"),
                         heartbeat, p.command,
                         problem.isEmpty() ? QString() : QStringLiteral("  (!) ") + problem)));
        }
        return 0;
    }
    if (name.isEmpty())
        VerbContext::usageError(QStringLiteral("profiles %1 needs a profile NAME").arg(action));
    if (action == QLatin1String("resume")) {
        if (!ProfilePauses(ctx.board()).resume(name, QStringLiteral("operator"))) {
            ctx.printErr(QStringLiteral("profile %1 is not paused").arg(name));
            return 1;
        }
        ctx.print(QStringLiteral("Resumed %1").arg(name));
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (!Profiles::remove(name)) {
            ctx.printErr(QStringLiteral("no such profile: %1").arg(name));
            return 1;
        }
        ctx.print(QStringLiteral("Removed profile %1").arg(name));
        return 0;
    }
    Profile p;
    p.name = name;
    p.command = a.value(QStringLiteral("command"));
    if (p.command.trimmed().isEmpty())
        VerbContext::usageError(QStringLiteral("profiles add needs --command '...'"));
    p.maxInProgress = int(a.integer(QStringLiteral("max"), 0));
    if (p.maxInProgress < 0)
        VerbContext::usageError(QStringLiteral("--max must be >= 0"));
    if (a.isSet(QStringLiteral("heartbeat-timeout"))) {
        qint64 seconds = 0;
        QString error;
        if (!InputParsers::parseDuration(a.value(QStringLiteral("heartbeat-timeout")), &seconds,
                                         &error))
            VerbContext::usageError(QStringLiteral("argument --heartbeat-timeout: ") + error);
        p.heartbeatTimeoutSeconds = seconds;
    }
    for (const QString &kv : a.values(QStringLiteral("env"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            VerbContext::usageError(QStringLiteral("--env takes KEY=VALUE (got '%1')").arg(kv));
        p.env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    Profiles::save(p);
    ctx.print(QStringLiteral("Saved profile %1: %2").arg(name, p.command));
    const QString problem = Profiles::preflight(p);
    if (!problem.isEmpty())
        ctx.printErr(QStringLiteral("warning: ") + problem);
    return 0;
}

Json parsedObject(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return Json::fromQt(o);
}

QString countsText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().toInteger() != 0)
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toInteger());
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QLatin1Char(' '));
}

int cmdDispatcherStatus(VerbContext &ctx)
{
    Board &board = ctx.board();
    DispatcherStatus status(board);
    const qint64 t = QDateTime::currentSecsSinceEpoch();
    auto info = status.forHost(DispatcherStatus::thisHost());
    if (!info) {
        const QList<DispatcherInfo> all = status.all();
        if (!all.isEmpty())
            info = all.first();
    }
    const bool alive = info && DispatcherStatus::isAlive(*info, t);
    const qint64 holder = Dispatcher::lockHolder(board.location());
    const qint64 ready = ctx.kernel().boardStats().byStatus.value(TaskStatus::Ready);
    const QList<ProfilePause> pauses = ProfilePauses(board).list();
    if (ctx.args().flag(QStringLiteral("json"))) {
        Json o = Json::object();
        o.set(QStringLiteral("alive"), alive);
        o.set(QStringLiteral("pid"), info && info->pid > 0 ? Json(info->pid) : Json());
        o.set(QStringLiteral("host"), info ? Json(info->host) : Json());
        o.set(QStringLiteral("mode"), info ? Json::orNull(info->mode) : Json());
        o.set(QStringLiteral("started_at"),
              info && info->startedAt ? Json(*info->startedAt) : Json());
        o.set(QStringLiteral("stopped_at"),
              info && info->stoppedAt ? Json(*info->stoppedAt) : Json());
        o.set(QStringLiteral("last_tick_at"),
              info && info->lastTickAt ? Json(*info->lastTickAt) : Json());
        o.set(QStringLiteral("interval_seconds"), info ? Json(info->intervalSeconds) : Json());
        o.set(QStringLiteral("paused"), info ? Json(info->paused) : Json(false));
        o.set(QStringLiteral("ticks"), info ? Json(info->ticks) : Json(qint64(0)));
        o.set(QStringLiteral("last_outcome"), info ? Json::orNull(info->lastOutcome) : Json());
        o.set(QStringLiteral("last_error"),
              info && !info->lastError.isEmpty() ? Json(info->lastError) : Json());
        o.set(QStringLiteral("last_error_at"),
              info && info->lastErrorAt ? Json(*info->lastErrorAt) : Json());
        o.set(QStringLiteral("last_counts"),
              info ? parsedObject(info->lastCounts) : Json::object());
        o.set(QStringLiteral("totals"), info ? parsedObject(info->totals) : Json::object());
        o.set(QStringLiteral("lock_holder_pid"), holder != 0 ? Json(holder) : Json());
        o.set(QStringLiteral("ready"), ready);
        Json paused = Json::array();
        for (const ProfilePause &p : pauses) {
            Json item = Json::object();
            item.set(QStringLiteral("name"), p.name);
            item.set(QStringLiteral("reason"), p.reason);
            item.set(QStringLiteral("since"), p.pausedAt);
            paused << item;
        }
        o.set(QStringLiteral("paused_profiles"), paused);
        ctx.write(o.dump(2) + '\n');
        return 0;
    }
    if (!info) {
        ctx.print(QStringLiteral("Dispatcher: never ran on this board"));
    } else {
        const QString state = !alive         ? QStringLiteral("not running")
                              : info->paused ? QStringLiteral("paused")
                                             : QStringLiteral("running");
        ctx.print(QStringLiteral("Dispatcher: %1 (pid %2 on %3, %4, every %5s)")
                      .arg(state, info->pid > 0 ? QString::number(info->pid) : QStringLiteral("-"),
                           info->host, info->mode.isEmpty() ? QStringLiteral("-") : info->mode)
                      .arg(info->intervalSeconds));
        if (info->stoppedAt)
            ctx.print(QStringLiteral("Stopped:    %1").arg(TaskFormat::timestamp(info->stoppedAt)));
        if (info->lastTickAt)
            ctx.print(QStringLiteral("Last tick:  %1 (%2 ago), %3, %4 tick(s)")
                          .arg(TaskFormat::timestamp(info->lastTickAt),
                               TaskFormat::elapsed(t - *info->lastTickAt), info->lastOutcome)
                          .arg(info->ticks));
        else
            ctx.print(QStringLiteral("Last tick:  never"));
        ctx.print(QStringLiteral("Last error: %1")
                      .arg(info->lastError.isEmpty()
                               ? QStringLiteral("none")
                               : QStringLiteral("%1 (%2)").arg(
                                     info->lastError, TaskFormat::timestamp(info->lastErrorAt))));
        ctx.print(QStringLiteral("Last tick acted on: ") + countsText(info->lastCounts));
        ctx.print(QStringLiteral("Since start: ") + countsText(info->totals));
    }
    ctx.print(QStringLiteral("Ready tasks: %1").arg(ready));
    for (const ProfilePause &p : pauses)
        ctx.print(QStringLiteral("Paused profile %1 since %2: %3 (profiles resume %1)")
                      .arg(p.name, TaskFormat::timestamp(p.pausedAt), p.reason));
    if (!alive) {
        ctx.print();
        ctx.print(DispatcherStatus::startHint());
    }
    return 0;
}

int cmdLog(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    const QString id = a.value(QStringLiteral("task_id"));
    // The id names a file in logs/: it must not lead out of it.
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) ||
        id == QLatin1String(".") || id == QLatin1String(".."))
        throw KanbanError(QStringLiteral("invalid task id '%1'").arg(id));
    std::optional<qint64> tail;
    if (a.isSet(QStringLiteral("tail"))) {
        tail = a.integer(QStringLiteral("tail"));
        if (*tail < 1)
            VerbContext::usageError(QStringLiteral("--tail must be a positive number of bytes"));
    }
    const WorkerLog::Content log = WorkerLog::read(ctx.board().location().logPath(id), tail);
    if (!log.exists) {
        ctx.printErr(QStringLiteral("(no log for %1 — task may not have spawned yet)").arg(id));
        return 1;
    }
    // The worker's own output, byte for byte, to a pipe or a file; on a
    // terminal its colours stay and every other control is shown.
    ctx.write(ctx.outputIsInteractive() ? VisibleText::terminalLog(log.bytes) : log.bytes);
    if (!log.bytes.endsWith('\n'))
        ctx.write("\n");
    return 0;
}

} // namespace

void registerDispatchVerbs(VerbTable &table)
{
    ArgSpec dispatchSpec(
        QStringLiteral("One dispatcher pass: reclaim expired claims, detect crashed workers, "
                       "enforce max runtimes, promote ready tasks and spawn workers."));
    dispatchSpec.flag(
        QStringLiteral("--dry-run"),
        QStringLiteral("Don't actually spawn processes; just print what would happen"));
    withDispatchLimits(dispatchSpec).flag(QStringLiteral("--json"));
    Verb dispatch{
        QStringLiteral("dispatch"),
        {},
        QStringLiteral("One dispatcher pass: reclaim stale, promote ready, spawn workers"),
        dispatchSpec,
        cmdDispatch};
    dispatch.needsBoard = false;
    table.add(dispatch);

    table.add(ServiceVerbs::daemonVerb());

    Verb profiles{
        QStringLiteral("profiles"),
        {},
        QStringLiteral("Worker profiles: add, list, remove, resume"),
        ArgSpec(QStringLiteral("Worker profiles (assignee name -> command template). Placeholders: "
                               "{task} {run} {workspace} {profile} {board} {db}. resume lifts "
                               "the dispatcher's pause of a failing profile (on this board)."))
            .positional(QStringLiteral("action"), QStringLiteral("add | list | remove | resume"),
                        Nargs::Optional)
            .choices({QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                      QStringLiteral("resume")})
            .positional(QStringLiteral("name"), QStringLiteral("Profile (assignee) name"),
                        Nargs::Optional)
            .option(QStringLiteral("--command"), QStringLiteral("The worker's argv template"),
                    QStringLiteral("CMD"))
            .option(QStringLiteral("--max"),
                    QStringLiteral("At most N running workers of this profile"),
                    QStringLiteral("N"))
            .integer()
            .option(QStringLiteral("--heartbeat-timeout"),
                    QStringLiteral("Stop a live worker of this profile silent this long "
                                   "(default: the board's, 1h): 300, 90s, 30m, 2h, 1d"),
                    QStringLiteral("DUR"))
            .check(InputParsers::checkDuration)
            .repeatable(QStringLiteral("--env"), QStringLiteral("Extra environment (repeatable)"),
                        QStringLiteral("K=V"))
            .flag(QStringLiteral("--json")),
        cmdProfiles};
    profiles.needsBoard = false;
    table.add(profiles);

    table.add({QStringLiteral("dispatcher-status"),
               {},
               QStringLiteral("Is a dispatcher alive? Last tick, last error, what it did"),
               ArgSpec(QStringLiteral(
                           "Whether a dispatcher is alive for this board (pid, host, last tick, "
                           "interval, paused), its last error and the counts it acted on."))
                   .flag(QStringLiteral("--json")),
               cmdDispatcherStatus});

    table.add({QStringLiteral("log"),
               {},
               QStringLiteral("Print the worker log for a task"),
               ArgSpec(QStringLiteral("Print a task's worker log (<board>/logs/<task_id>.log): "
                                      "its bytes as they are to a pipe or a file; on a "
                                      "terminal colours are kept and other control characters "
                                      "shown as escapes."))
                   .positional(QStringLiteral("task_id"))
                   .option(QStringLiteral("--tail"), QStringLiteral("Only the last N bytes"),
                           QStringLiteral("BYTES"))
                   .integer(),
               cmdLog});
}
