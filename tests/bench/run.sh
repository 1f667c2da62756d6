#!/bin/sh
# qkanban benchmarks: one Release build in build-bench, then every figure
# (median, min, max of >= 5 runs, next to its target) as a table and as
# build-bench/bench.json. Installs nothing; uses hyperfine, wrk and
# python3 when present (see bench.py).
#   tests/bench/run.sh [--runs N] [--quick]
# Environment: QKANBAN_BENCH_BUILD (build dir), QKANBAN_BENCH_JOBS (-j, 2),
# QKANBAN_BENCH_GUI=OFF to build without the desktop board.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${QKANBAN_BENCH_BUILD:-$ROOT/build-bench}
JOBS=${QKANBAN_BENCH_JOBS:-2}
GUI=${QKANBAN_BENCH_GUI:-ON}
TARGETS="qkanban kernel_bench claim_racer"

build() {
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQKANBAN_BUILD_GUI="$1" \
        -DQKANBAN_BUILD_TESTS=ON >/dev/null &&
        cmake --build "$BUILD" -j "$JOBS" --target $TARGETS
}

if ! build "$GUI"; then
    [ "$GUI" = OFF ] && exit 1
    echo "run.sh: the build with the desktop board failed; building without it" >&2
    GUI=OFF
    build OFF
fi
echo "Release build in $BUILD (GUI $GUI)"
exec python3 "$HERE/bench.py" --build "$BUILD" --json "$BUILD/bench.json" "$@"
