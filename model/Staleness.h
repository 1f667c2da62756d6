#pragma once

#include <QString>

// The card's staleness ring (SPEC §8, hermes-kanban §10): how long a task
// has sat in its column, and whether that is worth an amber or red border.
namespace Staleness {
enum Tier { Fresh = 0, Amber = 1, Red = 2 };

// Running tasks age from the start of the current run, the rest from
// when they entered their column (createdAt: that time; the model passes
// the latest move's event, else the creation). Returns -1 when the timestamp is missing.
qint64 ageSeconds(const QString &status, qint64 createdAt, qint64 startedAt, qint64 now);
// running 10 m / 60 m, ready 1 h / 24 h, todo 7 d / 30 d, blocked 1 h / 24 h.
Tier tier(const QString &status, qint64 ageSeconds);
} // namespace Staleness
