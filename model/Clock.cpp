#include "model/Clock.h"

#include <QDateTime>
#include <QRandomGenerator>

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

Entropy *Entropy::system()
{
    static SystemEntropy entropy;
    return &entropy;
}
