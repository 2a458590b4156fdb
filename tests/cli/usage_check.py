#!/usr/bin/python3
"""The newcomer's path through inception-cli: what is asked for runs, words and numbers get one
clear line, exit codes mean one thing each, folders classify, outputs are checked first.
(Training runs: train_runs_check.py.)

Exit codes: 0 done, 1 the work found a problem, 2 the command line is wrong, 3 an input or output
could not be read or written, 130 interrupted.
"""
import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

CLI, IMAGES = sys.argv[1], sys.argv[2]
PHOTO = os.path.join(IMAGES, "chelsea.jpg")
MINI = ["--variant", "mini_inception", "--threads", "1"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, **kw):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600, **kw)


def expect(args, code, needles, what=None):
    """Exit `code` and, on a failure, one line on stderr holding every needle."""
    r = run(*args)
    what = what or " ".join(args)
    err = r.stderr.strip()
    print(f"  exit {r.returncode}: {err.splitlines()[0] if err else ''}")
    check(r.returncode == code, f"{what}: exit {r.returncode}, wanted {code} ({err!r})")
    if code != 0:
        lines = [line for line in err.splitlines() if "libpng warning" not in line]
        check(len(lines) == 1, f"{what}: wanted one line on stderr, got {err!r}")
        for n in needles:
            check(n in err, f"{what}: {n!r} not in {err!r}")
    return r


# --- words: commands, options, variants, nodes, option values ---
expect(["lst"], 2, ["no command 'lst'", "did you mean 'list'"])
expect(["clasify", PHOTO], 2, ["did you mean 'classify'"])
expect(["classify", PHOTO, *MINI, "--thread", "2"], 2, ["unknown option '--thread'", "did you mean '--threads'"])
expect(["classify", PHOTO, "--variant", "incepton_v4"], 2, ["unknown variant 'incepton_v4'", "did you mean 'inception_v4'"])
expect(["classify", PHOTO, *MINI, "--device", "cpux"], 2, ["--device", "'cpux'", "did you mean 'cpu'"])
expect(["explain", PHOTO, *MINI, "--node", "incepton2a"], 2,
       ["no node 'incepton2a'", "did you mean 'inception2a'", "summary mini_inception --ids"])
r = expect(["help"], 0, [])
check("classify" in r.stdout and "Exit codes" in r.stdout, "help lists the commands and the exit codes")
r = expect(["help", "classify"], 0, [])
check("--recursive" in r.stdout and "Exit codes" in r.stdout, "help classify: its options and the exit codes")
r = expect(["--version"], 0, [])
check(r.stdout.startswith("inception-cli "), f"--version: {r.stdout!r}")

# Aliases name the same network as its id.
for alias, vid in [("inception-v3", "inception_v3"), ("GoogLeNet", "googlenet"), ("irv2", "inception_resnet_v2"),
                   ("Inception-ResNet-v2", "inception_resnet_v2"), ("BN-Inception", "bn_inception"), ("v4", "inception_v4")]:
    r = run("summary", alias, "--json")
    check(r.returncode == 0 and json.loads(r.stdout)["variant"] == vid, f"alias {alias} is {vid}: {r.stderr.strip()!r}")

# summary --ids: every id, the ones of the tree --json prints
r = run("summary", "googlenet", "--ids")
ids = r.stdout.split()
tree, stack = json.loads(run("summary", "googlenet", "--json").stdout), []
stack.append(tree["root"] if "root" in tree else tree)
want = []
while stack:
    n = stack.pop()
    want.append(n["id"])
    stack.extend(n.get("children", []))
check(sorted(want) == sorted(ids), f"summary --ids: {len(ids)} ids, the tree has {len(want)}")
check("inception4a.branch2.1" in ids, "summary --ids shows branch layers")

