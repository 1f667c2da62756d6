#include "model/Dialect.h"

namespace Dialect {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString beginWrite(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString autoIncrementKey(bool postgres)
{
    return postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString insertReturningId(const QSqlDatabase &)
{
    return QStringLiteral(" RETURNING id");
}

} // namespace Dialect
