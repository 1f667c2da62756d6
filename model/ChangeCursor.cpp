#include "model/ChangeCursor.h"

#include "model/Dialect.h"

#include <QSqlQuery>
#include <QVariant>

ChangeCursor::ChangeCursor(const QSqlDatabase &db)
    : m_db(db), m_supported(Dialect::eventIdsInCommitOrder(db))
{
}

bool ChangeCursor::reset()
{
    m_position = -1;
    if (!m_supported)
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events")) || !q.next())
        return false;
    m_position = q.value(0).toLongLong();
    return true;
}

std::optional<QSet<QString>> ChangeCursor::changed(int limit)
{
    if (m_position < 0)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The newest id too: below the cursor means events were removed (and
    // ids may repeat), so the cursor cannot be trusted.
    q.prepare(
        QStringLiteral("SELECT id, task_id FROM task_events WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(m_position);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return std::nullopt;
    QSet<QString> ids;
    qint64 last = m_position;
    int n = 0;
    while (q.next()) {
        if (++n > limit)
            return std::nullopt;
        last = q.value(0).toLongLong();
        ids.insert(q.value(1).toString());
    }
    if (n == 0) {
        QSqlQuery newest(m_db);
        newest.setForwardOnly(true);
        if (!newest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events")) ||
            !newest.next() || newest.value(0).toLongLong() < m_position)
            return std::nullopt;
    }
    m_position = last;
    return ids;
}
