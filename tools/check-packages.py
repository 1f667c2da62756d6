#!/usr/bin/env python3
"""Proves bootstrap.sh's package list complete.

Collects every file the build, the tests and CI really use on this machine:
  cmake     every file CMake reads or names while configuring (a traced
            configure of a scratch build, cached in BUILD/package-check while
            no CMake file and no installed package changed)
  ldd       every shared library of every executable and library built
  cli       every library and Qt plugin loaded (LD_DEBUG) by the headless CLI
  suites    the same for an offscreen GUI suite and the tray suite (Xvfb,
            trayer, Qt's xcb platform)
  commands  the programs the tests and CI run: a fixed list below, plus the
            program of each command in the repository's shell scripts
then maps each file to its Debian package (dpkg's database: merged /usr,
symlinks, diversions) and fails, naming the package and a file that needs
it, when a package is neither on a fresh Debian 12 machine
(tools/debian12-base-packages.txt) nor installed by `./bootstrap.sh packages`
(with everything apt pulls in for it: its Depends, recursively).

  tools/check-packages.py [--build DIR] [--drop PKG]... [--only KIND,...] [-v]

Run it after `./bootstrap.sh test` (CI does): on a machine bootstrap set up,
on the build it made. -v lists every package used, where it comes from and
one file that needs it.

--drop takes a package out of bootstrap's list (the negative test proves the
check fails then); QKANBAN_PACKAGES_DROP does the same with a list.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("cmake", "ldd", "cli", "suites", "commands")

# Programs the tests, CI, bootstrap.sh and the install/packaging checks run
# that the shell-script scan cannot see (C++, Python, CMake, other tools).
COMMANDS = (
    "sh bash cmake ctest ninja git python3 c++ g++ cc make "
    "xvfb-run Xvfb xauth trayer xwininfo import convert "
    "desktop-file-validate appstreamcli lintian dpkg-shlibdeps dpkg-deb "
    "file man zsh fish systemd-analyze rsvg-convert dbus-daemon"
).split()
# Programs only `./bootstrap.sh proofs` installs: checked where installed.
PROOF_COMMANDS = ("clang", "clang++")
# Files (not programs) the tests read from packages.
FILES = ("/usr/share/bash-completion/bash_completion",)
# Words of the shell scripts that name programs but are never run as one.
NOT_COMMANDS = set(
    "for in do done if then else elif fi case esac while until function "
    "return local export set unset shift exit exec eval trap wait read echo "
    "printf test true false cd pwd command type kill sleep".split()
)
# ctest suites run under LD_DEBUG: the Qt plugins (offscreen, xcb, SQL
# drivers, image formats) and the X tools the tests use.
RUN_TESTS = ("tst_screenshot", "tst_tray")
# Where unowned files are expected (generated caches, the machine's state).
UNOWNED_OK = ("/etc/", "/var/", "/run/", "/tmp/", "/proc/", "/sys/", "/dev/")
MERGED = (("/usr/lib/", "/lib/"), ("/usr/bin/", "/bin/"), ("/usr/sbin/", "/sbin/"),
          ("/usr/lib64/", "/lib64/"), ("/usr/lib32/", "/lib32/"))


def log(msg):
    print(f"check-packages: {msg}", flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, errors="replace", **kw)


# ---------------------------------------------------------------- packages

def bootstrap_list(drop):
    out = run(["sh", os.path.join(ROOT, "bootstrap.sh"), "packages"])
    if out.returncode != 0:
        sys.exit(f"check-packages: ./bootstrap.sh packages failed: {out.stderr.strip()}")
    listed = [p for p in out.stdout.split() if p not in drop]
    for d in drop:
        log(f"taking {d} out of bootstrap.sh's list (--drop)")
    return listed


def base_list(path):
    with open(path) as f:
        return {line.strip().split(":")[0] for line in f if line.strip() and not line.startswith("#")}


def closure(packages):
    """The packages apt installs with these (--no-install-recommends): their
    Pre-Depends and Depends, recursively, every alternative and every provider
    of a virtual package, as dpkg's database of installed packages says."""
    deps, provides = {}, {}
    with open("/var/lib/dpkg/status", errors="replace") as f:
        for stanza in f.read().split("\n\n"):
            fields = dict(re.findall(r"^([\w-]+): ?(.*(?:\n .*)*)", stanza, re.M))
            name = fields.get("Package")
            if not name or "installed" not in fields.get("Status", "").split():
                continue
            rel = ",".join(fields.get(k, "") for k in ("Pre-Depends", "Depends"))
            deps[name] = {re.split(r"[\s(:]", alt.strip())[0]
                          for alt in re.split(r"[,|]", rel) if alt.strip()}
            for prov in fields.get("Provides", "").split(","):
                if prov.strip():
                    provides.setdefault(re.split(r"[\s(:]", prov.strip())[0], set()).add(name)
    found, todo = set(), list(packages)
    while todo:
        p = todo.pop()
        if p in found:
            continue
        found.add(p)
        todo += deps.get(p, set()) | provides.get(p, set())
    return found


