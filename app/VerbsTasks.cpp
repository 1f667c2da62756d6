// Verbs that create, read and shape tasks: init, create, list, show,
// assign, edit, link, unlink.
#include "app/InputParsers.h"
#include "app/JsonOut.h"
#include "app/ListRows.h"
#include "app/TaskFormat.h"
#include "app/VerbGroups.h"
#include "app/VerbTable.h"

#include "dispatcher/Profiles.h"
#include "model/BoardPaths.h"
#include "model/BoardQueries.h"
#include "model/Database.h"
#include "model/DispatcherStatus.h"
#include "model/KanbanError.h"
#include "model/TaskJson.h"
#include "model/TaskSkills.h"
#include "model/VisibleText.h"

#include <QFile>
#include <QStringDecoder>
#include <QUrl>

namespace {

using Nargs = ArgSpec::Nargs;

int cmdInit(VerbContext &ctx)
{
    ctx.print(QStringLiteral("qkanban board initialized at %1")
                  .arg(Database::displayName(ctx.board().dbPath())));
    ctx.print();
    ctx.print(
        QStringLiteral("Next step: run the dispatcher so ready tasks actually get picked up."));
    ctx.print(QStringLiteral("  # In the system tray (with the desktop board, or alone):"));
    ctx.print(QStringLiteral("  qkanban --tray"));
    ctx.print();
    ctx.print(QStringLiteral("  # Foreground, no display needed (Ctrl-C to stop):"));
    ctx.print(QStringLiteral("  qkanban --headless daemon"));
    ctx.print();
    ctx.print(QStringLiteral("  # As a systemd user unit (persists across logins):"));
    ctx.print(QStringLiteral("  systemctl --user enable --now qkanban-dispatcher.service"));
    ctx.print();
    ctx.print(QStringLiteral("Without a running dispatcher, tasks stay in 'ready' forever."));
    return 0;
}

// The largest --body-file, like the REST API's request limit: a body
// from /dev/zero or a stray huge file must not eat the memory.
constexpr qint64 kMaxBodyBytes = 1 << 20;

QString readBodyFile(VerbContext &ctx, const QString &path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!ctx.isLive())
            VerbContext::usageError(
                QStringLiteral("--body-file - reads standard input, which the command bar "
                               "does not have"));
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw KanbanError(
                QStringLiteral("cannot read standard input: %1").arg(f.errorString()));
    } else {
        f.setFileName(InputParsers::expandHome(path));
        if (!f.open(QIODevice::ReadOnly))
            throw KanbanError(
                QStringLiteral("cannot read --body-file %1: %2").arg(path, f.errorString()));
    }
    const QByteArray bytes = f.read(kMaxBodyBytes + 1);
    if (bytes.size() > kMaxBodyBytes)
        throw KanbanError(QStringLiteral("--body-file %1 is larger than 1 MiB").arg(path));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString body = utf8(bytes);
    if (utf8.hasError())
        throw KanbanError(QStringLiteral("--body-file %1 is not valid UTF-8").arg(path));
    return body;
}

