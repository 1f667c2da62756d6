#pragma once

#include <QList>
#include <QString>

// The board's health: SQLite's own page check (integrity_check, or
// quick_check), its foreign-key check, and the board's invariants (every
// running task has one open run and every open run a running task, claim
// fields only on running tasks, links with both ends, no dependency
// cycles, valid statuses). Read-only: it never writes the database.
struct IntegrityProblem
{
    QString check;  // integrity, foreign_key, status, run, claim, link, cycle
    QString detail; // one line
    QString taskId; // when one task is concerned
};

struct IntegrityReport
{
    QString dbPath;
    bool quick = false;
    // SQLite found damaged pages, or the file could not be read: the
    // board refuses writes until a check passes (Database::refuseIfDamaged).
    bool damaged = false;
    QList<IntegrityProblem> problems;
    qint64 tasks = 0;
    qint64 runs = 0;
    qint64 links = 0;
    bool ok() const { return problems.isEmpty(); }
};

namespace Integrity {
// Checks the board file at dbPath on a connection of its own. Throws
// KanbanError only when there is no board file.
IntegrityReport check(const QString &dbPath, bool quick);
// Remembers the outcome beside the database: writes the damaged marker
// when report.damaged, removes it otherwise. False (and *error) when the
// marker could not be written or removed.
bool remember(const IntegrityReport &report, QString *error = nullptr);
// One line for a failed board: what failed and what to do.
QString failureLine(const IntegrityReport &report);
} // namespace Integrity
