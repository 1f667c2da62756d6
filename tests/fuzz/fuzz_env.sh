# Sourced by run_corpus.sh and run_long.sh (HERE = tests/fuzz): the build
# folder, a private scratch folder, per-target libFuzzer options.
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${QKANBAN_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
JOBS=${QKANBAN_FUZZ_JOBS:-2}
ARTIFACTS="$BUILD/fuzz-artifacts"
TARGETS="command import_json import_hermes rest"

# Scratch (the harness's temporary boards, the cwd of verbs) in memory
# when /dev/shm is there: SQLite syncs are cheap there.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    WORK=$(mktemp -d /dev/shm/qkanban-fuzz.XXXXXX)
else
    WORK=$(mktemp -d)
fi
KEEP_WORK=0
cleanup_work() { [ "$KEEP_WORK" = 1 ] || rm -rf "$WORK"; }
trap cleanup_work EXIT
trap 'exit 130' INT TERM
mkdir -p "$WORK/tmp"
export TMPDIR="$WORK/tmp"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
unset QKANBAN_DB QKANBAN_BOARD QKANBAN_TASK QKANBAN_RUN_ID QKANBAN_PROFILE

fuzz_build() {
    if ! grep -q '^QKANBAN_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
        CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$ROOT" -B "$BUILD" -G Ninja -DQKANBAN_FUZZ=ON \
            -DQKANBAN_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$BUILD" -j "$JOBS" --target "$@"
}

# Sets OPTIONS, LONG_OPTIONS (fuzzing only) and SEEDS (hand-written seeds,
# replayed crash inputs). import_hermes fuzzes without the per-input leak
# check (SQLite and Qt caches make it run on most inputs: 4x slower);
# run_corpus.sh replays its corpus with the check.
fuzz_options() {
    OPTIONS="-timeout=30 -rss_limit_mb=4096"
    LONG_OPTIONS=""
    case "$1" in
    command) OPTIONS="$OPTIONS -max_len=1024 -dict=$HERE/command.dict" ;;
    import_json) OPTIONS="$OPTIONS -max_len=16384 -dict=$HERE/import_json.dict" ;;
    import_hermes) OPTIONS="$OPTIONS -max_len=32768"; LONG_OPTIONS="-detect_leaks=0" ;;
    rest) OPTIONS="$OPTIONS -max_len=4096 -dict=$HERE/rest.dict" ;;
    *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
    esac
    SEEDS=""
    for d in "$HERE/seeds/$1" "$ROOT/tests/fuzzregress/inputs/$1"; do
        [ -d "$d" ] && SEEDS="$SEEDS $d"
    done
    return 0
}