# ---------------------------------------------------------------- dpkg

class Dpkg:
    """Which package owns a path: dpkg's file lists, read once."""

    def __init__(self):
        self.owners = {}
        for lst in glob.glob("/var/lib/dpkg/info/*.list"):
            pkg = os.path.basename(lst)[:-5].split(":")[0]
            with open(lst, errors="replace") as f:
                for line in f:
                    self.owners.setdefault(line.rstrip("\n"), set()).add(pkg)
        self.diverted = {}  # original -> diverting package
        self.divert_to = {}  # diverted-to path -> (original, diverting package)
        try:
            with open("/var/lib/dpkg/diversions") as f:
                rows = f.read().splitlines()
            for i in range(0, len(rows) - 2, 3):
                orig, to, by = rows[i:i + 3]
                self.diverted[orig] = by
                self.divert_to[to] = (orig, by)
        except OSError:
            pass

    def _direct(self, path):
        for p in variants(path):
            if p in self.divert_to:
                orig, by = self.divert_to[p]
                owners = self.owners.get(orig, set()) - {by}
                if owners:
                    return owners
            if p in self.diverted and self.diverted[p] != ":":
                return {self.diverted[p]}
            if p in self.owners:
                return self.owners[p]
        return None

    def owner(self, path):
        """Owners of path, of each link on its symlink chain, or of its real path."""
        seen = 0
        p = path
        while True:
            owners = self._direct(p)
            if owners:
                return owners
            if not os.path.islink(p) or seen > 20:
                break
            p = os.path.normpath(os.path.join(os.path.dirname(p), os.readlink(p)))
            seen += 1
        return self._direct(os.path.realpath(path))


def variants(path):
    yield path
    for usr, root in MERGED:
        if path.startswith(usr):
            yield root + path[len(usr):]
        elif path.startswith(root):
            yield usr + path[len(root):]


# ---------------------------------------------------------------- evidence

class Evidence:
    def __init__(self, skip_dirs):
        self.files = {}  # path -> why
        self.missing = []  # (what, why)
        self.skip = tuple(os.path.realpath(d) + "/" for d in skip_dirs)

    def add(self, path, why):
        path = os.path.normpath(path)
        if path.startswith(self.skip) or os.path.realpath(path).startswith(self.skip):
            return
        if path.startswith(("/proc/", "/sys/", "/dev/")) or not os.path.isfile(path):
            return
        self.files.setdefault(path, why)


def source_hash(build_type):
    h = hashlib.sha256(run(["cmake", "--version"]).stdout.encode())
    h.update(build_type.encode())
    h.update(str(os.stat("/var/lib/dpkg/status").st_mtime).encode())  # packages changed
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if not x.startswith((".", "build")))
        for f in sorted(files):
            if f == "CMakeLists.txt" or f.endswith((".cmake", ".cmake.in")):
                p = os.path.join(d, f)
                h.update(p.encode())
                with open(p, "rb") as fh:
                    h.update(fh.read())
    return h.hexdigest()


