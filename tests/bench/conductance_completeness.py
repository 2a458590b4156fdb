#!/usr/bin/python3
"""Does a module's total conductance equal the input attribution's total within the completeness
gap? `inception-cli explain --method integrated-gradients --conductance-at MODULE` at three modules
of googlenet or inception_v3 (random weights calibrated on the test photographs, as the parity
tests build them), on the first photograph downsampled to --size px (the networks' adaptive
pooling takes it; smaller is faster), for each --steps. Prints f(x) − f(x'), both totals, the
input's gap, the module's own gap and |C − A| / |f(x) − f(x')|. A measurement, not a test.

Usage: conductance_completeness.py --cli build/bin/inception-cli --images build/tests/fixtures/images
           --variant googlenet [--size 112] [--steps 256,512,1024] [--baseline black|blurred|noise]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from photo_model import photo_model  # noqa: E402
import safetensors_py  # noqa: E402

MODULES = {"googlenet": ["inception3b", "inception4c", "inception5a"],
           "inception_v3": ["Mixed_5c", "Mixed_6c", "Mixed_7b"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--variant", choices=sorted(MODULES), required=True)
    ap.add_argument("--size", type=int, default=0, help="input side in px (0: the network's own)")
    ap.add_argument("--steps", default="256,512,1024")
    ap.add_argument("--baseline", default="black", choices=["black", "blurred", "noise"])
    args = ap.parse_args()
    model, x, size = photo_model(args.variant, args.images, seed=5, transform_input=False,
                                 photos=["chelsea.jpg", "astronaut_wide.jpg"])
    side = args.size or size
    xi = F.interpolate(x[0:1], size=(side, side), mode="bilinear", antialias=True, align_corners=False)
    with torch.no_grad():
        k = int(model(xi).argmax())
    with tempfile.TemporaryDirectory() as tmp:
        weights, inp = os.path.join(tmp, "w.pth"), os.path.join(tmp, "in.safetensors")
        torch.save(model.state_dict(), weights)
        safetensors_py.write(inp, {"input": xi.contiguous().numpy()})
        for steps in [int(s) for s in args.steps.split(",")]:
            for module in MODULES[args.variant]:
                start = time.time()
                r = subprocess.run([args.cli, "explain", inp, "--variant", args.variant, "--weights", weights,
                                    "--no-transform-input", "--class", str(k), "--method", "integrated-gradients",
                                    "--steps", str(steps), "--baseline", args.baseline, "--conductance-at", module, "--json", "--threads", "2"],
                                   capture_output=True, text=True)
                if r.returncode:
                    sys.exit(r.stderr.strip())
                j = json.loads(r.stdout)
                d = j["logit"] - j["baseline_logit"]
                c, a = j["conductance_total"], j["sum"]
                print(f"{args.variant} {side} px, {args.baseline}, {steps} steps, {module}: f(x) - f(x') {d:+.5f}, input {a:+.5f} "
                      f"(gap {100 * abs(a - d) / abs(d):.2f} %), module {c:+.5f} (gap {100 * abs(c - d) / abs(d):.2f} %), "
                      f"|C - A| {100 * abs(c - a) / abs(d):.2f} % ({time.time() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
