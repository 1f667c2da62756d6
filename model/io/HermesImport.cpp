// Import of a Hermes Kanban kanban.db, opened read-only, old or new schema.
#include "model/io/BoardIo.h"

#include "model/KanbanError.h"
#include "model/Sql.h"
#include "model/TaskSkills.h"
#include "model/Types.h"
#include "model/internal/SqlValue.h"
#include "model/internal/TaskRow.h"
#include "model/io/BoardIoHermesSource.h"
#include "model/io/BoardIoTables.h"
#include "model/io/ImportChecks.h"
#include "model/io/ImportDetach.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
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

using SqlValue::nullInt;
using SqlValue::nullText;

// Floored; none outside qint64's range (casting such a double is UB).
OptInt fromDouble(double d)
{
    if (!(d > -9.2e18 && d < 9.2e18))
        return std::nullopt;
    return qint64(std::floor(d));
}

OptInt toInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    if (v.typeId() == QMetaType::Double)
        return fromDouble(v.toDouble());
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        return n;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? fromDouble(d) : std::nullopt;
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
    ImportChecks::Rows rows; // by table key
    QHash<QString, qint64> sequences;
    // Open runs made up for running tasks that had none: (task id, row).
    QList<QPair<QString, QVariantList>> synthesisedRuns;
    QStringList warnings;
    int count(const char *key) const { return int(rows.value(QString::fromLatin1(key)).size()); }
};

