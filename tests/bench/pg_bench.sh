#!/bin/sh
# Claims per second (4 and 16 racing processes) and one dispatcher tick on
# 10,000 tasks, on SQLite and on PostgreSQL, as one table. Not a ctest.
#   tests/bench/pg_bench.sh BUILD_DIR [POSTGRES_URL] [pg_bench.py options]
# BUILD_DIR: a (Release) build; qkanban, claim_racer and kernel_bench are
# built in it if needed. POSTGRES_URL: a role that may create databases;
# without it a private server is started (tests/pg/pg-server.sh) and
# stopped at the end.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: pg_bench.sh BUILD_DIR [POSTGRES_URL] [options]" >&2; exit 2; }
BUILD=$(cd "$1" && pwd)
shift
URL=""
case "${1:-}" in
postgresql://* | postgres://*) URL=$1; shift ;;
esac

cmake --build "$BUILD" -j "${QKANBAN_BENCH_JOBS:-2}" --target qkanban claim_racer kernel_bench >/dev/null

SERVER=""
cleanup() {
    [ -n "$SERVER" ] && "$ROOT/tests/pg/pg-server.sh" stop "$SERVER"
    return 0
}
trap cleanup EXIT INT TERM
if [ -z "$URL" ]; then
    SERVER=$(mktemp -d /tmp/qkanban-pgbench-XXXXXX)
    URL=$("$ROOT/tests/pg/pg-server.sh" start "$SERVER")
fi
python3 "$HERE/pg_bench.py" --build "$BUILD" --pg "$URL" "$@"