int cmdCreate(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    if (a.isSet(QStringLiteral("body")) && a.isSet(QStringLiteral("body-file")))
        VerbContext::usageError(
            QStringLiteral("argument --body-file: not allowed with argument --body"));
    CreateOptions o;
    o.title = a.value(QStringLiteral("title"));
    if (o.title.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("title is required"));
    o.body = a.isSet(QStringLiteral("body-file"))
                 ? readBodyFile(ctx, a.value(QStringLiteral("body-file")))
                 : a.value(QStringLiteral("body"));
    o.assignee = a.value(QStringLiteral("assignee"));
    o.reviewer =
        Profiles::checkedName(a.value(QStringLiteral("reviewer")), QStringLiteral("reviewer"));
    o.parents = a.values(QStringLiteral("parent"));
    InputParsers::Workspace ws{QStringLiteral("scratch"), {}};
    QString error;
    if (a.isSet(QStringLiteral("workspace")) &&
        !InputParsers::parseWorkspace(a.value(QStringLiteral("workspace")), &ws, &error))
        VerbContext::usageError(QStringLiteral("argument --workspace: ") + error);
    o.workspaceKind = ws.kind;
    o.workspacePath = ws.path;
    o.branchName = a.value(QStringLiteral("branch"));
    if (a.isSet(QStringLiteral("branch")) && o.branchName.trimmed().isEmpty())
        VerbContext::usageError(QStringLiteral("argument --branch: must not be empty"));
    o.tenant = a.value(QStringLiteral("tenant"));
    o.priority = a.integer(QStringLiteral("priority"), 0);
    o.triage = a.flag(QStringLiteral("triage"));
    o.idempotencyKey = a.value(QStringLiteral("idempotency-key"));
    if (a.isSet(QStringLiteral("max-runtime"))) {
        qint64 s = 0;
        if (!InputParsers::parseDuration(a.value(QStringLiteral("max-runtime")), &s, &error))
            VerbContext::usageError(QStringLiteral("argument --max-runtime: ") + error);
        o.maxRuntimeSeconds = s;
    }
    if (a.isSet(QStringLiteral("max-retries")))
        o.maxRetries = a.integer(QStringLiteral("max-retries"));
    if (a.isSet(QStringLiteral("heartbeat-timeout"))) {
        qint64 s = 0;
        if (!InputParsers::parseDuration(a.value(QStringLiteral("heartbeat-timeout")), &s, &error))
            VerbContext::usageError(QStringLiteral("argument --heartbeat-timeout: ") + error);
        o.heartbeatTimeoutSeconds = s;
    }
    o.createdBy = a.value(QStringLiteral("created-by"), VerbContext::profileAuthor());
    // Skills (--skill, repeatable): handed to the worker as QKANBAN_SKILLS.
    if (a.isSet(QStringLiteral("skill")))
        o.skills = a.values(QStringLiteral("skill"));
    const QString notify = a.value(QStringLiteral("notify")).trimmed();
    NotifySub sub;
    if (a.isSet(QStringLiteral("notify"))) {
        const QUrl url(notify, QUrl::StrictMode);
        if (notify == QLatin1String("desktop")) {
            sub.platform = QStringLiteral("desktop");
            sub.chatId = QStringLiteral("desktop");
        } else if (url.isValid() &&
                   (url.scheme() == QLatin1String("http") ||
                    url.scheme() == QLatin1String("https")) &&
                   !url.host().isEmpty()) {
            sub.platform = QStringLiteral("webhook");
            sub.chatId = notify;
        } else {
            VerbContext::usageError(
                QStringLiteral("argument --notify: use 'desktop' or an http(s) URL (got '%1')")
                    .arg(notify));
        }
    }

    Kernel &k = ctx.kernel();
    const CreateResult created = k.createTask(o);
    // --json prints the whole task; the line only id, status, assignee and
    // reviewer (reading the whole row cost create ~4% of its instructions).
    const Task t = a.flag(QStringLiteral("json"))
                       ? k.requireTask(created.id)
                       : BoardQueries::createdHead(k.board().db(), created.id);
    if (!sub.platform.isEmpty()) {
        sub.taskId = t.id;
        k.addNotifySub(sub);
    }
    if (a.flag(QStringLiteral("json"))) {
        ctx.write(TaskJson::task(t, ctx.board().now()).dump(2) + '\n');
        return 0;
    }
    ctx.print(
        QStringLiteral("Created %1  (%2, assignee=%3%4)")
            .arg(t.id, t.status, t.assignee.isEmpty() ? QStringLiteral("-") : t.assignee,
                 t.reviewer.isEmpty() ? QString() : QStringLiteral(", reviewer=") + t.reviewer));
    if (!sub.platform.isEmpty())
        ctx.print(QStringLiteral("(subscribed — %1 will be notified when %2 completes or blocks)")
                      .arg(sub.platform == QLatin1String("desktop") ? QStringLiteral("the desktop")
                                                                    : notify,
                           t.id));
    if (t.status == TaskStatus::Ready && !t.assignee.isEmpty()) {
        const QString warning = DispatcherStatus(ctx.board()).noDispatcherWarning();
        if (!warning.isEmpty())
            ctx.printErr(warning);
    }
    return 0;
}

