#!/usr/bin/env python3
"""qkanban benchmarks: every figure with its median, min and max, next to
its target, as a table and as JSON. Started by run.sh after the Release
build; seeds its own boards (seed_board.py) in a temporary folder.

usage: bench.py --build BUILD_DIR [--runs N] [--json OUT] [--quick]
"""
import argparse
import json
import os
import platform
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cli  # noqa: E402
import bench_events  # noqa: E402
import bench_gui  # noqa: E402
import bench_live  # noqa: E402
import subprocess  # noqa: E402

PROFILES = ["coder", "writer", "reviewer", "tester"]


class Figures:
    def __init__(self):
        self.rows = []

    def add(self, name, result, target=None, op="<"):
        """target: a number in the result's unit; op '<', '<=' or '>='."""
        if result is None:
            return None
        verdict = "-"
        if target is not None:
            m = result["median"]
            ok = m < target if op == "<" else m <= target if op == "<=" else m >= target
            verdict = "PASS" if ok else "MISS"
        row = dict(result, name=name, target=target, op=op if target is not None else None, verdict=verdict)
        self.rows.append(row)
        print(self.line(row), flush=True)
        return result

    def unmeasured(self, name, target, op, unit, why):
        """A target this run could not measure: shown, never a PASS."""
        row = {"name": name, "median": None, "min": None, "max": None, "runs": 0, "unit": unit,
               "target": target, "op": op, "verdict": "n/a", "why": why}
        self.rows.append(row)
        print("%-44s %10s %10s %10s %-9s %-16s n/a (%s)" % (
            name, "-", "-", "-", unit, "%s %s %s" % (op, self.number(target), unit), why), flush=True)

    @staticmethod
    def number(v):
        return "%.0f" % v if abs(v) >= 1000 else "%.2f" % v if abs(v) < 10 else "%.1f" % v

    def line(self, r):
        unit = r["unit"]
        target = "" if r["target"] is None else "%s %s %s" % (r["op"], self.number(r["target"]), unit)
        cpu = "  (cpu %s ms)" % self.number(r["cpu_ms"]) if "cpu_ms" in r else ""
        return "%-44s %10s %10s %10s %-9s %-16s %s%s" % (
            r["name"], self.number(r["median"]), self.number(r["min"]), self.number(r["max"]), unit,
            target, r["verdict"], cpu)

    def header(self):
        return "%-44s %10s %10s %10s %-9s %-16s %s" % ("figure", "median", "min", "max", "unit", "target",
                                                          "verdict")


