#include "ui/window/ChangeBench.h"

#include "ui/window/BoardSession.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <ctime>

bool ChangeBench::enabled()
{
    return qEnvironmentVariableIsSet("QKANBAN_BENCH_CHANGE");
}

void ChangeBench::attach(BoardSession *session)
{
    if (session)
        new ChangeBench(session);
}

double ChangeBench::processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

ChangeBench::ChangeBench(BoardSession *session) : QObject(session)
{
    connect(session, &BoardSession::changeArrived, this, &ChangeBench::arrived);
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &ChangeBench::idle);
}

void ChangeBench::arrived()
{
    if (m_startMs >= 0)
        return;
    m_startMs = processCpuMs();
    m_settled = false;
    // Delayed layouts and paints run on zero timers and posted events:
    // all done before a timer this far ahead fires (unless the work takes
    // longer, and then the figure says so anyway).
    QTimer::singleShot(150, this, [this] { m_settled = true; });
}

void ChangeBench::idle()
{
    // The loop is about to wait, after the layout and paint: the change
    // is on screen.
    if (m_startMs < 0 || !m_settled)
        return;
    const double spent = processCpuMs() - m_startMs;
    m_startMs = -1;
    std::fprintf(stderr, "change-cpu-ms: %.3f\n", spent);
    std::fflush(stderr);
}
