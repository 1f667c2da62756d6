#include "model/Dialect.h"

#include "model/Database.h"
#include "model/Sql.h"

#include <QRegularExpression>

namespace {

// The board's advisory lock keys ("qkan" and "qkmg"): one board per
// database, so one key serialises its writers.
constexpr qint64 kWriteLockKey = 0x716b616e;
constexpr qint64 kSchemaLockKey = 0x716b6d67;
// "qkhs" and a hash of the host id: the two-key space, apart from the above.
constexpr qint32 kHostLockKey = 0x716b6873;

// The sequence behind a table's id, as a regclass expression (PostgreSQL).
QString pgSequence(const QString &table)
{
    return QStringLiteral("CAST(pg_get_serial_sequence('%1', 'id') AS regclass)").arg(table);
}

} // namespace

namespace Dialect {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool isPostgresPath(const QString &dbPath)
{
    return dbPath.startsWith(QLatin1String("postgresql://")) ||
           dbPath.startsWith(QLatin1String("postgres://"));
}

QStringList beginWrite(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey)};
}

QStringList sessionSetup()
{
    // A writer waits for the board's lock as long as SQLite's busy
    // handler would, then gives the same "busy" line.
    return {QStringLiteral("SET lock_timeout = %1").arg(Database::busyTimeoutMs()),
            QStringLiteral("SET client_min_messages = warning")};
}

QString lockSchema()
{
    return QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kSchemaLockKey);
}

QString unlockSchema()
{
    return QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kSchemaLockKey);
}

QString tryLockHost(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return {};
    return QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?))").arg(kHostLockKey);
}

QString unlockHost(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return {};
    return QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(?))").arg(kHostLockKey);
}

QString autoIncrementKey(bool postgres)
{
    return postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString ddl(const QString &statement, bool postgres)
{
    if (!postgres)
        return statement;
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    return QString(statement).replace(integer, QStringLiteral("BIGINT"));
}

bool forwardOnlyReads(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

QString insertReturningId(const QSqlDatabase &)
{
    return QStringLiteral(" RETURNING id");
}

QString changeChannel()
{
    return QStringLiteral("qkanban_changes");
}

QStringList changeNotifyTriggers(bool postgres)
{
    if (!postgres)
        return {};
    // A transition table holds the rows the statement changed; a trigger
    // with one may name only one event, hence three per table.
    QStringList out{
        QStringLiteral("CREATE OR REPLACE FUNCTION qkanban_notify_change() RETURNS trigger"
                       " LANGUAGE plpgsql AS $qk$ BEGIN"
                       " IF EXISTS (SELECT 1 FROM qkanban_changed_rows) THEN"
                       " PERFORM pg_notify('%1', ''); END IF;"
                       " RETURN NULL; END $qk$")
            .arg(changeChannel())};
    const QStringList tables{QStringLiteral("tasks"),         QStringLiteral("task_links"),
                             QStringLiteral("task_comments"), QStringLiteral("task_events"),
                             QStringLiteral("task_runs"),     QStringLiteral("profile_pauses")};
    const QList<QPair<QString, QString>> events{{QStringLiteral("INSERT"), QStringLiteral("NEW")},
                                                {QStringLiteral("UPDATE"), QStringLiteral("NEW")},
                                                {QStringLiteral("DELETE"), QStringLiteral("OLD")}};
    for (const QString &table : tables) {
        for (const auto &[event, side] : events) {
            const QString name = QStringLiteral("qkanban_notify_%1_%2").arg(table, event.toLower());
            out << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 TABLE AS"
                                  " qkanban_changed_rows FOR EACH STATEMENT"
                                  " EXECUTE FUNCTION qkanban_notify_change()")
                       .arg(name, event, table, side);
        }
    }
    // The one write to the health row others must see: `dispatch` nudging
    // the dispatcher that holds the board.
    out << QStringLiteral("CREATE OR REPLACE FUNCTION qkanban_notify_always() RETURNS trigger"
                          " LANGUAGE plpgsql AS $qk$ BEGIN PERFORM pg_notify('%1', '');"
                          " RETURN NULL; END $qk$")
               .arg(changeChannel())
        << QStringLiteral("CREATE TRIGGER qkanban_notify_nudge AFTER UPDATE OF nudged_at ON"
                          " dispatcher_status FOR EACH STATEMENT"
                          " EXECUTE FUNCTION qkanban_notify_always()");
    return out;
}

// The sequence behind a table's id, as a regclass expression (PostgreSQL).

qint64 sequenceValue(QSqlDatabase &db, const QString &table)
{
    // The sequence's last value (NULL before its first use), like SQLite's
    // seq: a gap left by deleted rows shows.
    if (isPostgres(db))
        return Sql::scalar(db,
                           QStringLiteral("SELECT GREATEST(COALESCE(pg_sequence_last_value(%2), 0),"
                                          " (SELECT COALESCE(MAX(id), 0) FROM %1))")
                               .arg(table, pgSequence(table)))
            .toLongLong();
    return Sql::scalar(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"),
                       {table})
        .toLongLong();
}

void raiseSequence(QSqlDatabase &db, const QString &table, qint64 value)
{
    if (isPostgres(db)) {
        // Rows inserted with their ids leave the sequence where it was.
        Sql::exec(db,
                  QStringLiteral("SELECT setval(%2, m) FROM (SELECT GREATEST(CAST(? AS BIGINT),"
                                 " (SELECT COALESCE(MAX(id), 0) FROM %1),"
                                 " COALESCE(pg_sequence_last_value(%2), 0)) AS m) s WHERE m > 0")
                      .arg(table, pgSequence(table)),
                  {value});
        return;
    }
    if (value <= 0)
        return;
    // Explicit ids already raised it to MAX(id); a gap left by deleted rows
    // must survive too, or old cursors would point at reused ids.
    const int n = Sql::update(
        db, QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?"),
        {value, table, value});
    if (n == 0 &&
        !Sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_sequence WHERE name = ?"), {table})
             .isValid())
        Sql::exec(db, QStringLiteral("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)"),
                  {table, value});
}

QString idOrNext(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgres(db))
        return QStringLiteral("?");
    // SQLite's rule: one past the largest id (the import holds the write
    // lock; the sequence is raised past every id afterwards).
    return QStringLiteral("COALESCE(CAST(? AS BIGINT), (SELECT COALESCE(MAX(id), 0) + 1 FROM %1))")
        .arg(table);
}

QString byteOrder(const QSqlDatabase &db, const QString &column)
{
    return isPostgres(db) ? column + QStringLiteral(" COLLATE \"C\"") : column;
}

QString beginSnapshot(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                          : QStringLiteral("BEGIN");
}

bool isFile(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

bool pushesChanges(const QSqlDatabase &db)
{
    return isPostgres(db);
}

bool countsCommits(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

bool tellsLastInsertId(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

bool returningBuffersRows(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

bool chainsWrites(const QSqlDatabase &db)
{
    return isPostgres(db);
}

bool eventIdsInCommitOrder(const QSqlDatabase &db)
{
    return !isPostgres(db);
}

bool serverWaitsForWriteLock(const QSqlDatabase &db)
{
    return isPostgres(db);
}

QString releaseMemory(const QSqlDatabase &db)
{
    return isPostgres(db) ? QString() : QStringLiteral("PRAGMA shrink_memory");
}

bool reportsSqlState(const QSqlDatabase &db)
{
    return isPostgres(db);
}

} // namespace Dialect
