#pragma once

#include "model/Board.h"
#include "model/Kernel.h"

#include <QObject>

#include <memory>

class DataVersionWatcher;
class TaskTableModel;

// The board the window shows: its connection, kernel and table model, and
// the live refresh. Another process's commit (CLI, worker, dispatcher)
// moves PRAGMA data_version, polled every 250 ms (SQLite), or sends the
// board's change notification (PostgreSQL, any host: no polling); nothing
// is re-read otherwise. Our own writes call refresh() directly.
class BoardSession : public QObject
{
    Q_OBJECT
public:
    // Throws KanbanError when the board cannot be opened.
    BoardSession(const QString &boardArg, const QString &dbArg, Clock *clock = Clock::system(),
                 QObject *parent = nullptr);
    ~BoardSession() override;

    Board &board() { return *m_board; }
    Kernel &kernel() { return *m_kernel; }
    TaskTableModel *model() const { return m_model; }
    QString boardArg() const { return m_boardArg; }
    QString dbArg() const { return m_dbArg; }
    Clock *clock() const { return m_clock; }

    void setIncludeArchived(bool include);
    void setPollInterval(int ms);
    // Re-reads the board now (after our own writes).
    void refresh();
    // Checks data_version now; refreshes when another process wrote.
    bool pollNow();
    // How often the rows were re-read (tests: nothing changed, no query).
    int refreshCount() const { return m_refreshes; }

signals:
    void aboutToRefresh();
    void refreshed();
    void refreshFailed(const QString &error);

private:
    QString m_boardArg;
    QString m_dbArg;
    Clock *m_clock;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<Kernel> m_kernel;
    TaskTableModel *m_model;
    DataVersionWatcher *m_watcher;
    int m_refreshes = 0;
};