int cmdList(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    ListFilter f;
    f.assignee = a.value(QStringLiteral("assignee"));
    if (f.assignee.isEmpty() && a.flag(QStringLiteral("mine")))
        f.assignee = VerbContext::profileAuthor();
    f.status = a.value(QStringLiteral("status"));
    f.tenant = a.value(QStringLiteral("tenant"));
    f.includeArchived = a.flag(QStringLiteral("archived"));
    f.sort = a.value(QStringLiteral("sort"));
    Kernel &k = ctx.kernel();
    // A read never writes (so never waits for the write lock): promotion
    // happens in the tick and in the transitions that finish a parent.
    if (a.flag(QStringLiteral("json"))) {
        const qint64 now = ctx.board().now();
        // Streamed in chunks: a big board costs one pass and little memory.
        QByteArray bytes;
        JsonOut out(bytes);
        qsizetype count = 0;
        // Only the columns printed, written from the row (no Task per row).
        BoardQueries::forEachListed(k.board().db(), f, BoardQueries::ListColumns::Json,
                                    [&](const auto &row) {
                                        if (count++ == 0)
                                            out.literal("[\n  ");
                                        else
                                            out.literal(",\n  ");
                                        ListRows::appendJson(out, row, 1, now);
                                        if (out.size() > (1 << 18)) {
                                            ctx.write(out.written());
                                            out.clear();
                                        }
                                    });
        if (count == 0)
            out.literal("[]\n");
        else
            out.literal("\n]\n");
        ctx.write(out.written());
        return 0;
    }
    // Streamed like --json: no list of every task in memory. The board
    // line goes out before the first row (or the empty note), so bad
    // input (an unknown status) still writes nothing.
    QByteArray header;
    const BoardLocation &loc = ctx.board().location();
    if (!loc.isPinned) {
        const qsizetype others = BoardPaths::listBoards(loc.root).size() - 1;
        if (others > 0)
            header = VisibleText::lines(QStringLiteral("Board: %1 (%2 other board(s) — `qkanban "
                                                       "--headless boards list`)")
                                            .arg(loc.slug)
                                            .arg(others))
                         .toUtf8() +
                     '\n';
    }
    QByteArray bytes;
    JsonOut out(bytes); // its raw writer: the lines are no JSON
    qsizetype count = 0;
    BoardQueries::forEachListed(k.board().db(), f, BoardQueries::ListColumns::Line,
                                [&](const auto &row) {
                                    if (count++ == 0)
                                        out.raw(header.constData(), header.size());
                                    ListRows::appendLine(out, row);
                                    if (out.size() > (1 << 16)) {
                                        ctx.write(out.written());
                                        out.clear();
                                    }
                                });
    if (count == 0) {
        if (!header.isEmpty())
            ctx.write(header);
        ctx.print(QStringLiteral("(no matching tasks)"));
        return 0;
    }
    ctx.write(out.written());
    return 0;
}

QString latestSummary(const QList<Run> &runs)
{
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (!it->summary.isEmpty())
            return it->summary;
    }
    return {};
}

void printShowJson(VerbContext &ctx, Kernel &k, const Task &t)
{
    const QList<Run> runs = k.runs(t.id);
    Json o = Json::object();
    o.set(QStringLiteral("task"), TaskJson::task(t, k.now()));
    o.set(QStringLiteral("latest_summary"), Json::orNull(latestSummary(runs)));
    Json parents = Json::array();
    for (const QString &p : k.parentIds(t.id))
        parents << p;
    o.set(QStringLiteral("parents"), parents);
    Json children = Json::array();
    for (const QString &c : k.childIds(t.id))
        children << c;
    o.set(QStringLiteral("children"), children);
    Json comments = Json::array();
    for (const Comment &c : k.comments(t.id))
        comments << TaskJson::comment(c);
    o.set(QStringLiteral("comments"), comments);
    Json events = Json::array();
    for (const Event &e : k.events(t.id))
        events << TaskJson::event(e);
    o.set(QStringLiteral("events"), events);
    Json runList = Json::array();
    for (const Run &r : runs)
        runList << TaskJson::run(r);
    o.set(QStringLiteral("runs"), runList);
    ctx.write(o.dump(2) + '\n');
}

void printRunLines(VerbContext &ctx, const QList<Run> &runs)
{
    for (const Run &r : runs) {
        const QString span =
            r.endedAt ? TaskFormat::elapsed(*r.endedAt - r.startedAt) : QStringLiteral("active");
        const QString step =
            r.stepKey.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.stepKey);
        ctx.print(
            VisibleText::oneLine(QStringLiteral("  #%1 %2 @%3%4 %5 %6")
                                     .arg(r.id)
                                     .arg(r.outcome.isEmpty() ? r.status : r.outcome,
                                          r.profile.isEmpty() ? QStringLiteral("-") : r.profile,
                                          step, span, TaskFormat::timestamp(r.startedAt))));
        if (!r.summary.isEmpty())
            ctx.print(QStringLiteral("      → ") + TaskFormat::firstLine(r.summary));
        if (!r.error.isEmpty())
            ctx.print(QStringLiteral("      ! ") + TaskFormat::firstLine(r.error));
    }
}

