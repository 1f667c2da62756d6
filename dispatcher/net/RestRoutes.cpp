#include "dispatcher/net/RestRoutes.h"

#include "dispatcher/Profiles.h"
#include "dispatcher/TaskCleanup.h"

#include "model/BoardSummary.h"
#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/TaskJson.h"
#include "model/WorkerLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

RestReply error(int status, const QString &message)
{
    Json body = Json::object();
    body.set(QStringLiteral("error"), message);
    return {status, body, false, {}, {}};
}

RestReply ok(Json body, int status = 200)
{
    return {status, std::move(body), false, {}, {}};
}

Json okTrue(bool value = true)
{
    Json o = Json::object();
    o.set(QStringLiteral("ok"), value);
    return o;
}

int statusFor(KanbanError::Kind kind)
{
    switch (kind) {
    case KanbanError::BadInput:
        return 400;
    case KanbanError::NotFound:
        return 404;
    case KanbanError::Conflict:
        return 409;
    case KanbanError::Storage:
        break;
    }
    return 500;
}

// Typed field access that refuses wrong types with a 400.
QString stringField(const QJsonObject &o, const QString &key, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw KanbanError(QStringLiteral("%1 is required").arg(key));
        return {};
    }
    if (!v.isString())
        throw KanbanError(QStringLiteral("%1 must be a string").arg(key));
    return v.toString();
}

OptInt intField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    // Range first: converting an out-of-range double to qint64 is UB.
    if (!v.isDouble() || !(d <= 9e15 && d >= -9e15) || d != double(qint64(d)))
        throw KanbanError(QStringLiteral("%1 must be an integer").arg(key));
    return qint64(d);
}

const QStringList kColumns{TaskStatus::Triage,  TaskStatus::Todo,    TaskStatus::Ready,
                           TaskStatus::Running, TaskStatus::Blocked, TaskStatus::Review,
                           TaskStatus::Done};

} // namespace

RestRoutes::RestRoutes(Board &board) : m_board(board), m_kernel(board) {}

RestReply RestRoutes::handle(const RestRequest &request)
{
    try {
        return route(request);
    } catch (const KanbanError &e) {
        return error(statusFor(e.kind()), e.message());
    } catch (const std::exception &e) {
        return error(500, QString::fromUtf8(e.what()));
    }
}

RestReply RestRoutes::route(const RestRequest &r)
{
    const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString &m = r.method;
    QJsonObject body;
    if ((m == QLatin1String("POST") || m == QLatin1String("PATCH")) &&
        !r.body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
        if (err.error != QJsonParseError::NoError)
            return error(400, QStringLiteral("malformed JSON: %1").arg(err.errorString()));
        if (!doc.isObject())
            return error(400, QStringLiteral("the request body must be a JSON object"));
        body = doc.object();
    }
    const int n = int(parts.size());
    const QString first = n > 0 ? parts.at(0) : QString();
    if (n == 1 && first == QLatin1String("board") && m == QLatin1String("GET"))
        return getBoard(r);
    if (n == 1 && first == QLatin1String("stats") && m == QLatin1String("GET"))
        return ok(TaskJson::stats(m_kernel.boardStats()));
    if (n == 1 && first == QLatin1String("events") && m == QLatin1String("GET")) {
        bool valid = true;
        const QString since = r.query.queryItemValue(QStringLiteral("since"));
        const qint64 cursor = since.isEmpty() ? 0 : since.toLongLong(&valid);
        if (!valid || cursor < 0)
            return error(400, QStringLiteral("since must be a non-negative integer"));
        return events(cursor);
    }
    if (n == 1 && first == QLatin1String("dispatch") && m == QLatin1String("POST"))
        return dispatch(r);
    if (n == 1 && first == QLatin1String("tasks") && m == QLatin1String("POST"))
        return createTask(body);
    if (n == 1 && first == QLatin1String("links")) {
        if (m == QLatin1String("POST"))
            return link(body);
        if (m == QLatin1String("DELETE"))
            return unlink(r);
    }
    if (n >= 2 && first == QLatin1String("tasks")) {
        const QString id = parts.at(1);
        if (n == 2 && m == QLatin1String("GET"))
            return getTask(id);
        if (n == 2 && m == QLatin1String("PATCH"))
            return patchTask(id, body);
        if (n == 3 && parts.at(2) == QLatin1String("comments") && m == QLatin1String("POST"))
            return addComment(id, body);
        if (n == 3 && parts.at(2) == QLatin1String("log") && m == QLatin1String("GET"))
            return taskLog(id, r);
    }
    return error(404, QStringLiteral("no route for %1 %2").arg(m, r.path));
}

