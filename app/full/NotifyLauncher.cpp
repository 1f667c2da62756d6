#include "app/full/NotifyLauncher.h"

#include "app/FullBinary.h"
#include "app/VerbContext.h"
#include "app/full/NotifyChild.h"

#include "dispatcher/net/NotifyKinds.h"
#include "model/Board.h"
#include "model/ChangeFeed.h"
#include "model/KanbanError.h"
#include "model/Kernel.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

NotifyLauncher::NotifyLauncher(const BoardLocation &location, bool verbose, QObject *parent)
    : QObject(parent), m_location(location), m_verbose(verbose)
{
    m_timer.setInterval(1000); // the Notifier's own poll
    connect(&m_timer, &QTimer::timeout, this, &NotifyLauncher::onTimer);
}

NotifyLauncher::~NotifyLauncher()
{
    stop();
}

void NotifyLauncher::start()
{
    try {
        m_board = std::make_unique<Board>(m_location, Clock::system());
        m_kernel = std::make_unique<Kernel>(*m_board);
        m_feed = ChangeFeed::of(m_board->db());
        if (m_feed)
            connect(m_feed, &ChangeFeed::changed, this, &NotifyLauncher::onTimer,
                    Qt::UniqueConnection);
    } catch (const KanbanError &e) {
        qWarning("notifier: %s", e.what());
    }
    m_timer.start();
    onTimer();
}

void NotifyLauncher::stop()
{
    m_timer.stop();
    if (!m_child)
        return;
    QProcess *child = m_child;
    m_child = nullptr;
    child->disconnect(this);
    if (child->state() != QProcess::NotRunning) {
        child->terminate(); // ends its delivery in flight, exits 0
        if (!child->waitForFinished(5000)) {
            child->kill();
            child->waitForFinished(1000);
        }
    }
    delete child;
}

void NotifyLauncher::onTimer()
{
    if (m_child || !m_kernel)
        return; // the running delivery process does the passes
    // Read the subscriptions only when another connection committed
    // (PRAGMA data_version, or PostgreSQL's feed; -1: cannot tell).
    const qint64 version = m_board->dataVersion();
    if (version != -1 && version == m_seenVersion && !m_recheck)
        return;
    m_seenVersion = version;
    m_recheck = false;
    if (somethingWaits())
        launch();
}

bool NotifyLauncher::somethingWaits()
{
    try {
        for (const NotifySub &sub : m_kernel->notifySubs()) {
            if (!sub.pendingReason.isEmpty())
                return true; // held back: retried, or its reason cleared
            if (!m_kernel->unseenEvents(sub, NotifyKinds::all()).isEmpty())
                return true;
        }
    } catch (const KanbanError &e) {
        m_recheck = true;
        qWarning("notifier: %s", e.what());
    }
    return false;
}

void NotifyLauncher::launch()
{
    m_child = new QProcess(this);
    m_child->setProgram(FullBinary::servicesPath());
    m_child->setArguments(
        NotifyChild::arguments(m_location, QCoreApplication::applicationPid(), m_verbose));
    m_child->setProcessChannelMode(QProcess::ForwardedChannels);
    m_child->setStandardInputFile(QProcess::nullDevice());
    QProcess *child = m_child;
    auto ended = [this, child] {
        if (m_child != child)
            return;
        m_child = nullptr;
        child->deleteLater();
        m_recheck = true; // what it left (a crash) is looked at next second
    };
    connect(child, &QProcess::finished, this, ended);
    connect(child, &QProcess::errorOccurred, this, [this, child, ended](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        if (!m_toldError) {
            m_toldError = true;
            const QString line = QStringLiteral("cannot start the notification delivery %1: %2")
                                     .arg(child->program(), child->errorString());
            std::fputs(VerbContext::errorLines(line).toUtf8().constData(), stderr);
            std::fflush(stderr);
        }
        ended();
    });
    child->start(); // its output is forwarded: the daemon's own
}
