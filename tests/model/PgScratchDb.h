#pragma once

// A fresh PostgreSQL database for one test: on the server whose URL is in
// the file named by $QKANBAN_TEST_PG_URL_FILE (a role with CREATEDB),
// created empty and dropped (with its sessions) when the object goes.
// Without that file, isValid() is false and skipReason() says why.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

class PgScratchDb
{
public:
    explicit PgScratchDb(const QString &tag)
    {
        const QString file = qEnvironmentVariable("QKANBAN_TEST_PG_URL_FILE");
        if (file.isEmpty()) {
            m_skipReason = QStringLiteral("no PostgreSQL server: set QKANBAN_TEST_PG_URL_FILE");
            return;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_skipReason = QStringLiteral("cannot read %1").arg(file);
            return;
        }
        m_server = QUrl(QString::fromUtf8(f.readAll()).trimmed());
        static QAtomicInt counter;
        m_name = QStringLiteral("qk_%1_%2_%3")
                     .arg(tag)
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase admin = connect(m_server.path().mid(1), adminConnection());
        if (!admin.isOpen()) {
            m_skipReason = QStringLiteral("PostgreSQL server unreachable: %1")
                               .arg(admin.lastError().driverText());
            return;
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            m_skipReason = QStringLiteral("cannot create a database: %1").arg(q.lastError().text());
        else
            m_valid = true;
    }
    ~PgScratchDb()
    {
        if (m_valid)
            QSqlQuery(QSqlDatabase::database(adminConnection()))
                .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        if (!m_server.isEmpty()) {
            QSqlDatabase::database(adminConnection()).close();
            QSqlDatabase::removeDatabase(adminConnection());
        }
    }
    PgScratchDb(const PgScratchDb &) = delete;
    PgScratchDb &operator=(const PgScratchDb &) = delete;

    bool isValid() const { return m_valid; }
    QString skipReason() const { return m_skipReason; }
    QString name() const { return m_name; }
    // postgresql://user:password@host:port/name
    QString url() const
    {
        QUrl u = m_server;
        u.setPath(QLatin1Char('/') + m_name);
        return u.toString();
    }
    // A plain QPSQL connection to the scratch database.
    QSqlDatabase connect(const QString &connectionName) const
    {
        return connect(m_name, connectionName);
    }

private:
    QString adminConnection() const { return QStringLiteral("pgscratch-admin-") + m_name; }
    QSqlDatabase connect(const QString &db, const QString &connectionName) const
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        c.setHostName(m_server.host());
        c.setPort(m_server.port(5432));
        c.setUserName(m_server.userName());
        c.setPassword(m_server.password());
        c.setDatabaseName(db);
        c.open();
        return c;
    }

    QUrl m_server;
    QString m_name;
    QString m_skipReason;
    bool m_valid = false;
};
