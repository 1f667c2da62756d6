#!/bin/sh
# CI: build the fuzz targets (clang, build-fuzz) and run each once over its
# corpus, its seeds and the saved crash inputs; no new fuzzing. Exits
# non-zero when an input crashes, leaks, hits UB or breaks an invariant.
# Needs clang and libclang-rt-14-dev.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/fuzz_env.sh"

fuzz_build $(for t in $TARGETS; do printf 'fuzz_%s ' "$t"; done)
mkdir -p "$ARTIFACTS"
failed=""
for t in $TARGETS; do
    fuzz_options "$t"
    echo "== fuzz_$t: replaying corpus/$t $SEEDS"
    if ! (cd "$WORK" && "$BUILD/tests/fuzz/fuzz_$t" $OPTIONS -runs=0 -artifact_prefix="$ARTIFACTS/$t-" \
            "$HERE/corpus/$t" $SEEDS >"$WORK/$t.log" 2>&1); then
        failed="$failed $t"
        tail -n 60 "$WORK/$t.log"
    else
        grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$WORK/$t.log" | tail -n 1
    fi
done
[ -z "$failed" ] || { echo "fuzz corpus replay failed:$failed" >&2; exit 1; }
echo "fuzz corpus replay: all targets clean"
