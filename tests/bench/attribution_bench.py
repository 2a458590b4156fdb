#!/usr/bin/python3
"""Integrated Gradients speed: `inception-cli explain --method integrated-gradients` against the
same computation written here with /usr/bin/python3's torch.

googlenet (random weights, calibrated by inception-cli; torchvision's own init here: the speed
does not depend on the weights), one 224x224 photograph, black baseline, 32 steps (33 gradients
in the batches inception-cli reports), the same threads, in the same run, alternating. The time
is the attribution alone: inception-cli reports `seconds` around it, the loop here is timed the
same way (opening the network is not counted on either side). Prints each round and the ratio
(ours / Python's). A benchmark, not a test.

Usage: attribution_bench.py --cli build/bin/inception-cli --image IMG [--steps 32] [--threads 2] [--rounds 3]
"""
import argparse
import json
import subprocess
import time

import torch
import torchvision
from torchvision.io import ImageReadMode, read_image
from torchvision.models import GoogLeNet_Weights


def python_ig(net, x, k, steps, batch):
    start = time.perf_counter()
    base = ((0 - torch.tensor([0.485, 0.456, 0.406])) / torch.tensor([0.229, 0.224, 0.225])).view(1, 3, 1, 1)
    diff = x - base
    w = torch.full((steps + 1,), 1.0 / steps, dtype=torch.float64)
    w[0] = w[-1] = 0.5 / steps
    total = torch.zeros(x.shape[1:], dtype=torch.float64)
    for first in range(0, steps + 1, batch):
        alphas = torch.arange(first, min(steps + 1, first + batch), dtype=torch.float32).view(-1, 1, 1, 1) / steps
        p = (base + alphas * diff).requires_grad_(True)
        (g,) = torch.autograd.grad(net(p)[:, k].sum(), p)
        total += (g.double() * w[first:first + g.shape[0]].view(-1, 1, 1, 1)).sum(0)
    attribution = diff[0].double() * total
    return time.perf_counter() - start, float(attribution.sum())


def ours(cli, image, steps, threads):
    r = subprocess.run([cli, "explain", image, "--variant", "googlenet", "--untrained", "--method",
                        "integrated-gradients", "--steps", str(steps), "--threads", str(threads), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--image", required=True)
    ap.add_argument("--steps", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    net = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=True, transform_input=False).eval()
    x = GoogLeNet_Weights.IMAGENET1K_V1.transforms()(read_image(args.image, ImageReadMode.RGB))[None]
    py, cpp = [], []
    for r in range(args.rounds):
        got = ours(args.cli, args.image, args.steps, args.threads)
        cpp.append(got["seconds"])
        py.append(python_ig(net, x, got["class"], args.steps, got["batch"])[0])
        print(f"  round {r + 1}: inception-cli {cpp[-1]:.2f} s (batch {got['batch']}), Python {py[-1]:.2f} s")
    a, b = sorted(cpp)[len(cpp) // 2], sorted(py)[len(py) // 2]
    print(f"googlenet 224x224, Integrated Gradients {args.steps} steps, {args.threads} threads: inception-cli {a:.2f} s, "
          f"Python (torch {torch.__version__}) {b:.2f} s; ratio {a / b:.2f} (median of {args.rounds})")


if __name__ == "__main__":
    main()
