#!/bin/sh
# The generated man page renders with `man --warnings -l` without a warning.
# Usage: man_warnings.sh PAGE
err=$(MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null)
if [ -n "$err" ]; then
    echo "man --warnings -l $1:"
    echo "$err"
    exit 1
fi
lines=$(MANWIDTH=80 man -l "$1" 2>/dev/null | wc -l)
[ "$lines" -gt 100 ] || { echo "the page rendered to $lines lines"; exit 1; }
echo "ok: $1 renders ($lines lines) without warnings"
