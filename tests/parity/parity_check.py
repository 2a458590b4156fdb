#!/usr/bin/python3
"""Parity of inception-cli with torchvision on calibrated random weights.

torchvision builds the network (aux heads on, init_weights=True), calibrates it, saves its
state_dict with torch.save (an OrderedDict, as the published files are), runs a fixed batch
in eval mode and records named modules with forward hooks. inception-cli loads the same
file strictly, runs the same batch, and every output must agree.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import safetensors_py  # noqa: E402
from calibrate import calibrate  # noqa: E402

CAPTURE = {
    "googlenet": ["conv1", "maxpool2", "inception3a", "inception4a", "inception4a.branch2",
                  "inception4a.branch4", "inception4e", "inception5b", "avgpool"],
    "inception_v3": ["Conv2d_2b_3x3", "maxpool2", "Mixed_5b", "Mixed_6a", "Mixed_6e",
                     "Mixed_6e.branch7x7dbl_5", "Mixed_7a", "Mixed_7c", "avgpool"],
}
SIZE = {"googlenet": 224, "inception_v3": 299}
TOLERANCE = 1e-5


def build(variant, transform_input):
    factory = getattr(torchvision.models, variant)
    return factory(weights=None, aux_logits=True, init_weights=True, transform_input=transform_input)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--variant", choices=sorted(SIZE), required=True)
    ap.add_argument("--transform-input", action="store_true")
    ap.add_argument("--legacy-format", action="store_true",
                    help="save with _use_new_zipfile_serialization=False")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=2014)
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    size = SIZE[args.variant]
    model = build(args.variant, args.transform_input)
    calibrate(model, size, model.fc, seed=args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        weights = os.path.join(tmp, "weights.pth")
        state = model.state_dict()
        assert type(state).__name__ == "OrderedDict"
        torch.save(state, weights, _use_new_zipfile_serialization=not args.legacy_format)

        x = torch.randn(args.batch, 3, size, size, generator=torch.Generator().manual_seed(args.seed + 1))
        modules = dict(model.named_modules())
        ref = {}
        hooks = [modules[name].register_forward_hook(
                     lambda m, i, o, name=name: ref.__setitem__(name, o.detach().numpy().copy()))
                 for name in CAPTURE[args.variant]]
        with torch.no_grad():
            ref["logits"] = model(x).numpy()
        for h in hooks:
            h.remove()

        inp = os.path.join(tmp, "input.safetensors")
        out = os.path.join(tmp, "output.safetensors")
        safetensors_py.write(inp, {"input": x.numpy()})
        cmd = [args.cli, "forward", "--variant", args.variant, "--weights", weights, "--input", inp,
               "--output", out, "--threads", "2", "--capture", ",".join(CAPTURE[args.variant])]
        if args.transform_input:
            cmd.append("--transform-input")
        subprocess.run(cmd, check=True)
        got = safetensors_py.read(out)

    failures = []
    ref_top1 = ref["logits"].argmax(1)
    distinct = len(set(ref_top1.tolist()))
    print(f"{args.variant} transform_input={args.transform_input} legacy={args.legacy_format}: "
          f"reference top-1 takes {distinct} distinct classes over {args.batch} inputs")
    if distinct < 3:
        failures.append(f"the fixture proves little: only {distinct} distinct top-1 classes")
    for name in ["logits"] + CAPTURE[args.variant]:
        r, g = ref[name], got.get(name)
        if g is None or g.shape != r.shape:
            failures.append(f"{name}: shape {None if g is None else g.shape} != {r.shape}")
            continue
        rel = float(np.abs(g - r).max() / np.abs(r).max())
        print(f"  {name:28s} {str(r.shape):22s} max|d|/max|ref| = {rel:.2e}")
        if not rel <= TOLERANCE:
            failures.append(f"{name}: relative difference {rel:.2e} > {TOLERANCE}")
    same = (got["logits"].argmax(1) == ref_top1)
    if not same.all():
        failures.append(f"top-1 differs for inputs {np.nonzero(~same)[0].tolist()}")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("parity OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