// "a b|c": column a, then b (or its legacy name c).
QList<QStringList> wanted(const char *spec)
{
    QList<QStringList> out;
    for (const QString &w : QString::fromLatin1(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << w.split(QLatin1Char('|'));
    return out;
}

QVariant get(const Row &r, const char *name)
{
    return r.value(QString::fromLatin1(name));
}

void put(Row &r, const char *name, const QVariant &v)
{
    r.insert(QString::fromLatin1(name), v);
}

QString subKey(const QVariantList &v)
{
    return QStringList{v.at(0).toString(), v.at(1).toString(), v.at(2).toString(),
                       v.at(3).toString()}
        .join(QChar(0x1f));
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
            wanted("id title body assignee status priority tenant created_by created_at started_at"
                   " completed_at result workspace_kind workspace_path branch_name idempotency_key"
                   " claim_lock claim_expires worker_pid worker_host"
                   " consecutive_failures|spawn_failures last_failure_error|last_spawn_error"
                   " max_runtime_seconds max_retries last_heartbeat_at current_run_id"
                   " cooldown_until updated_at skills"),
            // The original's insertion order: its rowid ranks the creation
            // order of tasks created in the same second (create_seq).
            QStringLiteral("rowid"));
        QMap<QString, int> mappedStatuses, mappedKinds;
        QSet<QString> liveKeys;
        int untitled = 0, noId = 0, keysCleared = 0, badSkills = 0;
        qint64 createSeq = 0;
        for (const Row &h : rows) {
            const QString id = SqlValue::toText(get(h, "id")).trimmed();
            if (id.isEmpty() || m_tasks.contains(id)) {
                ++noId;
                continue;
            }
            Row r;
            put(r, "id", id);
            QString title = SqlValue::toText(get(h, "title"));
            if (title.trimmed().isEmpty()) {
                title = QStringLiteral("(untitled)");
                ++untitled;
            }
            put(r, "title", title);
            for (const char *c : {"body", "tenant", "created_by", "result", "workspace_path",
                                  "branch_name", "claim_lock", "worker_host"})
                put(r, c, textOrNull(get(h, c)));
            const QString assignee = SqlValue::toText(get(h, "assignee")).trimmed().toLower();
            put(r, "assignee", assignee.isEmpty() ? nullText() : QVariant(assignee));

            QString status = SqlValue::toText(get(h, "status")).trimmed().toLower();
            if (!TaskStatus::isValid(status)) {
                ++mappedStatuses[status]; // e.g. the newer `scheduled`
                status = TaskStatus::Todo;
            }
            put(r, "status", status);
            QString kind = SqlValue::toText(get(h, "workspace_kind")).trimmed();
            if (kind.isEmpty())
                kind = QStringLiteral("scratch");
            if (kind != QLatin1String("scratch") && kind != QLatin1String("worktree") &&
                kind != QLatin1String("dir")) {
                ++mappedKinds[kind];
                kind = QStringLiteral("scratch");
            }
            put(r, "workspace_kind", kind);

            // Our key is unique among live tasks; Hermes' is not.
            QVariant key = textOrNull(get(h, "idempotency_key"));
            if (!key.isNull() && status != TaskStatus::Archived) {
                if (liveKeys.contains(key.toString())) {
                    ++keysCleared;
                    key = nullText();
                } else {
                    liveKeys.insert(key.toString());
                }
            }
            put(r, "idempotency_key", key);

            const qint64 created = intOr(get(h, "created_at"), m_now);
            put(r, "created_at", created);
            put(r, "priority", intOr(get(h, "priority"), 0));
            put(r, "consecutive_failures", intOr(get(h, "consecutive_failures"), 0));
            for (const char *c : {"started_at", "completed_at", "claim_expires", "worker_pid",
                                  "max_runtime_seconds", "max_retries", "last_heartbeat_at",
                                  "current_run_id", "cooldown_until"})
                put(r, c, intOrNull(get(h, c)));
            const QString err = SqlValue::toText(get(h, "last_failure_error"));
            put(r, "last_failure_error", err.isNull() ? nullText() : textValue(err.left(500)));
            // Hermes keeps no updated_at: the latest moment the task is known to have changed.
            qint64 updated = created;
            for (const char *c : {"updated_at", "started_at", "completed_at", "last_heartbeat_at"})
                updated = qMax(updated, intOr(get(h, c), updated));
            put(r, "updated_at", updated);
            put(r, "create_seq", ++createSeq);
            put(r, "skills", skills(get(h, "skills"), &badSkills));
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
        if (badSkills)
            warn(QStringLiteral("%1 task(s) with unreadable skills: the bad names were dropped")
                     .arg(badSkills));
    }

    // The original's skills column: a JSON array of names, or NULL (the
    // profile's defaults). Names a worker could not be given (not text,
    // blank, with a comma or whitespace) are dropped and counted.
    static QVariant skills(const QVariant &v, int *bad)
    {
        if (v.isNull())
            return nullText();
        const QJsonDocument doc = QJsonDocument::fromJson(SqlValue::toText(v).toUtf8());
        if (!doc.isArray()) {
            ++*bad;
            return nullText();
        }
        QStringList names;
        bool dropped = false;
        for (const QJsonValue &item : doc.array()) {
            // A toolset name is refused at create, but an older original
            // stored them: kept (the worker decides what to make of it).
            const QString name = item.toString().trimmed();
            if (!item.isString() || !TaskSkills::isWellFormed(name)) {
                dropped = true;
                continue;
            }
            if (!names.contains(name))
                names << name;
        }
        if (dropped)
            ++*bad;
        return textValue(TaskRow::skillsToText(names));
    }

    void readLinks()
    {
        auto &out = m_out.rows[QStringLiteral("links")];
        if (!m_src.hasTable(QStringLiteral("task_links")))
            return;
        QHash<QString, QStringList> children;
        QSet<QPair<QString, QString>> seen;
        int dangling = 0, cyclic = 0;
        for (const Row &h : m_src.rows(QStringLiteral("task_links"), wanted("parent_id child_id"),
                                       QStringLiteral("rowid"))) {
            const QString p = SqlValue::toText(get(h, "parent_id"));
            const QString c = SqlValue::toText(get(h, "child_id"));
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
    void readOwned(const QString &hermesTable, const QString &key, const char *spec,
                   const QString &what, Fill fill)
    {
        auto &out = m_out.rows[key];
        if (!m_src.hasTable(hermesTable))
            return;
        QList<QVariantList> withIds, without;
        int orphans = 0;
        for (const Row &h : m_src.rows(hermesTable, wanted(spec), QStringLiteral("rowid"))) {
            const QString task = SqlValue::toText(get(h, "task_id"));
            if (!m_tasks.contains(task)) {
                ++orphans;
                continue;
            }
            Row r;
            put(r, "task_id", task);
            fill(h, r);
            const QVariantList values = ordered(key, r);
            if (r.contains(QStringLiteral("id")) && toInt(get(r, "id")).value_or(0) <= 0)
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
                  "id task_id author body created_at", QStringLiteral("comment(s)"),
                  [this](const Row &h, Row &r) {
                      put(r, "id", intOrNull(get(h, "id")));
                      put(r, "author", textValue(SqlValue::toText(get(h, "author"))));
                      put(r, "body", textValue(SqlValue::toText(get(h, "body"))));
                      put(r, "created_at", intOr(get(h, "created_at"), m_now));
                  });
    }

    void readRuns()
    {
        readOwned(QStringLiteral("task_runs"), QStringLiteral("runs"),
                  "id task_id profile status claim_lock claim_expires worker_pid worker_host"
                  " max_runtime_seconds last_heartbeat_at started_at ended_at outcome summary"
                  " metadata error step_key",
                  QStringLiteral("run(s)"), [this](const Row &h, Row &r) {
                      put(r, "id", intOrNull(get(h, "id")));
                      for (const char *c : {"profile", "claim_lock", "worker_host", "outcome",
                                            "summary", "metadata", "error", "step_key"})
                          put(r, c, textOrNull(get(h, c)));
                      const QString status = SqlValue::toText(get(h, "status"));
                      put(r, "status", status.isEmpty() ? QStringLiteral("released") : status);
                      for (const char *c : {"claim_expires", "worker_pid", "max_runtime_seconds",
                                            "last_heartbeat_at", "ended_at"})
                          put(r, c, intOrNull(get(h, c)));
                      const Row &task = m_tasks[get(r, "task_id").toString()];
                      put(r, "started_at",
                          intOr(get(h, "started_at"), get(task, "created_at").toLongLong()));
                  });
    }

    void readEvents()
    {
        // The renames of Hermes' own one-shot migration.
        static const QHash<QString, QString> renamed{
            {TaskStatus::Ready, EventKind::Promoted},
            {QStringLiteral("priority"), EventKind::Reprioritized},
            {QStringLiteral("spawn_auto_blocked"), EventKind::GaveUp}};
        readOwned(QStringLiteral("task_events"), QStringLiteral("events"),
                  "id task_id run_id kind payload created_at", QStringLiteral("event(s)"),
                  [this](const Row &h, Row &r) {
                      put(r, "id", intOrNull(get(h, "id")));
                      put(r, "run_id", intOrNull(get(h, "run_id")));
                      const QString kind = SqlValue::toText(get(h, "kind"));
                      put(r, "kind",
                          renamed.value(kind, kind.isEmpty() ? QStringLiteral("unknown") : kind));
                      put(r, "payload", textOrNull(get(h, "payload")));
                      put(r, "created_at", intOr(get(h, "created_at"), m_now));
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
        readOwned(table, QStringLiteral("notify_subs"),
                  "task_id platform chat_id thread_id user_id user_id_alt chat_type created_at"
                  " last_event_id",
                  QStringLiteral("subscription(s)"), [this](const Row &h, Row &r) {
                      for (const char *c : {"platform", "chat_id", "thread_id"})
                          put(r, c, textValue(SqlValue::toText(get(h, c))));
                      // Any platform is kept as it is (telegram, slack, ...):
                      // the notifier delivers it by its [notify] command.
                      for (const char *c : {"user_id", "user_id_alt", "chat_type"})
                          put(r, c, textOrNull(get(h, c)));
                      put(r, "created_at", intOr(get(h, "created_at"), m_now));
                      // A legacy TEXT cursor that is not a number starts over.
                      put(r, "last_event_id", intOr(get(h, "last_event_id"), 0));
                  });
        // A NULL and an empty thread are one key here: keep the first.
        QSet<QString> seen;
        QList<QVariantList> unique;
        auto &subs = m_out.rows[QStringLiteral("notify_subs")];
        for (const QVariantList &v : std::as_const(subs)) {
            if (!seen.contains(subKey(v)))
                unique << v;
            seen.insert(subKey(v));
        }
        if (unique.size() < subs.size())
            warn(QStringLiteral("%1 duplicate subscription(s) skipped")
                     .arg(subs.size() - unique.size()));
        subs = unique;
    }

    // current_run_id must name an imported run; a running task without one
    // gets a synthesised open run, as Hermes' own migration does.
    void fixRunPointers()
    {
        const int runId =
            int(table(QStringLiteral("runs")).columnNames().indexOf(QStringLiteral("id")));
        QSet<qint64> runIds;
        for (const QVariantList &v : m_out.rows.value(QStringLiteral("runs")))
            runIds.insert(v.at(runId).toLongLong());
        int cleared = 0;
        auto &synthesised = m_out.synthesisedRuns;
        for (const QString &id : std::as_const(m_taskOrder)) {
            Row &t = m_tasks[id];
            const OptInt current = toInt(get(t, "current_run_id"));
            if (current && !runIds.contains(*current)) {
                put(t, "current_run_id", nullInt());
                ++cleared;
            }
            if (get(t, "status").toString() == TaskStatus::Running &&
                get(t, "current_run_id").isNull()) {
                Row r;
                put(r, "task_id", id);
                put(r, "profile", get(t, "assignee"));
                put(r, "status", QStringLiteral("running"));
                for (const char *c : {"claim_lock", "claim_expires", "worker_pid", "worker_host",
                                      "max_runtime_seconds", "last_heartbeat_at"})
                    put(r, c, get(t, c));
                const QVariant started = get(t, "started_at");
                put(r, "started_at", started.isNull() ? get(t, "created_at") : started);
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
    ImportChecks::check(in.rows, &in.warnings);

    QSqlDatabase &db = board.db();
    WriteTxn txn(db);
    requireEmptyBoard(db);
    for (const Table &t : tables()) {
        RowInserter ins(db, t.sql, t.columnNames());
        for (const QVariantList &r : in.rows.value(t.key))
            ins.insert(r);
    }
    raiseSequences(db, in.sequences);
    // Synthesised runs come last so they cannot take an imported id; the
    // database gives them theirs (no id column: PostgreSQL refuses NULL).
    const Table &runs = table(QStringLiteral("runs"));
    const qsizetype idColumn = runs.columnNames().indexOf(QStringLiteral("id"));
    QStringList runColumns = runs.columnNames();
    runColumns.removeAt(idColumn);
    RowInserter runIns(db, runs.sql, runColumns);
    for (auto [taskId, values] : std::as_const(in.synthesisedRuns)) {
        values.removeAt(idColumn);
        const QVariant runId = runIns.insertForId(values);
        Sql::exec(db, QStringLiteral("UPDATE tasks SET current_run_id = ? WHERE id = ?"),
                  {runId, taskId});
    }
    in.warnings << ImportDetach::detachWorkers(board);
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