def cmake_files(work, ev):
    """Every existing file named by a traced configure of a scratch build."""
    cache = os.path.join(work, "cmake-files.json")
    key = source_hash("Release")
    try:
        with open(cache) as f:
            data = json.load(f)
        if data["key"] == key:
            for p in data["files"]:
                ev.add(p, "read by CMake while configuring")
            return "cached"
    except (OSError, ValueError, KeyError):
        pass
    scratch = os.path.join(work, "configure")
    shutil.rmtree(scratch, ignore_errors=True)
    trace = os.path.join(work, "cmake-trace.json")
    env = dict(os.environ)
    for var in ("CC", "CXX"):  # the configure bootstrap.sh test runs
        env.pop(var, None)
    out = run(["cmake", "-S", ROOT, "-B", scratch, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
               "--trace-expand", "--trace-format=json-v1", "--trace-redirect=" + trace], env=env)
    if out.returncode != 0:
        sys.exit("check-packages: the traced CMake configure failed:\n" + out.stdout + out.stderr)
    names = set()
    with open(trace, errors="replace") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            names.add(rec.get("file", ""))
            for arg in rec.get("args", []):
                for tok in re.split(r"[;\s\"']+", arg):
                    tok = re.sub(r"^-[IL]", "", tok)
                    if tok.startswith("/"):
                        names.add(tok)
    files = sorted(p for p in names if p.startswith("/") and os.path.isfile(p))
    with open(cache, "w") as f:
        json.dump({"key": key, "files": files}, f)
    os.remove(trace)
    shutil.rmtree(scratch, ignore_errors=True)
    for p in files:
        ev.add(p, "read by CMake while configuring")
    return "traced"


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def built_elves(build):
    for d, dirs, files in os.walk(build):
        dirs[:] = [x for x in dirs if x not in ("CMakeFiles", "package-check")]
        for f in files:
            p = os.path.join(d, f)
            if not f.endswith((".o", ".a")) and not os.path.islink(p) and \
                    (os.access(p, os.X_OK) or ".so" in f) and is_elf(p):
                yield p


def ldd_libs(build, ev):
    elves = sorted(built_elves(build))
    if not elves:
        sys.exit(f"check-packages: nothing built in {build}: build first (./bootstrap.sh build)")
    for i in range(0, len(elves), 40):
        out = run(["ldd"] + elves[i:i + 40])
        current = elves[i]
        for line in out.stdout.splitlines():
            if not line.startswith(("\t", " ")) and line.endswith(":"):
                current = line[:-1]
                continue
            m = re.match(r"\s*(\S+) => not found", line)
            if m:
                ev.missing.append((m.group(1), f"needed by {current} (ldd: not found)"))
                continue
            m = re.match(r"\s*(?:\S+ => )?(/\S+) \(0x", line)
            if m:
                ev.add(m.group(1), f"linked by {os.path.relpath(current, build)}")
    return f"{len(elves)} binaries"


def loaded_files(build, work, ev, suites):
    """Libraries and plugins loaded by real runs, from the dynamic loader's log:
    the headless CLI (SQL driver), or the ctest suites of RUN_TESTS (Qt's
    offscreen and xcb platforms, image formats, Xvfb, trayer, xwininfo)."""
    logs = tempfile.mkdtemp(prefix="ld-", dir=work)
    home = tempfile.mkdtemp(prefix="home-", dir=work)
    env = dict(os.environ, LD_DEBUG="files", LD_DEBUG_OUTPUT=os.path.join(logs, "ld"),
               QKANBAN_HOME=home, XDG_RUNTIME_DIR=home)
    os.chmod(home, 0o700)
    if suites:
        # Each suite's command and environment as ctest runs it, run here:
        # a nested ctest would write over the running suite's logs.
        env.pop("DISPLAY", None)  # the tray suite brings its own Xvfb
        env["QKANBAN_SCREENSHOT_DIR"] = os.path.join(home, "screenshots")
        regex = "^(" + "|".join(RUN_TESTS) + ")$"
        shown = run(["ctest", "-R", regex, "--show-only=json-v1"], cwd=build)
        tests = json.loads(shown.stdout or "{}").get("tests", []) if shown.returncode == 0 else []
        if len(tests) != len(RUN_TESTS):
            ev.missing.append((f"ctest -R '{regex}'", f"found {len(tests)} of {len(RUN_TESTS)} suites"))
        for test in tests:
            props = {p["name"]: p["value"] for p in test.get("properties", [])}
            tenv = dict(env, **dict(v.split("=", 1) for v in props.get("ENVIRONMENT", [])))
            cmd = test["command"]
            try:
                out = run(cmd, env=tenv, cwd=props.get("WORKING_DIRECTORY", build), timeout=300)
            except subprocess.TimeoutExpired:
                ev.missing.append((test["name"], "still running after 300 s"))
                continue
            if out.returncode != 0:
                ev.missing.append((test["name"], f"exit {out.returncode}:\n" + out.stdout[-1500:]))
    else:
        # init opens (creates) a board, so the SQL driver loads; a reading
        # verb such as list refuses a board that does not exist.
        cmd = [os.path.join(build, "app", "qkanban"), "--headless", "init"]
        out = run(cmd, env=dict(env, QT_QPA_PLATFORM="offscreen"), cwd=home)
        if out.returncode != 0:
            ev.missing.append((" ".join(cmd), "failed: " + out.stderr.strip()[:300]))
    paths = re.compile(r"(?:calling init: |file=|needed by |dynamically loaded by )(/[^\s\[;]+)")
    count = 0
    for name in os.listdir(logs):
        count += 1
        with open(os.path.join(logs, name), errors="replace") as f:
            text = f.read()
        m = re.search(r"initialize program: (\S+)", text)
        prog = m.group(1) if m else "a process"
        if m:
            ev.add(prog if prog.startswith("/") else in_system(prog) or prog, "run by a test")
        for path in paths.findall(text):
            ev.add(path, f"loaded by {os.path.basename(prog)} (LD_DEBUG)")
    shutil.rmtree(logs, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)
    return f"{count} processes"


