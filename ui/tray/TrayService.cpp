#include "ui/tray/TrayService.h"

#include "model/Types.h"
#include "model/VisibleText.h"
#include "ui/style/Icons.h"
#include "ui/tray/DispatcherHost.h"
#include "ui/tray/DispatcherPill.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

TrayService::TrayService(DispatcherHost *host, QObject *parent)
    : QObject(parent), m_host(host), m_icon(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    setObjectName(QStringLiteral("trayService"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(Icons::get(QStringLiteral("board")), QString());
    m_open->setObjectName(QStringLiteral("trayOpenBoard"));
    m_dispatch = m_menu->addAction(Icons::get(QStringLiteral("dispatch")), QString());
    m_dispatch->setObjectName(QStringLiteral("trayDispatchNow"));
    m_pause = m_menu->addAction(Icons::get(QStringLiteral("pause")), QString());
    m_pause->setObjectName(QStringLiteral("trayPause"));
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    m_boardsSeparator = m_menu->addSeparator(); // the boards' lines go above it
    m_quit = m_menu->addAction(Icons::get(QStringLiteral("quit")), QString());
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    m_icon->setContextMenu(m_menu);
    connect(m_open, &QAction::triggered, this, &TrayService::openBoardRequested);
    connect(m_dispatch, &QAction::triggered, this, [this] {
        if (m_host)
            m_host->dispatchNow();
    });
    connect(m_pause, &QAction::toggled, this, [this](bool on) {
        if (m_host)
            m_host->setPaused(on);
        retranslate();
    });
    connect(m_quit, &QAction::triggered, this, &TrayService::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
        else if (r == QSystemTrayIcon::DoubleClick)
            emit openBoardRequested();
    });
    if (host) {
        connect(host, &DispatcherHost::healthChanged, this, &TrayService::updateStatus);
        connect(host, &DispatcherHost::statsChanged, this, &TrayService::updateStatus);
        connect(host, &DispatcherHost::attention, this, &TrayService::notify);
        connect(host, &DispatcherHost::boardsChanged, this, &TrayService::updateBoards);
    }
    retranslate();
    updateStatus();
}

TrayService::~TrayService()
{
    delete m_menu;
}

bool TrayService::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayService::show()
{
    m_icon->show();
}

void TrayService::retranslate()
{
    m_open->setText(tr("Open board"));
    m_dispatch->setText(tr("Dispatch now"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume dispatcher") : tr("Pause dispatcher"));
    m_quit->setText(tr("Quit"));
    updateBoards();
    m_icon->setToolTip(toolTip());
}

QString TrayService::toolTip() const
{
    QString tip = tr("qkanban: %1").arg(m_countsText);
    if (m_host)
        tip += QLatin1Char('\n') + DispatcherPill::summary(m_host->health());
    return tip;
}

void TrayService::updateStatus()
{
    if (!m_host)
        return;
    const DispatcherHealth health = m_host->health();
    const BoardStats stats = m_host->boardStats();
    const qint64 running = stats.byStatus.value(TaskStatus::Running);
    const qint64 ready = stats.byStatus.value(TaskStatus::Ready);
    const qint64 blocked = stats.byStatus.value(TaskStatus::Blocked);
    m_countsText = tr("%1 running · %2 ready · %3 blocked").arg(running).arg(ready).arg(blocked);
    QString state = QStringLiteral("idle");
    if (blocked > 0 || health.state == DispatcherHealth::Failing ||
        !health.pausedProfiles.isEmpty())
        state = QStringLiteral("attention");
    else if (running > 0)
        state = QStringLiteral("running");
    if (state != m_state) {
        m_state = state;
        m_icon->setIcon(Icons::app(state));
    }
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(health.state == DispatcherHealth::Paused);
    m_pause->setEnabled(health.local);
    retranslate();
}

void TrayService::sayStillRunning()
{
    m_lastMessage = tr("qkanban keeps running here and dispatching tasks. Open the board or "
                       "quit from this icon's menu; Ctrl+Q in the window quits too.");
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(QStringLiteral("qkanban"), m_lastMessage, QSystemTrayIcon::Information,
                            8000);
}

void TrayService::notify(const QString &, const QString &kind, const QString &text)
{
    const auto icon =
        kind == EventKind::Completed ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
    m_lastMessage = text;
    if (m_sink)
        m_sink(QStringLiteral("qkanban"), text, kind != EventKind::Completed);
    else if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(QStringLiteral("qkanban"), text, icon, 8000);
    updateStatus();
}

QString TrayService::boardLine(const BoardState &b)
{
    QString state;
    switch (b.state) {
    case DispatcherHealth::Alive:
        state = b.local ? tr("dispatching") : tr("dispatched elsewhere");
        break;
    case DispatcherHealth::Paused:
        state = tr("paused");
        break;
    case DispatcherHealth::Failing:
        state = tr("failing");
        break;
    case DispatcherHealth::Absent:
        state = tr("not dispatched");
        break;
    }
    return tr("%1: %2 running · %3 ready · %4")
        .arg(VisibleText::oneLine(b.slug))
        .arg(b.running)
        .arg(b.ready)
        .arg(state);
}

QStringList TrayService::boardLines() const
{
    QStringList out;
    for (const QAction *a : m_boardActions)
        out << a->text();
    return out;
}

void TrayService::updateBoards()
{
    const QList<BoardState> boards = m_host ? m_host->boards() : QList<BoardState>();
    while (m_boardActions.size() > boards.size())
        delete m_boardActions.takeLast();
    for (qsizetype i = 0; i < boards.size(); ++i) {
        if (i == m_boardActions.size()) {
            auto *a = new QAction(m_menu);
            a->setEnabled(false);
            m_menu->insertAction(m_boardsSeparator, a);
            m_boardActions << a;
        }
        QAction *a = m_boardActions.at(i);
        a->setObjectName(QStringLiteral("trayBoard_") + boards.at(i).slug);
        a->setText(boardLine(boards.at(i)));
        if (!boards.at(i).lastError.isEmpty())
            a->setToolTip(VisibleText::oneLine(boards.at(i).lastError));
    }
}