int cmdShow(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    Kernel &k = ctx.kernel();
    const auto found = k.task(id);
    if (!found) {
        ctx.printErr(QStringLiteral("no such task: %1").arg(id));
        return 1;
    }
    const Task &t = *found;
    if (ctx.args().flag(QStringLiteral("json"))) {
        printShowJson(ctx, k, t);
        return 0;
    }
    const QStringList parents = k.parentIds(id);
    const QStringList children = k.childIds(id);
    const QList<Comment> comments = k.comments(id);
    const QList<Event> events = k.events(id);
    const QList<Run> runs = k.runs(id);
    // Fields are one line each; the body, the result and comments keep
    // their line breaks (and nothing else: VerbContext::print).
    const auto field = [&ctx](const QString &line) { ctx.print(VisibleText::oneLine(line)); };
    field(QStringLiteral("Task %1: %2").arg(t.id, t.title));
    field(QStringLiteral("  status:    %1").arg(t.status));
    field(QStringLiteral("  assignee:  %1")
              .arg(t.assignee.isEmpty() ? QStringLiteral("-") : t.assignee));
    if (!t.reviewer.isEmpty())
        field(QStringLiteral("  reviewer:  %1").arg(t.reviewer));
    if (!t.tenant.isEmpty())
        field(QStringLiteral("  tenant:    %1").arg(t.tenant));
    if (t.priority != 0)
        field(QStringLiteral("  priority:  %1").arg(t.priority));
    field(QStringLiteral("  workspace: %1%2")
              .arg(t.workspaceKind, t.workspacePath.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" @ ") + t.workspacePath));
    if (!t.branchName.isEmpty())
        field(QStringLiteral("  branch:    %1").arg(t.branchName));
    if (t.skills && !t.skills->isEmpty())
        field(QStringLiteral("  skills:    %1").arg(t.skills->join(QStringLiteral(", "))));
    if (t.maxRuntimeSeconds)
        field(QStringLiteral("  max runtime: %1s").arg(*t.maxRuntimeSeconds));
    if (t.maxRetries)
        field(QStringLiteral("  max retries: %1").arg(*t.maxRetries));
    if (t.heartbeatTimeoutSeconds)
        field(QStringLiteral("  heartbeat timeout: %1s").arg(*t.heartbeatTimeoutSeconds));
    if (const OptInt retry = TaskJson::retryAfter(t, k.now()))
        field(QStringLiteral("  retry after: %1 (in %2)")
                  .arg(TaskFormat::timestamp(retry), TaskFormat::countdown(*retry - k.now())));
    field(QStringLiteral("  created:   %1 by %2")
              .arg(TaskFormat::timestamp(t.createdAt),
                   t.createdBy.isEmpty() ? QStringLiteral("-") : t.createdBy));
    if (t.startedAt)
        field(QStringLiteral("  started:   %1").arg(TaskFormat::timestamp(t.startedAt)));
    if (t.completedAt)
        field(QStringLiteral("  completed: %1").arg(TaskFormat::timestamp(t.completedAt)));
    if (!parents.isEmpty())
        field(QStringLiteral("  parents:   %1").arg(parents.join(QStringLiteral(", "))));
    if (!children.isEmpty())
        field(QStringLiteral("  children:  %1").arg(children.join(QStringLiteral(", "))));
    if (!t.body.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("Body:"));
        ctx.print(t.body);
    }
    if (!t.result.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("Result:"));
        ctx.print(t.result);
    }
    if (!comments.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("Comments (%1):").arg(comments.size()));
        for (const Comment &c : comments)
            ctx.print(TaskFormat::commentLines(c));
    }
    if (!events.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("Events (%1):").arg(events.size()));
        for (qsizetype i = qMax<qsizetype>(0, events.size() - 20); i < events.size(); ++i) {
            const Event &e = events[i];
            const QString run = e.runId ? QStringLiteral(" [run %1]").arg(*e.runId) : QString();
            ctx.print(QStringLiteral("  ") + TaskFormat::eventLine(e) + run);
        }
    }
    if (!runs.isEmpty()) {
        ctx.print();
        ctx.print(QStringLiteral("Runs (%1):").arg(runs.size()));
        printRunLines(ctx, runs);
    }
    return 0;
}

