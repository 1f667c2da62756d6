#include "model/Clock.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <ctime>

namespace {
class SystemClock : public Clock
{
public:
    qint64 now() const override { return QDateTime::currentSecsSinceEpoch(); }
};

class SystemEntropy : public Entropy
{
public:
    quint32 next32() override { return QRandomGenerator::system()->generate(); }
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

qint64 Clock::bootTimeMs()
{
    timespec ts{};
    if (::clock_gettime(CLOCK_BOOTTIME, &ts) != 0 && ::clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

Entropy *Entropy::system()
{
    static SystemEntropy entropy;
    return &entropy;
}