Json RestRoutes::taskWithCounts(const Task &t)
{
    Json o = TaskJson::task(t, m_board.now());
    const TaskAge a = Kernel::taskAge(t, m_kernel.now());
    Json age = Json::object();
    age.set(QStringLiteral("created"), TaskJson::opt(a.createdAgeSeconds));
    age.set(QStringLiteral("started"), TaskJson::opt(a.startedAgeSeconds));
    age.set(QStringLiteral("time_to_complete"), TaskJson::opt(a.timeToCompleteSeconds));
    o.set(QStringLiteral("age"), age);
    return o;
}

RestReply RestRoutes::getBoard(const RestRequest &r)
{
    const bool archived =
        r.query.queryItemValue(QStringLiteral("include_archived")) == QLatin1String("true");
    const QString tenant = r.query.queryItemValue(QStringLiteral("tenant"));
    // PostgreSQL's version counts notifications only: no cache there.
    const qint64 version =
        Dialect::isPostgres(m_board.db()) ? -1 : Database::dataVersion(m_board.db());
    const qint64 now = m_kernel.now();
    const QString query = (archived ? QStringLiteral("a:") : QStringLiteral("-:")) + tenant;
    BoardCache &c = m_boardCache;
    if (version < 0 || c.version != version || c.now != now || c.query != query) {
        c.body = writeBoard(archived, tenant, &c.etag);
        c.version = version;
        c.now = now;
        c.query = query;
    }
    RestReply reply;
    reply.raw = c.body;
    reply.etag = c.etag;
    return reply;
}

namespace {

// Appends the bytes of out since *from to the running hash, then moves
// *from to the end: what the ETag covers.
void hashSince(const QByteArray &out, qsizetype *from, size_t *hash)
{
    *hash = qHashBits(out.constData() + *from, size_t(out.size() - *from), *hash);
    *from = out.size();
}

void appendNumber(QByteArray &out, const OptInt &n)
{
    if (n)
        out.append(QByteArray::number(*n));
    else
        out.append("null", 4);
}

void appendStrings(QByteArray &out, const QStringList &items)
{
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, items.at(i));
    }
    out.append(']');
}

} // namespace

// GET /board's body, compact, written from the rows; the members and order
// of the Json it was built as before. *etag: a weak validator over every
// byte but those that follow the clock (each task's age and "now"), so an
// unchanged board keeps its ETag from one second to the next.
QByteArray RestRoutes::writeBoard(bool archived, const QString &tenant, QByteArray *etag)
{
    ListFilter f;
    f.tenant = tenant;
    f.includeArchived = archived;
    const QList<Task> tasks = m_kernel.listTasks(f);
    const QHash<QString, TaskCounts> counts = BoardSummary::counts(m_board);
    QStringList names = kColumns;
    if (archived)
        names << TaskStatus::Archived;
    std::vector<std::vector<const Task *>> columns(size_t(names.size()));
    const qsizetype todo = names.indexOf(TaskStatus::Todo);
    for (const Task &t : tasks) {
        const qsizetype col = names.indexOf(t.status);
        columns[size_t(col < 0 ? todo : col)].push_back(&t);
    }
    const qint64 now = m_board.now();
    const qint64 ageNow = m_kernel.now();
    QByteArray out;
    out.reserve(qsizetype(tasks.size()) * 700 + 4096);
    size_t hash = 0;
    qsizetype hashed = 0;
    out.append("{\"columns\":[");
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"name\":");
        appendJsonString(out, names.at(qsizetype(i)));
        out.append(",\"tasks\":[");
        bool first = true;
        for (const Task *t : columns[i]) {
            if (!first)
                out.append(',');
            first = false;
            TaskJson::appendTaskOpen(out, *t, now);
            out.append(",\"age\":");
            hashSince(out, &hashed, &hash);
            const TaskAge a = Kernel::taskAge(*t, ageNow);
            out.append("{\"created\":");
            appendNumber(out, a.createdAgeSeconds);
            out.append(",\"started\":");
            appendNumber(out, a.startedAgeSeconds);
            out.append(",\"time_to_complete\":");
            appendNumber(out, a.timeToCompleteSeconds);
            out.append('}');
            hashed = out.size();
            const TaskCounts c = counts.value(t->id);
            out.append(",\"link_counts\":{\"parents\":");
            out.append(QByteArray::number(c.parents));
            out.append(",\"children\":");
            out.append(QByteArray::number(c.children));
            out.append("},\"comment_count\":");
            out.append(QByteArray::number(c.comments));
            out.append(",\"waiting_on\":");
            out.append(QByteArray::number(c.openParents));
            out.append('}');
        }
        out.append("]}");
    }
    out.append("],\"tenants\":");
    appendStrings(out, BoardSummary::tenants(m_board));
    out.append(",\"assignees\":");
    appendStrings(out, BoardSummary::assignees(m_board));
    out.append(",\"latest_event_id\":");
    out.append(QByteArray::number(m_kernel.latestEventId()));
    out.append(",\"now\":");
    hashSince(out, &hashed, &hash);
    out.append(QByteArray::number(m_kernel.now()));
    out.append("}\n");
    *etag = "W/\"" + QByteArray::number(quint64(hash), 16) + '"';
    return out;
}

