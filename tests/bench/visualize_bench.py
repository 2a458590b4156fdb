#!/usr/bin/python3
"""Feature visualisation speed: `inception-cli visualize` against the same loop in Python.

The loop written here with /usr/bin/python3's torch does what core/explain/visualize.cpp does:
googlenet (torchvision, random weights), a 128x128 picture parameterised in Fourier space with
colour decorrelation, Lucid's transforms (pad 12, jitter 8, scale 0.9-1.1, rotate +-10 degrees,
jitter 4), Adam at 0.05, 256 steps, one inception4a channel's mean pre-activation, the network
run only up to inception4a. Both on the same threads, in the same run, alternating; prints each
time and the ratio (ours / Python's). A benchmark, not a test.

Usage: visualize_bench.py --cli build/bin/inception-cli [--steps 256] [--size 128] [--threads 2] [--rounds 3]
"""
import argparse
import json
import math
import random
import subprocess
import time

import torch
import torch.nn.functional as F
import torchvision


class Stop(Exception):
    pass


def python_loop(steps, size, threads, channel, seed=0):
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    net = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=True, transform_input=False).eval()
    for p in net.parameters():
        p.requires_grad_(False)
    kept = {}

    # inception4a.branch1's pre-activation: BasicConv2d's BN output, before its ReLU.
    def hook(module, inputs, output):
        kept["a"] = output
        raise Stop()

    net.inception4a.branch1.bn.register_forward_hook(hook)
    fy = torch.fft.fftfreq(size)[:, None]
    fx = torch.fft.rfftfreq(size)[None, :]
    scale = 1.0 / torch.clamp_min((fy * fy + fx * fx).sqrt(), 1.0 / size) * math.sqrt(size * size)
    spectrum = (torch.randn(1, 3, size, size // 2 + 1, 2) * 0.01).requires_grad_(True)
    c = torch.tensor([[0.26, 0.09, 0.02], [0.27, 0.00, -0.05], [0.27, -0.09, 0.03]])
    c = c / c.norm(dim=0).max()
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    adam = torch.optim.Adam([spectrum], lr=0.05)

    def jitter(t, d):
        oy, ox = rng.randrange(d), rng.randrange(d)
        return t[:, :, oy:t.shape[2] - (d - oy), ox:t.shape[3] - (d - ox)]

    start = time.perf_counter()
    for _ in range(steps):
        adam.zero_grad()
        img = torch.fft.irfft2(torch.view_as_complex(spectrum) * scale, s=(size, size)) / 4.0
        img = torch.sigmoid(torch.einsum("nchw,dc->ndhw", img, c))
        t = F.pad(img, (12, 12, 12, 12), value=0.5)
        t = jitter(t, 8)
        s = 1.0 + (rng.randrange(11) - 5) / 50.0
        side = max(8, round(t.shape[2] * s))
        t = F.interpolate(t, size=(side, side), mode="bilinear", align_corners=False)
        a = (rng.randrange(21) - 10) * math.pi / 180
        theta = torch.tensor([[math.cos(a), -math.sin(a), 0.0], [math.sin(a), math.cos(a), 0.0]]).unsqueeze(0)
        grid = F.affine_grid(theta, t.shape, align_corners=False)
        t = F.grid_sample(t, grid, mode="bilinear", padding_mode="border", align_corners=False)
        t = jitter(t, 4)
        try:
            net((t - mean) / std)
        except Stop:
            pass
        (-kept["a"][:, channel].mean()).backward()
        adam.step()
    return time.perf_counter() - start


def ours(cli, steps, size, threads, channel):
    r = subprocess.run([cli, "visualize", "--variant", "googlenet", "--untrained", "--node", "inception4a",
                        "--channel", str(channel), "--size", str(size), "--steps", str(steps), "--threads",
                        str(threads), "--json", "--no-cache"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["seconds"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--steps", type=int, default=256)
    ap.add_argument("--size", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    channel = 10  # inception4a.branch1's channel 10 (a channel of the module's first branch)
    py, cpp = [], []
    for r in range(args.rounds):
        cpp.append(ours(args.cli, args.steps, args.size, args.threads, channel))
        py.append(python_loop(args.steps, args.size, args.threads, channel))
        print(f"  round {r + 1}: inception-cli {cpp[-1]:.2f} s, Python {py[-1]:.2f} s")
    a, b = sorted(cpp)[len(cpp) // 2], sorted(py)[len(py) // 2]
    print(f"googlenet inception4a channel {channel}, {args.size}x{args.size}, {args.steps} steps, {args.threads} threads: "
          f"inception-cli {a:.2f} s, Python (torch {torch.__version__}) {b:.2f} s; ratio {a / b:.2f} (median of {args.rounds})")


if __name__ == "__main__":
    main()
