#include "ProcessGroup.h"

#include <QElapsedTimer>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/wait.h>

namespace ProcessGroup {

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Reap it if it is our zombie child, so a dead worker reads as dead.
    int status = 0;
    ::waitpid(pid_t(pid), &status, WNOHANG);
    if (::kill(pid_t(pid), 0) == 0)
        return true;
    return errno == EPERM;
}

static bool groupAlive(qint64 pid)
{
    int status = 0;
    while (::waitpid(-pid_t(pid), &status, WNOHANG) > 0) {
    }
    return ::kill(-pid_t(pid), 0) == 0 || errno == EPERM;
}

bool terminate(qint64 pid, int graceMs)
{
    if (pid <= 1)
        return true;
    if (::kill(-pid_t(pid), SIGTERM) != 0 && ::kill(pid_t(pid), SIGTERM) != 0)
        return !isAlive(pid);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < graceMs) {
        if (!groupAlive(pid) && !isAlive(pid))
            return true;
        QThread::msleep(20);
    }
    ::kill(-pid_t(pid), SIGKILL);
    ::kill(pid_t(pid), SIGKILL);
    QThread::msleep(20);
    return !groupAlive(pid) && !isAlive(pid);
}

} // namespace ProcessGroup
