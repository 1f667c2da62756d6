#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The tasks changed since an event id, read from task_events. Every
// transition writes an event for each task it changes, and on SQLite event
// ids grow in commit order (one writer at a time, AUTOINCREMENT), so the
// tasks with events past the cursor are all the tasks changed since. Where
// that does not hold (PostgreSQL hands out ids before commit), or the ids
// went back (a restored backup), the answer is "everything".
class ChangeCursor
{
public:
    struct Changes
    {
        bool all = true;     // reread everything: the ids below are not the whole story
        QStringList taskIds; // distinct, when !all
    };

    explicit ChangeCursor(const QSqlDatabase &db) : m_db(db) {}

    // Moves the cursor to the newest event. Call it before a full read, so
    // that a commit during the read is seen again by the next advance().
    void reset();
    // The tasks with events past the cursor (all when more than `limit`),
    // and moves the cursor past them.
    Changes advance(int limit = 256);
    qint64 position() const { return m_position; }
    bool isSet() const { return m_position >= 0; }
    // Forgets the position: the next advance() answers "everything".
    void clear() { m_position = -1; }

private:
    QSqlDatabase m_db;
    qint64 m_position = -1;
};