int cmdAssign(VerbContext &ctx)
{
    const QString id = ctx.args().value(QStringLiteral("task_id"));
    const QString profile = ctx.args().value(QStringLiteral("profile"));
    if (!ctx.kernel().assignTask(id, profile)) {
        ctx.printErr(QStringLiteral("no such task: %1").arg(id));
        return 1;
    }
    const QString who = ctx.kernel().requireTask(id).assignee;
    ctx.print(QStringLiteral("Assigned %1 to %2")
                  .arg(id, who.isEmpty() ? QStringLiteral("(unassigned)") : who));
    return 0;
}

int cmdEdit(VerbContext &ctx)
{
    const ParsedArgs &a = ctx.args();
    TaskEdit e;
    if (a.isSet(QStringLiteral("title")))
        e.title = a.value(QStringLiteral("title"));
    if (a.isSet(QStringLiteral("body")))
        e.body = a.value(QStringLiteral("body"));
    if (a.isSet(QStringLiteral("priority")))
        e.priority = a.integer(QStringLiteral("priority"));
    if (a.isSet(QStringLiteral("assignee")))
        e.assignee = a.value(QStringLiteral("assignee"));
    if (a.isSet(QStringLiteral("reviewer")))
        e.reviewer =
            Profiles::checkedName(a.value(QStringLiteral("reviewer")), QStringLiteral("reviewer"));
    if (a.isSet(QStringLiteral("tenant")))
        e.tenant = a.value(QStringLiteral("tenant"));
    if (a.isSet(QStringLiteral("max-runtime"))) {
        const QString v = a.value(QStringLiteral("max-runtime"));
        qint64 s = 0;
        QString error;
        e.maxRuntimeSeconds = InputParsers::isNone(v) || !InputParsers::parseDuration(v, &s, &error)
                                  ? OptInt()
                                  : OptInt(s);
    }
    if (a.isSet(QStringLiteral("max-retries"))) {
        const QString v = a.value(QStringLiteral("max-retries"));
        e.maxRetries = InputParsers::isNone(v) ? OptInt() : OptInt(v.trimmed().toLongLong());
    }
    if (a.isSet(QStringLiteral("heartbeat-timeout"))) {
        const QString v = a.value(QStringLiteral("heartbeat-timeout"));
        qint64 s = 0;
        QString error;
        e.heartbeatTimeoutSeconds =
            InputParsers::isNone(v) || !InputParsers::parseDuration(v, &s, &error) ? OptInt()
                                                                                   : OptInt(s);
    }
    if (a.isSet(QStringLiteral("result")))
        e.result = a.value(QStringLiteral("result"));
    // Skills: --skill replaces the list, --clear-skills drops it (as the
    // original's recovery flag, not together with --result).
    if (a.isSet(QStringLiteral("skill")) && a.flag(QStringLiteral("clear-skills")))
        VerbContext::usageError(
            QStringLiteral("argument --clear-skills: not allowed with argument --skill"));
    if (a.flag(QStringLiteral("clear-skills")) && e.result)
        VerbContext::usageError(QStringLiteral("--clear-skills cannot be combined with --result"));
    if (a.isSet(QStringLiteral("skill")))
        e.skills.emplace(a.values(QStringLiteral("skill")));
    else if (a.flag(QStringLiteral("clear-skills")))
        e.skills.emplace(std::nullopt);
    if (!e.title && !e.body && !e.priority && !e.assignee && !e.reviewer && !e.tenant &&
        !e.maxRuntimeSeconds && !e.maxRetries && !e.heartbeatTimeoutSeconds && !e.result &&
        !e.skills)
        VerbContext::usageError(
            QStringLiteral("provide --title, --body, --priority, --assignee, --reviewer, --tenant, "
                           "--max-runtime, --max-retries, --heartbeat-timeout, --result, --skill "
                           "or --clear-skills"));
    const QString id = a.value(QStringLiteral("task_id"));
    ctx.kernel().editTask(id, e);
    ctx.print(QStringLiteral("Edited %1").arg(id));
    return 0;
}

