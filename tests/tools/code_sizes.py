#!/usr/bin/env python3
"""The project's size rules for its C++ (app/ and core/): no source file over 500 lines and no
function over 80 lines, tables of data excepted (named below, each with its reason).

Functions are found by Universal Ctags (package universal-ctags): a function's length runs from
its first line to its closing brace, lambdas inside it included.

usage: code_sizes.py REPO_ROOT        exit 1 when a rule is broken, listing each breach
"""
import os
import shutil
import subprocess
import sys

CTAGS = shutil.which("ctags-universal") or "ctags"
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80

# Tables of data, not logic: each a list of literal entries a reader scans, not follows.
DATA_TABLES = {
    # The built-in tour: 17 steps of titles, captions and notes (translated text).
    ("app/explorer/lecture/builtin_tour.cpp", "builtinTour"),
    # The classic figures of the papers: one literal entry per figure.
    ("app/explorer/lecture/figures.cpp", "figures"),
}


def sources(root):
    for top in ("app", "core"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(folder, f), root)


def functions(root, files):
    out = subprocess.run(
        [CTAGS, "--fields=+neK", "--c++-kinds=f", "--language-force=C++", "-o", "-"] + list(files),
        cwd=root, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        cols = line.split("\t")
        name, path = cols[0], cols[1]
        fields = dict(c.split(":", 1) for c in cols[3:] if ":" in c)
        if name.startswith("__anon") or "line" not in fields or "end" not in fields:
            continue  # lambdas count inside the function that holds them
        yield path, name, int(fields["line"]), int(fields["end"])


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    files = list(sources(root))
    breaches = []
    for f in files:
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            n = sum(1 for _ in fh)
        if n > MAX_FILE_LINES:
            breaches.append(f"{f}: {n} lines (at most {MAX_FILE_LINES})")
    longest = (0, "")
    for path, name, first, last in functions(root, files):
        length = last - first + 1
        if (path, name) in DATA_TABLES:
            continue
        longest = max(longest, (length, f"{path}:{first} {name}"))
        if length > MAX_FUNCTION_LINES:
            breaches.append(f"{path}:{first}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})")
    print(f"{len(files)} files read; the longest function: {longest[1]} ({longest[0]} lines)")
    for b in breaches:
        print(b)
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
