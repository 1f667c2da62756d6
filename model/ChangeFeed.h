#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

// PostgreSQL's LISTEN/NOTIFY for one connection. The triggers of migration
// 7 notify Dialect::changeChannel() once for every committed transaction
// that changed the board; the feed counts those sent by other sessions
// (like SQLite's data_version, the connection's own commits do not count).
// No statement runs while waiting: notifications come in on the
// connection's socket, through the event loop of the connection's thread.
// One per connection, created on first use and owned by its driver, so it
// goes when the connection closes.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // The feed of a PostgreSQL connection (LISTEN on first use); nullptr on
    // SQLite, on a closed connection, or when LISTEN failed.
    static ChangeFeed *of(const QSqlDatabase &db);

    // Commits of other sessions seen so far (0 at LISTEN).
    qint64 version() const { return m_version; }
    // The connection is still up (libpq's own state: no statement).
    bool isConnected() const;

signals:
    // Another session committed a change; also once when the connection
    // is lost, so a reader's next statement reports why.
    void changed();

private:
    explicit ChangeFeed(QSqlDriver *driver);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);
    void checkConnection();

    QSqlDriver *m_driver;
    QTimer m_connectionCheck;
    qint64 m_version = 0;
    bool m_lost = false;
};