# --- numbers: a range each, one line naming the option, the value and the range ---
for args, needle in [
    (["classify", PHOTO, *MINI[:2], "--threads", "0"], "--threads: 0 is out of range (1 to 1024, or auto)"),
    (["explain", PHOTO, *MINI, "--class", "-5"], "--class: -5 is out of range (0 to 999999, or top)"),
    (["explain", PHOTO, *MINI, "--patch", "0"], "--patch: 0 is out of range (1 to 4096, or auto)"),
    (["visualize", *MINI, "--node", "inception2a", "--size", "-10"], "--size: -10 is out of range"),
    (["train", "--subset", "0"], "--subset: 0 is out of range (1 to 1000000000, or all)"),
    (["dream", PHOTO, *MINI, "--node", "inception2a", "--strength", "-1"], "--strength: -1 is out of range"),
    (["compare", PHOTO, PHOTO, "--tolerance", "-1"], "--tolerance: -1 is out of range"),
    (["classify", PHOTO, *MINI, "--seed", "-1"], "--seed: -1 is out of range (0 to 4294967295)"),
    (["classify", PHOTO, *MINI, "--top", "two"], "--top: 'two' is not a whole number (1 to 1000)"),
    (["train", "--lr", "0"], "--lr: 0 is out of range"),
]:
    expect(args, 2, [needle])
    check(len(needle) < 200, "short")
r = run("classify", PHOTO, *MINI[:2], "--threads", "auto", "--json")
check(r.returncode == 0, f"--threads auto: {r.stderr.strip()!r}")

# --- what the user asks for is what runs ---
bundled = json.loads(run("classify", PHOTO, *MINI, "--json").stdout)[0]
untrained = json.loads(run("classify", PHOTO, *MINI, "--untrained", "--seed", "7", "--json").stdout)[0]
print(f"  mini_inception: {bundled['weights_kind']}; with --untrained: {untrained['weights_kind']}")
check(bundled["weights_kind"] == "bundled" and not bundled["untrained"], f"bundled model: {bundled}")
with open(bundled["weights_file"], "rb") as fh:
    check(bundled["weights_sha256"] == hashlib.sha256(fh.read()).hexdigest(), "the bundled file's SHA-256")
check(untrained["untrained"] and untrained["weights_kind"] == "untrained" and untrained["weights_seed"] == 7,
      f"--untrained gives random weights even where the bundled model exists: {untrained}")
check(bundled["top"] != untrained["top"], "--untrained changes the prediction")
expect(["classify", PHOTO, *MINI, "--untrained", "--weights", bundled["weights_file"]], 2, ["contradict"])
r = run("classify", PHOTO, *MINI)
check(f"sha256 {bundled['weights_sha256'][:16]}" in r.stdout, f"the text names the weights: {r.stdout!r}")
r = run("explain", PHOTO, *MINI, "--untrained", "--json")
check(json.loads(r.stdout)["weights_kind"] == "untrained", "explain --untrained")

# --- your own class names: --labels, its count checked against the classifier ---
with tempfile.TemporaryDirectory() as tmp:
    names = [f"thing {i}" for i in range(10)]
    ten, two = os.path.join(tmp, "ten.txt"), os.path.join(tmp, "two.txt")
    open(ten, "w").write("\n".join(names) + "\n")
    open(two, "w").write("a\nb\n")
    r = run("classify", PHOTO, *MINI, "--labels", ten, "--json")
    got = json.loads(r.stdout)[0] if r.returncode == 0 else {}
    check(got.get("labels_file") == ten and got["top"][0]["label"] == names[got["top"][0]["index"]],
          f"--labels names the classes: {r.stderr.strip()!r}")
    expect(["classify", PHOTO, *MINI, "--labels", two], 2, [two, "2 class names, but the classifier has 10 outputs"])
    expect(["classify", PHOTO, *MINI, "--labels", os.path.join(tmp, "none.txt")], 3, ["none.txt"])

