#!/usr/bin/python3
"""The .ts files are complete and current.

For each .ts file: lupdate over the window's sources finds no new and no vanished message
(the file is in sync with the code), lrelease reports every message finished, no entry is
unfinished / vanished / obsolete, every translation keeps its source's placeholders (%1…%9,
%n, %v, %m, and the tour captions' {params:…}-style numbers), and no translation equals its source unless allow_identical.txt lists it.

Usage: ts_check.py LUPDATE LRELEASE SOURCE_DIR TS...
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:[1-9]|n|v|m)|\{(?:params|macs|shape|scale|saving):[^{}\s]+\}")


def main():
    lupdate, lrelease, source_dir, *ts_files = sys.argv[1:]
    sources = sorted(str(p) for p in pathlib.Path(source_dir).rglob("*.cpp"))
    allow_file = pathlib.Path(ts_files[0]).parent / "allow_identical.txt"
    allowed = {l for l in allow_file.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
    failures = []
    for ts in ts_files:
        name = pathlib.Path(ts).name
        with tempfile.TemporaryDirectory() as tmp:
            copy = pathlib.Path(tmp) / name
            shutil.copy(ts, copy)
            plural_only = name.endswith("_en.ts")  # English carries only the plural forms
            out = subprocess.run([lupdate, "-locations", "none", "-I", str(pathlib.Path(source_dir).parent),
                                  *(["-pluralonly"] if plural_only else []), *sources, "-ts", str(copy)],
                                 capture_output=True, text=True, check=True).stdout
            m = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", out)
            # (English: a new plural message shows as unfinished to lrelease below.)
            if not plural_only and (not m or m.group(2) != "0"):
                failures.append(f"{name}: lupdate finds new messages: {out.strip()}")
            stale = [m.find("source").text for m in ET.parse(copy).getroot().iter("message")
                     if m.find("translation").get("type") in ("vanished", "obsolete")]
            if stale:
                failures.append(f"{name}: messages no longer in the sources: {stale[:5]}")
            rel = subprocess.run([lrelease, str(copy), "-qm", str(copy.with_suffix(".qm"))],
                                 capture_output=True, text=True, check=True).stdout
            m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", rel)
            if not m or m.group(3) != "0" or "untranslated" in rel:
                failures.append(f"{name}: lrelease: {rel.strip()}")
            print(f"{name}: {out.strip().splitlines()[-1].strip()}; {rel.strip().splitlines()[-1].strip()}")
        root = ET.parse(ts).getroot()
        count = 0
        for msg in root.iter("message"):
            count += 1
            src = msg.find("source").text or ""
            tr = msg.find("translation")
            kind = tr.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                failures.append(f"{name}: '{src[:60]}' is {kind}")
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(src))):
                    failures.append(f"{name}: placeholders differ in '{src[:60]}' -> '{form[:60]}'")
                if form == src and src not in allowed and not name.endswith("_en.ts"):
                    failures.append(f"{name}: '{src[:60]}' is not translated (equals its source)")
        print(f"{name}: {count} messages checked")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
