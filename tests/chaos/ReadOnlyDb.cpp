#include "tests/chaos/ReadOnlyDb.h"

#include "model/PgUrl.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

ReadOnlyDb::ReadOnlyDb(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("readonly-%1").arg(counter.fetchAndAddRelaxed(1));
    if (PgUrl::isUrl(path)) {
        // A PostgreSQL board: a session that refuses to write.
        const PgUrl url = PgUrl::parse(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.dbName);
        db.setConnectOptions(QStringLiteral("options='-c default_transaction_read_only=on'"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

ReadOnlyDb::~ReadOnlyDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QList<QVariantList> ReadOnlyDb::rows(const QString &sql, const QVariantList &binds)
{
    QList<QVariantList> out;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

QVariant ReadOnlyDb::value(const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> r = rows(sql, binds);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}