int cmdLink(VerbContext &ctx)
{
    const QString parent = ctx.args().value(QStringLiteral("parent_id"));
    const QString child = ctx.args().value(QStringLiteral("child_id"));
    const bool demoted = ctx.kernel().linkTasks(parent, child);
    ctx.print(QStringLiteral("Linked %1 -> %2").arg(parent, child));
    if (demoted)
        ctx.print(QStringLiteral("  %1 moved back to todo until %2 is done").arg(child, parent));
    return 0;
}

int cmdUnlink(VerbContext &ctx)
{
    const QString parent = ctx.args().value(QStringLiteral("parent_id"));
    const QString child = ctx.args().value(QStringLiteral("child_id"));
    if (!ctx.kernel().unlinkTasks(parent, child)) {
        ctx.printErr(QStringLiteral("No such link: %1 -> %2").arg(parent, child));
        return 1;
    }
    ctx.print(QStringLiteral("Unlinked %1 -> %2").arg(parent, child));
    return 0;
}

QStringList sortKeys()
{
    return {QStringLiteral("created"),  QStringLiteral("created-desc"),
            QStringLiteral("priority"), QStringLiteral("priority-desc"),
            QStringLiteral("status"),   QStringLiteral("assignee"),
            QStringLiteral("title"),    QStringLiteral("updated")};
}

} // namespace

