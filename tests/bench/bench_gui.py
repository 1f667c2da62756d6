"""The desktop board's figure for one change: the board window open on a
seeded board (QT_QPA_PLATFORM=offscreen, QKANBAN_BENCH_CHANGE set), other
processes change it one task at a time (comment, edit, block, unblock,
create, archive), and the window reports the CPU time it spent from each
change's arrival until the board showed it ("change-cpu-ms: N" on stderr,
ui/window/ChangeBench).

usage (alone): bench_gui.py --build BUILD_DIR [--tasks N] [--rounds R]
"""
import argparse
import json
import os
import queue
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cli  # noqa: E402
import bench_live  # noqa: E402


def _lines(stream, out):
    for line in iter(stream.readline, ""):
        out.put(line)
    out.put(None)


def process_cpu_ms(pid):
    """CPU time of every thread of pid so far, in ms (schedstat: ns)."""
    total = 0
    task_dir = "/proc/%d/task" % pid
    for tid in os.listdir(task_dir):
        try:
            with open(os.path.join(task_dir, tid, "schedstat")) as f:
                total += int(f.read().split()[0])
        except OSError:
            pass  # a thread that just ended
    return total / 1e6


def _expect(lines, prefix, timeout):
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise RuntimeError("the board window did not say " + prefix.strip())
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            continue
        if line is None:
            raise RuntimeError("the board window exited before saying " + prefix.strip())
        if line.startswith(prefix):
            return line[len(prefix):].strip()


def change_cpu(env, tasks, rounds, db=None, wrap=(), around=None):
    """CPU ms the window spends on one change from another process, over
    `rounds` rounds of six kinds of change; {median, min, max, runs, unit,
    values, by_kind, ui_thread}.

    Per change: every thread of the window process (the dispatcher thread
    re-reads why ready tasks wait after a change, every 2 s), from just
    before the writer starts until `settle` seconds after the board showed
    it, less the idle CPU of as long a quiet spell (measured first).
    ui_thread: the window's own figure (ChangeBench: arrival until the
    loop is idle after layout and paint)."""
    settle = 2.3
    if db is None:
        db = os.path.join(env.tmp, "gui-change-%d.db" % tasks)
        bench_live.import_board(env, db, "mixed", tasks)
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
        ready = [r[0] for r in c.execute(
            "SELECT id FROM tasks WHERE status = 'ready' ORDER BY priority DESC, created_at LIMIT 40")]
    genv = dict(env.env, QKANBAN_BENCH_FIRST_PAINT="stay", QKANBAN_BENCH_CHANGE="1", QKANBAN_LANG="en")
    run_dir = tempfile.mkdtemp(prefix="run-", dir=env.tmp)
    os.chmod(run_dir, 0o700)
    genv["XDG_RUNTIME_DIR"] = run_dir
    gui = subprocess.Popen([*wrap, env.binary, "--db", db], env=genv, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = queue.Queue()
    threading.Thread(target=_lines, args=(gui.stderr, lines), daemon=True).start()
    values, by_kind, ui = [], {}, []
    # wrap: a profiler in front of the window; around(pid, "start"|"stop")
    # brackets the changes (callgrind_control -i on/off).
    try:
        _expect(lines, "first-paint-ms:", 600 if wrap else 60)
        time.sleep(3)  # the first health poll and delayed layouts
        t0, c0 = time.monotonic(), process_cpu_ms(gui.pid)
        time.sleep(4 * settle)
        idle_rate = (process_cpu_ms(gui.pid) - c0) / (time.monotonic() - t0)
        if around:
            around(gui.pid, "start")
        for r in range(rounds):
            a, b, c = ready[3 * r % len(ready)], ready[(3 * r + 1) % len(ready)], ready[(3 * r + 2) % len(ready)]
            steps = [("comment", ["comment", a, "bench comment %d" % r]),
                     ("edit", ["edit", b, "--title", "Bench title %d" % r]),
                     ("block", ["block", c, "bench"]),
                     ("unblock", ["unblock", c]),
                     ("create", ["create", "Bench new %d" % r, "--assignee", "coder", "--json"]),
                     ("archive", None)]
            created = None
            for kind, argv in steps:
                if kind == "archive":
                    argv = ["archive", created]
                t0, c0 = time.monotonic(), process_cpu_ms(gui.pid)
                out = env.run("--db", db, *argv)
                if kind == "create":
                    created = json.loads(out.stdout)["id"]
                ui.append(float(_expect(lines, "change-cpu-ms:", 300 if wrap else 30)))
                time.sleep(settle)
                ms = process_cpu_ms(gui.pid) - c0 - idle_rate * (time.monotonic() - t0)
                values.append(ms)
                by_kind.setdefault(kind, []).append(ms)
        if around:
            around(gui.pid, "stop")
    finally:
        gui.terminate()
        try:
            gui.wait(timeout=10)
        except subprocess.TimeoutExpired:
            gui.kill()
            gui.wait()
    res = bench_cli.spread(values, "ms")
    res["by_kind"] = {k: bench_cli.spread(v, "ms")["median"] for k, v in by_kind.items()}
    res["ui_thread"] = bench_cli.spread(ui, "ms")
    res["idle_ms_per_s"] = idle_rate
    return res


def add_change_figure(figs, env, build, tasks, rounds):
    """bench.py's figure "desktop board CPU for one change" (target <= 20 ms)."""
    name = "desktop board CPU for one change (%d tasks)" % tasks
    if not bench_gui_built(build):
        figs.unmeasured(name, 20, "<=", "ms", "no desktop board in this build")
        return
    try:
        res = change_cpu(env, tasks, rounds)
    except RuntimeError as e:
        figs.unmeasured(name, 20, "<=", "ms", str(e))
        return
    ui = res.pop("ui_thread")
    res.pop("values", None)
    figs.add(name, res, 20, "<=")
    figs.add("desktop board CPU for one change, UI thread until shown (%d tasks)" % tasks,
             dict(ui, unit="ms"))


def bench_gui_built(build):
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            return any(line.strip() == "QKANBAN_BUILD_GUI:BOOL=ON" for line in f)
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--tasks", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--db", help="an existing board (else one is seeded)")
    ap.add_argument("--callgrind", metavar="OUT", help="profile the changes (callgrind.out file)")
    args = ap.parse_args()
    binary = os.path.join(os.path.abspath(args.build), "app", "qkanban")
    with tempfile.TemporaryDirectory(prefix="qkanban-gui-bench-") as tmp:
        env = bench_cli.Env(binary, tmp)
        env.run("profiles", "add", "coder", "--command", "/bin/true")
        wrap, around = (), None
        if args.callgrind:
            wrap = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--trace-children=yes",
                    "--callgrind-out-file=" + os.path.abspath(args.callgrind)]

            def around(pid, what):
                subprocess.run(["callgrind_control", "-i", "on" if what == "start" else "off", str(pid)],
                               stdout=subprocess.DEVNULL, check=False)
        res = change_cpu(env, args.tasks, args.rounds, db=args.db, wrap=wrap, around=around)
        print("desktop board CPU for one change (%d tasks): median %.1f ms (min %.1f, max %.1f); by kind %s"
              % (args.tasks, res["median"], res["min"], res["max"],
                 ", ".join("%s %.1f" % kv for kv in res["by_kind"].items())))
        u = res["ui_thread"]
        print("  until shown (window's own figure): median %.1f ms (min %.1f, max %.1f); idle %.2f ms/s"
              % (u["median"], u["min"], u["max"], res["idle_ms_per_s"]))


if __name__ == "__main__":
    main()
