#!/bin/sh
# qkanban benchmarks: every figure (median, min, max of >= 5 runs) next to
# its target with PASS or MISS, as a table and as JSON (BUILD/bench.json,
# or --json FILE).
#   tests/bench/run.sh [--build DIR] [--runs N] [--quick] [--json FILE]
# With --build DIR (or QKANBAN_BENCH_BUILD=DIR) naming a configured build
# that already has the binaries, nothing is rebuilt; otherwise one Release
# build in build-bench (QKANBAN_BENCH_REBUILD=1 forces a build anyway).
# Installs nothing; uses hyperfine, wrk and python3 when present (bench.py).
# Environment: QKANBAN_BENCH_JOBS (-j, 2), QKANBAN_BENCH_GUI=OFF to build
# without the desktop board.
set -eu
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${QKANBAN_BENCH_BUILD:-}
PASS=""
while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --build=*) BUILD=${1#--build=}; shift ;;
    *) PASS="$PASS $(printf "'%s'" "$(printf %s "$1" | sed "s/'/'\\\\''/g")")"; shift ;;
    esac
done
eval "set -- $PASS"
JOBS=${QKANBAN_BENCH_JOBS:-2}
GUI=${QKANBAN_BENCH_GUI:-ON}
TARGETS="qkanban kernel_bench claim_racer sqlite_floor"

have_binaries() {
    [ -x "$1/app/qkanban" ] && [ -x "$1/tests/bench/kernel_bench" ] && [ -x "$1/tests/bench/claim_racer" ]
}

build() {
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQKANBAN_BUILD_GUI="$1" \
        -DQKANBAN_BUILD_TESTS=ON >/dev/null &&
        cmake --build "$BUILD" -j "$JOBS" --target $TARGETS
}

if [ -n "$BUILD" ] && have_binaries "$BUILD" && [ "${QKANBAN_BENCH_REBUILD:-0}" != 1 ]; then
    BUILD=$(cd "$BUILD" && pwd)
    echo "Reusing the build in $BUILD (no rebuild)"
else
    BUILD=${BUILD:-$ROOT/build-bench}
    if ! build "$GUI"; then
        [ "$GUI" = OFF ] && exit 1
        echo "run.sh: the build with the desktop board failed; building without it" >&2
        GUI=OFF
        build OFF
    fi
    echo "Release build in $BUILD (GUI $GUI)"
fi
case " $* " in
*" --json "*) exec python3 "$HERE/bench.py" --build "$BUILD" "$@" ;;
*) exec python3 "$HERE/bench.py" --build "$BUILD" --json "$BUILD/bench.json" "$@" ;;
esac
