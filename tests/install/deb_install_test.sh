#!/bin/sh
# The Debian package end to end (root: it installs system-wide):
#   1. cpack builds qkanban_<version>_amd64.deb in the build folder;
#   2. lintian: no E: line;
#   3. apt-get install ./qkanban_*.deb;
#   4. as a new user would (fresh HOME, no DISPLAY or WAYLAND_DISPLAY):
#      --help, --version, --headless init/create/list --json, the daemon
#      (started by the installed qkanban as the installed qkanban-daemon,
#      which maps no Qt Network and starts qkanban-services to deliver a
#      notification; stopped by SIGTERM, exit 0), systemd-analyze verify
#      of the unit;
#   5. apt-get purge: every file the package listed is gone.
# Packages: dpkg-dev lintian systemd (systemd-analyze).
#   tests/install/deb_install_test.sh [BUILD_DIR]
set -eu
HERE=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$HERE/build}" && pwd)
fail() { echo "deb_install_test: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (it installs the package with apt-get)"
# A qkanban installed before would hide what this package installs.
if dpkg-query -W -f='${Status}' qkanban 2>/dev/null | grep -q 'ok installed'; then
    fail "qkanban is already installed: apt-get purge qkanban first"
fi

TMP=$(mktemp -d)
cleanup() {
    rm -rf "$TMP"
    if dpkg-query -W -f='${Status}' qkanban 2>/dev/null | grep -q 'ok installed'; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq qkanban >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# 1. The package.
cd "$BUILD"
rm -f qkanban_*.deb
cpack -G DEB >"$TMP/cpack.log" 2>&1 || { cat "$TMP/cpack.log"; fail "cpack failed"; }
DEB=$(ls qkanban_*_*.deb)
[ "$(echo "$DEB" | wc -l)" -eq 1 ] || fail "expected one package, got: $DEB"
echo "deb_install_test: built $DEB ($(du -k "$DEB" | cut -f1) KiB)"
dpkg-deb -f "$DEB" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite"

# 2. lintian (warnings are allowed).
lintian "$DEB" >"$TMP/lintian.log" 2>&1 || true
echo "deb_install_test: lintian: $(grep -c '^E:' "$TMP/lintian.log" || true) errors," \
    "$(grep -c '^W:' "$TMP/lintian.log" || true) warnings"
if grep -q '^E:' "$TMP/lintian.log"; then
    cat "$TMP/lintian.log"
    fail "lintian reports errors"
fi

# 3. Install.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$DEB" \
    >"$TMP/apt.log" 2>&1 || { cat "$TMP/apt.log"; fail "apt-get install failed"; }
dpkg -L qkanban | sort >"$TMP/files"
[ -x /usr/bin/qkanban ] || fail "no /usr/bin/qkanban"
FULL=$(grep '/qkanban/qkanban-full$' "$TMP/files") || fail "the package has no qkanban-full"
SERVICES=$(grep '/qkanban/qkanban-services$' "$TMP/files") || fail "the package has no qkanban-services"
DAEMON=$(grep '/qkanban/qkanban-daemon$' "$TMP/files") || fail "the package has no qkanban-daemon"
for bin in "$FULL" "$SERVICES" "$DAEMON"; do [ -x "$bin" ] || fail "$bin is not executable"; done
for bin in /usr/bin/qkanban "$FULL" "$SERVICES" "$DAEMON"; do
    ! readelf -S "$bin" | grep -q '\.symtab' || fail "$bin is not stripped"
done

# 4. A new user: fresh HOME, no display.
USERHOME=$TMP/home
mkdir -p "$USERHOME" "$TMP/run"
chmod 700 "$TMP/run"
cd "$TMP"
user() {
    env -i PATH=/usr/bin:/bin HOME="$USERHOME" XDG_RUNTIME_DIR="$TMP/run" LANG=C.UTF-8 "$@"
}
user /usr/bin/qkanban --version | grep -q "$(dpkg-query -W -f='${Version}' qkanban)" ||
    fail "--version does not print the package version"
user /usr/bin/qkanban --help >"$TMP/help.out" 2>&1 || fail "--help failed: $(cat "$TMP/help.out")"
grep -q -- '--headless' "$TMP/help.out" || fail "--help does not mention --headless"
user /usr/bin/qkanban --headless init >/dev/null || fail "init failed"
user /usr/bin/qkanban --headless create "Packaged task" >/dev/null || fail "create failed"
user /usr/bin/qkanban --headless list --json | grep -q '"Packaged task"' ||
    fail "list --json does not show the created task"
user "$HERE/tests/install/daemon_check.sh" /usr/bin/qkanban "$DAEMON" "$TMP" || fail "daemon"
UNIT=/usr/lib/systemd/user/qkanban-dispatcher.service
grep -q '^ExecStart=/usr/bin/qkanban --headless daemon' "$UNIT" || fail "the unit's ExecStart: $(grep ExecStart "$UNIT")"
# Documentation=man:qkanban(1) is checked once the package has the man page.
mancheck=--man=no
grep -q '/man1/qkanban\.1' "$TMP/files" && mancheck=--man=yes
user systemd-analyze --user verify $mancheck "$UNIT" || fail "systemd-analyze verify $UNIT"
echo "deb_install_test: the installed qkanban works (daemon as $DAEMON)"

# 5. Purge: nothing of it is left.
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq qkanban >"$TMP/apt.log" 2>&1 ||
    { cat "$TMP/apt.log"; fail "apt-get purge failed"; }
left=""
while read -r f; do
    # Every file, and every folder of its own (with qkanban in the path).
    if [ -f "$f" ] || [ -L "$f" ]; then
        left="$left $f"
    elif [ -d "$f" ] && echo "$f" | grep -q qkanban; then
        left="$left $f/"
    fi
done <"$TMP/files"
[ -z "$left" ] || fail "left after purge:$left"
echo "deb_install_test: purged, all $(wc -l <"$TMP/files") listed paths gone"
