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
// Alive and started at the recorded time. Without a recorded start time
// it is never taken for the same process (where /proc exists).
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
// A worker as recorded at spawn: its pid (its group id), host and start
// time (fingerprint()).
struct Worker
{
    qint64 pid = 0;
    QString host;        // DispatcherStatus::thisHost() of the spawner
    QString fingerprint; // "" when none was recorded
};

// The worker's group may still hold processes of ours: on this host, and
// the leader is either the recorded process (same start time) or gone
// (a group id is not reused while the group has members).
bool mayBeOurs(const Worker &w);

// SIGTERM to the worker's group, SIGKILL after graceMs if anything is
// left. Signals only our own worker (mayBeOurs, checked again before each
// signal): another host's, a recycled pid or an unrecorded worker is left
// alone and counts as gone. The leader alone is signalled only while it
// is still the recorded process.
Termination stopWorker(const Worker &w, int graceMs = 5000);
} // namespace ProcessGroup
