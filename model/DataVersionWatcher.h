#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class ChangeFeed;
class QTimer;

// Says when another connection, in any process or on any host, has
// committed a change to the board. SQLite: polls PRAGMA data_version
// (microseconds). PostgreSQL: follows the connection's ChangeFeed
// (LISTEN/NOTIFY), with no timer and no statement. Commits on the watched
// connection itself do not count: callers refresh after their own writes.
class DataVersionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DataVersionWatcher(const QSqlDatabase &db, int intervalMs = 250,
                                QObject *parent = nullptr);

    void setInterval(int ms);
    void start();
    void stop();
    // Checks now; true (and changed() emitted) when the version moved.
    bool poll();
    // True when it follows notifications rather than polling.
    bool isNotified() const { return !m_feed.isNull(); }
    // PostgreSQL: the watched connection to the server was lost.
    bool connectionLost() const;

signals:
    void changed();

private:
    QSqlDatabase m_db;
    QTimer *m_timer;
    QPointer<ChangeFeed> m_feed;
    qint64 m_version = -1;
};