def scripts():
    out = run(["git", "-C", ROOT, "ls-files", "*.sh", ".ci/*", "bootstrap.sh", "tools/*"])
    names = out.stdout.split() if out.returncode == 0 else []
    if not names:
        names = [os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "**", "*.sh"),
                                                            recursive=True)]
        names += [".ci/run", "bootstrap.sh"]
    for n in sorted(set(names)):
        p = os.path.join(ROOT, n)
        if os.path.isfile(p) and not n.endswith((".py", ".txt")):
            with open(p, errors="replace") as f:
                head = f.readline()
                if n.endswith(".sh") or head.startswith("#!") and "sh" in head:
                    yield n, [head] + f.readlines()


SEGMENT = re.compile(r"\|\|?|&&|;|\$\(|`|\(|\)|\{|\}")
PREFIX = re.compile(r"^(?:(?:if|then|do|else|elif|while|until|!|exec|time|nohup|command|env|sudo"
                    r"|-\w+|[A-Za-z_]\w*=\S*)\s+)*")


def unquoted(line):
    """The line with quoted text taken out: single quotes wholly, double
    quotes except the command substitutions inside them."""
    line = re.sub(r"'[^']*'", "''", line)
    return re.sub(r'"[^"]*"', lambda m: " ; ".join(re.findall(r"\$\(([^)]*)\)", m.group(0))),
                  line)


def script_commands(line):
    """The programs a shell line runs: the first word of each simple command,
    the words of a `for x in LIST` and what `command -v` looks up."""
    words = []
    line = unquoted(line)
    for seg in SEGMENT.split(line):
        seg = seg.strip()
        m = re.match(r"for \w+ in (.*?)(?:$|;)", seg)
        if m:
            words += m.group(1).split()
            continue
        m = re.match(r"[A-Za-z][\w.+-]*(?=\s|$)", PREFIX.sub("", seg))
        if m:
            words.append(m.group(0))
    return words


def in_system(cmd):
    """A program where Debian packages install them (never /usr/local, ~)."""
    return shutil.which(cmd, path="/usr/sbin:/usr/bin:/sbin:/bin")


def commands(ev):
    wanted = {c: "run by the tests or CI" for c in COMMANDS}
    for name, lines in scripts():
        heredoc = None  # the terminator of a here-document being skipped
        for no, line in enumerate(lines, 1):
            if heredoc is not None:
                if line.strip() == heredoc:
                    heredoc = None
                continue  # another language's text (python -, cat <<EOF)
            m = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", line)
            if m:
                heredoc = m.group(1)
            code = "" if line.lstrip().startswith("#") else line.split(" #")[0]
            for word in script_commands(code):
                if word not in NOT_COMMANDS and word not in wanted and shutil.which(word):
                    wanted[word] = f"run by {name}:{no}"
    for cml in glob.glob(os.path.join(ROOT, "**", "CMakeLists.txt"), recursive=True):
        with open(cml) as f:
            text = f.read()
        for word in re.findall(r"\bCOMMAND\s+([A-Za-z][\w.+-]*)", text):
            if word not in wanted and in_system(word):
                wanted[word] = f"run by {os.path.relpath(cml, ROOT)}"
    for cmd, why in sorted(wanted.items()):
        path = in_system(cmd)
        if not path and shutil.which(cmd):
            ev.missing.append((cmd, f"only {shutil.which(cmd)}, which no Debian package "
                                    f"installs ({why})"))
        elif not path:
            ev.missing.append((cmd, f"not installed ({why})"))
        else:
            ev.add(path, f"command {cmd}, {why}")
    for cmd in PROOF_COMMANDS:
        if in_system(cmd):
            ev.add(in_system(cmd), f"command {cmd}, run by ./bootstrap.sh proofs")
    for path in FILES:
        if os.path.exists(path):
            ev.add(path, "read by the tests")
        else:
            ev.missing.append((path, "not installed (read by the tests)"))
    return f"{len(wanted)} commands"


