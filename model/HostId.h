#pragma once

#include <QString>

// The name this host goes by on a board: in worker_host (tasks and
// task_runs), the claim lock "host:pid:nonce", dispatcher_status and the
// dispatcher's lock. A PID is only trusted on the host that recorded it.
//
// $QKANBAN_HOST when set, else the machine's host name. Setting it lets
// one machine stand for several hosts (each dispatcher then trusts only
// the PIDs it recorded itself), as the multi-host tests do. Every use of
// the host name for identity goes through here.
namespace HostId {
// This process's host id (read once).
QString current();
// Why `name` cannot be a host id, "" when it can: 1 to 64 letters,
// digits, '.', '-' or '_' (no ':', which separates the claim lock).
QString problem(const QString &name);
// True when current() is not the machine's own name ($QKANBAN_HOST names
// another): file locks keyed by board alone then take the id too.
bool isOverridden();
} // namespace HostId
