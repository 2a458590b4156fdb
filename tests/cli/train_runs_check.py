#!/usr/bin/python3
"""`train` never loses a run: a finished run is not replaced without --resume or --force (which
keeps it in previous/); the run folder is checked before the data loads; without --run the
command says nothing is saved; --resume takes the run's options from its config.json and
refuses others; a run killed mid-epoch (SIGINT, SIGKILL) resumes — also one killed before its
first checkpoint. The kills wait on the progress lines (a latch), not on time.
"""
import os
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

CLI = sys.argv[1]
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=600)


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


def killed_at(args, needle, sig):
    """Starts `train`, sends `sig` when a stdout line holds `needle`; returns (exit code, lines)."""
    p = subprocess.Popen([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    for line in p.stdout:
        lines.append(line)
        if needle in line:
            p.send_signal(sig)
            break
    p.communicate(timeout=120)
    return p.returncode, lines


with tempfile.TemporaryDirectory() as tmp:
    # A finished run, refused, then replaced with --force.
    run_dir = os.path.join(tmp, "run")
    small = ["train", "--variant", "mini_inception", "--subset", "64", "--val-split", "32", "--epochs", "1",
             "--batch", "32", "--threads", "1"]
    r = run(*small, "--run", run_dir)
    model = os.path.join(run_dir, "model.safetensors")
    check(r.returncode == 0 and os.path.exists(model) and "saved in " + run_dir in r.stdout, f"train: {r.stderr!r}")
    first = read(model)
    r = run(*small, "--run", run_dir)
    check(r.returncode == 2 and "holds a trained model already" in r.stderr and "--force" in r.stderr,
          f"a finished run is refused: {r.returncode} {r.stderr.strip()!r}")
    check(read(model) == first, "refused: the model is unchanged")
    r = run(*small, "--run", run_dir, "--force", "--seed", "3")
    check(r.returncode == 0 and "previous" in r.stdout, f"--force: {r.returncode} {r.stdout[-200:]!r}")
    check(read(os.path.join(run_dir, "previous", "model.safetensors")) == first and read(model) != first,
          "--force keeps the old model in previous/ and trains a new one")
    r = run("train", "--variant", "mini_inception", "--run", "/proc/inception-run")
    check(r.returncode == 3 and "training images" not in r.stdout and "/proc/inception-run" in r.stderr,
          f"an unwritable run folder is refused before the data loads: {r.returncode} {r.stderr.strip()!r}")
    r = run(*small)
    check(r.returncode == 0 and "not saved" in r.stdout and "nothing saved" in r.stdout,
          f"train without --run says so at its start and end: {r.stdout[-200:]!r}")

    # 4096 images in batches of 64: 64 steps an epoch; a pipe gets a line every 50 steps.
    asked = ["train", "--variant", "mini_inception", "--subset", "4096", "--val-split", "256", "--epochs", "2",
             "--batch", "64", "--lr", "0.02", "--seed", "5", "--threads", "2"]
    # Killed before its first checkpoint (step 50 of epoch 1): --resume alone repeats the same run.
    early = os.path.join(tmp, "early")
    code, lines = killed_at([*asked, "--run", early], "step 50/", signal.SIGKILL)
    check(code == -signal.SIGKILL and not os.path.exists(os.path.join(early, "checkpoint.pt")),
          f"killed before the first checkpoint: {code}")
    r = run("train", "--run", early, "--resume", "--threads", "2")
    check(r.returncode == 0 and "4096 training images, 128 steps" in r.stdout,
          f"--resume alone takes the run's options from config.json: {r.stdout[:300]!r} {r.stderr.strip()!r}")
    r = run("train", "--run", early, "--resume", "--lr", "0.5", "--batch", "64")
    check(r.returncode == 2 and "--lr 0.5 (the run has 0.02)" in r.stderr and "--batch" not in r.stderr,
          f"--resume refuses an option that contradicts the run, naming it: {r.stderr.strip()!r}")

    # Interrupted mid-epoch 2, after the checkpoint of epoch 1: Ctrl+C (exit 130), then SIGKILL.
    for sig in (signal.SIGINT, signal.SIGKILL):
        folder = os.path.join(tmp, f"mid-{sig.name}")
        code, lines = killed_at([*asked, "--run", folder], "step 100/", sig)
        want = 130 if sig == signal.SIGINT else -signal.SIGKILL
        check(code == want and os.path.exists(os.path.join(folder, "checkpoint.pt")),
              f"{sig.name} mid-epoch 2: exit {code} (wanted {want}), a checkpoint of epoch 1")
        r = run("train", "--run", folder, "--resume", "--threads", "2")
        check(r.returncode == 0 and "resumed at step 64" in r.stdout and os.path.exists(os.path.join(folder, "model.safetensors")),
              f"{sig.name}: --resume continues from step 64 and finishes: {r.stdout[-300:]!r} {r.stderr.strip()!r}")

sys.exit(verdict(failures, "training runs"))
