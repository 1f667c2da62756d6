#pragma once

#include "model/BoardPaths.h"

#include <QStringList>

// The daemon's delivery process (see NotifyLauncher): qkanban-services (or
// qkanban-full) started as
//   qkanban-services --deliver-notifications PARENT_PID ROOT SLUG DB BOARD_DIR PINNED [-v]
// runs the Notifier (the session bus for desktop subscriptions) on that
// board until a pass finds nothing to deliver and nothing waiting, then
// exits 0; also on SIGTERM, and when the daemon that started it dies.
namespace NotifyChild {

// Its arguments (after the program).
QStringList arguments(const BoardLocation &location, qint64 parentPid, bool verbose);
// args[0] is the flag: this process is a delivery process.
bool isChild(const QStringList &args);
// args without argv[0]. Returns the exit code.
int run(int argc, char **argv, const QStringList &args);

} // namespace NotifyChild
