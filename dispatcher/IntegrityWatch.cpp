#include "dispatcher/IntegrityWatch.h"

#include "model/KanbanError.h"

IntegrityWatch::IntegrityWatch(const QString &dbPath, Clock *clock, QObject *parent)
    : QObject(parent), m_dbPath(dbPath), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

bool IntegrityWatch::checkNow()
{
    m_lastCheck = m_clock->now();
    // Only SQLite's own check: the board's invariants are the tick's to
    // repair (a reclaim closes a leaked run), and `check` reports them.
    IntegrityReport full = Integrity::check(m_dbPath, true);
    m_last = IntegrityReport();
    m_last.dbPath = full.dbPath;
    m_last.quick = true;
    m_last.damaged = full.damaged;
    for (const IntegrityProblem &p : std::as_const(full.problems))
        if (p.check == QLatin1String("integrity"))
            m_last.problems << p;
    Integrity::remember(m_last);
    if (!m_last.damaged)
        return true;
    emit failed(Integrity::failureLine(m_last));
    return false;
}

void IntegrityWatch::start(int pollMs)
{
    m_timer.start(pollMs);
}

bool IntegrityWatch::poll()
{
    if (m_clock->now() - m_lastCheck < kIntervalSeconds)
        return false;
    try {
        checkNow();
    } catch (const KanbanError &) {
        // The board file went away: the tick reports that.
    }
    return true;
}
