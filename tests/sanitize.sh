#!/bin/sh
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc, -DQKANBAN_SANITIZE=ON) in build-asan. Any ASan/UBSan report, or a
# leak that tests/lsan.supp does not cover (Qt and system libraries only),
# fails the test that caused it.
#   tests/sanitize.sh [ctest args...]     e.g. tests/sanitize.sh -L cli
# QKANBAN_ASAN_BUILD_DIR, QKANBAN_ASAN_JOBS (build and test jobs, default 2) and
# QKANBAN_ASAN_CMAKE_ARGS (e.g. -DQKANBAN_BUILD_GUI=OFF) adjust the build.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${QKANBAN_ASAN_BUILD_DIR:-$ROOT/build-asan}
JOBS=${QKANBAN_ASAN_JOBS:-2}

# ccache (bootstrap.sh installs it) when present; hits across checkouts
# (the -g1 line tables would otherwise hash the build folder's path).
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
LAUNCHER=""
command -v ccache >/dev/null 2>&1 && LAUNCHER="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
# -O1 with line tables: the usual sanitizer set-up, and half the build time
# of -O2 -g (CI runs this after the Release suite).
# shellcheck disable=SC2086 # QKANBAN_ASAN_CMAKE_ARGS and $LAUNCHER are lists of arguments
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DQKANBAN_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo $LAUNCHER \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" ${QKANBAN_ASAN_CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD" -j "$JOBS"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1:detect_stack_use_after_return=1:\
check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0:disable_coredump=1"
export LSAN_OPTIONS="suppressions=$HERE/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

cd "$BUILD"
# GUI suites that need a display get one from Xvfb when there is none.
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest -j "$JOBS" --output-on-failure --timeout 1200 "$@"
fi
exec ctest -j "$JOBS" --output-on-failure --timeout 1200 "$@"
