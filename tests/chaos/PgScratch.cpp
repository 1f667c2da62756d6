#include "tests/chaos/PgScratch.h"

#include "model/PgUrl.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Runs one statement on the server's own database; "" or the error.
QString runOnServer(const QString &serverUrl, const QString &sql)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("pgscratch-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        const PgUrl url = PgUrl::parse(serverUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.dbName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO warning")); // no NOTICE lines
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

namespace PgScratch {

QString create(const QString &serverUrl, const QString &name)
{
    runOnServer(serverUrl, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    return runOnServer(serverUrl, QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

void drop(const QString &serverUrl, const QString &name)
{
    runOnServer(serverUrl, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

} // namespace PgScratch
