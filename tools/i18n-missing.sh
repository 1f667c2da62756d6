#!/bin/sh
# Prints the strings of the board (ui/, and model/WaitReason.cpp whose lines
# the cards show) that German or French lacks: new
# strings lupdate would add, and entries left unfinished in the .ts files.
# Exits 1 when there is any (a CI check: ctest -R i18n_missing), 0 when
# every language is complete. The .ts files are not changed: lupdate runs
# on copies.
#   tools/i18n-missing.sh [LANG...]     default: de fr
# To fill them: cmake --build build --target update_translations (or the
# lupdate line below on translations/qkanban_LANG.ts), then translate every
# entry this script lists (Qt Linguist, or by hand: fill <translation> and
# drop type="unfinished"), and run this script again.
set -eu

HERE=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$LUPDATE" ] || { echo "i18n-missing: lupdate not found (qt6-l10n-tools)" >&2; exit 2; }
[ $# -gt 0 ] || set -- de fr

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0
for lang in "$@"; do
    ts="$HERE/translations/qkanban_$lang.ts"
    [ -f "$ts" ] || { echo "$lang: no $ts"; status=1; continue; }
    cp "$ts" "$TMP/qkanban_$lang.ts"
    "$LUPDATE" -silent -no-obsolete -locations none -I "$HERE" "$HERE/ui" \
        "$HERE/model/WaitReason.cpp" -ts "$TMP/qkanban_$lang.ts" \
        >"$TMP/lupdate.log" 2>&1 || { cat "$TMP/lupdate.log" >&2; exit 2; }
    # One line per entry with no finished translation: "de: Context: source".
    python3 - "$lang" "$TMP/qkanban_$lang.ts" >"$TMP/missing" <<'PY'
import sys
import xml.etree.ElementTree as ET

lang, path = sys.argv[1], sys.argv[2]
for ctx in ET.parse(path).getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        text = "".join(tr.itertext()).strip() if tr is not None else ""
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            src = (msg.findtext("source") or "").replace("\n", "\\n")
            print(f"{lang}: {name}: {src}")
PY
    n=$(wc -l <"$TMP/missing")
    cat "$TMP/missing"
    echo "$lang: $n missing or unfinished"
    [ "$n" -eq 0 ] || status=1
done
exit $status