# ---------------------------------------------------------------- main

def telling(path):
    """Which file to name for a package: a plugin, a CMake package config or
    a program before a plain library."""
    return 0 if re.search(r"/plugins/|Config\.cmake$|/s?bin/", path) else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--drop", action="append", default=[])
    ap.add_argument("--only", default=",".join(KINDS))
    ap.add_argument("--work", help="scratch and cache folder (default BUILD/package-check)")
    ap.add_argument("--base", default=os.path.join(ROOT, "tools", "debian12-base-packages.txt"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    started = time.monotonic()
    build = os.path.abspath(args.build)
    work = os.path.abspath(args.work or os.path.join(build, "package-check"))
    os.makedirs(work, exist_ok=True)
    drop = set(args.drop) | set(os.environ.get("QKANBAN_PACKAGES_DROP", "").split())
    kinds = [k for k in args.only.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            sys.exit(f"check-packages: --only takes {','.join(KINDS)}, not {k}")

    listed = bootstrap_list(drop)
    allowed_base = base_list(args.base)
    shared = os.path.join(ROOT, "..", "shared", "env", "debian12-base-packages.txt")
    if os.path.isfile(shared) and base_list(shared) != allowed_base:
        log(f"note: {os.path.normpath(shared)} differs from {args.base}: copy it in if newer")
    allowed_list = closure(listed)

    ev = Evidence([ROOT, build, tempfile.gettempdir()])
    steps = {"cmake": lambda: cmake_files(work, ev), "ldd": lambda: ldd_libs(build, ev),
             "cli": lambda: loaded_files(build, work, ev, False),
             "suites": lambda: loaded_files(build, work, ev, True), "commands": lambda: commands(ev)}
    for k in kinds:
        t = time.monotonic()
        what = steps[k]()
        log(f"{k}: {what}, {time.monotonic() - t:.1f} s")

    dpkg = Dpkg()
    needed = {}  # package -> (a file that needs it, why)
    bad = set()
    unowned = {}
    for path, why in sorted(ev.files.items()):
        owners = dpkg.owner(path)
        if not owners:
            if not path.startswith(UNOWNED_OK):
                unowned[path] = why
            continue
        for p in owners:
            if p not in needed or telling(path) < telling(needed[p][0]):
                needed[p] = (path, why)
        if not owners & (allowed_base | allowed_list):
            bad |= owners

    if args.verbose:
        for p, (path, why) in sorted(needed.items()):
            src = "base" if p in allowed_base else "bootstrap" if p in allowed_list else "MISSING"
            print(f"  {p:40} {src:9} {path} ({why})")
    log(f"{len(ev.files)} files from {len(needed)} packages; bootstrap.sh lists {len(listed)}, "
        f"apt installs {len(allowed_list)} with them; {len(allowed_base)} on a fresh machine")
    failed = bool(bad or unowned or ev.missing)
    for p in sorted(bad):
        path, why = needed[p]
        print(f"MISSING PACKAGE {p}: needed for {path} ({why}); add it to bootstrap.sh "
              f"(not on a fresh Debian 12 machine, not pulled in by bootstrap.sh's list)")
    for path, why in sorted(unowned.items()):
        print(f"UNOWNED FILE {path}: {why}, but no Debian package installs it (installed by hand?)")
    for what, why in ev.missing:
        print(f"MISSING {what}: {why}")
    took = time.monotonic() - started
    if failed:
        log(f"FAILED after {took:.1f} s")
        return 1
    log(f"bootstrap.sh installs every package used, checked in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
