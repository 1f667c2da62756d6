#!/usr/bin/env python3
"""Benchmark: `qkanban --headless list --json` on a board of 10,000 tasks.

Seeds the board with one `import` of generated JSON (30% of the tasks wait
on a parent, 20% are unassigned), then times the whole process, median of
5 (hyperfine when installed, else timed here). Standard library only.

With --compare OTHER (another qkanban, e.g. a build of main), runs every
`list` form on the same board with both binaries instead (every status,
sort and filter, with and without --json, refusals included; a few titles
of odd text added) and exits 1 when any output, stderr or exit code differs.

usage: list_bench.py [path/to/qkanban] [--tasks N] [--runs N] [--compare OTHER]
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STATUSES = ["ready"] * 40 + ["done"] * 20 + ["blocked"] * 8 + ["triage"] * 5 + \
           ["review"] * 5 + ["running"] * 7 + ["archived"] * 5
OPEN = {"ready", "blocked", "triage", "review", "running", "todo"}


def task_row(i, status, assignee, now):
    tid = "t_%08x" % (0x10000000 + i)
    running = status == "running"
    done = status in ("done", "archived")
    return {
        "id": tid, "title": "Task %d: do the thing number %d \U0001F680" % (i, i),
        "body": "Body of task %d.\nSecond line with \"quotes\"." % i if i % 3 else None,
        "assignee": assignee, "status": status, "priority": random.choice([0, 0, 0, 1, 2, 5, -1]),
        "tenant": random.choice([None, None, "acme", "globex"]), "created_by": "bench",
        "created_at": now - 86400 + i, "started_at": now - 600 if running or done else None,
        "completed_at": now - 60 if done else None, "result": "ok" if done else None,
        "workspace_kind": "scratch", "workspace_path": None, "branch_name": None,
        "idempotency_key": None, "claim_lock": "bench:1:%06x" % i if running else None,
        "claim_expires": now + 900 if running else None, "worker_pid": None, "worker_host": None,
        "consecutive_failures": 0, "last_failure_error": None, "max_runtime_seconds": None,
        "max_retries": None, "last_heartbeat_at": None, "current_run_id": None,
        "cooldown_until": None, "updated_at": now,
    }


def generate(n, seed=7):
    random.seed(seed)
    now = int(time.time())
    tasks, links, events = [], [], []
    for i in range(n):
        assignee = None if random.random() < 0.2 else random.choice(["alice", "bob", "carol", "dave", "eve"])
        status = random.choice(STATUSES)
        parent = None
        if i > 10 and random.random() < 0.3:
            # A child waits on an unfinished parent: todo, so `list` has
            # nothing to promote and stays read-only.
            candidates = [t for t in random.sample(tasks, 8) if t["status"] in OPEN]
            if candidates:
                parent = candidates[0]["id"]
                status = "todo"
        row = task_row(i, status, assignee, now)
        tasks.append(row)
        if parent:
            links.append({"parent_id": parent, "child_id": row["id"]})
        events.append({"id": i + 1, "task_id": row["id"], "run_id": None, "kind": "created",
                       "payload": json.dumps({"assignee": assignee, "status": status}),
                       "created_at": row["created_at"]})
    return {"format": "qkanban-board", "version": 1, "board": "default", "exported_at": now,
            "tasks": tasks, "links": links, "comments": [], "events": events, "runs": [],
            "notify_subs": []}


ODD_TITLES = ["tab\there", "ctl \x1b[31m red\r\nnext", "bidi \u202eabc\u200e \u061c",
              "c1 \u0085\u009b del\x7f", "sep \u2028\u2029 iso \u2066x\u2069",
              "quote \" back \\ slash /", "emoji \U0001F680\U0001F680 wide \u4e2d\u6587",
              "\ufeffbom first", "mid\ufeffbom", "\u00e9t\u00e9 accents", " x "]


def list_forms():
    forms = [[], ["--archived"], ["--mine"], ["--assignee", "Coder "], ["--tenant", "acme"],
             ["--status", "bogus"], ["--sort", "bogus"], ["--assignee", "nobody"]]
    forms += [["--status", s] for s in ["triage", "todo", "ready", "running", "blocked", "review",
                                         "done", "archived"]]
    forms += [["--sort", k] for k in ["created", "created-desc", "priority", "priority-desc",
                                       "status", "assignee", "title", "updated"]]
    forms += [["--sort", "title", "--archived", "--tenant", "globex"]]
    return [f + j for f in forms for j in ([], ["--json"])]


def compare(binaries, dbs, env):
    """Runs every list form with each binary on its own copy of the board
    (dbs, in the same order); returns the forms that differ."""
    differ = []
    env = dict(env, QKANBAN_PROFILE="coder")
    for form in list_forms():
        results = [run([b, "--headless", "--db", db, "list", *form], env) for b, db in zip(binaries, dbs)]
        outs = {(r.returncode, r.stdout, r.stderr) for r in results}
        if len(outs) != 1:
            differ.append(form)
            print("DIFFERS: list %s" % " ".join(form))
    return differ


def run(cmd, env):
    return subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_bin = os.path.join(here, "..", "..", "build", "app", "qkanban")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("qkanban", nargs="?", default=os.environ.get("QKANBAN_BIN", default_bin))
    ap.add_argument("--tasks", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--compare", metavar="OTHER", help="check byte-identical output against OTHER")
    args = ap.parse_args()
    binary = os.path.abspath(args.qkanban)
    if not os.access(binary, os.X_OK):
        sys.exit("list_bench: no qkanban binary at %s (pass its path)" % binary)

    with tempfile.TemporaryDirectory(prefix="qkanban-bench-") as tmp:
        env = dict(os.environ, QKANBAN_HOME=os.path.join(tmp, "home"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"), QT_QPA_PLATFORM="offscreen")
        for name in ("QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID"):
            env.pop(name, None)
        db = os.path.join(tmp, "bench.db")
        seed = os.path.join(tmp, "seed.json")
        board = generate(args.tasks)
        if args.compare:
            for i, title in enumerate(ODD_TITLES):
                task = board["tasks"][(i * 7919) % len(board["tasks"])]
                task["title"] = title
                task["tenant"] = title[:12] or None
                task["body"] = title + "\n" + title
        with open(seed, "w", encoding="utf-8") as f:
            json.dump(board, f, ensure_ascii=False)
        t0 = time.perf_counter()
        r = run([binary, "--headless", "--db", db, "import", seed], env)
        if r.returncode != 0:
            sys.exit("list_bench: import failed: " + r.stderr.decode())
        print("seeded %d tasks in %.2fs: %s" % (args.tasks, time.perf_counter() - t0, r.stdout.decode().strip()))

        if args.compare:
            # Each binary reads its own copy of the board imported by OTHER
            # (the reference): a binary with a newer schema migrates its
            # copy, which OTHER would refuse.
            other = os.path.abspath(args.compare)
            ref = os.path.join(tmp, "ref.db")
            r = run([other, "--headless", "--db", ref, "import", seed], env)
            if r.returncode != 0:
                sys.exit("list_bench: import with %s failed: %s" % (other, r.stderr.decode()))
            copies = []
            for i, b in enumerate([binary, other]):
                copy = os.path.join(tmp, "copy-%d.db" % i)
                for suffix in ("", "-wal"):
                    if os.path.exists(ref + suffix):
                        shutil.copyfile(ref + suffix, copy + suffix)
                copies.append(copy)
            differ = compare([binary, other], copies, env)
            print("%d list forms compared with %s: %s" % (len(list_forms()), other,
                                                        "%d differ" % len(differ) if differ else "all identical"))
            sys.exit(1 if differ else 0)

        cmd = [binary, "--headless", "--db", db, "list", "--json"]
        out = run(cmd, env)
        listed = len(json.loads(out.stdout))
        print("list --json returns %d tasks, %d bytes" % (listed, len(out.stdout)))

        hyperfine = shutil.which("hyperfine")
        if hyperfine:
            report = os.path.join(tmp, "hf.json")
            subprocess.run([hyperfine, "--warmup", "2", "--runs", str(args.runs), "--export-json", report,
                            "--output", "null", " ".join("'%s'" % c for c in cmd)],
                           env=env, check=True, stdout=subprocess.DEVNULL)
            with open(report, encoding="utf-8") as f:
                times = json.load(f)["results"][0]["times"]
        else:
            run(cmd, env)
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                run(cmd, env)
                times.append(time.perf_counter() - t)
        median_ms = statistics.median(times) * 1000
        print("qkanban --headless list --json, %d tasks: median %.1f ms over %d runs (min %.1f, max %.1f)"
              % (args.tasks, median_ms, len(times), min(times) * 1000, max(times) * 1000))


if __name__ == "__main__":
    main()
