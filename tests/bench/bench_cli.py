"""Whole-process figures: verb latency (hyperfine, else a timed loop) and
peak memory (os.wait4's ru_maxrss of the one child)."""
import json
import os
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time


class Env:
    """A private home for one benchmark run: QKANBAN_HOME and the config
    inside a temporary folder, no inherited board or worker variables."""

    def __init__(self, binary, tmp):
        self.binary = binary
        self.tmp = tmp
        self.env = dict(os.environ, QKANBAN_HOME=os.path.join(tmp, "home"),
                        XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                        XDG_DATA_HOME=os.path.join(tmp, "data"),
                        QKANBAN_CONFIG=os.path.join(tmp, "config", "qkanban.conf"),
                        QT_QPA_PLATFORM="offscreen", TZ="UTC")
        for name in ("QKANBAN_DB", "QKANBAN_BOARD", "QKANBAN_TASK", "QKANBAN_RUN_ID",
                     "QKANBAN_CLAIM_LOCK", "QKANBAN_PROFILE", "QKANBAN_WORKSPACE"):
            self.env.pop(name, None)

    def argv(self, *args):
        return [self.binary, "--headless", *args]

    def run(self, *args, check=True):
        r = subprocess.run(self.argv(*args), env=self.env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, check=False)
        if check and r.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(args), r.returncode,
                                                       r.stderr.decode(errors="replace").strip()))
        return r


def spread(values, unit):
    """median/min/max of samples (already in `unit`)."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "runs": len(values), "unit": unit, "values": values}


def time_command(env, argv, runs, prepare=None):
    """Wall time of one process in ms: hyperfine (--shell=none) when
    installed, else a loop here. `prepare` runs before each timed run."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
            report = f.name
        cmd = [hyperfine, "--shell=none", "--warmup", "1", "--runs", str(runs),
               "--export-json", report, "--output", "null", "--style", "none"]
        if prepare:
            cmd += ["--prepare", " ".join(shlex.quote(a) for a in prepare)]
        cmd.append(" ".join(shlex.quote(a) for a in argv))
        subprocess.run(cmd, env=env.env, check=True, stdout=subprocess.DEVNULL)
        with open(report, encoding="utf-8") as f:
            result = json.load(f)["results"][0]
        os.unlink(report)
        if any(code != 0 for code in result.get("exit_codes", [])):
            raise RuntimeError("non-zero exit while timing: " + " ".join(argv))
        # CPU time (user + system, mean) does not grow with the machine's load.
        return dict(spread([t * 1000 for t in result["times"]], "ms"),
                    cpu_ms=(result["user"] + result["system"]) * 1000)
    samples = []
    for i in range(runs + 1):
        if prepare:
            subprocess.run(prepare, env=env.env, check=True)
        t = time.perf_counter()
        r = subprocess.run(argv, env=env.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, check=False)
        elapsed = (time.perf_counter() - t) * 1000
        if r.returncode != 0:
            raise RuntimeError("non-zero exit while timing: " + " ".join(argv))
        if i:  # the first is the warm-up
            samples.append(elapsed)
    return spread(samples, "ms")


def peak_rss(env, argv, runs):
    """Maximum resident set size of the process, MiB. Through GNU time when
    installed: a child forked from this Python process counts Python's own
    pages until it execs (ru_maxrss keeps that), one forked from `time`
    does not."""
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    samples = []
    for _ in range(runs):
        if gnu_time:
            with tempfile.NamedTemporaryFile(suffix=".rss", delete=False) as f:
                report = f.name
            r = subprocess.run([gnu_time, "-f", "%M", "-o", report, *argv], env=env.env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, check=False)
            with open(report, encoding="utf-8") as f:
                kib = int(f.read().split()[-1])
            os.unlink(report)
            if r.returncode != 0:
                raise RuntimeError("non-zero exit: " + " ".join(argv))
            samples.append(kib / 1024.0)
            continue
        p = subprocess.Popen(argv, env=env.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            raise RuntimeError("non-zero exit: " + " ".join(argv))
        samples.append(usage.ru_maxrss / 1024.0)  # Linux: KiB
    return spread(samples, "MiB")
