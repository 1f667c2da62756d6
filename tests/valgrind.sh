#!/bin/sh
# The headless CLI end to end under valgrind memcheck: a plain build
# (build-valgrind, no GUI), then a representative run of verbs in a
# private QKANBAN_HOME. Fails on any memcheck error or "definitely lost"
# block (exit code 99 from valgrind), or on a verb's unexpected exit code.
#   tests/valgrind.sh
# QKANBAN_VALGRIND_BUILD_DIR and QKANBAN_VALGRIND_JOBS (default 2) adjust
# the build. Needs valgrind. tests/valgrind.supp: Qt's own false alarms.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${QKANBAN_VALGRIND_BUILD_DIR:-$ROOT/build-valgrind}
JOBS=${QKANBAN_VALGRIND_JOBS:-2}

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQKANBAN_BUILD_GUI=OFF \
    -DQKANBAN_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target qkanban
BIN="$BUILD/app/qkanban"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QKANBAN_HOME="$WORK/home" QKANBAN_CONFIG="$WORK/config/qkanban.conf"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" HOME="$WORK/user" TZ=UTC
unset QKANBAN_DB QKANBAN_BOARD QKANBAN_TASK QKANBAN_RUN_ID QKANBAN_PROFILE QKANBAN_WORKSPACE DISPLAY
mkdir -p "$HOME"
cd "$WORK"

failures=0
runs=0
LAST_OUT=""
# vg EXPECTED_CODE ARGS... : one verb under memcheck; stdout in $LAST_OUT.
vg() {
    expected=$1
    shift
    runs=$((runs + 1))
    log="$WORK/vg-$runs.log"
    code=0
    # shellcheck disable=SC2086 # VG_PREFIX is a command prefix
    ${VG_PREFIX:-} valgrind --quiet --trace-children=yes --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --error-exitcode=99 --num-callers=30 --suppressions="$HERE/valgrind.supp" --log-file="$log" \
        "$BIN" --headless "$@" >"$WORK/out" 2>"$WORK/err" </dev/null || code=$?
    LAST_OUT=$(cat "$WORK/out")
    if [ "$code" -eq 99 ]; then
        failures=$((failures + 1))
        echo "FAIL (memcheck): qkanban --headless $*"
        cat "$log"
    elif [ "$code" -ne "$expected" ]; then
        failures=$((failures + 1))
        echo "FAIL (exit $code, expected $expected): qkanban --headless $*"
        cat "$WORK/err"
    else
        echo "ok   (exit $code): qkanban --headless $*"
    fi
}
json_id() { sed -n 's/^ *"id": "\(t_[0-9a-f]*\)".*/\1/p' | head -n 1; }

vg 0 init
vg 0 create "research" --assignee alice --json
A=$(printf '%s\n' "$LAST_OUT" | json_id)
vg 0 create "write ✓ \"quoted\"" --parent "$A" --body "multi
line" --priority 3 --json
B=$(printf '%s\n' "$LAST_OUT" | json_id)
vg 0 create "blocked one" --tenant acme --json
C=$(printf '%s\n' "$LAST_OUT" | json_id)
[ -n "$A" ] && [ -n "$B" ] && [ -n "$C" ] || { echo "could not read task ids"; exit 1; }
vg 0 list
vg 0 list --json
vg 0 show "$A" --json
vg 0 link "$C" "$B"
vg 0 unlink "$C" "$B"
vg 0 edit "$B" --title "write it" --priority 5
vg 0 assign "$B" bob
vg 0 claim "$A"
vg 0 heartbeat "$A"
vg 0 comment "$A" "a comment with ünïcode"
vg 0 complete "$A" --result ok --summary "done well" --metadata '{"k": [1, 2]}'
vg 0 block "$C" "waiting for input"
vg 0 unblock "$C"
vg 0 notify-subscribe "$B" --platform desktop --chat-id me
vg 0 notify-list --json
vg 0 runs "$A" --json
vg 0 context "$B"
# Live verbs follow until SIGINT: timeout(1) sends it after a few seconds.
VG_PREFIX="timeout --preserve-status -s INT 15"
vg 0 tail "$A" --interval 0.2
vg 0 watch --interval 0.2
VG_PREFIX=""
vg 0 stats --json
vg 0 dispatch --dry-run --json
vg 0 dispatcher-status --json
vg 0 archive "$C"
vg 0 archive "$C" --rm
vg 0 gc
vg 0 export -o "$WORK/export.json"
vg 0 boards create second
vg 0 --board second import "$WORK/export.json"
vg 0 --board second list --json
vg 0 boards list
vg 0 completion bash
# serve re-executes qkanban-full (same pid): --trace-children follows it.
vg 0 serve --print-token
# Bad input: refused with a message, no leak on the error paths.
vg 2 create
vg 2 frobnicate
vg 1 show t_nope
vg 1 claim t_nope
vg 2 create x --priority many
vg 1 --board second import "$WORK/export.json"
printf 'not json' >"$WORK/bad.json"
vg 2 boards create Bad/Slug
vg 1 --board third import "$WORK/bad.json"
printf 'SQLite format 3\000garbage' >"$WORK/bad.db"
vg 1 --board fourth import --from-hermes "$WORK/bad.db"
vg 1 --db "$WORK/bad.db" list
vg 2 link "$A"

echo "valgrind: $runs runs, $failures failed"
[ "$failures" -eq 0 ]
