#!/usr/bin/python3
"""Two builds side by side in one run: medians of interleaved rounds, new over old.

Runs, in every round and in alternating order, both builds' `window_bench` (the window's start-up
and variant switches), `inception-cli bench` (googlenet and inception_v3, batch 1, the compiled
plan and the eager network) and the feature visualisation of tests/bench/visualize_bench.py
(`inception-cli visualize`, 256 steps at 128 px, without the cache). Prints each figure's median
for both builds, their ratio (new / old: below 1 is faster) and the median of the rounds' own
ratios ("paired": each round runs both builds one after the other, so slow drift of the machine
cancels; read this one on a noisy machine). A benchmark, not a test.

Usage: compare_builds.py OLD_BIN NEW_BIN [--rounds 5] [--threads 2]
(OLD_BIN and NEW_BIN are the bin/ folders of two builds; both read the resources named by
INCEPTION_RESOURCES when they are not in a build tree.)
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from visualize_bench import ours as visualize_seconds  # noqa: E402


def window_bench(binary, env):
    out = subprocess.run([binary], capture_output=True, text=True, check=True, env=env).stdout
    figures = {}
    section = 0
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            section += 1
            continue
        if parts[0] == "variant":
            continue
        try:
            if section == 0:
                figures[f"diagram {parts[0]}"] = float(parts[1])
            else:
                figures[f"start->opened {parts[0]}"] = float(parts[2])
                figures[f"switch->opened {parts[0]}"] = float(parts[4])
        except (IndexError, ValueError):
            pass
    return figures


def cli_bench(cli, variant, threads, env):
    out = subprocess.run([cli, "bench", "--variant", variant, "--batch", "1", "--plan", "both", "--threads",
                          str(threads), "--no-peak", "--json", "--rounds", "3", "--iters", "10"],
                         capture_output=True, text=True, check=True, env=env).stdout
    j = json.loads(out)
    return {f"{variant} compiled ms": j["compiled"]["median_ms"], f"{variant} eager ms": j["eager"]["median_ms"]}


def measure(bin_dir, threads, env):
    figures = {}
    figures.update(window_bench(str(bin_dir / "window_bench"), env))
    for v in ("googlenet", "inception_v3"):
        figures.update(cli_bench(str(bin_dir / "inception-cli"), v, threads, env))
    figures["visualize s"] = visualize_seconds(str(bin_dir / "inception-cli"), 256, 128, threads, 10)
    return figures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old", type=pathlib.Path)
    ap.add_argument("new", type=pathlib.Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    home = tempfile.mkdtemp()  # one calibration cache for both: the first round fills it
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
    runs = {"old": [], "new": []}
    for r in range(args.rounds):
        order = ("old", "new") if r % 2 == 0 else ("new", "old")
        for which in order:
            runs[which].append(measure(getattr(args, which), args.threads, env))
        print(f"round {r + 1} of {args.rounds} done", file=sys.stderr, flush=True)
    # The first round fills the calibration cache (and warms the disk): left out when there are more.
    kept = {k: v[1:] if len(v) > 2 else v for k, v in runs.items()}
    print(f"{'figure':34} {'old':>10} {'new':>10} {'new/old':>8} {'paired':>8}   (medians of {len(kept['old'])} rounds)")
    worst = 0.0
    for name in kept["old"][0]:
        olds = [r[name] for r in kept["old"]]
        news = [r[name] for r in kept["new"]]
        old, new = statistics.median(olds), statistics.median(news)
        ratio = new / old if old > 0 else float("nan")
        # Each round's new over the same round's old (run next to each other): drift cancels.
        paired = statistics.median(n / o for n, o in zip(news, olds) if o > 0)
        worst = max(worst, paired) if "diagram " not in name else worst
        print(f"{name:34} {old:10.2f} {new:10.2f} {ratio:8.3f} {paired:8.3f}")
    print(f"worst paired ratio of the timed runs (the sub-millisecond diagram builds aside): {worst:.3f}")

if __name__ == "__main__":
    main()
