#!/bin/sh
# A private PostgreSQL server for the tests: a cluster listening on
# 127.0.0.1 at a free port, owned by an unprivileged account (as root: the
# `postgres` account, which PostgreSQL's packages create, with the cluster
# in a temporary folder that account can reach even when DIR's parents are
# private, as /root is).
#   pg-server.sh start DIR   initdb + start; writes DIR/url (the test role's URL)
#   pg-server.sh stop DIR    stop, remove the cluster and DIR
# The test role "qkanban" may create databases; it logs in with the password
# in DIR/password over TCP (scram-sha-256). A small max_wal_size: each test
# database is a copy, and GBs of WAL would make stop slow to remove.
set -eu
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: pg-server.sh start|stop DIR" >&2; exit 2; }

bindir=""
for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && bindir=$d
done
[ -n "$bindir" ] || { echo "pg-server.sh: PostgreSQL is not installed (package postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The cluster folder (data/ and the socket) of a server started in DIR.
cluster() {
    if [ -f "$dir/cluster" ]; then cat "$dir/cluster"; else echo "$dir"; fi
}

stop() {
    c=$(cluster)
    if [ -d "$c/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$c/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ "$c" != "$dir" ] && rm -rf "$c"
    rm -rf "$dir"
}

case "$cmd" in
start)
    if [ -f "$dir/url" ] && as_owner "$bindir/pg_ctl" -D "$(cluster)/data" status >/dev/null 2>&1; then
        cat "$dir/url"
        exit 0
    fi
    stop
    mkdir -p "$dir"
    c=$dir
    if [ "$(id -u)" -eq 0 ]; then
        c=$(mktemp -d /tmp/qkanban-pg.XXXXXX)
        chown postgres "$c"
        printf '%s\n' "$c" >"$dir/cluster"
    fi
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/password"
    # A free port: the kernel picks one, we release it and take it.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$c/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$c/data" -l "$c/data/server.log" -w -t 60 \
        -o "-p $port -k $c -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c shared_buffers=64MB -c max_wal_size=96MB -c min_wal_size=32MB" \
        start >/dev/null || { cat "$c/data/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h "$c" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE qkanban LOGIN CREATEDB PASSWORD '$password'" >/dev/null
    printf 'postgresql://qkanban:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/url"
    printf '%s\n' "$port" >"$dir/port"
    chmod 0644 "$dir/url" "$dir/port" "$dir/password"
    cat "$dir/url"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pg-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
