#!/usr/bin/env python3
"""Writes a qkanban export JSON for benchmarks (load it with `import`).

Shapes:
  mixed   N tasks of a board in use: 30% have a parent, 4 profiles, 20%
          unassigned; mostly done or archived, a ready backlog of ~10%, ~1%
          running (claimed on another host); children of unfinished parents
          wait in todo, so nothing is promotable and reads stay read-only.
  ready   N ready tasks without parents (claim races).

usage: seed_board.py OUT.json --tasks N [--shape mixed|ready] [--seed S]
Standard library only.
"""
import argparse
import json
import random
import time

PROFILES = ["coder", "writer", "reviewer", "tester"]
# Statuses of tasks without an open parent (todo only behind a parent).
FREE = ["ready"] * 12 + ["done"] * 52 + ["running"] * 1 + ["blocked"] * 5 + \
       ["triage"] * 5 + ["review"] * 13 + ["archived"] * 12
OPEN = {"ready", "running", "blocked", "triage", "review", "todo"}


def task_id(i):
    return "t_%08x" % (0x10000000 + i)


def task_row(i, status, assignee, now):
    running = status == "running"
    finished = status in ("done", "archived")
    return {
        "id": task_id(i), "title": "Task %d: do thing %d \U0001F680" % (i, i),
        "body": ("Body of task %d.\nSecond line with \"quotes\"." % i) if i % 3 else None,
        "assignee": assignee, "status": status, "priority": random.choice([0, 0, 0, 1, 2, 5, -1]),
        "tenant": random.choice([None, None, "acme", "globex"]), "created_by": "bench",
        "created_at": now - 86400 + i, "started_at": now - 600 if running or finished else None,
        "completed_at": now - 60 if finished else None, "result": "ok" if finished else None,
        "workspace_kind": "scratch", "workspace_path": None, "branch_name": None,
        "idempotency_key": None,
        # Claimed by a dispatcher on another host, far from expiry: a tick
        # here leaves them alone.
        "claim_lock": "elsewhere:1:%06x" % i if running else None,
        "claim_expires": now + 86400 if running else None,
        "worker_pid": 4242 if running else None, "worker_host": "bench-elsewhere" if running else None,
        "consecutive_failures": 0, "last_failure_error": None, "max_runtime_seconds": None,
        "max_retries": None, "last_heartbeat_at": None, "current_run_id": None,
        "cooldown_until": None, "updated_at": now,
    }


def event(events, task, kind, payload, when, run_id=None):
    events.append({"id": len(events) + 1, "task_id": task, "run_id": run_id, "kind": kind,
                   "payload": json.dumps(payload), "created_at": when})


def mixed(n, now):
    tasks, links, events, runs = [], [], [], []
    for i in range(n):
        assignee = None if random.random() < 0.2 else random.choice(PROFILES)
        status = random.choice(FREE)
        parent = None
        if tasks and random.random() < 0.3:
            parent = random.choice(tasks[-50:])
            # A child of an unfinished parent waits in todo; of a finished
            # one it is free to be anything a parentless task can be.
            if parent["status"] in OPEN:
                status = "todo"
        row = task_row(i, status, assignee, now)
        tasks.append(row)
        if parent:
            links.append({"parent_id": parent["id"], "child_id": row["id"]})
        event(events, row["id"], "created", {"assignee": assignee, "status": status}, row["created_at"])
        if status == "running":
            run_id = len(runs) + 1
            runs.append({"id": run_id, "task_id": row["id"], "profile": assignee, "status": "running",
                         "claim_lock": row["claim_lock"], "claim_expires": row["claim_expires"],
                         "worker_pid": 4242, "worker_host": "bench-elsewhere", "started_at": now - 600})
            row["current_run_id"] = run_id
            event(events, row["id"], "claimed", {"lock": row["claim_lock"]}, now - 600, run_id)
        elif status in ("done", "archived"):
            event(events, row["id"], "completed", {"summary": "ok"}, now - 60)
    return tasks, links, events, runs


def ready(n, now):
    tasks, events = [], []
    for i in range(n):
        row = task_row(i, "ready", random.choice(PROFILES), now)
        tasks.append(row)
        event(events, row["id"], "created", {"status": "ready"}, row["created_at"])
    return tasks, [], events, []


def generate(n, shape="mixed", seed=7):
    random.seed(seed)
    now = int(time.time())
    tasks, links, events, runs = (mixed if shape == "mixed" else ready)(n, now)
    return {"format": "qkanban-board", "version": 1, "board": "default", "exported_at": now,
            "tasks": tasks, "links": links, "comments": [], "events": events, "runs": runs,
            "notify_subs": []}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--tasks", type=int, required=True)
    ap.add_argument("--shape", choices=["mixed", "ready"], default="mixed")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(generate(args.tasks, args.shape, args.seed), f, ensure_ascii=False)


if __name__ == "__main__":
    main()
