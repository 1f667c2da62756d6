#include "ui/window/BoardSession.h"

#include "model/ChangeCursor.h"
#include "model/DataVersionWatcher.h"
#include "model/TaskTableModel.h"

#include <QSqlError>

BoardSession::BoardSession(const QString &boardArg, const QString &dbArg, Clock *clock,
                           QObject *parent)
    : QObject(parent), m_boardArg(boardArg), m_dbArg(dbArg), m_clock(clock),
      m_board(Board::openResolved(boardArg, dbArg, clock)),
      m_kernel(std::make_unique<Kernel>(*m_board)),
      m_model(new TaskTableModel(m_board->db(), clock, this)),
      m_watcher(new DataVersionWatcher(m_board->db(), 250, this)),
      m_cursor(std::make_unique<ChangeCursor>(m_board->db()))
{
    m_model->setObjectName(QStringLiteral("taskTableModel"));
    connect(m_watcher, &DataVersionWatcher::changed, this, [this] {
        emit changeArrived();
        refresh();
    });
    reload();
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
    reload();
}

void BoardSession::setPollInterval(int ms)
{
    m_watcher->setInterval(ms);
}

void BoardSession::refresh()
{
    // A model being reset (an earlier failure) is read whole.
    const ChangeCursor::Changes changed = m_cursor->advance();
    if (changed.all) {
        reload();
        return;
    }
    ++m_refreshes;
    emit aboutToUpdate();
    const bool ok =
        m_model->applyChanges(QSet<QString>(changed.taskIds.cbegin(), changed.taskIds.cend()));
    emit updated();
    if (!ok) {
        --m_refreshes; // counted once, as the reload
        reload();
    }
}

void BoardSession::reload()
{
    ++m_refreshes;
    ++m_reloads;
    emit aboutToRefresh();
    // Before the rows: a change committed meanwhile is read again.
    m_cursor->reset();
    if (!m_model->refresh()) {
        m_cursor->clear(); // the next refresh reads every row again
        emit refreshFailed(m_model->lastError().text());
    }
    emit refreshed();
}

bool BoardSession::pollNow()
{
    return m_watcher->poll();
}
