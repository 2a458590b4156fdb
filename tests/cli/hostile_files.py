#!/usr/bin/python3
"""Hostile files (make_hostile.py) through the command line, each in its own process: every one
gives one clear line and a non-zero exit (a bit flip that leaves an image or an IDX file valid may
be read instead), nothing crashes or hangs, and the process's peak memory stays within twice
the file's size plus 64 MiB above the same command's peak on the valid file of its kind.

    /usr/bin/python3 hostile_files.py CLI HOSTILE_DIR PHOTO
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

CLI, HOSTILE, PHOTO = sys.argv[1:4]
BUNDLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "models",
                       "fashion_mnist_mini_inception.safetensors")
SLACK = 64 << 20
failures = []
work = tempfile.mkdtemp(prefix="hostile-")
env = dict(os.environ, INCEPTION_CACHE_DIR=os.path.join(work, "cache"), OMP_NUM_THREADS="1")


def run_measured(args):
    """As run(), with the child's own peak RSS (wait4 on the single child)."""
    t = time.monotonic()
    err_path = os.path.join(work, "stderr.txt")
    with open(err_path, "wb") as err:
        pid = os.posix_spawn(CLI, [CLI, *args], env,
                             file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                                           (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        deadline = t + 120
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.wait4(pid, 0)
                return None, ["(killed after 120 s)"], 0, time.monotonic() - t
            time.sleep(0.02)
    code = os.waitstatus_to_exitcode(status)
    lines = [l for l in open(err_path, encoding="utf-8", errors="replace").read().splitlines()
             if l.strip() and not l.startswith(("libpng warning", "libpng error"))]
    return code, lines, usage.ru_maxrss * 1024, time.monotonic() - t


def command(kind, path):
    """The CLI command that reads a file of this kind, as a user would give it."""
    if kind == "weights":
        return ["classify", PHOTO, "--variant", "googlenet", "--weights", path, "--threads", "1"]
    if kind == "images":
        return ["preprocess", path, "--variant", "googlenet", "--output", os.path.join(work, "x.safetensors")]
    folder = os.path.join(work, kind + "-" + os.path.basename(path))
    os.makedirs(folder, exist_ok=True)
    if kind == "idx":
        name = "t10k-images-idx3-ubyte" + (".gz" if path.endswith(".gz") else "")
        shutil.copy(path, os.path.join(folder, name))
        with open(os.path.join(folder, "t10k-labels-idx1-ubyte"), "wb") as f:
            f.write((0x801).to_bytes(4, "big") + (10).to_bytes(4, "big") + bytes(range(10)))
        return ["evaluate", "--variant", "mini_inception", "--dataset", "fashion-mnist:" + folder, "--split", "test",
                "--threads", "1"]
    if kind == "cifar":
        shutil.copy(path, os.path.join(folder, "test_batch.bin"))
        return ["evaluate", "--variant", "mini_inception", "--dataset", "cifar10:" + folder, "--split", "test",
                "--threads", "1"]
    if kind == "json":
        shutil.copy(BUNDLED, os.path.join(folder, "model.safetensors"))
        shutil.copy(path, os.path.join(folder, "model.json"))
        return ["classify", PHOTO, "--variant", "mini_inception", "--weights", os.path.join(folder, "model.safetensors"),
                "--threads", "1"]
    raise ValueError(kind)


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        failures.append(what)


for kind in ("weights", "images", "idx", "cifar", "json"):
    folder = os.path.join(HOSTILE, kind)
    files = sorted(os.listdir(folder))
    valid = [f for f in files if f.startswith("valid")][0]
    code, lines, base_peak, secs = run_measured(command(kind, os.path.join(folder, valid)))
    print(f"---- {kind}: baseline {valid}: exit {code}, peak {base_peak / 2**20:.0f} MiB, {secs:.1f} s", flush=True)
    check(code is not None and code >= 0, f"{kind}/{valid} runs")
    for f in files:
        if f == valid:
            continue
        path = os.path.join(folder, f)
        size = os.path.getsize(path)
        code, lines, peak, secs = run_measured(command(kind, path))
        above = peak - base_peak
        limit = 2 * size + SLACK
        # A flipped bit in pixel data, or a file cut after its last pixel, can still be a picture;
        # a flipped bit among an IDX file's pixels leaves a valid data set.
        may_decode = (kind == "images" and ("bitflip" in f or "cut_last_byte" in f)) or (kind == "idx" and "bitflip" in f)
        clear = code is not None and 0 < code < 128 and len(lines) == 1 and len(lines[0]) < 600
        ok = (clear or (may_decode and code == 0)) and above <= limit
        check(ok, f"{kind}/{f} ({size} B): exit {code}, {secs:.1f} s, {above / 2**20:+.0f} MiB (limit "
                  f"{limit / 2**20:.0f}): {' | '.join(lines)[:300]}")

shutil.rmtree(work, ignore_errors=True)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
