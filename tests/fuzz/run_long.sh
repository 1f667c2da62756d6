#!/bin/sh
# One long libFuzzer run of one target, then a minimised corpus.
#   tests/fuzz/run_long.sh TARGET SECONDS
# TARGET: command | import_json | import_hermes | rest. New inputs land in
# tests/fuzz/corpus/TARGET (merged down with -merge=1 at the end); a crash
# is saved under build-fuzz/fuzz-artifacts/ and the script exits non-zero.
# Needs clang and libclang-rt-14-dev. QKANBAN_FUZZ_BUILD_DIR overrides the
# build folder; QKANBAN_FUZZ_JOBS the build's parallel jobs (default 2).
set -eu

[ $# -eq 2 ] || { echo "usage: $0 command|import_json|import_hermes|rest SECONDS" >&2; exit 2; }
TARGET=$1
SECONDS_TO_RUN=$2
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/fuzz_env.sh"

fuzz_build "fuzz_$TARGET"
fuzz_options "$TARGET"
CORPUS="$HERE/corpus/$TARGET"
mkdir -p "$CORPUS" "$ARTIFACTS"

echo "fuzz_$TARGET: $SECONDS_TO_RUN s"
status=0
(cd "$WORK" && "$BUILD/tests/fuzz/fuzz_$TARGET" $OPTIONS $LONG_OPTIONS -max_total_time="$SECONDS_TO_RUN" \
    -artifact_prefix="$ARTIFACTS/$TARGET-" -print_final_stats=1 "$CORPUS" $SEEDS) || status=$?

# Minimise: keep only inputs that add coverage.
MERGED="$WORK/merged"
mkdir -p "$MERGED"
(cd "$WORK" && "$BUILD/tests/fuzz/fuzz_$TARGET" $OPTIONS -merge=1 "$MERGED" "$CORPUS" >"$WORK/merge.log" 2>&1) \
    || { echo "merge failed (see $WORK/merge.log)" >&2; KEEP_WORK=1; exit 1; }
rm -f "$CORPUS"/*
cp "$MERGED"/* "$CORPUS"/ 2>/dev/null || true
echo "corpus/$TARGET: $(ls "$CORPUS" | wc -l) files after merge"
[ $status -eq 0 ] || echo "fuzz_$TARGET stopped with status $status: see $ARTIFACTS" >&2
exit $status
