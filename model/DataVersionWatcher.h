#pragma once

#include <QObject>
#include <QSqlDatabase>

class QTimer;

// Polls SQLite's PRAGMA data_version (microseconds) and says when another
// connection, in any process, has committed. Commits on the watched
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
    // Polls now; true (and changed() emitted) when the version moved.
    bool poll();

signals:
    void changed();

private:
    QSqlDatabase m_db;
    QTimer *m_timer;
    qint64 m_version = -1;
};
