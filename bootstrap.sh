#!/bin/sh
# qkanban set-up on a fresh Debian 12 machine.
#   ./bootstrap.sh run      install what is missing, build, start the board
#   ./bootstrap.sh test     install what is missing, build, run every test
#   ./bootstrap.sh build    install what is missing, build
#   ./bootstrap.sh proofs   install clang too; the whole suite under ASan +
#                           UBSan (clang, build-proofs) and every fuzz target
#                           over its corpus (tests/sanitize.sh, run_corpus.sh)
#   ./bootstrap.sh packages [MODE]  print the Debian packages MODE installs,
#                           one a line (default: every mode's); read by
#                           tools/check-packages.py, which proves the list
#                           complete
set -eu

MODE=${1:-run}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${QKANBAN_BUILD_DIR:-$HERE/build}
BUILD_TYPE=${QKANBAN_BUILD_TYPE:-Release}

# Build and run: toolchain, Qt 6 modules and their CMake files (Debian 12's
# qt6-httpserver-dev does not pull qt6-websockets-dev, which its CMake
# config needs, nor qt6-charts-dev libqt6opengl6-dev), the Qt plugins the
# program loads (SQL drivers, SVG), and
# ccache, so a second build of the same sources (CI's, the proofs') is quick;
# Qt's own German and French (qtbase_de.qm: standard buttons and dialogs).
BUILD_PACKAGES="build-essential cmake ninja-build ccache git python3 ca-certificates \
qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev \
qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql \
fonts-dejavu-core qt6-translations-l10n"
# Tests and CI's install/packaging checks: Xvfb and a tray host, screenshots,
# desktop/AppStream/Debian package linting, shell completions, man pages,
# systemd unit checks, icon rasterising, a stepped wall clock (faketime),
# a private PostgreSQL server for the _pg suites (tests/pg/pg-server.sh).
TEST_PACKAGES="xvfb xauth x11-utils trayer xdotool imagemagick \
desktop-file-utils appstream lintian dpkg-dev file man-db \
zsh fish bash-completion systemd librsvg2-bin faketime postgresql"
# Sanitizer and fuzz builds (clang, its ASan/UBSan/libFuzzer runtimes).
PROOF_PACKAGES="clang libclang-rt-14-dev"

case "$MODE" in
run | build) PACKAGES="$BUILD_PACKAGES" ;;
test) PACKAGES="$BUILD_PACKAGES $TEST_PACKAGES" ;;
proofs | packages) PACKAGES="$BUILD_PACKAGES $TEST_PACKAGES $PROOF_PACKAGES" ;;
*) echo "usage: $0 run|test|build|proofs|packages [MODE]" >&2; exit 2 ;;
esac

if [ "$MODE" = packages ]; then
    case "${2:-all}" in
    run | build) PACKAGES="$BUILD_PACKAGES" ;;
    test) PACKAGES="$BUILD_PACKAGES $TEST_PACKAGES" ;;
    proofs | all) ;;
    *) echo "usage: $0 packages [run|test|build|proofs]" >&2; exit 2 ;;
    esac
    for p in $PACKAGES; do echo "$p"; done
    exit 0
fi

install_missing() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086 # $missing is a list of package names
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
}

# Cache hits across checkouts: paths under the checkout are hashed relative.
export CCACHE_BASEDIR="$HERE"

build() {
    cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build "$BUILD"
}

install_missing
if [ "$MODE" = proofs ]; then
    # One clang build serves both steps: ASan + UBSan everywhere, plus the
    # libFuzzer targets. Chaos runs fewer trials here (the Release suite
    # runs all 100).
    export CC=clang CXX=clang++
    export QKANBAN_ASAN_BUILD_DIR="${QKANBAN_PROOFS_BUILD_DIR:-$HERE/build-proofs}"
    export QKANBAN_FUZZ_BUILD_DIR="$QKANBAN_ASAN_BUILD_DIR"
    export QKANBAN_ASAN_CMAKE_ARGS="-DQKANBAN_FUZZ=ON"
    export QKANBAN_CHAOS_TRIALS="${QKANBAN_CHAOS_TRIALS:-20}"
    # The PostgreSQL suites ran in Release above; here the SQLite ones, under the sanitizers:
    # two at a time, then chaos alone (its daemons and kills want the whole machine).
    "$HERE/tests/sanitize.sh" -LE "pg|chaos"
    QKANBAN_ASAN_JOBS=1 "$HERE/tests/sanitize.sh" -L chaos -LE pg
    exec "$HERE/tests/fuzz/run_corpus.sh"
fi
build
case "$MODE" in
run)
    exec "$BUILD/app/qkanban" ;;
test)
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    chmod 700 "$XDG_RUNTIME_DIR"
    cd "$BUILD"
    # Two at a time (the machine has two cores); the PostgreSQL suites share one server.
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest -j2 --output-on-failure --timeout 900 ;;
build)
    ;;
esac
