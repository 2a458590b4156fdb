#!/usr/bin/python3
"""Every variant: a random state_dict (names and shapes from the reference key lists) saved as
.pth and as .safetensors (F32, and F16/BF16 for some) gives the same logits through
`inception-cli forward`."""
import argparse
import os
import subprocess
import sys
import tempfile
from collections import OrderedDict

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import safetensors_py  # noqa: E402

KEYS = {
    "googlenet": "torchvision_googlenet_keys.tsv",
    "bn_inception": "cadene_bninception_keys.tsv",
    "inception_v3": "torchvision_inception_v3_keys.tsv",
    "inception_v4": "timm_inception_v4_keys.tsv",
    "inception_resnet_v2": "timm_inception_resnet_v2_keys.tsv",
}
SIZE = {"googlenet": 224, "bn_inception": 224, "inception_v3": 299, "inception_v4": 299, "inception_resnet_v2": 299}
HALF = {"googlenet": np.float16, "inception_v4": np.float16}  # stored half, loaded as float32


def random_state(keys_file, rng):
    sd = OrderedDict()
    for line in open(keys_file):
        name, shape, dtype = line.rstrip("\n").split("\t")
        shape = tuple(int(s) for s in shape.strip("()").split(",") if s.strip())
        if dtype == "int64":
            sd[name] = np.array(0, dtype=np.int64).reshape(shape)
        elif name.endswith("running_var"):
            sd[name] = rng.uniform(0.5, 1.5, shape).astype(np.float32)
        else:
            fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
            sd[name] = (rng.standard_normal(shape) / np.sqrt(fan_in)).astype(np.float32)
    return sd


def forward(cli, variant, weights, inp, out):
    subprocess.run([cli, "forward", "--variant", variant, "--weights", weights, "--input", inp, "--output", out,
                    "--threads", "2"], check=True, stdout=subprocess.DEVNULL)
    return safetensors_py.read(out)["logits"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--data", required=True, help="tests/data/reference")
    args = ap.parse_args()
    rng = np.random.default_rng(11)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant, keys in KEYS.items():
            sd = random_state(os.path.join(args.data, keys), rng)
            half = HALF.get(variant)
            if half is not None:  # the .pth holds the same rounded values in float32
                sd = OrderedDict((k, v.astype(half).astype(np.float32) if v.dtype == np.float32 else v)
                                 for k, v in sd.items())
            pth = os.path.join(tmp, f"{variant}.pth")
            torch.save(OrderedDict((k, torch.from_numpy(np.ascontiguousarray(v))) for k, v in sd.items()), pth)
            st = os.path.join(tmp, f"{variant}.safetensors")
            safetensors_py.write(st, {k: (v.astype(half) if half is not None and v.dtype == np.float32 else v)
                                      for k, v in sd.items()})
            x = rng.standard_normal((2, 3, SIZE[variant], SIZE[variant])).astype(np.float32)
            inp = os.path.join(tmp, "in.safetensors")
            safetensors_py.write(inp, {"input": x})
            a = forward(args.cli, variant, pth, inp, os.path.join(tmp, "a.safetensors"))
            b = forward(args.cli, variant, st, inp, os.path.join(tmp, "b.safetensors"))
            same = np.array_equal(a, b)
            print(f"{variant:20s} .pth vs .safetensors ({'F16' if half is not None else 'F32'}): "
                  f"{'identical' if same else 'DIFFERENT'} logits {a.shape}")
            if not same or not np.isfinite(a).all():
                failures.append(variant)
    if failures:
        print("FAILED:", failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
