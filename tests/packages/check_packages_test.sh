#!/bin/sh
# tools/check-packages.py fails, naming the package, when bootstrap.sh's list
# lacks one that is needed: a CMake config (qt6-websockets-dev, the package
# Debian 12's qt6-httpserver-dev does not pull in), a Qt plugin the GUI
# suites load (libqt6svg6's SVG image format) and a program the tests run
# (trayer). With the whole list the same evidence passes, so the drop alone
# made it fail.
#   check_packages_test.sh CHECK BUILD_DIR
set -u
CHECK="$1"
BUILD="$2"
fails=0
passes=0

expect_missing() { # PACKAGE EVIDENCE [OTHER PACKAGE TO DROP]
    out=$(python3 "$CHECK" --build "$BUILD" --only "$2" --drop "$1" ${3:+--drop "$3"} 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "FAIL: the check passed without $1 ($2)"; echo "$out"; fails=$((fails + 1))
    elif ! printf '%s\n' "$out" | grep -q "^MISSING PACKAGE $1: "; then
        echo "FAIL: the check failed without naming $1 ($2)"; echo "$out"; fails=$((fails + 1))
    else
        printf '%s\n' "$out" | grep "^MISSING PACKAGE $1: "
        passes=$((passes + 1))
    fi
}

expect_pass() { # EVIDENCE
    if out=$(python3 "$CHECK" --build "$BUILD" --only "$1" 2>&1); then
        passes=$((passes + 1))
    else
        echo "FAIL: the check failed with the whole list ($1)"; echo "$out"; fails=$((fails + 1))
    fi
}

expect_pass cmake,cli,suites,commands
expect_missing qt6-websockets-dev cmake
expect_missing libqt6svg6 suites qt6-svg-dev
expect_missing trayer commands
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
