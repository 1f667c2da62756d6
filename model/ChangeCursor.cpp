#include "model/ChangeCursor.h"

#include "model/Dialect.h"
#include "model/Sql.h"
#include "model/SqliteNative.h"

#include <QSet>

ChangeCursor::ChangeCursor(const QSqlDatabase &db)
    : m_db(db), m_supported(Dialect::eventIdsInCommitOrder(db))
{
}

namespace {

// Each row of a read on the connection's kept native statement (no parse,
// no QVariant per value: a tick and the board ask after every change),
// else through QSqlQuery. fn must not run the same SQL again.
template <typename F>
void eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, F &&fn)
{
    bool found = false;
    if (SqliteStatement *st = SqliteKept::first(db, sql, binds, &found)) {
        try {
            for (bool row = found; row; row = st->next())
                fn(*st);
        } catch (...) {
            SqliteKept::release(st);
            throw;
        }
        SqliteKept::release(st);
        return;
    }
    Sql::each(db, sql, binds, [&fn](const QSqlQuery &q) { fn(QtRow{q}); });
}

} // namespace

qint64 ChangeCursor::newestId()
{
    qint64 id = 0;
    eachRow(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM task_events"), {},
            [&id](const auto &row) { id = row.int64(0); });
    return id;
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
    eachRow(m_db,
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
