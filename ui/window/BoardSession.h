#pragma once

#include "model/Board.h"
#include "model/Kernel.h"

#include <QObject>

#include <memory>

class ChangeCursor;
class DataVersionWatcher;
class TaskTableModel;

// The board the window shows: its connection, kernel and table model, and
// the live refresh. Another process's commit (CLI, worker, dispatcher)
// moves PRAGMA data_version, polled every 250 ms (SQLite), or sends the
// board's change notification (PostgreSQL, any host: no polling); nothing
// is re-read otherwise. Our own writes call refresh() directly.
//
// A refresh reads only what changed: the tasks with events after the last
// event id seen (ChangeCursor) are updated in the model, rows added and
// removed (TaskTableModel::applyChanges), and the columns follow those
// rows alone. Where that cannot be told (PostgreSQL: event ids are not in
// commit order; too large a change), every row is re-read.
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
    // Re-reads what changed now (after our own writes).
    void refresh();
    // Re-reads every row.
    void reload();
    // Checks data_version now; refreshes when another process wrote.
    bool pollNow();
    // How often the rows were re-read (tests: nothing changed, no query),
    // and how often all of them.
    int refreshCount() const { return m_refreshes; }
    int reloadCount() const { return m_reloads; }

signals:
    // Another process changed the board (before the model follows).
    void changeArrived();
    // Around re-reading every row (the columns let go of the model),
    void aboutToRefresh();
    void refreshed();
    // and around following a few changed rows (the columns stay on it).
    void aboutToUpdate();
    void updated();
    void refreshFailed(const QString &error);

private:
    QString m_boardArg;
    QString m_dbArg;
    Clock *m_clock;
    std::unique_ptr<Board> m_board;
    std::unique_ptr<Kernel> m_kernel;
    TaskTableModel *m_model;
    DataVersionWatcher *m_watcher;
    std::unique_ptr<ChangeCursor> m_cursor;
    int m_refreshes = 0;
    int m_reloads = 0;
};
