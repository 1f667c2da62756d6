#pragma once

#include <QString>
#include <QtGlobal>

// Stopping a worker means stopping its whole process group, so no child
// of the worker is left behind. Workers are started as session (and so
// group) leaders: their pid is the group id.
//
// Nothing here calls waitpid(): the QProcess that started a worker reaps
// it. A zombie counts as dead.
namespace ProcessGroup {
// The process exists and is not a zombie.
bool isAlive(qint64 pid);
// The process start time (/proc/<pid>/stat), "" when unknown. Recorded at
// spawn so a recycled pid is not taken for the worker.
QString fingerprint(qint64 pid);
// Alive, and (when a fingerprint was recorded) the same process.
bool isSameProcess(qint64 pid, const QString &fingerprint);
// The parent's pid (/proc/<pid>/stat), 0 when unknown.
qint64 parentOf(qint64 pid);
// Some member of the group is alive (zombies ignored).
bool groupAlive(qint64 pgid);

struct Termination
{
    bool attempted = false; // a signal was sent
    bool gone = false;      // nothing of the group is left
    bool sigkill = false;   // SIGKILL was needed
};
// SIGTERM to the group, then SIGKILL after graceMs if anything is left.
Termination terminateGroup(qint64 pgid, int graceMs = 5000);
// Same, returning whether the group is gone.
bool terminate(qint64 pid, int graceMs = 5000);
} // namespace ProcessGroup
