#pragma once

#include <QString>

// qkanban-full: the desktop board and the network services (serve, daemon)
// in one binary beside the lean `qkanban` (the build tree) or, installed, in
// LIBEXECDIR/qkanban/ found relative to BINDIR (both fixed at configure time).
// qkanban-services (serve, no desktop board) and qkanban-daemon (the daemon
// alone) sit beside it.
namespace FullBinary {

QString path();
// From qkanban-full: the lean qkanban (beside it or in BINDIR), if any.
QString leanPath();
// qkanban-full: point QKANBAN_BIN (workers' binary) at the lean one.
void preferLeanForWorkers();
// Replaces this process with qkanban-full and the same argv. QKANBAN_BIN
// keeps naming the lean binary, so workers start fast. Returns an error
// message only when the exec failed.
QString exec(char **argv);
// The same with the binary at `path`.
QString execAt(const QString &path, char **argv);
// serve: the same with qkanban-services (no desktop board, so no Qt
// Widgets mapped) when it is there, else qkanban-full.
QString execServices(char **argv);
// qkanban-services when it is there, else qkanban-full: the daemon's
// notification deliveries run in it.
QString servicesPath();
// daemon: the same with qkanban-daemon (Qt Core and Sql only: no Qt
// Network, D-Bus or HttpServer mapped while idle) when it is there, else
// as execServices.
QString execDaemon(char **argv);

} // namespace FullBinary
