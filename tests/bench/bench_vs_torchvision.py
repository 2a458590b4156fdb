#!/usr/bin/python3
"""inception-cli bench beside torchvision's eager timing of the same model, measured in the same
run on the same machine (Debian's python3-torch uses the same libtorch and BLAS). Prints, for all
five, the compiled plan against the eager network, and for googlenet and inception_v3 the ratio
torchvision / compiled.

Usage: bench_vs_torchvision.py --cli build/bin/inception-cli [--iters 20] [--threads 2]
"""
import argparse
import json
import statistics
import subprocess
import time

import torch
import torchvision

SIZE = {"googlenet": 224, "bn_inception": 224, "inception_v3": 299, "inception_v4": 299, "inception_resnet_v2": 299}


def torchvision_ms(variant, iters, warmup, threads):
    torch.set_num_threads(threads)
    model = getattr(torchvision.models, variant)(weights=None, aux_logits=False, init_weights=False).eval()
    x = torch.randn(1, 3, SIZE[variant], SIZE[variant])
    times = []
    with torch.inference_mode():
        for i in range(warmup + iters):
            t0 = time.perf_counter()
            model(x)
            if i >= warmup:
                times.append(1000 * (time.perf_counter() - t0))
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--iters", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    print("| variant | compiled ms | eager ms | compiled speed-up | torchvision eager ms | torchvision / compiled |")
    print("|---|---:|---:|---:|---:|---:|")
    for variant in SIZE:
        r = subprocess.run([args.cli, "bench", "--variant", variant, "--iters", str(args.iters), "--warmup",
                            str(args.warmup), "--threads", str(args.threads), "--plan", "both", "--no-peak", "--json"],
                           check=True, capture_output=True, text=True)
        b = json.loads(r.stdout)
        ours, plain = b["compiled"]["median_ms"], b["eager"]["median_ms"]
        tv = ""
        ratio = ""
        if variant in ("googlenet", "inception_v3"):
            t = torchvision_ms(variant, args.iters, args.warmup, args.threads)
            tv, ratio = f"{t:.1f}", f"{t / ours:.2f}x"
        print(f"| {variant} | {ours:.1f} | {plain:.1f} | {plain / ours:.2f}x | {tv} | {ratio} |")
    print(f"\nbatch 1, median of {args.iters} after {args.warmup} warm-up, {args.threads} threads; "
          f"{b['device']}; {b['runtime']}")


if __name__ == "__main__":
    main()
