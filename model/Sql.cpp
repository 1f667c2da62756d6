#include "Sql.h"

#include "Dialect.h"
#include "KanbanError.h"

#include <QSqlError>
#include <QThread>

namespace Sql {

QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
    }
    if (!ok)
        throw KanbanError(QStringLiteral("database error: %1 (%2)")
                              .arg(q.lastError().text(), sql.simplified().left(120)),
                          KanbanError::Storage);
    return q;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(db, sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

int update(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    return exec(db, sql, binds).numRowsAffected();
}

} // namespace Sql

WriteTxn::WriteTxn(QSqlDatabase &db) : m_db(db)
{
    // The busy handler waits for other writers; a few retries cover the rare
    // BUSY that SQLite returns without waiting.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(Dialect::beginWrite(db))) {
            m_open = true;
            return;
        }
        if (attempt >= 50)
            throw KanbanError(QStringLiteral("database error: cannot begin a write transaction: %1")
                                  .arg(q.lastError().text()),
                              KanbanError::Storage);
        QThread::msleep(5 + attempt * 2);
    }
}

WriteTxn::~WriteTxn()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTxn::commit()
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return;
        }
        if (attempt >= 50)
            throw KanbanError(
                QStringLiteral("database error: commit failed: %1").arg(q.lastError().text()),
                KanbanError::Storage);
        QThread::msleep(5 + attempt * 2);
    }
}
