#include "model/ChangeCursor.h"

#include "model/Database.h"
#include "model/Dialect.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"

#include <QSet>

ChangeCursor::ChangeCursor(const QSqlDatabase &db)
    : m_db(db), m_supported(Dialect::eventIdsInCommitOrder(db))
{
}

qint64 ChangeCursor::newestId()
{
    return Database::latestEventId(m_db);
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
    // On the connection's prepared statement: the tick asks every time.
    qint64 last = m_position;
    int events = 0;
    bool tooMany = false;
    QSet<QString> seen;
    forEachKeptRow(
        m_db,
        QStringLiteral("SELECT id, task_id FROM task_events WHERE id > ? ORDER BY id LIMIT ?"),
        {m_position, limit + 1}, [&](const auto &row) {
            if (tooMany || ++events > limit) {
                tooMany = true;
                return;
            }
            last = row.int64(0);
            const QString id = row.text(1);
            if (!seen.contains(id)) {
                seen.insert(id);
                out.taskIds << id;
            }
        });
    if (tooMany) {
        reset();
        out.taskIds.clear();
        return out;
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
