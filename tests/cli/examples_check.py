#!/usr/bin/python3
"""Every example at the end of every command's help runs, as written, in a folder holding
photo.jpg and photos/ (with a sub-folder), and writes the files it names.

Runs offline: HOME and the caches point into the folder, so no published weights are found
(the examples use the bundled model, random weights or files an earlier example wrote).
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

CLI, IMAGES = os.path.abspath(sys.argv[1]), sys.argv[2]
# Later examples read what earlier ones write; commands not listed here run last.
ORDER = ["list", "summary", "init", "forward", "compare", "preprocess", "classify", "weights", "activations",
         "bench", "explain", "visualize", "dream", "live", "index-folder", "top-images", "train", "evaluate"]
failures = []


def commands():
    out = subprocess.run([CLI, "help"], capture_output=True, text=True, check=True).stdout
    section = out.split("Subcommands:", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  ([a-z][a-z-]*)\s", section, re.M)]


def examples(command):
    out = subprocess.run([CLI, "help", command], capture_output=True, text=True, check=True).stdout
    if "Examples:\n" not in out:
        return []
    block = out.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip().startswith("inception-cli ")]


def written(args):
    """The files an example says it writes."""
    return [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("--png", "--output", "--input-out")]


def main():
    names = commands()
    print(f"{len(names)} commands: {' '.join(names)}")
    ordered = sorted(names, key=lambda c: ORDER.index(c) if c in ORDER else len(ORDER))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_CACHE_HOME=os.path.join(tmp, ".cache"),
                   TORCH_HOME=os.path.join(tmp, ".torch"), HF_HOME=os.path.join(tmp, ".hf"))
        shutil.copy(os.path.join(IMAGES, "chelsea.jpg"), os.path.join(tmp, "photo.jpg"))
        os.makedirs(os.path.join(tmp, "photos", "more"))
        shutil.copy(os.path.join(IMAGES, "chelsea.jpg"), os.path.join(tmp, "photos"))
        shutil.copy(os.path.join(IMAGES, "coffee_small.png"), os.path.join(tmp, "photos"))
        shutil.copy(os.path.join(IMAGES, "astronaut_wide.jpg"), os.path.join(tmp, "photos", "more"))
        ran = 0
        for command in ordered:
            lines = examples(command)
            if len(lines) < 2:
                failures.append(f"{command}: {len(lines)} examples in its help (wanted two or three)")
            for line in lines:
                args = shlex.split(line)
                r = subprocess.run([CLI, *args[1:]], cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
                ran += 1
                err = r.stderr.strip().splitlines()
                print(f"  exit {r.returncode}: {line}" + (f"\n      {err[-1]}" if r.returncode and err else ""))
                if r.returncode != 0:
                    failures.append(f"{line}: exit {r.returncode} ({r.stderr.strip()[-300:]!r})")
                for f in written(args):
                    if not os.path.isfile(os.path.join(tmp, f)) or os.path.getsize(os.path.join(tmp, f)) == 0:
                        failures.append(f"{line}: wrote no {f}")
        print(f"{ran} examples run")
    return verdict(failures, "help examples")


if __name__ == "__main__":
    sys.exit(main())
