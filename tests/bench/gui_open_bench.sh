#!/bin/sh
# Opening the board window on a seeded board: the time from process start
# to the first painted frame of the cards (the program prints it when
# QKANBAN_BENCH_FIRST_PAINT is set) and the peak memory (max RSS).
#   tests/bench/gui_open_bench.sh [--build DIR] [--tasks N] [--runs R]
# Prints one line per run and a summary on stderr, and the open time as
# JSON {median, min, max, rss_mb} on stdout (read by bench.py).
# Targets: under 500 ms and under 150 MB for 10,000 tasks.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${QKANBAN_BENCH_BUILD:-$ROOT/build}
TASKS=10000
RUNS=5
while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --tasks) TASKS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--tasks N] [--runs R]" >&2; exit 2 ;;
    esac
done
BIN=$BUILD/app/qkanban
[ -x "$BIN" ] || { echo "gui_open_bench: no $BIN (build the qkanban target)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "gui_open_bench: /usr/bin/time is needed for the RSS" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export QKANBAN_HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
export QKANBAN_CONFIG="$TMP/config/qkanban.conf" QT_QPA_PLATFORM=offscreen QKANBAN_LANG=en
export XDG_RUNTIME_DIR="$TMP/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QKANBAN_DB QKANBAN_BOARD 2>/dev/null || true

DB=$TMP/board.db
python3 "$HERE/seed_board.py" "$TMP/seed.json" --tasks "$TASKS" --shape mixed
"$BIN" --headless --db "$DB" import "$TMP/seed.json" >/dev/null
echo "seeded $TASKS tasks into $DB" >&2

i=0
: >"$TMP/ms"
: >"$TMP/rss"
while [ "$i" -lt "$RUNS" ]; do
    i=$((i + 1))
    QKANBAN_BENCH_FIRST_PAINT=exit /usr/bin/time -v -o "$TMP/time.txt" "$BIN" --db "$DB" 2>"$TMP/err.txt" || true
    ms=$(sed -n 's/^first-paint-ms: //p' "$TMP/err.txt" | head -n 1)
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$TMP/time.txt")
    [ -n "$ms" ] || { echo "run $i: no first-paint figure" >&2; cat "$TMP/err.txt" >&2; exit 1; }
    echo "$ms" >>"$TMP/ms"
    echo "$rss" >>"$TMP/rss"
    echo "run $i: first paint $ms ms, max RSS $((rss / 1024)) MB" >&2
done

python3 - "$TMP/ms" "$TMP/rss" "$TASKS" <<'PY'
import json, statistics, sys
ms = [float(x) for x in open(sys.argv[1]).read().split()]
rss = [int(x) / 1024.0 for x in open(sys.argv[2]).read().split()]
tasks = int(sys.argv[3])
res = {"median": statistics.median(ms), "min": min(ms), "max": max(ms), "rss_mb": round(max(rss), 1)}
verdict = lambda ok: "PASS" if ok else "MISS"
sys.stderr.write("open %d tasks: median %.0f ms (min %.0f, max %.0f), target < 500 ms: %s\n"
                 % (tasks, res["median"], res["min"], res["max"], verdict(res["median"] < 500)))
sys.stderr.write("max RSS: %.1f MB, target < 150 MB: %s\n" % (res["rss_mb"], verdict(res["rss_mb"] < 150)))
print(json.dumps(res))
PY
