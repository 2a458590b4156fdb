#!/usr/bin/python3
"""inception-cli list / summary / forward: figures and error messages."""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import safetensors_py  # noqa: E402

CLI = sys.argv[1]
# Published figures (shared/reference/NOTES.md): params without aux heads, GMACs, input size.
PUBLISHED = {
    "googlenet": (6624904, 1.50, 224),
    "bn_inception": (11295240, 2.03, 224),
    "inception_v3": (23834568, 5.71, 299),
    "inception_v4": (42679816, 12.25, 299),
    "inception_resnet_v2": (55843464, 13.16, 299),
}
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True)


def leaf_sum(node):
    return node["params"] if not node["children"] else sum(leaf_sum(c) for c in node["children"])


def expect_error(args, needle, what):
    r = run(*args)
    lines = r.stderr.strip().splitlines()
    check(r.returncode != 0, f"{what}: exit code {r.returncode}")
    check(len(lines) == 1, f"{what}: expected a one-line error, got {r.stderr!r}")
    check(needle in r.stderr, f"{what}: {needle!r} not in {r.stderr!r}")


# list: one line per variant with the published figures
r = run("list")
check(r.returncode == 0, "list exits 0")
rows = {line.split()[0]: line for line in r.stdout.splitlines()[1:]}
TEACHING = ["mini_inception", "mini_inception_nobn", "mini_inception_5x5"]
check(sorted(rows) == sorted(list(PUBLISHED) + TEACHING),
      f"list names the five variants and the teaching networks: {sorted(rows)}")
for vid in TEACHING:
    check("1x28" in rows.get(vid, ""), f"list shows {vid}'s grey 28x28 input: {rows.get(vid)!r}")
for vid, (params, gmacs, size) in PUBLISHED.items():
    line = rows.get(vid, "")
    check(f"{params:,}" in line, f"list shows {vid} params {params:,}: {line!r}")
    check(f"{gmacs:.2f}" in line, f"list shows {vid} GMACs {gmacs:.2f}: {line!r}")
listed = {v["id"]: v for v in json.loads(run("list", "--json").stdout)}

# summary: the JSON tree and the table
for vid, (params, gmacs, size) in PUBLISHED.items():
    r = run("summary", vid, "--json")
    check(r.returncode == 0, f"summary {vid} --json exits 0")
    tree = json.loads(r.stdout)
    check(tree["variant"] == vid and tree["input"] == [3, size, size], f"{vid}: variant and input")
    check(tree["params"] == params, f"{vid}: JSON params {tree['params']} == {params}")
    check(isinstance(tree["macs"], int) and abs(tree["macs"] / 1e9 - gmacs) <= 0.01 * gmacs,
          f"{vid}: JSON MACs {tree['macs']} within 1% of {gmacs} G")
    check(leaf_sum(tree["root"]) == params, f"{vid}: leaf parameters sum to the total")
    check(listed[vid]["params"] == params, f"{vid}: list --json params")
    table = run("summary", vid, "--depth", "1").stdout
    check(f"total params:  {params:,}" in table, f"{vid}: table total")
aux = run("summary", "googlenet", "--aux").stdout
check("with aux heads: 13,004,888" in aux, "googlenet with aux heads: 13,004,888")
deep = run("summary", "inception_v3", "--depth", "3").stdout
check("Mixed_6b.branch7x7dbl" in deep, "depth 3 reaches the branches")

# errors: one line, naming the problem, non-zero exit
expect_error(["summary", "inception_v9"], "unknown variant 'inception_v9'", "unknown variant")
expect_error(["summary", "inception_v3", "--input-size", "40"], "cannot take input", "too small an input")
with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, "in.safetensors")
    safetensors_py.write(good, {"input": np.zeros((1, 3, 224, 224), np.float32)})
    bad = os.path.join(tmp, "bad.safetensors")
    safetensors_py.write(bad, {"input": np.zeros((1, 1, 224, 224), np.float32)})
    unnamed = os.path.join(tmp, "unnamed.safetensors")
    safetensors_py.write(unnamed, {"x": np.zeros((1, 3, 224, 224), np.float32)})
    out = os.path.join(tmp, "out.safetensors")
    missing = os.path.join(tmp, "missing.pth")
    expect_error(["forward", "--variant", "googlenet", "--weights", missing, "--input", good, "--output", out],
                 "no such file", "missing weights")
    expect_error(["forward", "--variant", "googlenet", "--weights", missing, "--input", bad, "--output", out],
                 "N x 3 x H x W", "wrong input shape")
    expect_error(["forward", "--variant", "googlenet", "--weights", missing, "--input", unnamed, "--output", out],
                 "no tensor named 'input'", "input tensor missing")
    expect_error(["forward", "--variant", "nope", "--weights", missing, "--input", good, "--output", out],
                 "unknown variant", "forward with an unknown variant")
    text = os.path.join(tmp, "notes.pth")
    open(text, "w").write("hello\n")
    expect_error(["forward", "--variant", "googlenet", "--weights", text, "--input", good, "--output", out],
                 "not a weight file", "a text file as weights")
    check(not os.path.exists(out), "nothing written after errors")

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("all CLI checks passed")
