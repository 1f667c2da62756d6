#pragma once

#include "dispatcher/ProcessGroup.h"
#include "model/BoardPaths.h"

#include <QString>

class Board;

// How a worker process ended, when known (QProcess, or the trailer that
// a detached worker's supervisor appends to the log).
struct ExitInfo
{
    bool known = false;
    int code = 0;
    bool signaled = false; // code is the signal number
};

// What its exit meant for the task.
struct ExitVerdict
{
    // completed | blocked | review | ready | archived | todo | gone (the task
    // had moved on), or crashed | protocol_violation | rate_limited
    QString outcome;
    QString text;           // the error, or the task title
    bool gaveUp = false;    // the circuit breaker blocked the task
    bool accounted = false; // this exit changed the task
};

// Accounts for a worker that is gone: exit 0 without a terminal verb is a
// protocol violation, 75 is rate-limited (cool-down, not counted),
// anything else a crash. Leftovers of its process group are killed, and a
// done or archived task's scratch workspace is removed.
class WorkerExit
{
public:
    struct Limits
    {
        int failureLimit = 5;
        qint64 rateLimitCooldown = 300;
        qint64 retryBackoff = 30; // DispatcherSettings::retryBackoffSeconds
        int killGraceMs = 5000;
    };

    WorkerExit(Board &board, const BoardLocation &location, const Limits &limits);
    ExitVerdict handle(const QString &taskId, qint64 runId, const ProcessGroup::Worker &worker,
                       const ExitInfo &exit, const QString &logPath);

    // The last output of a log (for the protocol-violation message).
    static QString lastOutput(const QString &logPath, int maxChars = 400);

private:
    Board &m_board;
    BoardLocation m_location;
    Limits m_limits;
};
