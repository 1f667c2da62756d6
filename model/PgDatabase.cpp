#include "model/PgDatabase.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/KanbanError.h"
#include "model/Migrations.h"
#include "model/PgUrl.h"
#include "model/Sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// libpq's message, first useful line, without the password.
QString reason(const QSqlError &error, const PgUrl &url)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString line = lines.isEmpty() ? QString() : lines.last().trimmed();
    for (const QString &l : lines) {
        if (l.contains(QLatin1String("FATAL")) || l.contains(QLatin1String("failed:"))) {
            line = l.trimmed();
            break;
        }
    }
    const int failed = line.indexOf(QLatin1String("failed: "));
    if (failed >= 0)
        line = line.mid(failed + 8);
    line.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
    if (!url.password.isEmpty())
        line.replace(url.password, QStringLiteral("***"));
    return line;
}

[[noreturn]] void refuseConnection(const QSqlError &error, const PgUrl &url)
{
    const QString why = reason(error, url);
    const QString where = url.display();
    const QString lower = why.toLower();
    if (lower.contains(QLatin1String("password authentication failed")) ||
        lower.contains(QLatin1String("no password supplied")) ||
        lower.contains(QLatin1String("authentication failed")))
        throw KanbanError(QStringLiteral("PostgreSQL refused the login of %1: wrong password or "
                                         "no access (%2)")
                              .arg(where, why),
                          KanbanError::BadInput);
    if (lower.contains(QLatin1String("does not exist")) &&
        lower.contains(QLatin1String("database")))
        throw KanbanError(QStringLiteral("PostgreSQL at %1:%2 has no database '%3'; create it "
                                         "first (createdb %3)")
                              .arg(url.host)
                              .arg(url.port)
                              .arg(url.dbName),
                          KanbanError::BadInput);
    throw KanbanError(
        QStringLiteral("cannot reach PostgreSQL at %1:%2: %3").arg(url.host).arg(url.port).arg(why),
        KanbanError::BadInput);
}

bool exists(QSqlDatabase &db, const char *table)
{
    return Sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                       {QStringLiteral("public.%1").arg(QLatin1String(table))})
        .toBool();
}

void checkSchema(QSqlDatabase &db, const PgUrl &url, bool createSchema)
{
    const bool hasVersion = exists(db, "schema_version");
    if (!hasVersion) {
        if (exists(db, "tasks"))
            throw KanbanError(QStringLiteral("PostgreSQL database %1 has a tasks table but is not "
                                             "a qkanban board")
                                  .arg(url.display()),
                              KanbanError::BadInput);
        if (!createSchema)
            throw KanbanError(QStringLiteral("PostgreSQL database %1 holds no qkanban board; "
                                             "create one with `qkanban --headless --db "
                                             "postgresql://%1 init`")
                                  .arg(url.display()),
                              KanbanError::NotFound);
    }
    if (!hasVersion || Database::schemaVersion(db) < Migrations::latest()) {
        // One migrating process at a time; the others wait, then see it done.
        Sql::exec(db, Dialect::lockSchema());
        try {
            Migrations::apply(db);
        } catch (...) {
            Sql::exec(db, Dialect::unlockSchema());
            throw;
        }
        Sql::exec(db, Dialect::unlockSchema());
    }
    const int version = Database::schemaVersion(db);
    if (version > Migrations::latest())
        throw KanbanError(QStringLiteral("PostgreSQL database %1 was written by a newer qkanban "
                                         "(schema %2 > %3)")
                              .arg(url.display())
                              .arg(version)
                              .arg(Migrations::latest()),
                          KanbanError::BadInput);
}

} // namespace

namespace PgDatabase {

int serverVersion(QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT current_setting('server_version_num')::int"))
        .toInt();
}

QSqlDatabase open(const QString &urlText, const QString &name, bool createSchema)
{
    const PgUrl url = PgUrl::parse(urlText);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw KanbanError(QStringLiteral("this system lacks Qt's PostgreSQL driver (QPSQL); "
                                         "install the package libqt6sql6-psql"),
                          KanbanError::BadInput);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.dbName);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    if (!url.password.isEmpty())
        db.setPassword(url.password);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=qkanban")};
    if (!url.connectOptions.isEmpty())
        options << url.connectOptions;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    try {
        if (!db.open())
            refuseConnection(db.lastError(), url);
        const int version = serverVersion(db);
        if (version < kMinServerVersion)
            throw KanbanError(QStringLiteral("PostgreSQL %1.%2 at %3:%4 is too old: qkanban needs "
                                             "PostgreSQL 12 or newer")
                                  .arg(version / 10000)
                                  .arg(version >= 100000 ? version % 10000 : (version / 100) % 100)
                                  .arg(url.host)
                                  .arg(url.port),
                              KanbanError::BadInput);
        for (const QString &stmt : Dialect::sessionSetup())
            Sql::exec(db, stmt);
        checkSchema(db, url, createSchema);
    } catch (...) {
        Sql::forgetConnection(name);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    return db;
}

} // namespace PgDatabase
