#pragma once

#include <QtGlobal>

// Time and randomness come in through these, so tests can move the clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0; // epoch seconds

    static Clock *system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 start = 1'800'000'000) : m_now(start) {}
    qint64 now() const override { return m_now; }
    void set(qint64 t) { m_now = t; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

class Entropy
{
public:
    virtual ~Entropy() = default;
    virtual quint32 next32() = 0;

    static Entropy *system();
};