RestReply RestRoutes::getTask(const QString &id)
{
    const Task t = m_kernel.requireTask(id);
    Json comments = Json::array();
    for (const Comment &c : m_kernel.comments(id))
        comments << TaskJson::comment(c);
    Json events = Json::array();
    for (const Event &e : m_kernel.events(id))
        events << TaskJson::event(e);
    Json runs = Json::array();
    for (const Run &run : m_kernel.runs(id))
        runs << TaskJson::run(run);
    Json parents = Json::array();
    for (const QString &p : m_kernel.parentIds(id))
        parents << p;
    Json children = Json::array();
    for (const QString &c : m_kernel.childIds(id))
        children << c;
    Json links = Json::object();
    links.set(QStringLiteral("parents"), parents);
    links.set(QStringLiteral("children"), children);
    Json o = Json::object();
    o.set(QStringLiteral("task"), taskWithCounts(t));
    o.set(QStringLiteral("comments"), comments);
    o.set(QStringLiteral("events"), events);
    o.set(QStringLiteral("runs"), runs);
    o.set(QStringLiteral("links"), links);
    return ok(o);
}

RestReply RestRoutes::createTask(const QJsonObject &b)
{
    CreateOptions opts;
    opts.title = stringField(b, QStringLiteral("title"), true);
    opts.body = stringField(b, QStringLiteral("body"));
    opts.assignee = stringField(b, QStringLiteral("assignee"));
    opts.reviewer = Profiles::checkedName(stringField(b, QStringLiteral("reviewer")),
                                          QStringLiteral("reviewer"));
    opts.tenant = stringField(b, QStringLiteral("tenant"));
    opts.createdBy = QStringLiteral("api");
    if (const QString by = stringField(b, QStringLiteral("created_by")); !by.isEmpty())
        opts.createdBy = by;
    opts.priority = intField(b, QStringLiteral("priority")).value_or(0);
    if (const QString kind = stringField(b, QStringLiteral("workspace_kind")); !kind.isEmpty())
        opts.workspaceKind = kind;
    opts.workspacePath = stringField(b, QStringLiteral("workspace_path"));
    opts.idempotencyKey = stringField(b, QStringLiteral("idempotency_key"));
    opts.maxRuntimeSeconds = intField(b, QStringLiteral("max_runtime_seconds"));
    opts.maxRetries = intField(b, QStringLiteral("max_retries"));
    const QJsonValue triage = b.value(QStringLiteral("triage"));
    if (!triage.isUndefined() && !triage.isNull() && !triage.isBool())
        throw KanbanError(QStringLiteral("triage must be a boolean"));
    opts.triage = triage.toBool();
    const QJsonValue parents = b.value(QStringLiteral("parents"));
    if (!parents.isUndefined() && !parents.isNull()) {
        if (!parents.isArray())
            throw KanbanError(QStringLiteral("parents must be an array of task ids"));
        for (const QJsonValue &p : parents.toArray()) {
            if (!p.isString())
                throw KanbanError(QStringLiteral("parents must be an array of task ids"));
            opts.parents << p.toString();
        }
    }
    const CreateResult created = m_kernel.createTask(opts);
    Json o = Json::object();
    o.set(QStringLiteral("task"), taskWithCounts(m_kernel.requireTask(created.id)));
    o.set(QStringLiteral("existed"), created.existed);
    return ok(o, created.existed ? 200 : 201);
}

