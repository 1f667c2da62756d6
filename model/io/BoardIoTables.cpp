#include "model/io/BoardIoTables.h"

#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/Sql.h"

#include <QSet>
#include <QSqlError>

namespace BoardIoTables {

namespace {

Column text(const char *name, bool nullable = true, QVariant fallback = {})
{
    return {QString::fromLatin1(name), false, nullable, fallback};
}

Column integer(const char *name, bool nullable = true, QVariant fallback = {})
{
    return {QString::fromLatin1(name), true, nullable, fallback};
}

Table make(const QString &key, const QString &sql, const QString &orderBy, bool hasAutoId,
           const QList<Column> &columns)
{
    Table t{key, sql, orderBy, hasAutoId, columns, {}};
    for (const Column &c : columns)
        t.names << c.name;
    return t;
}

QList<Table> buildTables()
{
    // Mirrors the schema of Migrations.cpp; tests/io checks it stays so.
    const Table tasks =
        make(QStringLiteral("tasks"), QStringLiteral("tasks"), QStringLiteral("id"), false,
             {text("id", false),
              text("title", false),
              text("body"),
              text("assignee"),
              text("status", false),
              integer("priority", false, qint64(0)),
              text("tenant"),
              text("created_by"),
              integer("created_at", false),
              integer("started_at"),
              integer("completed_at"),
              text("result"),
              text("workspace_kind", false, QStringLiteral("scratch")),
              text("workspace_path"),
              text("branch_name"),
              text("idempotency_key"),
              text("claim_lock"),
              integer("claim_expires"),
              integer("worker_pid"),
              text("worker_host"),
              integer("consecutive_failures", false, qint64(0)),
              text("last_failure_error"),
              integer("max_runtime_seconds"),
              integer("max_retries"),
              integer("last_heartbeat_at"),
              integer("current_run_id"),
              integer("cooldown_until"),
              integer("updated_at", false),
              text("reviewer"),
              text("skills"),
              integer("heartbeat_timeout_seconds"),
              integer("create_seq")});
    const Table links = make(QStringLiteral("links"), QStringLiteral("task_links"),
                             QStringLiteral("parent_id, child_id"), false,
                             {text("parent_id", false), text("child_id", false)});
    const Table comments = make(
        QStringLiteral("comments"), QStringLiteral("task_comments"), QStringLiteral("id"), true,
        {integer("id", false), text("task_id", false), text("author", false), text("body", false),
         integer("created_at", false)});
    const Table events =
        make(QStringLiteral("events"), QStringLiteral("task_events"), QStringLiteral("id"), true,
             {integer("id", false), text("task_id", false), integer("run_id"), text("kind", false),
              text("payload"), integer("created_at", false)});
    const Table runs =
        make(QStringLiteral("runs"), QStringLiteral("task_runs"), QStringLiteral("id"), true,
             {integer("id", false), text("task_id", false), text("profile"), text("status", false),
              text("claim_lock"), integer("claim_expires"), integer("worker_pid"),
              text("worker_host"), integer("max_runtime_seconds"), integer("last_heartbeat_at"),
              integer("started_at", false), integer("ended_at"), text("outcome"), text("summary"),
              text("metadata"), text("error"), text("worker_fingerprint"), text("step_key")});
    const Table subs =
        make(QStringLiteral("notify_subs"), QStringLiteral("notify_subs"),
             QStringLiteral("task_id, platform, chat_id, thread_id"), false,
             {text("task_id", false), text("platform", false), text("chat_id", false),
              text("thread_id", false, QStringLiteral("")), text("user_id"),
              integer("created_at", false), integer("last_event_id", false, qint64(0)),
              integer("attempts", false, qint64(0)), integer("next_attempt_at"), text("last_error"),
              text("chat_type"), text("user_id_alt"), text("pending_reason")});
    return {tasks, links, comments, events, runs, subs};
}

} // namespace

const QList<Table> &tables()
{
    static const QList<Table> all = buildTables();
    return all;
}

const Table &table(const QString &key)
{
    for (const Table &t : tables()) {
        if (t.key == key)
            return t;
    }
    Q_UNREACHABLE();
}

QVariant textValue(const QString &s)
{
    // QSQLITE binds a null QString as NULL; keep "" as "".
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullFor(const Column &c)
{
    return QVariant(QMetaType(c.integer ? QMetaType::LongLong : QMetaType::QString));
}

void requireEmptyBoard(QSqlDatabase &db)
{
    const qint64 n = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM tasks")).toLongLong();
    if (n > 0)
        throw KanbanError(
            QStringLiteral("board already has %1 task(s); import into an empty board").arg(n),
            KanbanError::Conflict);
}

qint64 sequenceValue(QSqlDatabase &db, const QString &table)
{
    return Dialect::sequenceValue(db, table);
}

void raiseSequence(QSqlDatabase &db, const QString &table, qint64 value)
{
    Dialect::raiseSequence(db, table, value);
}

void raiseSequences(QSqlDatabase &db, const QHash<QString, qint64> &values)
{
    for (const Table &t : tables()) {
        if (t.hasAutoId)
            raiseSequence(db, t.sql, values.value(t.sql, 0));
    }
}

QString exportOrder(QSqlDatabase &db, const Table &t)
{
    QStringList out;
    for (const QString &name : t.orderBy.split(QStringLiteral(", "))) {
        const qsizetype i = t.names.indexOf(name);
        out << (i >= 0 && !t.columns.at(i).integer ? Dialect::byteOrder(db, name) : name);
    }
    return out.join(QStringLiteral(", "));
}

bool closesCycle(const QHash<QString, QStringList> &children, const QString &parent,
                 const QString &child)
{
    // A cycle appears when parent is reachable from child.
    QSet<QString> seen;
    QStringList stack{child};
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (id == parent)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        stack << children.value(id);
    }
    return false;
}

RowInserter::RowInserter(QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_query(db)
{
    const bool autoId = table == QLatin1String("task_runs") ||
                        table == QLatin1String("task_events") ||
                        table == QLatin1String("task_comments");
    QStringList marks;
    for (const QString &column : columns)
        marks << (autoId && column == QLatin1String("id") ? Dialect::idOrNext(db, table)
                                                          : QStringLiteral("?"));
    m_sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    // The new id comes back with RETURNING on both backends (PostgreSQL's
    // lastInsertId() asks lastval(), which aborts the transaction for a
    // table without a sequence).
    m_returning = autoId;
    if (m_returning)
        m_sql += Dialect::insertReturningId(db);
    if (!m_query.prepare(m_sql))
        throw KanbanError(
            QStringLiteral("database error: %1 (%2)").arg(m_query.lastError().text(), m_sql),
            KanbanError::Storage);
}

void RowInserter::run(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        throw KanbanError(
            QStringLiteral("database error: %1 (%2)").arg(m_query.lastError().text(), m_sql),
            KanbanError::Storage);
}

void RowInserter::insert(const QVariantList &values)
{
    run(values);
    m_query.finish(); // an unread RETURNING row keeps SQLite's statement open
}

QVariant RowInserter::insertForId(const QVariantList &values)
{
    run(values);
    const QVariant id = m_returning && m_query.next() ? m_query.value(0) : QVariant();
    m_query.finish();
    return id;
}

} // namespace BoardIoTables
