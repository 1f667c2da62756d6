#include "model/DataVersionWatcher.h"

#include "model/ChangeFeed.h"
#include "model/Database.h"
#include "model/Dialect.h"

#include <QTimer>

DataVersionWatcher::DataVersionWatcher(const QSqlDatabase &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &DataVersionWatcher::poll);
}

void DataVersionWatcher::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void DataVersionWatcher::start()
{
    m_version = Database::dataVersion(m_db);
    if (Dialect::isPostgres(m_db)) {
        m_feed = ChangeFeed::of(m_db);
        if (m_feed)
            connect(m_feed, &ChangeFeed::changed, this, &DataVersionWatcher::poll,
                    Qt::UniqueConnection);
        return;
    }
    m_timer->start();
}

void DataVersionWatcher::stop()
{
    m_timer->stop();
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = nullptr;
}

bool DataVersionWatcher::poll()
{
    const qint64 v = Database::dataVersion(m_db);
    if (v == m_version || v < 0)
        return false;
    m_version = v;
    emit changed();
    return true;
}

bool DataVersionWatcher::connectionLost() const
{
    return m_feed && !m_feed->isConnected();
}
