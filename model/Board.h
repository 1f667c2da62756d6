#pragma once

#include "model/BoardPaths.h"
#include "model/Clock.h"

#include <QSqlDatabase>

#include <memory>

// One open board: its connection, its files and its clock. Not shared
// between threads: each thread and each process opens its own.
class Board
{
public:
    explicit Board(const BoardLocation &location, Clock *clock = Clock::system(),
                   Entropy *entropy = Entropy::system());
    ~Board();
    Board(const Board &) = delete;
    Board &operator=(const Board &) = delete;

    // Resolves --board/--db and the environment, then opens. Throws.
    static std::unique_ptr<Board> openResolved(const QString &boardArg = {},
                                               const QString &dbArg = {},
                                               Clock *clock = Clock::system());

    QSqlDatabase &db() { return m_db; }
    const BoardLocation &location() const { return m_location; }
    QString slug() const { return m_location.slug; }
    QString dbPath() const { return m_location.dbPath; }
    Clock *clock() const { return m_clock; }
    Entropy *entropy() const { return m_entropy; }
    qint64 now() const { return m_clock->now(); }
    QString connectionName() const { return m_connection; }
    qint64 dataVersion();

private:
    BoardLocation m_location;
    Clock *m_clock;
    Entropy *m_entropy;
    QString m_connection;
    QSqlDatabase m_db;
};
