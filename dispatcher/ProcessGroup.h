#pragma once

#include <QtGlobal>

// Stopping a worker means stopping its whole process group, so no child
// of the worker is left behind.
namespace ProcessGroup {
bool isAlive(qint64 pid);
// SIGTERM to the group, then SIGKILL after graceMs if anything is left.
// Returns true when the group is gone.
bool terminate(qint64 pid, int graceMs = 5000);
} // namespace ProcessGroup
