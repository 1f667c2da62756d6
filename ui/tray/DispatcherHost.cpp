#include "ui/tray/DispatcherHost.h"

#include "ui/tray/DispatcherWorker.h"

#include <QThread>

template <typename Fn> void DispatcherHost::post(Fn fn)
{
    QMetaObject::invokeMethod(m_worker, std::move(fn), Qt::QueuedConnection);
}

DispatcherHost::DispatcherHost(const BoardLocation &location, Clock *clock, QObject *parent)
    : QObject(parent), m_location(location), m_thread(new QThread(this)),
      m_worker(new DispatcherWorker(clock))
{
    qRegisterMetaType<DispatchResult>();
    qRegisterMetaType<DispatcherHealth>();
    qRegisterMetaType<BoardStats>();
    qRegisterMetaType<QList<BoardState>>();
    m_thread->setObjectName(QStringLiteral("qkanban dispatcher"));
    m_worker->moveToThread(m_thread);
    // The worker stops its dispatcher and closes its connections in its
    // own thread, once that thread's event loop has ended.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DispatcherWorker::report, this, &DispatcherHost::onReport);
    connect(m_worker, &DispatcherWorker::boardsReport, this,
            [this](const QList<BoardState> &boards) {
                m_boards = boards;
                emit boardsChanged(boards);
            });
    connect(m_worker, &DispatcherWorker::waitReasons, this,
            [this](const QHash<QString, QString> &reasons) {
                m_waitReasons = reasons;
                emit waitReasonsChanged(reasons);
            });
    connect(m_worker, &DispatcherWorker::dispatchReported, this, &DispatcherHost::dispatchReported);
    connect(m_worker, &DispatcherWorker::ticked, this, &DispatcherHost::ticked);
    connect(m_worker, &DispatcherWorker::workerStarted, this, &DispatcherHost::workerStarted);
    connect(m_worker, &DispatcherWorker::attention, this, &DispatcherHost::attention);
    m_thread->start();
    post([w = m_worker, location] { w->open(location); });
}

DispatcherHost::~DispatcherHost()
{
    m_thread->quit();
    m_thread->wait(); // a tick in progress finishes first
}

void DispatcherHost::startHosting(const QString &mode, const QString &note)
{
    m_hosting = true;
    post([w = m_worker, mode, note] { w->host(mode, note); });
}

void DispatcherHost::stopHosting()
{
    m_hosting = false;
    post([w = m_worker] { w->unhost(); });
}

void DispatcherHost::setLocation(const BoardLocation &location)
{
    if (location.dbPath == m_location.dbPath)
        return;
    m_location = location;
    post([w = m_worker, location] { w->open(location); });
}

void DispatcherHost::dispatchNow()
{
    post([w = m_worker] { w->dispatchNow(); });
}

void DispatcherHost::setPaused(bool paused)
{
    m_paused = paused;
    post([w = m_worker, paused] { w->setPaused(paused); });
}

void DispatcherHost::pollHealth()
{
    post([w = m_worker] { w->pollHealth(); });
}

void DispatcherHost::reloadOptions()
{
    post([w = m_worker] { w->reloadOptions(); });
}

void DispatcherHost::onReport(const DispatcherHealth &health, const BoardStats &stats,
                              bool localRunning)
{
    m_localRunning = localRunning;
    if (stats.byStatus != m_stats.byStatus) {
        m_stats = stats;
        emit statsChanged(stats);
    }
    m_stats = stats;
    if (health == m_health)
        return;
    m_health = health;
    emit healthChanged(health);
}
