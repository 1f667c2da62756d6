#!/bin/sh
# Runs a test executable under its own Xvfb with the tray host trayer,
# once trayer's window exists. Exit 77 (skipped) without the tools.
set -u
TEST="$1"
for tool in xvfb-run trayer xwininfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "skip: $tool is not installed"; exit 77; }
done
export QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
    trayer --edge top --align right --widthtype pixel --width 120 --height 32 >/dev/null 2>&1 &
    T=$!
    n=0
    until xwininfo -root -tree | grep -q "\"trayer\""; do
        n=$((n + 1))
        [ "$n" -gt 200 ] && { echo "trayer did not start"; kill $T; exit 1; }
        sleep 0.05
    done
    "$0"
    rc=$?
    kill $T 2>/dev/null
    exit $rc' "$TEST"
