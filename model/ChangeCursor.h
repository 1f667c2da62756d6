#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Which tasks changed since the last look, from task_events (every change
// a card shows writes an event). The cursor is the newest event id read.
// Only where event ids come in commit order (Dialect::eventIdsInCommitOrder:
// SQLite); elsewhere, and when it cannot tell (events removed, a very large
// change), it answers "unknown" and the reader re-reads everything.
class ChangeCursor
{
public:
    explicit ChangeCursor(const QSqlDatabase &db);

    // Whether this backend can follow changes by event id at all.
    bool isSupported() const { return m_supported; }
    // Starts from the newest event: call it before a full read, so a
    // change committed during the read is seen again next time.
    bool reset();
    // Forgets the position: the next changed() says "unknown".
    void invalidate() { m_position = -1; }
    // Task ids with an event after the cursor (the cursor moves past them),
    // or nothing when it cannot tell: re-read everything then (and reset()).
    std::optional<QSet<QString>> changed(int limit = 500);
    qint64 position() const { return m_position; }

private:
    QSqlDatabase m_db;
    bool m_supported;
    qint64 m_position = -1;
};