RestReply RestRoutes::patchTask(const QString &id, const QJsonObject &b)
{
    m_kernel.requireTask(id);
    TaskEdit edit;
    if (b.contains(QStringLiteral("title")))
        edit.title = stringField(b, QStringLiteral("title"));
    if (b.contains(QStringLiteral("body")))
        edit.body = stringField(b, QStringLiteral("body"));
    if (b.contains(QStringLiteral("assignee")))
        edit.assignee = stringField(b, QStringLiteral("assignee"));
    if (b.contains(QStringLiteral("reviewer")))
        edit.reviewer = Profiles::checkedName(stringField(b, QStringLiteral("reviewer")),
                                              QStringLiteral("reviewer"));
    if (b.contains(QStringLiteral("tenant")))
        edit.tenant = stringField(b, QStringLiteral("tenant"));
    if (b.contains(QStringLiteral("priority"))) {
        const OptInt p = intField(b, QStringLiteral("priority"));
        if (!p)
            throw KanbanError(QStringLiteral("priority must be an integer"));
        edit.priority = *p;
    }
    QString status;
    if (b.contains(QStringLiteral("status"))) {
        status = stringField(b, QStringLiteral("status"));
        if (!TaskStatus::isValid(status))
            throw KanbanError(QStringLiteral("unknown status: %1").arg(status));
        if (status == TaskStatus::Running)
            throw KanbanError(
                QStringLiteral("Cannot set status to 'running' directly; the dispatcher claims "
                               "ready tasks"));
    }
    const QString note = status == TaskStatus::Blocked
                             ? stringField(b, QStringLiteral("block_reason"))
                             : stringField(b, QStringLiteral("result"));
    m_kernel.editTask(id, edit);
    if (!status.isEmpty())
        TaskCleanup::leaveRunning(m_board, id, [&] { return m_kernel.moveTask(id, status, note); },
                                  {5000, TaskCleanup::Wait::Background});
    Json o = Json::object();
    o.set(QStringLiteral("task"), taskWithCounts(m_kernel.requireTask(id)));
    return ok(o);
}

RestReply RestRoutes::addComment(const QString &id, const QJsonObject &b)
{
    const QString body = stringField(b, QStringLiteral("body"));
    if (body.trimmed().isEmpty())
        throw KanbanError(QStringLiteral("body is required"));
    QString author = stringField(b, QStringLiteral("author"));
    if (author.trimmed().isEmpty())
        author = QStringLiteral("api");
    m_kernel.addComment(id, author, body);
    return ok(okTrue(), 201);
}

RestReply RestRoutes::link(const QJsonObject &b)
{
    const QString parent = stringField(b, QStringLiteral("parent_id"), true);
    const QString child = stringField(b, QStringLiteral("child_id"), true);
    try {
        m_kernel.linkTasks(parent, child);
    } catch (const KanbanError &e) {
        if (e.kind() == KanbanError::NotFound) // the original answers 400 here
            return error(400, e.message());
        throw;
    }
    return ok(okTrue(), 201);
}

RestReply RestRoutes::unlink(const RestRequest &r)
{
    const QString parent = r.query.queryItemValue(QStringLiteral("parent_id"));
    const QString child = r.query.queryItemValue(QStringLiteral("child_id"));
    if (parent.isEmpty() || child.isEmpty())
        throw KanbanError(QStringLiteral("parent_id and child_id are required"));
    return ok(okTrue(m_kernel.unlinkTasks(parent, child)));
}

RestReply RestRoutes::taskLog(const QString &id, const RestRequest &r)
{
    m_kernel.requireTask(id);
    qint64 tail = 0;
    const QString tailArg = r.query.queryItemValue(QStringLiteral("tail"));
    if (!tailArg.isEmpty()) {
        bool valid = false;
        tail = tailArg.toLongLong(&valid);
        if (!valid || tail < 1 || tail > 2'000'000)
            throw KanbanError(QStringLiteral("tail must be an integer from 1 to 2000000"));
    }
    const QString path = m_board.location().logPath(id);
    const WorkerLog::Content log =
        WorkerLog::read(path, tail > 0 ? std::optional<qint64>(tail) : std::nullopt);
    Json o = Json::object();
    o.set(QStringLiteral("task_id"), id);
    o.set(QStringLiteral("path"), path);
    o.set(QStringLiteral("exists"), log.exists);
    o.set(QStringLiteral("size_bytes"), log.sizeBytes);
    o.set(QStringLiteral("content"), QString::fromUtf8(log.bytes));
    o.set(QStringLiteral("truncated"), log.truncated);
    return ok(o);
}

RestReply RestRoutes::dispatch(const RestRequest &r)
{
    if (!dispatchNow)
        return error(503, QStringLiteral("no dispatcher runs in this server"));
    const bool dry = r.query.queryItemValue(QStringLiteral("dry_run")) == QLatin1String("true");
    return ok(dispatchNow(dry));
}

RestReply RestRoutes::events(qint64 since)
{
    try {
        const QList<Event> evs = m_kernel.eventsSince(since, 200);
        Json list = Json::array();
        qint64 cursor = since;
        for (const Event &e : evs) {
            list << TaskJson::event(e);
            cursor = qMax(cursor, e.id);
        }
        Json o = Json::object();
        o.set(QStringLiteral("events"), list);
        o.set(QStringLiteral("cursor"), cursor);
        return {200, o, evs.isEmpty(), {}, {}};
    } catch (const KanbanError &e) {
        return error(statusFor(e.kind()), e.message());
    }
}
