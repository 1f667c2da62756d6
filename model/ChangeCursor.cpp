#include "model/ChangeCursor.h"

#include "model/Dialect.h"
#include "model/Sql.h"

#include <QSet>

void ChangeCursor::reset()
{
    if (!Dialect::eventIdsInCommitOrder(m_db)) {
        m_position = -1;
        return;
    }
    m_position = Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"))
                     .toLongLong();
}

ChangeCursor::Changes ChangeCursor::advance(int limit)
{
    Changes out;
    if (m_position < 0 || !Dialect::eventIdsInCommitOrder(m_db)) {
        reset();
        return out;
    }
    // Newest first: the id that moves the cursor comes with the first row.
    QSqlQuery q = Sql::exec(
        m_db, QStringLiteral("SELECT id, task_id FROM task_events WHERE id > ? ORDER BY id DESC"),
        {m_position});
    qint64 newest = m_position;
    QSet<QString> seen;
    while (q.next()) {
        if (newest == m_position)
            newest = q.value(0).toLongLong();
        const QString id = q.value(1).toString();
        if (seen.contains(id))
            continue;
        if (seen.size() >= limit) {
            reset();
            return out;
        }
        seen.insert(id);
        out.taskIds << id;
    }
    if (newest == m_position) {
        // Nothing past the cursor: unless the ids went back (a restored
        // board), nothing changed.
        const qint64 max =
            Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"))
                .toLongLong();
        if (max < m_position) {
            reset();
            out.taskIds.clear();
            return out;
        }
    }
    m_position = newest;
    out.all = false;
    return out;
}
