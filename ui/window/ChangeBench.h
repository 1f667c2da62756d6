#pragma once

#include <QObject>

class BoardSession;

// The per-change benchmark (QKANBAN_BENCH_CHANGE set, tests/bench/bench_gui.py):
// for every change another process makes, prints "change-cpu-ms: N", the
// CPU time this process spent from the change's arrival until the board
// showed it: the event loop idle again 150 ms later (model, columns,
// layout and paint). The dispatcher thread's share comes later; the
// benchmark measures that from outside (bench_gui.py).
class ChangeBench : public QObject
{
    Q_OBJECT
public:
    static bool enabled();
    static void attach(BoardSession *session);
    // CPU time of this process (all threads), in milliseconds.
    static double processCpuMs();

private:
    explicit ChangeBench(BoardSession *session);
    void arrived();
    void idle();

    double m_startMs = -1;
    bool m_settled = false;
};
