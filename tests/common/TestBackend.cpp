#include "tests/common/TestBackend.h"

#include "model/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace TestBackend {
namespace {

QMutex s_mutex;
QStringList s_created;           // databases to drop at exit
QHash<QString, QString> s_byKey; // databaseUrlFor()
int s_counter = 0;
bool s_dropRegistered = false;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "TestBackend: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QString urlFile()
{
    return qEnvironmentVariable("QKANBAN_TEST_PG_URL_FILE");
}

QUrl serverUrl()
{
    static const QUrl url = [] {
        QFile f(urlFile());
        if (!f.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1 (QKANBAN_TEST_PG_URL_FILE): is the pg "
                                "server started (tests/pg/pg-server.sh)?")
                     .arg(f.fileName()));
        const QUrl u(QString::fromUtf8(f.readAll().trimmed()));
        if (!u.isValid() || !u.scheme().startsWith(QLatin1String("postgres")))
            fail(QStringLiteral("%1 holds no postgresql:// URL").arg(f.fileName()));
        return u;
    }();
    return url;
}

// A connection to the server URL's own database, for CREATE/DROP DATABASE.
class AdminConnection
{
public:
    AdminConnection()
        : m_name(
              QStringLiteral("qk_testbackend_admin_%1").arg(QRandomGenerator::global()->generate()))
    {
        const QUrl u = serverUrl();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            fail(QStringLiteral("cannot connect to the test server %1:%2: %3")
                     .arg(u.host())
                     .arg(u.port(5432))
                     .arg(db.lastError().text()));
    }
    ~AdminConnection() { QSqlDatabase::removeDatabase(m_name); }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }

private:
    QString m_name;
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString urlOf(const QString &database)
{
    QUrl u = serverUrl();
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

// Best effort: a database still in use by a leftover process goes anyway.
void dropCreated()
{
    QStringList names;
    {
        QMutexLocker lock(&s_mutex);
        names.swap(s_created);
    }
    if (names.isEmpty())
        return;
    AdminConnection admin;
    for (const QString &name : std::as_const(names)) {
        QString error;
        if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)),
                        &error))
            std::fprintf(stderr, "TestBackend: cannot drop %s: %s\n", qPrintable(name),
                         qPrintable(error));
    }
}

// Opens the new database once with the kernel's own API, which creates the
// schema (on PostgreSQL only `init`, `import` and this do).
void createSchema(const QString &url)
{
    const QString connection =
        QStringLiteral("qk_testbackend_schema_%1").arg(QRandomGenerator::global()->generate());
    // SWITCH after merging main: the lead's call that creates the schema.
    Database::open(url, connection);
    Database::close(connection);
}

} // namespace

bool isPostgres()
{
    static const bool pg = !urlFile().isEmpty();
    return pg;
}

QString freshDatabaseUrl()
{
    if (!isPostgres())
        fail(QStringLiteral("freshDatabaseUrl() outside PostgreSQL mode"));
    QString name;
    {
        QMutexLocker lock(&s_mutex);
        name = QStringLiteral("qkt_%1_%2_%3")
                   .arg(::getpid())
                   .arg(++s_counter)
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (!s_dropRegistered) {
            s_dropRegistered = true;
            // Before Qt's globals go: with the application when there is one.
            if (QCoreApplication::instance())
                qAddPostRoutine(dropCreated);
            else
                std::atexit(dropCreated);
        }
    }
    {
        AdminConnection admin;
        QString error;
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted(name)), &error))
            fail(QStringLiteral("cannot create database %1: %2").arg(name, error));
    }
    {
        QMutexLocker lock(&s_mutex);
        s_created << name;
    }
    const QString url = urlOf(name);
    createSchema(url);
    return url;
}

QString databaseUrlFor(const QString &key)
{
    {
        QMutexLocker lock(&s_mutex);
        const auto it = s_byKey.constFind(key);
        if (it != s_byKey.constEnd())
            return *it;
    }
    const QString url = freshDatabaseUrl();
    QMutexLocker lock(&s_mutex);
    s_byKey.insert(key, url);
    return url;
}

} // namespace TestBackend
