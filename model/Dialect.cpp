#include "model/Dialect.h"

#include "model/Database.h"

#include <QRegularExpression>

namespace {

// The board's advisory lock keys ("qkan" and "qkmg"): one board per
// database, so one key serialises its writers.
constexpr qint64 kWriteLockKey = 0x716b616e;
constexpr qint64 kSchemaLockKey = 0x716b6d67;

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

QString insertReturningId(const QSqlDatabase &)
{
    return QStringLiteral(" RETURNING id");
}

} // namespace Dialect
