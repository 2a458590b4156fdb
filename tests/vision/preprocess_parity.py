#!/usr/bin/python3
"""Our preprocessing against torchvision 0.14's tensor route, for every variant's preset.

torchvision: torchvision.io.read_image(path, ImageReadMode.RGB) + the weights' transforms()
(googlenet, inception_v3); for bn_inception, inception_v4 and inception_resnet_v2 the same
ImageClassification transform built from reference/NOTES.md. Asserts: at least 99% of the
values within one 8-bit level (1/255 / std; 1.0 for bn_inception's 0..255 range), none beyond
two. With --pil it also reports how far the PIL route (antialiased resize) is from ours.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from PIL import Image
from torchvision.io import ImageReadMode, read_image
from torchvision.models import GoogLeNet_Weights, Inception_V3_Weights
from torchvision.transforms import InterpolationMode
from torchvision.transforms._presets import ImageClassification

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import safetensors_py  # noqa: E402
from verdict import verdict  # noqa: E402

IMAGES = ["chelsea.jpg", "astronaut_wide.jpg", "coffee_small.png", "camera_grey.png", "chelsea_rgba.png"]
TF = dict(mean=(0.5, 0.5, 0.5), std=(0.5, 0.5, 0.5), interpolation=InterpolationMode.BICUBIC)
PRESETS = {
    "googlenet": (GoogLeNet_Weights.IMAGENET1K_V1.transforms(), 1 / 255 / 0.224),
    "inception_v3": (Inception_V3_Weights.IMAGENET1K_V1.transforms(), 1 / 255 / 0.224),
    "bn_inception": (ImageClassification(crop_size=224, resize_size=256, mean=(0, 0, 0), std=(1, 1, 1)), 1.0),
    "inception_v4": (ImageClassification(crop_size=299, resize_size=341, **TF), 1 / 255 / 0.5),
    "inception_resnet_v2": (ImageClassification(crop_size=299, resize_size=333, **TF), 1 / 255 / 0.5),
}


def reference(variant, path, pil=False):
    transform, _ = PRESETS[variant]
    img = Image.open(path).convert("RGB") if pil else read_image(path, ImageReadMode.RGB)
    x = transform(img)
    if variant == "bn_inception":  # Cadene: BGR, 0..255, minus (104, 117, 128)
        x = x.flip(0) * 255 - torch.tensor([104.0, 117.0, 128.0]).view(3, 1, 1)
    return x.numpy()


def ours(cli, variant, paths, antialias=False):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "x.safetensors")
        cmd = [cli, "preprocess", *paths, "--variant", variant, "--output", out]
        if antialias:
            cmd.append("--antialias")
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return safetensors_py.read(out)["input"]


def levels(a, b, level):
    d = np.abs(a - b) / level
    return float((d <= 1.0 + 1e-4).mean()), float(d.max())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--pil", action="store_true", help="also report the PIL route's distance")
    args = ap.parse_args()
    paths = [os.path.join(args.images, f) for f in IMAGES]
    failures = []
    for variant, (_, level) in PRESETS.items():
        got = ours(args.cli, variant, paths)
        for i, path in enumerate(paths):
            ref = reference(variant, path)
            if got[i].shape != ref.shape:
                failures.append(f"{variant} {IMAGES[i]}: shape {got[i].shape} != {ref.shape}")
                continue
            within, worst = levels(got[i], ref, level)
            print(f"{variant:20s} {IMAGES[i]:20s} within 1 level: {100 * within:7.3f}%  worst: {worst:.2f} levels")
            if within < 0.99 or worst > 2.0 + 1e-4:
                failures.append(f"{variant} {IMAGES[i]}: {100 * within:.3f}% within 1 level, worst {worst:.2f}")
        if args.pil:
            aa = ours(args.cli, variant, paths, antialias=True)
            for i, path in enumerate(paths):
                ref = reference(variant, path, pil=True)
                w0, m0 = levels(got[i], ref, level)
                w1, m1 = levels(aa[i], ref, level)
                print(f"  PIL route vs ours: tensor route {100 * w0:6.2f}% within 1 level (worst {m0:.1f}), "
                      f"--antialias {100 * w1:6.2f}% (worst {m1:.1f})")
    return verdict(failures, "preprocessing parity")


if __name__ == "__main__":
    sys.exit(main())
