#!/bin/sh
# The install tree, checked by the desktop's own validators: installs the
# build into a temporary prefix (cmake --install --prefix), checks every
# expected file is there, then desktop-file-validate (launcher and
# autostart template), appstreamcli validate --pedantic (metainfo),
# systemd-analyze --user verify (the user unit, whose ExecStart names the
# installed qkanban) and man --warnings on every installed man page, and
# that the installed qkanban finds qkanban-daemon (and it qkanban-services).
# Packages: desktop-file-utils appstream systemd man-db.
#   tests/install/validate.sh [BUILD_DIR]     (-v: list the installed files)
set -eu
HERE=$(cd "$(dirname "$0")/../.." && pwd)
VERBOSE=0
[ "${1:-}" = -v ] && { VERBOSE=1; shift; }
BUILD=$(cd "${1:-$HERE/build}" && pwd)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ROOT=$TMP/prefix
fail() { echo "validate: $*" >&2; exit 1; }

cmake --install "$BUILD" --prefix "$ROOT" >/dev/null
[ "$VERBOSE" = 1 ] && (cd "$ROOT" && find . -type f | sort)

for f in bin/qkanban libexec/qkanban/qkanban-full libexec/qkanban/qkanban-services \
    libexec/qkanban/qkanban-daemon share/doc/qkanban/LICENSE \
    lib/systemd/user/qkanban-dispatcher.service \
    share/applications/io.github.qkanban.desktop \
    share/metainfo/io.github.qkanban.metainfo.xml \
    share/qkanban/autostart/qkanban.desktop \
    share/icons/hicolor/scalable/apps/qkanban.svg; do
    [ -f "$ROOT/$f" ] || fail "not installed: $f"
done
for state in "" -idle -running -attention; do
    for size in 16 22 24 32 48 64 128 256; do
        png=$ROOT/share/icons/hicolor/${size}x$size/apps/qkanban$state.png
        [ -f "$png" ] || fail "not installed: $png"
    done
    [ -f "$ROOT/share/icons/hicolor/scalable/apps/qkanban$state.svg" ] ||
        fail "not installed: scalable/apps/qkanban$state.svg"
done

desktop-file-validate "$ROOT/share/applications/io.github.qkanban.desktop" \
    "$ROOT/share/qkanban/autostart/qkanban.desktop"
appstreamcli validate --pedantic --no-net "$ROOT/share/metainfo/io.github.qkanban.metainfo.xml" >/dev/null ||
    appstreamcli validate --pedantic --no-net "$ROOT/share/metainfo/io.github.qkanban.metainfo.xml"

UNIT=$ROOT/lib/systemd/user/qkanban-dispatcher.service
grep -qx "ExecStart=$ROOT/bin/qkanban --headless daemon .*" "$UNIT" ||
    fail "the unit does not run the installed qkanban: $(grep ExecStart "$UNIT")"
pages=$(find "$ROOT" -path '*/man/*' -type f -name '*.[1-8]*')
# Documentation=man:qkanban(1) is checked once the man page is installed.
mancheck=--man=no
[ -n "$(find "$ROOT" -path '*/man1/qkanban.1*')" ] && mancheck=--man=yes
mkdir -m 700 "$TMP/run"
MANPATH=$ROOT/share/man XDG_RUNTIME_DIR=$TMP/run systemd-analyze --user verify $mancheck "$UNIT"

for page in $pages; do
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done

# The installed qkanban starts the installed qkanban-daemon, which starts
# qkanban-services to deliver a notification.
mkdir "$TMP/home"
fresh() {
    env -u QKANBAN_HOME -u QKANBAN_DB -u QKANBAN_BOARD -u QKANBAN_CONFIG -u QKANBAN_BIN \
        HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
        XDG_DATA_HOME="$TMP/home/.local/share" "$@"
}
fresh "$ROOT/bin/qkanban" --headless init >/dev/null
fresh "$HERE/tests/install/daemon_check.sh" "$ROOT/bin/qkanban" \
    "$ROOT/libexec/qkanban/qkanban-daemon" "$TMP" >/dev/null
echo "validate: install tree ok ($(find "$ROOT" -type f | wc -l) files, $(echo $pages | wc -w) man pages)"