# --- exit codes ---
expect(["classify", "/nowhere/photo.jpg", *MINI], 3, ["/nowhere/photo.jpg"])
with tempfile.TemporaryDirectory() as tmp:
    a, b = os.path.join(tmp, "a.safetensors"), os.path.join(tmp, "b.safetensors")
    run("init", "--variant", "mini_inception", "--output", a, "--seed", "1")
    run("init", "--variant", "mini_inception", "--output", b, "--seed", "2")
    check(run("compare", a, a).returncode == 0, "compare of a file with itself: 0")
    check(run("compare", a, b).returncode == 1, "compare above the tolerance: 1")
    expect(["compare", tmp, a], 3, [tmp])
    # Ctrl+C: 130, with a word. `live` prints a line each second: the first one is the latch.
    frames = os.path.join(tmp, "frames")
    os.mkdir(frames)
    shutil.copy(PHOTO, frames)
    p = subprocess.Popen([CLI, "live", "--source", frames, *MINI, "--json"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    first = p.stdout.readline()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    print(f"  live, interrupted: exit {p.returncode}, {err.strip()!r}")
    check(first.startswith("{") and p.returncode == 130 and "interrupted" in err, f"SIGINT: {p.returncode} {err!r}")

# --- folders, unreadable files, results files; outputs checked before the work ---
with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "sub"))
    for name in ("chelsea.jpg", "coffee_small.png"):
        shutil.copy(os.path.join(IMAGES, name), tmp)
    shutil.copy(os.path.join(IMAGES, "astronaut_wide.jpg"), os.path.join(tmp, "sub"))
    with open(os.path.join(tmp, "broken.png"), "w") as fh:
        fh.write("not a picture")
    r = run("classify", tmp, *MINI)
    print(f"  a folder: exit {r.returncode}, {r.stderr.strip()!r}")
    check(r.returncode == 3 and "1 of 3 inputs" in r.stderr, f"classify FOLDER: {r.returncode} {r.stderr!r}")
    check("broken.png\n  not classified: " in r.stdout and r.stdout.count("%  ") == 10,
          f"the text reports broken.png and classifies the two photos: {r.stdout!r}")
    out_csv, out_json = os.path.join(tmp, "results.csv"), os.path.join(tmp, "results.json")
    r = run("classify", tmp, *MINI, "--recursive", "--top", "3", "--json", "--output", out_csv)
    rows = json.loads(r.stdout)
    check(r.returncode == 3 and len(rows) == 4, f"--recursive: 4 entries, got {len(rows)}")
    errors = [row for row in rows if "error" in row]
    check(len(errors) == 1 and errors[0]["input"].endswith("broken.png"), f"JSON names the unreadable file: {errors}")
    table = list(csv.DictReader(open(out_csv)))
    check([os.path.basename(t["input"]) for t in table] == ["broken.png", "chelsea.jpg", "coffee_small.png", "astronaut_wide.jpg"],
          f"CSV rows: {[t['input'] for t in table]}")
    good = {row["input"]: row for row in rows if "top" in row}
    for t in table:
        if t["error"]:
            continue
        top = good[t["input"]]["top"]
        check(int(t["index_1"]) == top[0]["index"] and t["label_3"] == top[2]["label"] and
              abs(float(t["probability_2"]) - top[1]["probability"]) < 1e-5, f"CSV row {t['input']} equals the JSON")
    run("classify", tmp, *MINI, "--output", out_json)
    check(len(json.load(open(out_json))) == 3, "--output FILE.json: an entry per file of the folder")
    # Outputs: a bad one stops the command before it works (no cache folder made, no picture).
    cache = os.path.join(tmp, "cache")
    for args, needle in [
        (["visualize", *MINI, "--node", "inception2a", "--cache", cache, "--png", os.path.join(tmp, "no", "x.png")],
         "its folder " + os.path.join(tmp, "no") + " does not exist"),
        (["visualize", *MINI, "--node", "inception2a", "--cache", cache, "--png", os.path.join(tmp, "x.gif")],
         "has the extension .gif"),
        (["dream", PHOTO, *MINI, "--node", "inception2a", "--cache", cache, "--output", tmp], "is a folder"),
        (["classify", PHOTO, *MINI, "--output", os.path.join(tmp, "results.txt")], "(use .csv, .json)"),
        (["explain", PHOTO, *MINI, "--method", "occlusion", "--png", "/proc/occlusion.png"], "not writable"),
    ]:
        expect(args, 3, [needle])
    check(not os.path.exists(cache), "a bad output path stops the work before it starts (no cache folder)")

sys.exit(verdict(failures, "usage"))
