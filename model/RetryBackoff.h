#pragma once

#include <QtGlobal>

// How long a task waits before its next attempt after a counted failure:
// 30 s × 4^(failures-1) (30 s, 2 min, 8 min, 32 min, …), ±20 % jitter,
// at most one hour. The jitter comes from the board's Entropy, so tests
// that inject one get exact delays.
namespace RetryBackoff {
constexpr qint64 kBaseSeconds = 30;
constexpr qint64 kMaxSeconds = 3600;

// failures >= 1; entropy32: any 32-bit value (0x80000000 = no jitter);
// baseSeconds: the first wait ([dispatcher] retry_backoff); 0: no wait.
qint64 delaySeconds(qint64 failures, quint32 entropy32, qint64 baseSeconds = kBaseSeconds);
} // namespace RetryBackoff
