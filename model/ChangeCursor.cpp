#include "model/ChangeCursor.h"

#include "model/Dialect.h"
#include "model/Sql.h"

#include <QSet>

ChangeCursor::ChangeCursor(const QSqlDatabase &db)
    : m_db(db), m_supported(Dialect::eventIdsInCommitOrder(db))
{
}

qint64 ChangeCursor::newestId()
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"))
        .toLongLong();
}

void ChangeCursor::reset()
{
    m_position = m_supported ? newestId() : -1;
}

ChangeCursor::Changes ChangeCursor::advance(int limit)
{
    Changes out;
    if (m_position < 0) {
        reset();
        return out;
    }
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT id, task_id FROM task_events WHERE id > ? ORDER BY id LIMIT ?"),
        {m_position, limit + 1});
    qint64 last = m_position;
    int events = 0;
    QSet<QString> seen;
    while (q.next()) {
        if (++events > limit) {
            reset();
            return out;
        }
        last = q.value(0).toLongLong();
        const QString id = q.value(1).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            out.taskIds << id;
        }
    }
    // Nothing past the cursor: unless the ids went back (a restored
    // board), nothing changed.
    if (events == 0 && newestId() < m_position) {
        reset();
        out.taskIds.clear();
        return out;
    }
    m_position = last;
    out.all = false;
    return out;
}
