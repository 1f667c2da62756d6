#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Board;

// The board's own notifications (issue 14, defect 9): every task that
// finishes, blocks, gives up or crashes, subscribed or not, by the kinds
// of the config's [notifications] board_events. A feed starts at the
// board's latest event: it tells only of what happens from then on.
class BoardEventFeed
{
public:
    struct Item
    {
        QString taskId;
        QString kind;
        QString text; // one line, names the task by title
    };

    // board: read only; outlives the feed. label: the board's name, said
    // in each text ("" for the board the window shows).
    BoardEventFeed(Board &board, const QString &label = {});

    // The new events of these kinds since the last poll (at most 200 a poll).
    QList<Item> poll(const QStringList &kinds);
    void setLabel(const QString &label) { m_label = label; }

    // [notifications] board_events of the config file (comma-separated);
    // blocked, gave_up, crashed when unset. "none" or "" turns them off.
    static QStringList configuredKinds(const QString &configPath = {});
    static const QStringList &allKinds(); // completed, blocked, gave_up, crashed
    static QString text(const QString &kind, const QString &title, const QString &label);

private:
    Board &m_board;
    QString m_label;
    qint64 m_cursor = 0;
    // PostgreSQL: the change count (LISTEN/NOTIFY) at the last read; the
    // events are read again only when another session changed the board.
    qint64 m_seenVersion = -1;
};