void registerTaskVerbs(VerbTable &table)
{
    table.add({QStringLiteral("init"),
               {},
               QStringLiteral("Create the board database if missing (idempotent)"),
               ArgSpec(QStringLiteral("Create the board database if missing (idempotent).")),
               cmdInit});

    table.add(
        {QStringLiteral("create"),
         {},
         QStringLiteral("Create a new task"),
         ArgSpec(QStringLiteral("Create a new task."))
             .positional(QStringLiteral("title"), QStringLiteral("Task title"))
             .option(QStringLiteral("--body"), QStringLiteral("Optional opening post"))
             .option(QStringLiteral("--body-file"),
                     QStringLiteral("Read the body from PATH ('-' = stdin)"),
                     QStringLiteral("PATH"))
             .option(QStringLiteral("--assignee"), QStringLiteral("Profile name to assign"))
             .option(QStringLiteral("--reviewer"),
                     QStringLiteral("Profile that reviews it after request-review (default: a "
                                    "person)"),
                     QStringLiteral("PROFILE"))
             .repeatable(QStringLiteral("--parent"), QStringLiteral("Parent task id (repeatable)"))
             .option(QStringLiteral("--workspace"),
                     QStringLiteral(
                         "scratch | worktree | worktree:<path> | dir:<path> (default: scratch)"))
             .check(InputParsers::checkWorkspace)
             .option(QStringLiteral("--branch"),
                     QStringLiteral("Branch name (worktree workspaces)"))
             .option(QStringLiteral("--tenant"), QStringLiteral("Tenant namespace"))
             .option(QStringLiteral("--priority"),
                     QStringLiteral("Priority tiebreaker, higher first (default: 0)"))
             .integer()
             .flag(QStringLiteral("--triage"),
                   QStringLiteral("Park in triage until someone specifies it"))
             .option(QStringLiteral("--idempotency-key"),
                     QStringLiteral(
                         "Dedup key: an existing non-archived task with this key is returned"))
             .option(QStringLiteral("--max-runtime"),
                     QStringLiteral("Kill the worker after this long: 300, 90s, 30m, 2h, 1d, 1.5h"))
             .check(InputParsers::checkDuration)
             .option(QStringLiteral("--max-retries"),
                     QStringLiteral("Give up after N consecutive failures"))
             .integer()
             .option(QStringLiteral("--heartbeat-timeout"),
                     QStringLiteral("Stop a live worker silent this long (default: the "
                                    "profile's, else 1h): 300, 90s, 30m, 2h, 1d"),
                     QStringLiteral("DUR"))
             .check(InputParsers::checkDuration)
             .option(
                 QStringLiteral("--created-by"),
                 QStringLiteral("Author recorded on the task (default: $QKANBAN_PROFILE or user)"))
             .option(QStringLiteral("--notify"),
                     QStringLiteral("Subscribe at creation: 'desktop' or a webhook URL"),
                     QStringLiteral("TARGET"))
             // Skills (the original's --skill).
             .repeatable(QStringLiteral("--skill"),
                         QStringLiteral("A skill the worker loads (given to it as "
                                        "QKANBAN_SKILLS)"),
                         QStringLiteral("NAME"))
             .check(TaskSkills::problem)
             .flag(QStringLiteral("--json"), QStringLiteral("Emit JSON output")),
         cmdCreate});

    table.add({QStringLiteral("list"),
               {QStringLiteral("ls")},
               QStringLiteral("List tasks"),
               ArgSpec(QStringLiteral("List tasks (priority first, then oldest)."))
                   .flag(QStringLiteral("--mine"),
                         QStringLiteral("Filter by $QKANBAN_PROFILE as assignee"))
                   .option(QStringLiteral("--assignee"))
                   .option(QStringLiteral("--status"))
                   .choices(TaskStatus::all())
                   .option(QStringLiteral("--tenant"))
                   .flag(QStringLiteral("--archived"), QStringLiteral("Include archived tasks"))
                   .option(QStringLiteral("--sort"),
                           QStringLiteral("Sort order (default: priority-desc)"))
                   .choices(sortKeys())
                   .flag(QStringLiteral("--json")),
               cmdList});

    table.add({QStringLiteral("show"),
               {},
               QStringLiteral("Show a task with comments, events and runs"),
               ArgSpec(QStringLiteral("Show a task with comments, events and runs."))
                   .positional(QStringLiteral("task_id"))
                   .flag(QStringLiteral("--json")),
               cmdShow});

    table.add({QStringLiteral("assign"),
               {},
               QStringLiteral("Assign or reassign a task"),
               ArgSpec(QStringLiteral("Assign or reassign a task."))
                   .positional(QStringLiteral("task_id"))
                   .positional(QStringLiteral("profile"),
                               QStringLiteral("Profile name (or 'none' to unassign)")),
               cmdAssign});

    table.add(
        {QStringLiteral("edit"),
         {},
         QStringLiteral("Edit a task's fields"),
         ArgSpec(QStringLiteral("Edit a task's fields."))
             .positional(QStringLiteral("task_id"))
             .option(QStringLiteral("--title"))
             .option(QStringLiteral("--body"))
             .option(QStringLiteral("--priority"))
             .integer()
             .option(QStringLiteral("--assignee"), QStringLiteral("Profile name (or 'none')"))
             .option(QStringLiteral("--reviewer"),
                     QStringLiteral("Reviewing profile ('none' or '': a person reviews)"),
                     QStringLiteral("PROFILE"))
             .option(QStringLiteral("--tenant"), QStringLiteral("Tenant ('' clears)"))
             .option(QStringLiteral("--max-runtime"),
                     QStringLiteral("Duration, or 'none' to clear"))
             .check(InputParsers::checkDurationOrNone)
             .option(QStringLiteral("--max-retries"), QStringLiteral("N, or 'none' to clear"))
             .check(InputParsers::checkIntOrNone)
             .option(QStringLiteral("--heartbeat-timeout"),
                     QStringLiteral("Duration, or 'none' for the profile's default"),
                     QStringLiteral("DUR"))
             .check(InputParsers::checkDurationOrNone)

             .option(QStringLiteral("--result"), QStringLiteral("Result text (done tasks only)"))
             // Skills (the original's --clear-skills; not while running).
             .repeatable(QStringLiteral("--skill"),
                         QStringLiteral("Replace the skills (not while running)"),
                         QStringLiteral("NAME"))
             .check(TaskSkills::problem)
             .flag(QStringLiteral("--clear-skills"),
                   QStringLiteral("Drop the skills: the profile's defaults apply")),
         cmdEdit});

    table.add({QStringLiteral("link"),
               {},
               QStringLiteral("Add a parent->child dependency"),
               ArgSpec(QStringLiteral("Add a parent->child dependency."))
                   .positional(QStringLiteral("parent_id"))
                   .positional(QStringLiteral("child_id")),
               cmdLink});

    table.add({QStringLiteral("unlink"),
               {},
               QStringLiteral("Remove a parent->child dependency"),
               ArgSpec(QStringLiteral("Remove a parent->child dependency."))
                   .positional(QStringLiteral("parent_id"))
                   .positional(QStringLiteral("child_id")),
               cmdUnlink});
}