def verb_figures(env, figs, runs, sizes):
    boards = {}
    for n in sizes:
        db = os.path.join(env.tmp, "board-%d.db" % n)
        if n:
            bench_live.import_board(env, db, "mixed", n)
        else:
            env.run("--db", db, "init")
        boards[n] = db
    floor_figures(env, figs, runs, boards[max(sizes)])
    for n, db in boards.items():
        label = "%d tasks" % n
        fresh = os.path.join(env.tmp, "fresh", "board.db")
        if n == 0:
            figs.add("init (new board)", bench_cli.time_command(
                env, env.argv("--db", fresh, "init"), runs, prepare=["rm", "-rf", os.path.dirname(fresh)]))
        figs.add("init (%s)" % label, bench_cli.time_command(env, env.argv("--db", db, "init"), runs))
        figs.add("create (%s)" % label, bench_cli.time_command(
            env, env.argv("--db", db, "create", "Bench task", "--assignee", "coder", "--priority", "1"), runs),
            7, "<=")
        last = json.loads(env.run("--db", db, "create", "Show me", "--json").stdout)["id"]
        shown = bench_live.seed_board.task_id(n // 2 + 1) if n else last
        figs.add("show (%s)" % label, bench_cli.time_command(env, env.argv("--db", db, "show", shown), runs),
                 6, "<=")
        figs.add("stats --json (%s)" % label,
                 bench_cli.time_command(env, env.argv("--db", db, "stats", "--json"), runs), 7, "<=")
        human = figs.add("list (%s)" % label, bench_cli.time_command(
            env, env.argv("--db", db, "list"), runs), 20 if n >= 10000 else None, "<=")
        js = figs.add("list --json (%s)" % label, bench_cli.time_command(
            env, env.argv("--db", db, "list", "--json"), runs), 28 if n >= 10000 else None, "<=")
        if n >= 10000:
            figs.add("list / list --json, time (cpu) (%s)" % label, ratio(human, js), 1.0, "<=")
    big = boards[max(sizes)]
    label = "%d tasks" % max(sizes)
    # The form: every ready assigned task listed, as the original
    # does (without --max the memory-derived cap lists a handful).
    figs.add("dispatch --dry-run --json --max 100000 (%s)" % label,
             bench_cli.time_command(env, env.argv("--db", big, "dispatch", "--dry-run", "--json",
                                                  "--max", "100000"), runs),
             11, "<=")
    human = figs.add("peak RSS of list (%s)" % label,
                     bench_cli.peak_rss(env, env.argv("--db", big, "list"), runs))
    js = figs.add("peak RSS of list --json (%s)" % label,
                  bench_cli.peak_rss(env, env.argv("--db", big, "list", "--json"), runs))
    figs.add("peak RSS list / list --json (%s)" % label, ratio(human, js), 1.0, "<=")
    figs.add("idle daemon RSS (%s)" % label, bench_live.idle_daemon_rss(env, big, 3), 20)


def floor_figures(env, figs, runs, db):
    """What any verb pays before qkanban's own code runs: the process
    start of the lean binary, and a bare Qt program that opens the board
    through QSQLITE and reads one row (sqlite_floor)."""
    figs.add("floor: qkanban --version", bench_cli.time_command(env, env.argv("--version"), runs))
    floor = os.path.join(os.path.dirname(os.path.dirname(env.binary)), "tests", "bench", "sqlite_floor")
    if os.path.exists(floor):
        figs.add("floor: Qt + QSQLITE, open and read one row",
                 bench_cli.time_command(env, [floor, db], runs))


def ratio(a, b):
    """The ratio of two figures (a one-sample figure): of their CPU times
    when both have one (the machine's load does not move those), else of
    their medians."""
    if not a or not b:
        return None
    key = "cpu_ms" if "cpu_ms" in a and "cpu_ms" in b else "median"
    if not b[key]:
        return None
    r = a[key] / b[key]
    return {"median": r, "min": r, "max": r, "runs": 1, "unit": "x", "of": key}


def kernel_figures(env, figs, build, runs, tasks):
    seed = os.path.join(env.tmp, "tick-seed.json")
    with open(seed, "w", encoding="utf-8") as f:
        json.dump(bench_live.seed_board.generate(tasks, "mixed"), f, ensure_ascii=False)
    out = subprocess.run([os.path.join(build, "tests", "bench", "kernel_bench"), "--runs", str(runs),
                          "--tick-board", seed], env=env.env, stdout=subprocess.PIPE, check=True).stdout
    k = json.loads(out)
    unit = lambda r, u: dict(r, unit=u)  # noqa: E731
    figs.add("kernel: creates per second", unit(k["creates_per_s"], "creates/s"))
    figs.add("kernel: one complete, 9000 waiting", unit(k["complete_ms"], "ms"), 2)
    figs.add("kernel: one dispatcher tick (%d tasks)" % tasks, unit(k["tick_ms"], "ms"), 3)
    figs.add("kernel: one dry-run tick (%d tasks)" % tasks, unit(k["tick_dry_ms"], "ms"))
    figs.add("kernel: one tick after another process changed the board (%d tasks)" % tasks,
             unit(k["tick_changed_ms"], "ms"), 0.5, "<=")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--quick", action="store_true", help="small boards, few runs (a smoke test)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    binary = os.path.join(build, "app", "qkanban")
    runs = max(5, args.runs) if not args.quick else 5
    big = 1000 if args.quick else 10000
    sizes = [0, 100, 1000] if args.quick else [0, 1000, 10000]
    figs = Figures()
    with tempfile.TemporaryDirectory(prefix="qkanban-bench-") as tmp:
        env = bench_cli.Env(binary, tmp)
        for p in PROFILES:
            env.run("profiles", "add", p, "--command", "/bin/true")
        print("qkanban benchmarks on %s, %d cores, load %.2f; median of %d runs"
              % (platform.node(), os.cpu_count(), os.getloadavg()[0], runs))
        print(figs.header())
        verb_figures(env, figs, runs, sizes)
        kernel_figures(env, figs, build, runs, big)
        racer = os.path.join(build, "tests", "bench", "claim_racer")
        race_tasks = 2000 if args.quick else 10000
        figs.add("claims per second, 4 racing processes",
                 bench_live.claim_race(env, racer, 4, race_tasks, runs if args.quick else 5), 18000, ">=")
        figs.add("claims per second, 8 racing processes",
                 bench_live.claim_race(env, racer, 8, race_tasks, runs if args.quick else 5))
        figs.add("claims per second, batched (one transaction)",
                 bench_live.claim_race(env, racer, 4, race_tasks, runs if args.quick else 5, batch=50),
                 50000, ">=")
        figs.add("create-to-spawn with a running daemon", bench_live.create_to_spawn(env, runs), 250)
        gui = bench_live_gui(build, env, runs, big)
        if not gui:
            figs.unmeasured("GUI peak RSS (%d tasks)" % big, 60, "<", "MiB", "no desktop board in this build")
        if gui:
            figs.add("GUI open to first paint (%d tasks)" % big, dict(gui, unit="ms", runs=runs), 500)
            if "rss_mb" in gui:
                rss = gui["rss_mb"]
                figs.add("GUI peak RSS (%d tasks)" % big,
                         {"median": rss, "min": rss, "max": rss, "runs": runs, "unit": "MiB"}, 60)
        rest = bench_live.rest(env, 5, 2 if args.quick else 3)
        if not rest:
            figs.unmeasured("REST GET /board (1000 tasks)", 1000, ">=", "req/s", "wrk not installed")
        figs.add("REST GET /events long-poll clients held",
                 bench_events.long_poll(env, 200, 1 if args.quick else 3), 200, ">=")
        bench_gui.add_change_figure(figs, env, build, big, 2 if args.quick else 3)
        if rest:
            figs.add("REST GET /board (1000 tasks)", rest["get_board"], 1000, ">=")
            if "get_board_304" in rest:
                figs.add("REST GET /board, unchanged (304)", rest["get_board_304"])
            figs.add("REST POST /tasks", rest["post_tasks"])
    misses = [r["name"] for r in figs.rows if r["verdict"] == "MISS"]
    print("\n%d figures, %d with a target: %d PASS, %d MISS%s" % (
        len(figs.rows), sum(r["target"] is not None for r in figs.rows),
        sum(r["verdict"] == "PASS" for r in figs.rows), len(misses),
        (" (" + "; ".join(misses) + ")") if misses else ""))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"host": platform.node(), "cores": os.cpu_count(), "runs": runs, "figures": figs.rows},
                      f, indent=2)
        print("JSON: " + args.json_out)


def bench_live_gui(build, env, runs, tasks):
    """The GUI's open-time benchmark (tests/bench/gui_*, by the GUI
    engineer), when this build has the desktop board: an executable taking
    --build/--tasks/--runs that prints {median, min, max, rss_mb} as JSON."""
    if not gui_built(build):
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        path = os.path.join(here, name)
        if name.startswith("gui_") and name.endswith(".sh"):
            out = subprocess.run(["sh", path, "--build", build, "--tasks", str(tasks), "--runs", str(runs)],
                                 env=env.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
            try:
                return json.loads(out.stdout)
            except ValueError:
                print("(%s gave no JSON figure; skipped)" % name)
    return None


def gui_built(build):
    """Whether the build dir was configured with QKANBAN_BUILD_GUI=ON."""
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            return any(line.strip() == "QKANBAN_BUILD_GUI:BOOL=ON" for line in f)
    except OSError:
        return False


if __name__ == "__main__":
    main()
