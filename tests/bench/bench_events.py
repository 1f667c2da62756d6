"""REST GET /events long-poll: how many clients one `serve` holds at once
and answers when the board changes.

Opens `clients` connections, each a GET /events?since=<newest event id>,
checks that the server holds them (none answered within `hold_s`), makes
one change (a create through another process) and counts the clients that
get that change within `bound_s`. Usable alone:
    python3 bench_events.py --build BUILD [--clients 200]
"""
import argparse
import json
import os
import resource
import selectors
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cli  # noqa: E402
from bench_live import start_serve  # noqa: E402


def _newest_event(db):
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
        return c.execute("SELECT COALESCE(MAX(id), 0) FROM task_events").fetchone()[0]


def _hold_round(env, db, port, token, clients, hold_s, bound_s):
    """One round: (clients held, clients answered with the change, ms from
    the change to the last answer)."""
    since = _newest_event(db)
    request = ("GET /events?since=%d HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
               "Authorization: Bearer %s\r\nConnection: close\r\n\r\n" % (since, port, token)).encode()
    sel = selectors.DefaultSelector()
    socks = []
    got = {}
    try:
        for _ in range(clients):
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(request)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ)
            socks.append(s)
            got[s] = b""
        closed = set()

        def pump(until):
            while time.monotonic() < until and len(closed) < len(socks):
                for key, _ in sel.select(timeout=max(0.0, min(0.05, until - time.monotonic()))):
                    s = key.fileobj
                    try:
                        data = s.recv(65536)
                    except BlockingIOError:
                        continue
                    except ConnectionError:
                        data = b""
                    if data:
                        got[s] += data
                    else:
                        closed.add(s)
                        sel.unregister(s)

        pump(time.monotonic() + hold_s)
        held = sum(1 for s in socks if s not in closed and not got[s])
        subprocess.run(env.argv("--db", db, "create", "long-poll change"), env=env.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        changed_at = time.monotonic()
        last = changed_at
        deadline = changed_at + bound_s
        answered = 0
        pending = [s for s in socks if s not in closed and not got[s]]
        while time.monotonic() < deadline and len(closed) < len(socks):
            before = len(closed)
            pump(min(deadline, time.monotonic() + 0.05))
            if len(closed) > before:
                last = time.monotonic()
        for s in pending:
            text = got[s].decode(errors="replace")
            body = text.split("\r\n\r\n", 1)[1] if "\r\n\r\n" in text else ""
            if s in closed and text.startswith("HTTP/1.1 200"):
                try:
                    events = json.loads(body).get("events", [])
                except ValueError:
                    events = []
                if any(e.get("kind") == "created" for e in events):
                    answered += 1
        return held, answered, (last - changed_at) * 1000.0
    finally:
        for s in socks:
            s.close()
        sel.close()


def long_poll(env, clients=200, rounds=3, hold_s=1.0, bound_s=5.0):
    """Clients held and answered with one change by a `serve` on a 1,000-task
    board: a figure in clients (the fewest answered of any round is the min)."""
    server, port, token, db = start_serve(env, "events")
    try:
        # This process holds one socket per client: its own limit, not the server's.
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = clients + 64 if hard == resource.RLIM_INFINITY else min(hard, clients + 64)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
        answered, held, ms = [], [], []
        for _ in range(rounds):
            h, a, t = _hold_round(env, db, port, token, clients, hold_s, bound_s)
            held.append(h)
            answered.append(a)
            ms.append(t)
        out = bench_cli.spread(answered, "clients")
        out.update(held=min(held), clients=clients, answer_ms=max(ms))
        return out
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    binary = os.path.join(os.path.abspath(args.build), "app", "qkanban")
    with tempfile.TemporaryDirectory(prefix="qkanban-events-") as tmp:
        env = bench_cli.Env(binary, tmp)
        print(json.dumps(long_poll(env, args.clients, args.rounds), indent=2))


if __name__ == "__main__":
    main()
