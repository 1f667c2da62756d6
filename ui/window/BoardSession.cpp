#include "ui/window/BoardSession.h"

#include "model/DataVersionWatcher.h"
#include "model/TaskTableModel.h"

#include <QSqlError>

BoardSession::BoardSession(const QString &boardArg, const QString &dbArg, Clock *clock,
                           QObject *parent)
    : QObject(parent), m_boardArg(boardArg), m_dbArg(dbArg), m_clock(clock),
      m_board(Board::openResolved(boardArg, dbArg, clock)),
      m_kernel(std::make_unique<Kernel>(*m_board)),
      m_model(new TaskTableModel(m_board->db(), clock, this)),
      m_watcher(new DataVersionWatcher(m_board->db(), 250, this))
{
    m_model->setObjectName(QStringLiteral("taskTableModel"));
    connect(m_watcher, &DataVersionWatcher::changed, this, &BoardSession::refresh);
    refresh();
    m_watcher->start();
}

BoardSession::~BoardSession()
{
    // Everything holding the connection goes before the board closes it.
    delete m_watcher;
    m_watcher = nullptr;
    delete m_model;
    m_model = nullptr;
}

void BoardSession::setIncludeArchived(bool include)
{
    if (include == m_model->includeArchived())
        return;
    m_model->setIncludeArchived(include);
    refresh();
}

void BoardSession::setPollInterval(int ms)
{
    m_watcher->setInterval(ms);
}

void BoardSession::refresh()
{
    ++m_refreshes;
    emit aboutToRefresh();
    if (!m_model->refresh())
        emit refreshFailed(m_model->lastError().text());
    emit refreshed();
}

bool BoardSession::pollNow()
{
    return m_watcher->poll();
}
