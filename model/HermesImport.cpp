// Import of a Hermes Kanban kanban.db, opened read-only, old or new schema.
#include "BoardIo.h"

#include "BoardIoHermesSource.h"
#include "BoardIoTables.h"
#include "KanbanError.h"
#include "Sql.h"
#include "Types.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

using namespace BoardIoTables;

namespace {

using Row = HermesSource::Row;

[[noreturn]] void bad(const QString &message)
{
    throw KanbanError(message, KanbanError::BadInput);
}

// ---- value conversion ----------------------------------------------------

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

OptInt toInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return std::isfinite(d) ? OptInt(qint64(std::floor(d))) : std::nullopt;
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        return n;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok && std::isfinite(d) ? OptInt(qint64(std::floor(d))) : std::nullopt;
}

QVariant intOrNull(const QVariant &v)
{
    const OptInt n = toInt(v);
    return n ? QVariant(*n) : nullInt();
}

qint64 intOr(const QVariant &v, qint64 fallback)
{
    return toInt(v).value_or(fallback);
}

QVariant textOrNull(const QVariant &v)
{
    return v.isNull() ? nullText() : textValue(v.toString());
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// Values in the column order of one of our tables; absent ones NULL or default.
QVariantList ordered(const QString &key, const Row &values)
{
    QVariantList out;
    for (const Column &c : table(key).columns) {
        const QVariant v = values.value(c.name);
        if (v.isValid() && !v.isNull())
            out << v;
        else
            out << (c.fallback.isValid() ? c.fallback : nullFor(c));
    }
    return out;
}

// ---- reading ---------------------------------------------------------------

struct Imported
{
    QMap<QString, QList<QVariantList>> rows; // by table key
    QHash<QString, qint64> sequences;
    // Open runs made up for running tasks that had none: (task id, row).
    QList<QPair<QString, QVariantList>> synthesisedRuns;
    QStringList warnings;
    int count(const char *key) const { return int(rows.value(QString::fromLatin1(key)).size()); }
};

QList<QStringList> names(std::initializer_list<QStringList> l)
{
    return QList<QStringList>(l);
}

class Reader
{
public:
    Reader(HermesSource &src, qint64 now) : m_src(src), m_now(now) {}

    Imported read()
    {
        readTasks();
        readLinks();
        readComments();
        readRuns();
        readEvents();
        readSubs();
        fixRunPointers();
        readSequences();
        return std::move(m_out);
    }

private:
    void warn(const QString &w) { m_out.warnings << w; }

    void readTasks()
    {
        const QList<Row> rows = m_src.rows(
            QStringLiteral("tasks"),
            names({{QStringLiteral("id")},
                   {QStringLiteral("title")},
                   {QStringLiteral("body")},
                   {QStringLiteral("assignee")},
                   {QStringLiteral("status")},
                   {QStringLiteral("priority")},
                   {QStringLiteral("tenant")},
                   {QStringLiteral("created_by")},
                   {QStringLiteral("created_at")},
                   {QStringLiteral("started_at")},
                   {QStringLiteral("completed_at")},
                   {QStringLiteral("result")},
                   {QStringLiteral("workspace_kind")},
                   {QStringLiteral("workspace_path")},
                   {QStringLiteral("branch_name")},
                   {QStringLiteral("idempotency_key")},
                   {QStringLiteral("claim_lock")},
                   {QStringLiteral("claim_expires")},
                   {QStringLiteral("worker_pid")},
                   {QStringLiteral("worker_host")},
                   {QStringLiteral("consecutive_failures"), QStringLiteral("spawn_failures")},
                   {QStringLiteral("last_failure_error"), QStringLiteral("last_spawn_error")},
                   {QStringLiteral("max_runtime_seconds")},
                   {QStringLiteral("max_retries")},
                   {QStringLiteral("last_heartbeat_at")},
                   {QStringLiteral("current_run_id")},
                   {QStringLiteral("cooldown_until")},
                   {QStringLiteral("updated_at")}}),
            QStringLiteral("created_at, id"));
        QMap<QString, int> mappedStatuses, mappedKinds;
        QHash<QString, QString> liveKeys;
        int untitled = 0, noId = 0, keysCleared = 0;
        for (const Row &h : rows) {
            const QString id = textOf(h.value(QStringLiteral("id"))).trimmed();
            if (id.isEmpty() || m_tasks.contains(id)) {
                ++noId;
                continue;
            }
            Row r;
            r.insert(QStringLiteral("id"), id);
            QString title = textOf(h.value(QStringLiteral("title")));
            if (title.trimmed().isEmpty()) {
                title = QStringLiteral("(untitled)");
                ++untitled;
            }
            r.insert(QStringLiteral("title"), title);
            for (const char *c : {"body", "tenant", "created_by", "result", "workspace_path",
                                  "branch_name", "claim_lock", "worker_host"})
                r.insert(QString::fromLatin1(c), textOrNull(h.value(QString::fromLatin1(c))));
            const QString assignee =
                textOf(h.value(QStringLiteral("assignee"))).trimmed().toLower();
            r.insert(QStringLiteral("assignee"),
                     assignee.isEmpty() ? nullText() : QVariant(assignee));

            QString status = textOf(h.value(QStringLiteral("status"))).trimmed().toLower();
            if (!TaskStatus::isValid(status)) {
                ++mappedStatuses[status];
                status = TaskStatus::Todo;
            }
            r.insert(QStringLiteral("status"), status);
            QString kind = textOf(h.value(QStringLiteral("workspace_kind"))).trimmed();
            if (kind.isEmpty())
                kind = QStringLiteral("scratch");
            if (kind != QLatin1String("scratch") && kind != QLatin1String("worktree") &&
                kind != QLatin1String("dir")) {
                ++mappedKinds[kind];
                kind = QStringLiteral("scratch");
            }
            r.insert(QStringLiteral("workspace_kind"), kind);

            const QVariant key = textOrNull(h.value(QStringLiteral("idempotency_key")));
            if (!key.isNull() && status != TaskStatus::Archived) {
                if (liveKeys.contains(key.toString())) {
                    ++keysCleared;
                    r.insert(QStringLiteral("idempotency_key"), nullText());
                } else {
                    liveKeys.insert(key.toString(), id);
                    r.insert(QStringLiteral("idempotency_key"), key);
                }
            } else {
                r.insert(QStringLiteral("idempotency_key"), key);
            }

            const qint64 created = intOr(h.value(QStringLiteral("created_at")), m_now);
            r.insert(QStringLiteral("created_at"), created);
            r.insert(QStringLiteral("priority"), intOr(h.value(QStringLiteral("priority")), 0));
            r.insert(QStringLiteral("consecutive_failures"),
                     intOr(h.value(QStringLiteral("consecutive_failures")), 0));
            for (const char *c : {"started_at", "completed_at", "claim_expires", "worker_pid",
                                  "max_runtime_seconds", "max_retries", "last_heartbeat_at",
                                  "current_run_id", "cooldown_until"})
                r.insert(QString::fromLatin1(c), intOrNull(h.value(QString::fromLatin1(c))));
            const QString err = textOf(h.value(QStringLiteral("last_failure_error")));
            r.insert(QStringLiteral("last_failure_error"),
                     err.isNull() ? nullText() : textValue(err.left(500)));
            // Hermes keeps no updated_at: the latest moment the task is known to have changed.
            qint64 updated = created;
            for (const char *c : {"updated_at", "started_at", "completed_at", "last_heartbeat_at"})
                updated = qMax(updated, intOr(h.value(QString::fromLatin1(c)), updated));
            r.insert(QStringLiteral("updated_at"), updated);
            m_tasks.insert(id, r);
            m_taskOrder << id;
        }
        for (auto it = mappedStatuses.begin(); it != mappedStatuses.end(); ++it)
            warn(QStringLiteral("%1 task(s) with status '%2' imported as todo")
                     .arg(it.value())
                     .arg(it.key()));
        for (auto it = mappedKinds.begin(); it != mappedKinds.end(); ++it)
            warn(QStringLiteral("%1 task(s) with workspace kind '%2' imported as scratch")
                     .arg(it.value())
                     .arg(it.key()));
        if (untitled)
            warn(QStringLiteral("%1 task(s) without a title imported as '(untitled)'")
                     .arg(untitled));
        if (noId)
            warn(QStringLiteral("%1 task(s) without a usable id skipped").arg(noId));
        if (keysCleared)
            warn(QStringLiteral("%1 duplicate idempotency key(s) of live tasks cleared")
                     .arg(keysCleared));
    }

    void readLinks()
    {
        auto &out = m_out.rows[QStringLiteral("links")];
        if (!m_src.hasTable(QStringLiteral("task_links")))
            return;
        const QList<Row> rows =
            m_src.rows(QStringLiteral("task_links"),
                       names({{QStringLiteral("parent_id")}, {QStringLiteral("child_id")}}),
                       QStringLiteral("rowid"));
        QHash<QString, QStringList> children;
        QSet<QPair<QString, QString>> seen;
        int dangling = 0, cyclic = 0;
        for (const Row &h : rows) {
            const QString p = textOf(h.value(QStringLiteral("parent_id")));
            const QString c = textOf(h.value(QStringLiteral("child_id")));
            if (!m_tasks.contains(p) || !m_tasks.contains(c)) {
                ++dangling;
                continue;
            }
            if (p == c || seen.contains({p, c}) || closesCycle(children, p, c)) {
                ++cyclic;
                continue;
            }
            seen.insert({p, c});
            children[p] << c;
            out << QVariantList{p, c};
        }
        if (dangling)
            warn(QStringLiteral("%1 link(s) to unknown tasks skipped").arg(dangling));
        if (cyclic)
            warn(QStringLiteral("%1 self, duplicate or cyclic link(s) skipped").arg(cyclic));
    }

    // Rows of a task-owned table; orphans are skipped and counted.
    template <typename Fill>
    void readOwned(const QString &hermesTable, const QString &key, const QList<QStringList> &wanted,
                   const QString &what, Fill fill)
    {
        auto &out = m_out.rows[key];
        if (!m_src.hasTable(hermesTable))
            return;
        QList<QVariantList> withIds, without;
        int orphans = 0;
        for (const Row &h : m_src.rows(hermesTable, wanted, QStringLiteral("rowid"))) {
            const QString task = textOf(h.value(QStringLiteral("task_id")));
            if (!m_tasks.contains(task)) {
                ++orphans;
                continue;
            }
            Row r;
            r.insert(QStringLiteral("task_id"), task);
            fill(h, r);
            const QVariantList values = ordered(key, r);
            if (r.contains(QStringLiteral("id")) &&
                toInt(r.value(QStringLiteral("id"))).value_or(0) <= 0)
                without << values;
            else
                withIds << values;
        }
        // Rows whose id is no integer (legacy TEXT ids) get a fresh id, after
        // the others so they cannot take an id still to come.
        out << withIds << without;
        if (orphans)
            warn(QStringLiteral("%1 %2 of unknown tasks skipped").arg(orphans).arg(what));
    }

    void readComments()
    {
        readOwned(QStringLiteral("task_comments"), QStringLiteral("comments"),
                  names({{QStringLiteral("id")},
                         {QStringLiteral("task_id")},
                         {QStringLiteral("author")},
                         {QStringLiteral("body")},
                         {QStringLiteral("created_at")}}),
                  QStringLiteral("comment(s)"), [this](const Row &h, Row &r) {
                      r.insert(QStringLiteral("id"), intOrNull(h.value(QStringLiteral("id"))));
                      r.insert(QStringLiteral("author"),
                               textValue(textOf(h.value(QStringLiteral("author")))));
                      r.insert(QStringLiteral("body"),
                               textValue(textOf(h.value(QStringLiteral("body")))));
                      r.insert(QStringLiteral("created_at"),
                               intOr(h.value(QStringLiteral("created_at")), m_now));
                  });
    }

    void readRuns()
    {
        readOwned(
            QStringLiteral("task_runs"), QStringLiteral("runs"),
            names({{QStringLiteral("id")},
                   {QStringLiteral("task_id")},
                   {QStringLiteral("profile")},
                   {QStringLiteral("status")},
                   {QStringLiteral("claim_lock")},
                   {QStringLiteral("claim_expires")},
                   {QStringLiteral("worker_pid")},
                   {QStringLiteral("worker_host")},
                   {QStringLiteral("max_runtime_seconds")},
                   {QStringLiteral("last_heartbeat_at")},
                   {QStringLiteral("started_at")},
                   {QStringLiteral("ended_at")},
                   {QStringLiteral("outcome")},
                   {QStringLiteral("summary")},
                   {QStringLiteral("metadata")},
                   {QStringLiteral("error")}}),
            QStringLiteral("run(s)"), [this](const Row &h, Row &r) {
                r.insert(QStringLiteral("id"), intOrNull(h.value(QStringLiteral("id"))));
                for (const char *c : {"profile", "claim_lock", "worker_host", "outcome", "summary",
                                      "metadata", "error"})
                    r.insert(QString::fromLatin1(c), textOrNull(h.value(QString::fromLatin1(c))));
                const QString status = textOf(h.value(QStringLiteral("status")));
                r.insert(QStringLiteral("status"),
                         status.isEmpty() ? QStringLiteral("released") : status);
                for (const char *c : {"claim_expires", "worker_pid", "max_runtime_seconds",
                                      "last_heartbeat_at", "ended_at"})
                    r.insert(QString::fromLatin1(c), intOrNull(h.value(QString::fromLatin1(c))));
                const Row &task = m_tasks[r.value(QStringLiteral("task_id")).toString()];
                r.insert(QStringLiteral("started_at"),
                         intOr(h.value(QStringLiteral("started_at")),
                               task.value(QStringLiteral("created_at")).toLongLong()));
            });
    }

    void readEvents()
    {
        static const QHash<QString, QString> renamed{
            {QStringLiteral("ready"), QStringLiteral("promoted")},
            {QStringLiteral("priority"), QStringLiteral("reprioritized")},
            {QStringLiteral("spawn_auto_blocked"), QStringLiteral("gave_up")}};
        readOwned(
            QStringLiteral("task_events"), QStringLiteral("events"),
            names({{QStringLiteral("id")},
                   {QStringLiteral("task_id")},
                   {QStringLiteral("run_id")},
                   {QStringLiteral("kind")},
                   {QStringLiteral("payload")},
                   {QStringLiteral("created_at")}}),
            QStringLiteral("event(s)"), [this](const Row &h, Row &r) {
                r.insert(QStringLiteral("id"), intOrNull(h.value(QStringLiteral("id"))));
                r.insert(QStringLiteral("run_id"), intOrNull(h.value(QStringLiteral("run_id"))));
                QString kind = textOf(h.value(QStringLiteral("kind")));
                kind = renamed.value(kind, kind.isEmpty() ? QStringLiteral("unknown") : kind);
                r.insert(QStringLiteral("kind"), kind);
                r.insert(QStringLiteral("payload"), textOrNull(h.value(QStringLiteral("payload"))));
                r.insert(QStringLiteral("created_at"),
                         intOr(h.value(QStringLiteral("created_at")), m_now));
            });
    }

    void readSubs()
    {
        QString table;
        for (const QString &t :
             {QStringLiteral("kanban_notify_subs"), QStringLiteral("notify_subs")}) {
            if (m_src.hasTable(t)) {
                table = t;
                break;
            }
        }
        if (table.isEmpty())
            return;
        QSet<QString> keys;
        int duplicates = 0;
        readOwned(table, QStringLiteral("notify_subs"),
                  names({{QStringLiteral("task_id")},
                         {QStringLiteral("platform")},
                         {QStringLiteral("chat_id")},
                         {QStringLiteral("thread_id")},
                         {QStringLiteral("user_id")},
                         {QStringLiteral("created_at")},
                         {QStringLiteral("last_event_id")}}),
                  QStringLiteral("subscription(s)"), [&](const Row &h, Row &r) {
                      QStringList key{r.value(QStringLiteral("task_id")).toString()};
                      for (const char *c : {"platform", "chat_id", "thread_id"}) {
                          const QVariant v = textValue(textOf(h.value(QString::fromLatin1(c))));
                          r.insert(QString::fromLatin1(c), v);
                          key << v.toString();
                      }
                      r.insert(QStringLiteral("user_id"),
                               textOrNull(h.value(QStringLiteral("user_id"))));
                      r.insert(QStringLiteral("created_at"),
                               intOr(h.value(QStringLiteral("created_at")), m_now));
                      // A legacy TEXT cursor that is not a number starts over.
                      r.insert(QStringLiteral("last_event_id"),
                               intOr(h.value(QStringLiteral("last_event_id")), 0));
                      if (keys.contains(key.join(QChar(0x1f))))
                          ++duplicates;
                      keys.insert(key.join(QChar(0x1f)));
                  });
        if (duplicates) {
            // Keep the first of each (task, platform, chat, thread).
            QSet<QString> seen;
            QList<QVariantList> unique;
            for (const QVariantList &v : m_out.rows[QStringLiteral("notify_subs")]) {
                const QString k = QStringList{v.at(0).toString(), v.at(1).toString(),
                                              v.at(2).toString(), v.at(3).toString()}
                                      .join(QChar(0x1f));
                if (!seen.contains(k))
                    unique << v;
                seen.insert(k);
            }
            m_out.rows[QStringLiteral("notify_subs")] = unique;
            warn(QStringLiteral("%1 duplicate subscription(s) skipped").arg(duplicates));
        }
    }

    // current_run_id must name an imported run; a running task without one
    // gets a synthesised open run, as Hermes' own migration does.
    void fixRunPointers()
    {
        const Table &runs = table(QStringLiteral("runs"));
        const int runId = int(runs.columnNames().indexOf(QStringLiteral("id")));
        QSet<qint64> runIds;
        for (const QVariantList &v : m_out.rows.value(QStringLiteral("runs")))
            runIds.insert(v.at(runId).toLongLong());
        int cleared = 0;
        auto &synthesised = m_out.synthesisedRuns;
        for (const QString &id : std::as_const(m_taskOrder)) {
            Row &t = m_tasks[id];
            const OptInt current = toInt(t.value(QStringLiteral("current_run_id")));
            if (current && !runIds.contains(*current)) {
                t.insert(QStringLiteral("current_run_id"), nullInt());
                ++cleared;
            }
            if (t.value(QStringLiteral("status")).toString() == TaskStatus::Running &&
                t.value(QStringLiteral("current_run_id")).isNull()) {
                Row r;
                r.insert(QStringLiteral("task_id"), id);
                r.insert(QStringLiteral("profile"), t.value(QStringLiteral("assignee")));
                r.insert(QStringLiteral("status"), QStringLiteral("running"));
                for (const char *c : {"claim_lock", "claim_expires", "worker_pid", "worker_host",
                                      "max_runtime_seconds", "last_heartbeat_at"})
                    r.insert(QString::fromLatin1(c), t.value(QString::fromLatin1(c)));
                const QVariant started = t.value(QStringLiteral("started_at"));
                r.insert(QStringLiteral("started_at"),
                         started.isNull() ? t.value(QStringLiteral("created_at")) : started);
                synthesised << qMakePair(id, ordered(QStringLiteral("runs"), r));
            }
        }
        if (cleared)
            warn(
                QStringLiteral("%1 task(s) pointed at a missing run; their current run was cleared")
                    .arg(cleared));
        if (!synthesised.isEmpty())
            warn(
                QStringLiteral("%1 running task(s) without a run got one").arg(synthesised.size()));
        auto &tasks = m_out.rows[QStringLiteral("tasks")];
        for (const QString &id : std::as_const(m_taskOrder))
            tasks << ordered(QStringLiteral("tasks"), m_tasks.value(id));
    }

    void readSequences()
    {
        if (!m_src.hasTable(QStringLiteral("sqlite_sequence")))
            return;
        QSqlQuery q =
            Sql::exec(m_src.db(), QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (name == QLatin1String("task_comments") || name == QLatin1String("task_events") ||
                name == QLatin1String("task_runs"))
                m_out.sequences.insert(name, intOr(q.value(1), 0));
        }
    }

    HermesSource &m_src;
    qint64 m_now;
    QHash<QString, Row> m_tasks;
    QStringList m_taskOrder;
    Imported m_out;
};

} // namespace

