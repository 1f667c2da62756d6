#include "tests/common/TestBackend.h"

#include "model/Database.h"
#include "model/KanbanError.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <memory>
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

    void mustExec(const QString &sql)
    {
        QString error;
        if (!exec(sql, &error))
            fail(QStringLiteral("%1: %2").arg(sql, error));
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            fail(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
        return q.value(0);
    }

private:
    QString m_name;
};

// One connection for the life of the process (a connection costs more than
// a CREATE DATABASE on a busy machine).
// A connection belongs to its thread: other threads (tests that open boards
// in threads) get one of their own for the call.
std::unique_ptr<AdminConnection> s_admin;
QThread *s_adminThread = nullptr;

AdminConnection &admin()
{
    if (!s_admin) {
        s_admin = std::make_unique<AdminConnection>();
        s_adminThread = QThread::currentThread();
    }
    return *s_admin;
}

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
    QMutexLocker lock(&s_mutex);
    if (s_adminThread != QThread::currentThread())
        s_admin.reset(); // made by a thread that is gone
    for (const QString &name : std::as_const(s_created)) {
        QString error;
        if (!admin().exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name)),
                &error))
            std::fprintf(stderr, "TestBackend: cannot drop %s: %s\n", qPrintable(name),
                         qPrintable(error));
    }
    s_created.clear();
    s_admin.reset();
}

// Opens the new database once with the kernel's own API, which creates the
// schema (on PostgreSQL only `init`, `import` and this do).
void createSchema(const QString &url)
{
    const QString connection =
        QStringLiteral("qk_testbackend_schema_%1").arg(QRandomGenerator::global()->generate());
    Database::setCreatesSchema(true);
    try {
        Database::open(url, connection);
    } catch (const KanbanError &e) {
        fail(QStringLiteral("cannot create the schema in %1: %2")
                 .arg(Database::displayName(url), e.message()));
    }
    Database::setCreatesSchema(false);
    Database::close(connection);
}

// A database with the schema that every fresh one copies (CREATE DATABASE
// ... TEMPLATE: a copy is 3x quicker than running the migrations). One per
// server and schema version, shared by the test processes, made once under
// an advisory lock and renamed into place when complete. It goes with the
// server (pg-server.sh stop).
QString schemaTemplate(AdminConnection &admin)
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const QString wanted = QStringLiteral("qkt_template_v%1").arg(Database::latestSchemaVersion());
    admin.mustExec(QStringLiteral("SELECT pg_advisory_lock(hashtext('qkt_template'))"));
    if (!admin
             .value(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                        .arg(wanted))
             .toInt()) {
        const QString building = wanted + QStringLiteral("_%1").arg(::getpid());
        admin.mustExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(building)));
        admin.mustExec(QStringLiteral("CREATE DATABASE %1").arg(quoted(building)));
        createSchema(urlOf(building));
        admin.mustExec(
            QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(quoted(building), quoted(wanted)));
    }
    admin.mustExec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('qkt_template'))"));
    name = wanted;
    return name;
}

// freshDatabaseUrl() with s_mutex held.
QString createDatabase()
{
    if (!isPostgres())
        fail(QStringLiteral("freshDatabaseUrl() outside PostgreSQL mode"));
    if (!s_dropRegistered) {
        s_dropRegistered = true;
        admin();
        // With the application when there is one. Post routines run last
        // added first: this one after Qt SQL's (it drops every connection),
        // which the first connection above registered.
        if (QCoreApplication::instance())
            qAddPostRoutine(dropCreated);
        else
            std::atexit(dropCreated);
    }
    const QString name = QStringLiteral("qkt_%1_%2_%3")
                             .arg(::getpid())
                             .arg(++s_counter)
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    std::unique_ptr<AdminConnection> own;
    if (QThread::currentThread() != s_adminThread)
        own = std::make_unique<AdminConnection>();
    AdminConnection &a = own ? *own : admin();
    a.mustExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                   .arg(quoted(name), quoted(schemaTemplate(a))));
    s_created << name;
    return urlOf(name);
}

} // namespace

bool isPostgres()
{
    static const bool pg = !urlFile().isEmpty();
    return pg;
}

QString freshDatabaseUrl()
{
    QMutexLocker lock(&s_mutex);
    return createDatabase();
}

QString databaseUrlFor(const QString &key)
{
    QMutexLocker lock(&s_mutex); // threads asking for one key get one database
    const auto it = s_byKey.constFind(key);
    if (it != s_byKey.constEnd())
        return *it;
    const QString url = createDatabase();
    s_byKey.insert(key, url);
    return url;
}

} // namespace TestBackend
