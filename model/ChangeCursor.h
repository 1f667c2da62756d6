#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The tasks changed since an event id, read from task_events. Every change
// writes an event for each task it changes, and on SQLite event ids grow in
// commit order (one writer at a time, AUTOINCREMENT), so the tasks with
// events past the cursor are all the tasks changed since. Where that does
// not hold (PostgreSQL hands out ids before commit: Dialect::
// eventIdsInCommitOrder), when the ids went back (a restored backup) or
// when too much changed, the answer is "everything". Used by the
// dispatcher's tick and the desktop board.
class ChangeCursor
{
public:
    struct Changes
    {
        bool all = true;     // reread everything: the ids below are not the whole story
        QStringList taskIds; // distinct, oldest change first, when !all
    };

    explicit ChangeCursor(const QSqlDatabase &db);

    // Whether this backend can follow changes by event id at all.
    bool isSupported() const { return m_supported; }
    // Moves the cursor to the newest event. Call it before a full read, so
    // that a commit during the read is seen again by the next advance().
    void reset();
    // The tasks with events past the cursor, and moves the cursor past
    // them; "all" (and a reset) when more than `limit` events are new.
    Changes advance(int limit = 500);
    qint64 position() const { return m_position; }
    bool isSet() const { return m_position >= 0; }
    // Forgets the position: the next advance() answers "everything".
    void clear() { m_position = -1; }

private:
    qint64 newestId();

    QSqlDatabase m_db;
    bool m_supported;
    qint64 m_position = -1;
};
