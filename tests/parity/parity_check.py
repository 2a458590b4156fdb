#!/usr/bin/python3
"""Parity of inception-cli with torchvision on calibrated random weights.

torchvision builds the network (aux heads on, init_weights=True), calibrates it, saves its
state_dict with torch.save (an OrderedDict, as the published files are), runs a fixed batch
in eval mode and records named modules with forward hooks, in float32 and in float64.
inception-cli loads the same file strictly and runs the same batch (through the compiled plan
unless --plan eager). Every output must be as close to torchvision's float64 result as
torchvision's own float32 result is (within 2x; a calibrated random network amplifies rounding,
so two correct float32 computations in different orders differ by about that much). The
difference from torchvision's float32 result is printed beside it.
"""
import copy
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from calibrate import calibrate  # noqa: E402
import safetensors_py  # noqa: E402
from verdict import verdict  # noqa: E402

CAPTURE = {
    "googlenet": ["conv1", "maxpool2", "inception3a", "inception4a", "inception4a.branch2",
                  "inception4a.branch4", "inception4e", "inception5b", "avgpool"],
    "inception_v3": ["Conv2d_2b_3x3", "maxpool2", "Mixed_5b", "Mixed_6a", "Mixed_6e",
                     "Mixed_6e.branch7x7dbl_5", "Mixed_7a", "Mixed_7c", "avgpool"],
}
SIZE = {"googlenet": 224, "inception_v3": 299}
FLOOR = 1e-6  # the float64 criterion never asks for less than this


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
    ap.add_argument("--plan", choices=["compiled", "eager"], default="compiled",
                    help="the engine path inception-cli runs (the compiled oneDNN plan by default)")
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
        def record(net, inp):
            modules = dict(net.named_modules())
            out = {}
            hooks = [modules[name].register_forward_hook(
                         lambda m, i, o, name=name: out.__setitem__(name, o.detach().numpy().copy()))
                     for name in CAPTURE[args.variant]]
            with torch.no_grad():
                out["logits"] = net(inp).numpy()
            for h in hooks:
                h.remove()
            return out

        ref = record(model, x)
        ref64 = record(copy.deepcopy(model).double(), x.double())

        inp = os.path.join(tmp, "input.safetensors")
        out = os.path.join(tmp, "output.safetensors")
        safetensors_py.write(inp, {"input": x.numpy()})
        cmd = [args.cli, "forward", "--variant", args.variant, "--weights", weights, "--input", inp,
               "--output", out, "--threads", "2", "--capture", ",".join(CAPTURE[args.variant]),
               "--plan", args.plan]
        if args.transform_input:
            cmd.append("--transform-input")
        run = subprocess.run(cmd, check=True, capture_output=True, text=True)
        print(run.stdout.strip())
        got = safetensors_py.read(out)
        ran = "compiled plan" if "compiled plan" in run.stdout else "eager network"

    failures = []
    if args.plan == "compiled" and ran != "compiled plan":
        failures.append(f"asked for the compiled plan, inception-cli ran the {ran}")
    ref_top1 = ref["logits"].argmax(1)
    distinct = len(set(ref_top1.tolist()))
    print(f"{args.variant} transform_input={args.transform_input} legacy={args.legacy_format}: "
          f"reference top-1 takes {distinct} distinct classes over {args.batch} inputs")
    if distinct < 3:
        failures.append(f"the fixture proves little: only {distinct} distinct top-1 classes")
    def rel(a, b):
        return float(np.abs(a - b).max() / np.abs(b).max())

    print(f"  {'output':28s} {'shape':22s} {'vs tv fp32':>11s} {'tv fp32 vs f64':>15s} {'ours vs f64':>12s}")
    for name in ["logits"] + CAPTURE[args.variant]:
        r, r64, g = ref[name], ref64[name], got.get(name)
        if g is None or g.shape != r.shape:
            failures.append(f"{name}: shape {None if g is None else g.shape} != {r.shape}")
            continue
        d, tv, ours = rel(g, r), rel(r, r64), rel(g, r64)
        print(f"  {name:28s} {str(r.shape):22s} {d:11.2e} {tv:15.2e} {ours:12.2e}")
        if not ours <= max(2 * tv, FLOOR):
            failures.append(f"{name}: {ours:.2e} from float64, more than twice torchvision's own {tv:.2e}")
    # Top-1 equal to the float64 reference wherever its top-2 margin exceeds our error.
    logits64 = ref64["logits"]
    top2 = np.sort(logits64, 1)[:, -2:]
    margin = top2[:, 1] - top2[:, 0]
    err = np.abs(got["logits"] - logits64).max()
    decided = margin > err
    wrong = decided & (got["logits"].argmax(1) != logits64.argmax(1))
    print(f"  top-1: {int(decided.sum())} of {args.batch} inputs decided by more than the error, "
          f"{int(wrong.sum())} differ")
    if wrong.any():
        failures.append(f"top-1 differs for inputs {np.nonzero(wrong)[0].tolist()}")
    return verdict(failures, "parity")


if __name__ == "__main__":
    sys.exit(main())
