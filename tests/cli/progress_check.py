#!/usr/bin/python3
"""Long steps show a progress line on a terminal and nothing elsewhere: each command runs under a
pseudo-terminal (the bar must appear) and through a pipe (it must not); with --json it is quiet
on a terminal too. Covers the first calibration of random weights, visualize, dream, occlusion,
index-folder, training's validation and evaluate.
"""
import os
import pty
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

CLI, IMAGES = os.path.abspath(sys.argv[1]), sys.argv[2]
PHOTO = os.path.join(IMAGES, "chelsea.jpg")
MINI = ["--variant", "mini_inception", "--threads", "1"]
failures = []


def on_terminal(args, env):
    """Runs with stdout and stderr on a pseudo-terminal; returns (exit code, what it printed)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([CLI, *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child has closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(timeout=600), out.decode("utf-8", "replace")


with tempfile.TemporaryDirectory() as tmp:
    folder = os.path.join(tmp, "photos")
    os.mkdir(folder)
    for i in range(3):
        shutil.copy(PHOTO, os.path.join(folder, f"p{i}.jpg"))
    run_dir = os.path.join(tmp, "run")
    cases = [
        ("the first calibration", "opening googlenet [", ["classify", PHOTO, "--variant", "googlenet", "--untrained"]),
        ("visualize", "visualizing inception2a [", ["visualize", *MINI, "--node", "inception2a", "--steps", "64",
                                                   "--no-cache", "--png", os.path.join(tmp, "v.png")]),
        ("dream", "dreaming at inception2a [", ["dream", PHOTO, *MINI, "--node", "inception2a", "--octaves", "2",
                                                "--steps", "4", "--no-cache", "--png", os.path.join(tmp, "d.png")]),
        ("occlusion", "occlusion [", ["explain", PHOTO, *MINI, "--method", "occlusion"]),
        ("index-folder", "indexing " + folder + " [", ["index-folder", folder, *MINI]),
        ("validation", "validating [", ["train", "--variant", "mini_inception", "--subset", "64", "--val-split", "600",
                                        "--epochs", "1", "--batch", "32", "--threads", "1", "--run", run_dir]),
        ("evaluate", "evaluating [", ["evaluate", *MINI, "--batch", "1000"]),
    ]
    for what, bar, args in cases:
        # a first calibration each: a cache of its own, and not the calibration the build ships
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, f"cache-{what}"), INCEPTION_SHIPPED_CALIBRATION="0")
        code, text = on_terminal(args, env)
        shown = bar in text and "%" in text.split(bar, 1)[1][:40]
        print(f"  {what}: exit {code}, on a terminal {'shows' if shown else 'does NOT show'} {bar!r}")
        if code != 0 or not shown:
            failures.append(f"{what}: exit {code}; {bar!r} not shown on a terminal: {text[-300:]!r}")
        if args[0] == "train":
            shutil.rmtree(run_dir)
        piped = subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=600)
        if bar in piped.stderr or bar in piped.stdout or "\r" in piped.stderr:
            failures.append(f"{what}: the progress line reaches a pipe: {piped.stderr[-200:]!r}")
        if args[0] == "train":
            shutil.rmtree(run_dir)
    # --json keeps a terminal quiet (the JSON is for a program).
    code, text = on_terminal(["visualize", *MINI, "--node", "inception2a", "--steps", "64", "--no-cache", "--json",
                              "--output", os.path.join(tmp, "v.safetensors")], os.environ)
    if code != 0 or "visualizing" in text:
        failures.append(f"visualize --json on a terminal: exit {code}, {text[:200]!r}")

sys.exit(verdict(failures, "progress lines"))
