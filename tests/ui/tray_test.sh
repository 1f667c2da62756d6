#!/bin/sh
# Runs a test executable under its own Xvfb with the tray host trayer,
# once trayer's window exists. Exit 77 (skipped) without the tools.
# Arguments after the test are passed to it (e.g. one test function).
set -u
TEST="$1"
shift
for tool in xvfb-run trayer xwininfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "skip: $tool is not installed"; exit 77; }
done
export QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
    start_trayer() {
        trayer --edge top --align right --widthtype pixel --width 120 --height 32 &
        T=$!
    }
    start_trayer
    n=0
    starts=1
    until xwininfo -root -tree 2>/dev/null | grep -q "\"trayer\""; do
        n=$((n + 1))
        if ! kill -0 "$T" 2>/dev/null; then
            # trayer can die when the fresh X server is not quite up: again.
            [ "$starts" -ge 3 ] && { echo "trayer did not start"; exit 1; }
            starts=$((starts + 1))
            start_trayer
        fi
        [ "$n" -gt 400 ] && { echo "trayer did not show its window"; kill "$T"; exit 1; }
        sleep 0.05
    done
    "$0" "$@"
    rc=$?
    kill "$T" 2>/dev/null
    exit $rc' "$TEST" "$@"
