#pragma once

#include "model/Types.h"

#include <QElapsedTimer>

class Board;
class Clock;

// A board's counts for the dispatcher thread's health poll (every 2 s),
// read again only when another connection committed (PRAGMA data_version,
// or PostgreSQL's change feed) or after 10 s: two GROUP BYs over a
// 10,000-task board are milliseconds of CPU, every poll, on an idle board.
// The oldest ready task's age moves with the clock in between.
class BoardStatsCache
{
public:
    BoardStats read(Board &board, const Clock &clock);

private:
    const Board *m_board = nullptr;
    qint64 m_version = -1;
    BoardStats m_stats;
    QElapsedTimer m_age;
};
