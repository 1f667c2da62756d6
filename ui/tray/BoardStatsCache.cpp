#include "ui/tray/BoardStatsCache.h"

#include "model/Board.h"
#include "model/Clock.h"
#include "model/Kernel.h"

namespace {
constexpr qint64 kMaxAgeMs = 10000;
}

BoardStats BoardStatsCache::read(Board &board, const Clock &clock)
{
    const qint64 version = board.dataVersion();
    // -1: the backend cannot tell (PostgreSQL without its feed).
    if (&board == m_board && version != -1 && version == m_version && m_age.isValid() &&
        m_age.elapsed() < kMaxAgeMs) {
        BoardStats s = m_stats;
        const qint64 now = clock.now();
        if (s.oldestReadyAgeSeconds)
            s.oldestReadyAgeSeconds = qMax<qint64>(0, *s.oldestReadyAgeSeconds + now - s.now);
        s.now = now;
        return s;
    }
    m_board = nullptr; // a throw below leaves nothing cached
    m_stats = Kernel(board).boardStats();
    m_board = &board;
    m_version = version;
    m_age.start();
    return m_stats;
}
