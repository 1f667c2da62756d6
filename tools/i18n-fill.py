#!/usr/bin/env python3
"""Fills translations into translations/qkanban_LANG.ts from a TSV file.

  tools/i18n-fill.py LANG FILE.tsv

Each line of FILE.tsv: context, source, translation, tab-separated, as
tools/i18n-missing.sh prints them ("de: Context: source" -> the first two
columns). Plural sources take their forms separated by " || " (German and
French: singular || plural). "\\n" stands for a line break. Only entries
that are unfinished or empty are filled; a source not in the .ts file is
reported (run lupdate first: cmake --build build --target update_translations).
The file is then written back by lupdate, in its own layout.
Exits 1 when a line matched nothing.
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    lang, tsv = sys.argv[1], Path(sys.argv[2])
    ts = Path(__file__).resolve().parent.parent / "translations" / f"qkanban_{lang}.ts"
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    wanted = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ctx, src, tr = line.split("\t")
        wanted[(ctx, src.replace("\\n", "\n"))] = tr.replace("\\n", "\n")
    used = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            if key not in wanted:
                continue
            used.add(key)
            t = msg.find("translation")
            if t.get("type") != "unfinished" and "".join(t.itertext()).strip():
                continue
            t.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                forms = wanted[key].split(" || ")
                for child in list(t):
                    t.remove(child)
                t.text = "\n            "
                for i, form in enumerate(forms):
                    n = ET.SubElement(t, "numerusform")
                    n.text = form
                    n.tail = "\n            " if i + 1 < len(forms) else "\n        "
            else:
                t.text = wanted[key]
    head = text[: text.index("<TS")]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(head + body + "\n", encoding="utf-8")
    # lupdate writes the file back in its own layout (as the CMake target does).
    root = ts.parent.parent
    lupdate = shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"
    # The same sources as tools/i18n-missing.sh and the CMake target.
    sources = [str(root / "ui"), str(root / "model" / "WaitReason.cpp")]
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", str(root),
                    *sources, "-ts", str(ts)], check=True, capture_output=True)
    missing = [k for k in wanted if k not in used]
    for ctx, src in missing:
        print(f"{lang}: not in {ts.name}: {ctx}: {src}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
