#!/usr/bin/env python3
"""SQLite and PostgreSQL side by side: claims per second with 4 and 16
racing claimers, and one dispatcher tick on 10,000 tasks. Started by
pg_bench.sh; every PostgreSQL board is a new database, dropped after.

usage: pg_bench.py --build BUILD_DIR --pg URL [--tasks N] [--tick-tasks N]
                   [--trials N] [--runs N] [--json OUT] [--only sqlite|postgres]
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cli  # noqa: E402
import seed_board  # noqa: E402
from bench_cli import spread  # noqa: E402


class Postgres:
    """Scratch databases on the server of `url` (through psql)."""

    def __init__(self, url):
        self.url = url
        self.created = []

    def psql(self, url, sql):
        r = subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
        if r.returncode != 0:
            raise RuntimeError("psql: " + r.stderr.strip())
        return r.stdout.strip()

    def db_url(self, name):
        u = urllib.parse.urlsplit(self.url)
        return urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + name, u.query, u.fragment))

    def create(self):
        name = "qk_bench_%d_%d" % (os.getpid(), len(self.created) + 1)
        self.psql(self.url, "CREATE DATABASE %s" % name)
        self.created.append(name)
        return self.db_url(name)

    def drop(self, url):
        name = urllib.parse.urlsplit(url).path.lstrip("/")
        self.psql(self.url, "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)
        if name in self.created:
            self.created.remove(name)

    def drop_all(self):
        for name in list(self.created):
            self.drop(self.db_url(name))

    def where(self):
        u = urllib.parse.urlsplit(self.url)
        version = self.psql(self.url, "SHOW server_version")
        return "PostgreSQL %s at %s:%s" % (version, u.hostname, u.port or 5432)


def write_seed(path, tasks, shape):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(seed_board.generate(tasks, shape), f, ensure_ascii=False)


def claim_counts(backend, pg, db):
    """(runs, distinct tasks with a run, claimed events) of a raced board."""
    sql = ("SELECT (SELECT COUNT(*) FROM task_runs), (SELECT COUNT(DISTINCT task_id) FROM task_runs),"
           " (SELECT COUNT(*) FROM task_events WHERE kind = 'claimed')")
    if backend == "postgres":
        return tuple(int(x) for x in pg.psql(db, sql).split("|"))
    import sqlite3
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
        return c.execute(sql).fetchone()


def claim_race(env, pg, backend, racer, racers, tasks, trials):
    """Successful claims per second of `racers` processes walking the same
    ready ids in the same order (every claim contested); checks that every
    task was claimed exactly once."""
    seed = os.path.join(env.tmp, "race-seed.json")
    write_seed(seed, tasks, "ready")
    ids = os.path.join(env.tmp, "ids.txt")
    with open(ids, "w", encoding="utf-8") as f:
        f.write("\n".join(seed_board.task_id(i) for i in range(tasks)) + "\n")
    rates = []
    for trial in range(trials):
        db = pg.create() if backend == "postgres" else os.path.join(env.tmp, "race-%d-%d.db" % (racers, trial))
        try:
            env.run("--db", db, "import", seed)
            procs = [subprocess.Popen([racer, db, ids], env=env.env, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True) for _ in range(racers)]
            for p in procs:
                if p.stdout.readline().strip() != "ready":
                    raise RuntimeError("claim_racer did not start")
            for p in procs:
                p.stdin.write("go\n")
                p.stdin.flush()
            results = []
            for p in procs:
                out, _ = p.communicate(timeout=900)
                if p.returncode != 0:
                    raise RuntimeError("claim_racer failed")
                results.append(json.loads(out))
            claimed = sum(r["claimed"] for r in results)
            runs, distinct, events = claim_counts(backend, pg, db)
            if not claimed == runs == distinct == events == tasks:
                raise RuntimeError("%s: claims not exactly-once: claimed=%d runs=%d distinct=%d events=%d of %d"
                                   % (backend, claimed, runs, distinct, events, tasks))
            rates.append(tasks / (max(r["elapsed_ms"] for r in results) / 1000.0))
        finally:
            if backend == "postgres":
                pg.drop(db)
            else:
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.unlink(db + suffix)
    return spread(rates, "claims/s")


def tick(env, pg, backend, build, tasks, runs):
    """One dispatcher tick (no worker started) on a mixed board of `tasks`."""
    seed = os.path.join(env.tmp, "tick-seed.json")
    write_seed(seed, tasks, "mixed")
    argv = [os.path.join(build, "tests", "bench", "kernel_bench"), "--runs", str(runs),
            "--tick-only", "--tick-board", seed]
    db = pg.create() if backend == "postgres" else None
    try:
        if db:
            env.run("--db", db, "init")  # only init and import make a board in a new database
            argv += ["--tick-db", db]
        out = subprocess.run(argv, env=env.env, stdout=subprocess.PIPE, check=True).stdout
    finally:
        if db:
            pg.drop(db)
    return dict(json.loads(out)["tick_ms"], unit="ms")


def number(v):
    return "%.0f" % v if abs(v) >= 1000 else "%.2f" % v if abs(v) < 10 else "%.1f" % v


def cell(r):
    return "%s (%s-%s)" % (number(r["median"]), number(r["min"]), number(r["max"])) if r else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--pg", required=True, help="postgresql:// URL of a role that may create databases")
    ap.add_argument("--tasks", type=int, default=2000, help="ready tasks per claim race")
    ap.add_argument("--tick-tasks", type=int, default=10000)
    ap.add_argument("--trials", type=int, default=3, help="claim races per figure")
    ap.add_argument("--runs", type=int, default=7, help="ticks per figure")
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--only", choices=["sqlite", "postgres"], help="measure one backend")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    racer = os.path.join(build, "tests", "bench", "claim_racer")
    pg = Postgres(args.pg)
    backends = [args.only] if args.only else ["sqlite", "postgres"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="qkanban-pgbench-") as tmp:
        env = bench_cli.Env(os.path.join(build, "app", "qkanban"), tmp)
        print("qkanban on SQLite and %s; %s, %d cores, load %.2f"
              % (pg.where() if "postgres" in backends else "no PostgreSQL", platform.node(), os.cpu_count(), os.getloadavg()[0]), flush=True)
        print("median (min-max); claims: %d contested ready tasks, %d races each; tick: %d runs"
              % (args.tasks, args.trials, args.runs), flush=True)
        try:
            figures = [("claims/s, 4 claimers", lambda b: claim_race(env, pg, b, racer, 4, args.tasks, args.trials)),
                       ("claims/s, 16 claimers", lambda b: claim_race(env, pg, b, racer, 16, args.tasks, args.trials)),
                       ("ms per dispatcher tick, %d tasks" % args.tick_tasks,
                        lambda b: tick(env, pg, b, build, args.tick_tasks, args.runs))]
            print("%-36s %-26s %-26s" % ("figure", "SQLite", "PostgreSQL"), flush=True)
            for name, measure in figures:
                row = {"name": name}
                for backend in ("sqlite", "postgres"):
                    row[backend] = measure(backend) if backend in backends else None
                rows.append(row)
                print("%-36s %-26s %-26s" % (name, cell(row["sqlite"]), cell(row["postgres"])), flush=True)
        finally:
            pg.drop_all()
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=2)
    return 0


def redacted(text, url):
    password = urllib.parse.urlsplit(url).password
    return text.replace(password, "***") if password else text


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
        # Never print the password of the URL (it is in the argv we ran).
        url = sys.argv[sys.argv.index("--pg") + 1] if "--pg" in sys.argv else ""
        print("pg_bench: " + redacted(str(e), url), file=sys.stderr)
        sys.exit(1)
