#!/bin/sh
# Starts `QKANBAN --headless daemon` on the current board (environment as
# given), waits until its pidfile appears, checks the process is the
# expected qkanban-services (the lean binary re-executes it, same pid; a
# daemon maps no desktop board), then stops it with SIGTERM and checks it
# exits 0.
#   tests/install/daemon_check.sh QKANBAN EXPECTED_SERVICES_PATH WORKDIR
set -eu
QK=$1
FULL=$2
WORK=$3
fail() { echo "daemon_check: $*" >&2; [ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null; exit 1; }

pidfile=$WORK/daemon.pid
rm -f "$pidfile"
"$QK" --headless daemon --interval 60 --pidfile "$pidfile" >"$WORK/daemon.out" 2>&1 &
pid=$!
tries=0
until [ -s "$pidfile" ]; do
    kill -0 "$pid" 2>/dev/null || fail "the daemon exited early: $(cat "$WORK/daemon.out")"
    tries=$((tries + 1))
    [ "$tries" -le 300 ] || fail "no pidfile after 30 s: $(cat "$WORK/daemon.out")"
    sleep 0.1
done
[ "$(cat "$pidfile")" = "$pid" ] || fail "pidfile names $(cat "$pidfile"), started $pid"
exe=$(readlink "/proc/$pid/exe")
[ "$exe" = "$FULL" ] || fail "the daemon runs $exe, expected $FULL"
"$QK" --headless dispatcher-status --json | grep -q '"alive": *true' ||
    fail "dispatcher-status does not see it alive: $("$QK" --headless dispatcher-status)"
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
[ "$rc" -eq 0 ] || fail "the daemon exited $rc after SIGTERM: $(cat "$WORK/daemon.out")"
[ ! -e "$pidfile" ] || fail "the pidfile outlived the daemon"
echo "daemon_check: $exe ran as pid $pid, stopped cleanly"