namespace BoardIo {

ImportStats importHermes(Board &board, const QString &hermesDbPath)
{
    Imported in;
    try {
        HermesSource src(hermesDbPath);
        in = Reader(src, board.now()).read();
    } catch (const KanbanError &e) {
        if (e.kind() != KanbanError::Storage)
            throw;
        bad(QStringLiteral("cannot read Hermes database %1: %2").arg(hermesDbPath, e.message()));
    }

    QSqlDatabase &db = board.db();
    WriteTxn txn(db);
    requireEmptyBoard(db);
    for (const Table &t : tables()) {
        RowInserter ins(db, t.sql, t.columnNames());
        for (const QVariantList &r : in.rows.value(t.key))
            ins.insert(r);
    }
    for (auto it = in.sequences.begin(); it != in.sequences.end(); ++it)
        raiseSequence(db, it.key(), it.value());
    // Synthesised runs come last so they cannot take an imported id.
    const Table &runs = table(QStringLiteral("runs"));
    RowInserter runIns(db, runs.sql, runs.columnNames());
    for (const auto &[taskId, values] : std::as_const(in.synthesisedRuns)) {
        const QVariant runId = runIns.insert(values);
        Sql::exec(db, QStringLiteral("UPDATE tasks SET current_run_id = ? WHERE id = ?"),
                  {runId, taskId});
    }
    txn.commit();

    ImportStats s;
    s.tasks = in.count("tasks");
    s.links = in.count("links");
    s.comments = in.count("comments");
    s.events = in.count("events");
    s.runs = in.count("runs") + int(in.synthesisedRuns.size());
    s.subscriptions = in.count("notify_subs");
    s.warnings = in.warnings;
    return s;
}

} // namespace BoardIo
