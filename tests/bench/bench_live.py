"""Figures with live processes: racing claimers, create-to-spawn with a
running daemon, and the REST API under wrk."""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time

import seed_board
from bench_cli import spread


def import_board(env, db, shape, tasks):
    seed = db + ".json"
    with open(seed, "w", encoding="utf-8") as f:
        json.dump(seed_board.generate(tasks, shape), f, ensure_ascii=False)
    env.run("--db", db, "import", seed)
    os.unlink(seed)


def wait_for(predicate, timeout, what):
    """Polls until predicate() is true; raises after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out waiting for " + what)
        time.sleep(0.002)


def claim_race(env, racer, racers, tasks, trials, batch=0):
    """Successful claims per second of `racers` processes that all walk the
    same ready ids in the same order (every claim contested); with `batch`,
    each takes `batch` ids at a time in one transaction (Kernel::claimTasks)."""
    rates = []
    for trial in range(trials):
        db = os.path.join(env.tmp, "race-%d-%d.db" % (racers, trial))
        import_board(env, db, "ready", tasks)
        ids = os.path.join(env.tmp, "ids.txt")
        with open(ids, "w", encoding="utf-8") as f:
            f.write("\n".join(seed_board.task_id(i) for i in range(tasks)) + "\n")
        argv = [racer, db, ids] + (["--batch", str(batch)] if batch else [])
        procs = [subprocess.Popen(argv, env=env.env, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True) for _ in range(racers)]
        for p in procs:
            if p.stdout.readline().strip() != "ready":
                raise RuntimeError("claim_racer did not start")
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = []
        for p in procs:
            out, _ = p.communicate(timeout=600)
            if p.returncode != 0:
                raise RuntimeError("claim_racer failed")
            results.append(json.loads(out))
        claimed = sum(r["claimed"] for r in results)
        with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
            runs, distinct = c.execute("SELECT COUNT(*), COUNT(DISTINCT task_id) FROM task_runs").fetchone()
            events = c.execute("SELECT COUNT(*) FROM task_events WHERE kind = 'claimed'").fetchone()[0]
        if not claimed == runs == distinct == events == tasks:
            raise RuntimeError("claims not exactly-once: claimed=%d runs=%d distinct=%d events=%d of %d"
                               % (claimed, runs, distinct, events, tasks))
        rates.append(tasks / (max(r["elapsed_ms"] for r in results) / 1000.0))
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
    return spread(rates, "claims/s")


WORKER = """#!/bin/sh
date +%s.%N > "$STAMPS/$QKANBAN_TASK.tmp" && mv "$STAMPS/$QKANBAN_TASK.tmp" "$STAMPS/$QKANBAN_TASK"
exec "$QKANBAN_BIN" --headless complete "$QKANBAN_TASK" --result stamped
"""


def create_to_spawn(env, runs):
    """ms from starting `create` (a ready task assigned to a configured
    profile) to the worker's first line, with a daemon at --interval 60:
    the spawn comes from the daemon noticing the change."""
    db = os.path.join(env.tmp, "spawn.db")
    stamps = os.path.join(env.tmp, "stamps")
    os.makedirs(stamps)
    script = os.path.join(env.tmp, "stamp_worker.sh")
    with open(script, "w", encoding="utf-8") as f:
        f.write(WORKER)
    os.chmod(script, 0o755)
    env.run("profiles", "add", "stamper", "--command", "/bin/sh " + script, "--env", "STAMPS=" + stamps)
    env.run("--db", db, "init")
    daemon = subprocess.Popen(env.argv("--db", db, "daemon", "--interval", "60"), env=env.env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    samples = []
    try:
        daemon.stdout.readline()  # "qkanban dispatcher running ..."
        for i in range(runs + 1):
            time.sleep(0.3)  # let the daemon settle after the last completion
            t0 = time.time()
            out = env.run("--db", db, "create", "spawn %d" % i, "--assignee", "stamper", "--json").stdout
            tid = json.loads(out)["id"]
            stamp = os.path.join(stamps, tid)
            wait_for(lambda: os.path.exists(stamp), 30, "the worker of " + tid)
            with open(stamp, encoding="utf-8") as f:
                latency = (float(f.read()) - t0) * 1000
            with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
                wait_for(lambda: c.execute("SELECT status FROM tasks WHERE id = ?", (tid,)).fetchone()[0]
                         == "done", 30, tid + " to complete")
            if i:  # the first is the warm-up
                samples.append(latency)
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    return spread(samples, "ms")


GET_LUA = 'wrk.headers["Authorization"] = "Bearer %s"\n'
POST_LUA = """wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer %s"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "from wrk", "assignee": "nobody", "priority": 1}'
"""


def idle_daemon_rss(env, db, runs):
    """Resident memory (MiB) of `daemon --interval 60` on the board `db`,
    two seconds after it started (its first ticks done)."""
    samples = []
    for _ in range(runs):
        daemon = subprocess.Popen(env.argv("--db", db, "daemon", "--interval", "60"), env=env.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            daemon.stdout.readline()  # "qkanban dispatcher running ..."
            time.sleep(2)
            with open("/proc/%d/status" % daemon.pid, encoding="utf-8") as f:
                rss = [line for line in f if line.startswith("VmRSS:")][0]
            samples.append(int(rss.split()[1]) / 1024.0)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
    return spread(samples, "MiB")


def board_etag(base, token):
    """The ETag of GET /board, or None when the server sends none."""
    import urllib.request
    req = urllib.request.Request(base + "/board", headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=30) as r:
        r.read()
        return r.headers.get("ETag")


def start_serve(env, name, tasks=1000):
    """`serve` on a new board of `tasks` tasks on a free port: (process,
    port, token, db). The caller stops the process."""
    db = os.path.join(env.tmp, name + ".db")
    import_board(env, db, "mixed", tasks)
    token = env.run("--db", db, "serve", "--print-token").stdout.decode().strip()
    server = subprocess.Popen(env.argv("--db", db, "serve", "--port", "0"), env=env.env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                              text=True)
    banner = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
    if not match:
        server.kill()
        server.wait(timeout=30)
        raise RuntimeError("serve did not start: " + banner)
    return server, int(match.group(1)), token, db


def rest(env, runs, seconds):
    """Requests per second of GET /board (1,000 tasks), of the same GET
    answered 304 (If-None-Match, unchanged board) and of POST /tasks."""
    wrk = shutil.which("wrk")
    if not wrk:
        return None
    server, port, token, _ = start_serve(env, "rest")
    figures = {}
    try:
        base = "http://127.0.0.1:%d" % port
        plan = [("get_board", "/board", GET_LUA % token)]
        etag = board_etag(base, token)
        if etag:
            plan.append(("get_board_304", "/board", GET_LUA % token +
                         'wrk.headers["If-None-Match"] = "%s"\n' % etag.replace('"', '\\"')))
        plan.append(("post_tasks", "/tasks", POST_LUA % token))
        for name, path, lua in plan:
            with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
                f.write(lua)
                script = f.name
            samples = []
            for _ in range(runs):
                out = subprocess.run([wrk, "-t1", "-c4", "-d%ds" % seconds, "-s", script, base + path],
                                     stdout=subprocess.PIPE, text=True, check=True).stdout
                if "Non-2xx" in out and name != "get_board_304":
                    raise RuntimeError("REST %s answered errors:\n%s" % (path, out))
                samples.append(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)))
            os.unlink(script)
            figures[name] = spread(samples, "req/s")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return figures
