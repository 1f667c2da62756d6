#pragma once

#include <QString>
#include <QStringList>

// The invariants a board must hold after any amount of chaos, read through
// a read-only connection. Each returned line is one broken invariant.
namespace BoardAudit {
// Every task done; one completed run and one completed event per task; a
// created event per task, a promoted event per task that had a parent; a
// claimed event per run and an event for the way each run ended; no open
// run; no overlapping runs of one task; integrity_check and
// foreign_key_check clean.
QStringList allDone(const QString &dbPath, int expectedTasks);
} // namespace BoardAudit
