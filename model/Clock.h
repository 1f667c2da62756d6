#pragma once

#include <QtGlobal>

// Time and randomness come in through these, so tests can move the clock.
//
// Two readings: now() is the wall clock, for what people read and what
// the database stores (started_at, cooldown_until). monotonicMs() never
// jumps with the wall clock: runtime limits and silence are measured on
// it. The system's is CLOCK_BOOTTIME, the base of process start times in
// /proc (so a worker adopted from an earlier dispatcher can be measured
// from its start).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0; // epoch seconds
    virtual qint64 monotonicMs() const { return bootTimeMs(); }

    static Clock *system();
    // CLOCK_BOOTTIME in milliseconds: the real monotonic clock, whatever
    // the Clock in use.
    static qint64 bootTimeMs();
};

// A clock a test moves. advance() moves both readings; jumpWall() only
// the wall clock (an NTP step, a changed time zone setting, faketime).
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 start = 1'800'000'000) : m_now(start) {}
    qint64 now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monoMs; }
    void set(qint64 t) { m_now = t; }
    void advance(qint64 seconds)
    {
        m_now += seconds;
        m_monoMs += seconds * 1000;
    }
    void jumpWall(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
    qint64 m_monoMs = 1'000'000'000;
};

class Entropy
{
public:
    virtual ~Entropy() = default;
    virtual quint32 next32() = 0;

    static Entropy *system();
};
