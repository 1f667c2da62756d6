#include "model/Staleness.h"

#include "model/Types.h"

namespace Staleness {

qint64 ageSeconds(const QString &status, qint64 createdAt, qint64 startedAt, qint64 now)
{
    const qint64 from = status == TaskStatus::Running ? startedAt : createdAt;
    if (from <= 0)
        return -1;
    return qMax<qint64>(0, now - from);
}

Tier tier(const QString &status, qint64 ageSeconds)
{
    struct Limits
    {
        qint64 amber;
        qint64 red;
    };
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    Limits l{};
    if (status == TaskStatus::Running)
        l = {10 * 60, hour};
    else if (status == TaskStatus::Ready || status == TaskStatus::Blocked)
        l = {hour, day};
    else if (status == TaskStatus::Todo)
        l = {7 * day, 30 * day};
    else
        return Fresh;
    if (ageSeconds < 0)
        return Fresh;
    if (ageSeconds >= l.red)
        return Red;
    return ageSeconds >= l.amber ? Amber : Fresh;
}

} // namespace Staleness
