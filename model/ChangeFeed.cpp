#include "model/ChangeFeed.h"

#include "model/Dialect.h"

namespace {

// How often the feed asks libpq whether the connection is still up. A
// local check, no statement: a lost server closes the socket, which the
// driver reads, but it emits nothing for that.
constexpr int kConnectionCheckMs = 2000;

} // namespace

ChangeFeed *ChangeFeed::of(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!Dialect::isPostgres(db) || !driver)
        return nullptr;
    // A feed whose connection was lost stays: its version moved once more.
    if (auto *feed = driver->findChild<ChangeFeed *>(QString(), Qt::FindDirectChildrenOnly)) {
        // The connection was closed and opened again (close() forgets the
        // LISTEN): listen anew; what came meanwhile counts as a change.
        if (driver->isOpen() &&
            !driver->subscribedToNotifications().contains(Dialect::changeChannel()) &&
            driver->subscribeToNotification(Dialect::changeChannel())) {
            ++feed->m_version;
            feed->m_lost = false;
            feed->m_connectionCheck.start();
        }
        return feed;
    }
    if (!driver->isOpen() || !driver->subscribeToNotification(Dialect::changeChannel()))
        return nullptr;
    return new ChangeFeed(driver);
}

ChangeFeed::ChangeFeed(QSqlDriver *driver) : QObject(driver), m_driver(driver)
{
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                onNotification(name, source);
            });
    m_connectionCheck.setInterval(kConnectionCheckMs);
    connect(&m_connectionCheck, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    m_connectionCheck.start();
}

bool ChangeFeed::isConnected() const
{
    return m_driver->isOpen();
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source)
{
    if (name != Dialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    ++m_version;
    emit changed();
}

void ChangeFeed::checkConnection()
{
    if (m_lost || isConnected())
        return;
    m_lost = true;
    m_connectionCheck.stop();
    ++m_version;
    emit changed();
}
