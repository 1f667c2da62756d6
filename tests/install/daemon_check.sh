#!/bin/sh
# Starts `QKANBAN --headless daemon` on the current board (environment as
# given), waits until its pidfile appears, checks the process is the
# expected qkanban-daemon (the lean binary re-executes it, same pid) and
# that, idle, it maps no desktop board, Qt Network, D-Bus or HttpServer;
# then a chat notification: the daemon starts qkanban-services (beside it)
# to deliver it, through the [notify] command of the config, and logs (-v)
# why another waits. Stops the daemon with SIGTERM and checks it exits 0.
#   tests/install/daemon_check.sh QKANBAN EXPECTED_DAEMON_PATH WORKDIR
set -eu
QK=$1
DAEMON=$2
WORK=$3
fail() { echo "daemon_check: $*" >&2; [ -n "${pid:-}" ] && kill -9 "$pid" 2>/dev/null; exit 1; }
# Polls `$1` (a shell condition) for up to 30 s.
await() {
    tries=0
    until eval "$1"; do
        kill -0 "$pid" 2>/dev/null || fail "the daemon exited early: $(cat "$WORK/daemon.out")"
        tries=$((tries + 1))
        [ "$tries" -le 300 ] || fail "$2 after 30 s: $(cat "$WORK/daemon.out")"
        sleep 0.1
    done
}

pidfile=$WORK/daemon.pid
rm -f "$pidfile"
"$QK" --headless daemon --interval 60 -v --pidfile "$pidfile" >"$WORK/daemon.out" 2>&1 &
pid=$!
await '[ -s "$pidfile" ]' "no pidfile"
[ "$(cat "$pidfile")" = "$pid" ] || fail "pidfile names $(cat "$pidfile"), started $pid"
exe=$(readlink "/proc/$pid/exe")
[ "$exe" = "$DAEMON" ] || fail "the daemon runs $exe, expected $DAEMON"
for lib in libQt6Network libQt6DBus libQt6HttpServer libQt6Widgets libQt6Gui; do
    ! grep -q "/$lib\." "/proc/$pid/maps" || fail "the idle daemon maps $lib"
done
"$QK" --headless dispatcher-status --json | grep -q '"alive": *true' ||
    fail "dispatcher-status does not see it alive: $("$QK" --headless dispatcher-status)"

# A subscription's event: delivered by the chat command, from a process
# the daemon starts for it.
config=${QKANBAN_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/qkanban/qkanban.conf}
mkdir -p "$(dirname "$config")"
printf '#!/bin/sh\necho "$1" > "%s/told.tmp" && mv "%s/told.tmp" "%s/told"\n' \
    "$WORK" "$WORK" "$WORK" >"$WORK/tell"
chmod +x "$WORK/tell"
printf '\n[notify]\nslack = %s {event}\n' "$WORK/tell" >>"$config"
task=$("$QK" --headless create "Tell the team" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
[ -n "$task" ] || fail "create gave no id"
"$QK" --headless notify-subscribe "$task" --platform slack --chat-id C01 >/dev/null
"$QK" --headless complete "$task" >/dev/null
rm -f "$WORK/told"
await '[ -s "$WORK/told" ]' "no notification delivered"
[ "$(cat "$WORK/told")" = completed ] || fail "the notification said $(cat "$WORK/told")"
# One that cannot be delivered: its reason in the daemon's log (-v).
task=$("$QK" --headless create "Tell nobody" --json | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
"$QK" --headless notify-subscribe "$task" --platform telegram --chat-id 42 >/dev/null 2>&1
"$QK" --headless complete "$task" >/dev/null
await 'grep -q "telegram notification for $task pending: no \[notify\] telegram command" "$WORK/daemon.out"' \
    "no pending line in the daemon's output"

kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
[ "$rc" -eq 0 ] || fail "the daemon exited $rc after SIGTERM: $(cat "$WORK/daemon.out")"
[ ! -e "$pidfile" ] || fail "the pidfile outlived the daemon"
echo "daemon_check: $exe ran as pid $pid, delivered a notification, stopped cleanly"
