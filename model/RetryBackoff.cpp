#include "model/RetryBackoff.h"

#include <cmath>

namespace RetryBackoff {

qint64 delaySeconds(qint64 failures, quint32 entropy32, qint64 baseSeconds)
{
    if (baseSeconds <= 0)
        return 0;
    const qint64 n = qBound(qint64(1), failures, qint64(16));
    double base = double(qMin(baseSeconds, kMaxSeconds));
    for (qint64 i = 1; i < n && base < double(kMaxSeconds); ++i)
        base *= 4;
    // 0.8 .. 1.2, exactly 1.0 at the middle of the range.
    const double factor = 0.8 + 0.4 * (double(entropy32) / 4294967296.0);
    const qint64 delay = qint64(std::llround(base * factor));
    return qBound(qint64(1), delay, kMaxSeconds);
}

} // namespace RetryBackoff
