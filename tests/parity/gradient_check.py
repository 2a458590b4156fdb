#!/usr/bin/python3
"""Gradients at nodes: inception-cli's Session (eager, autograd) against torchvision's autograd.

torchvision builds GoogLeNet, calibrates it and saves its weights; for a batch of inputs it
computes d(logit of each image's top-1 class)/d(output) at two nodes with retain_grad; then
`inception-cli forward --gradients-at` on the same file and batch must give the same gradients
(and the same target classes).
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

NODES = ["inception4a.branch2", "inception5b"]
TOLERANCE = 1e-4


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    model = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=True, transform_input=False)
    calibrate(model, 224, model.fc, seed=args.seed)
    model.eval()
    x = torch.randn(args.batch, 3, 224, 224, generator=torch.Generator().manual_seed(args.seed + 1))

    modules = dict(model.named_modules())
    kept = {}

    def keep(name):
        def hook(module, inputs, output):
            output.retain_grad()
            kept[name] = output
        return hook

    hooks = [modules[n].register_forward_hook(keep(n)) for n in NODES]
    logits = model(x)
    for h in hooks:
        h.remove()
    target = logits.argmax(1)
    logits.gather(1, target[:, None]).sum().backward()
    ref = {n: kept[n].grad.detach().numpy() for n in NODES}

    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        weights = os.path.join(tmp, "googlenet.pth")
        torch.save(model.state_dict(), weights)
        inp, out = os.path.join(tmp, "in.safetensors"), os.path.join(tmp, "out.safetensors")
        safetensors_py.write(inp, {"input": x.numpy()})
        subprocess.run([args.cli, "forward", "--variant", "googlenet", "--weights", weights, "--input", inp,
                        "--output", out, "--threads", "2", "--gradients-at", ",".join(NODES)], check=True)
        got = safetensors_py.read(out)
    classes = got["gradient_classes"].astype(np.int64)
    if not (classes == target.numpy()).all():
        failures.append(f"target classes {classes.tolist()} != torchvision's top-1 {target.tolist()}")
    for n in NODES:
        r, g = ref[n], got.get("grad:" + n)
        if g is None or g.shape != r.shape:
            failures.append(f"{n}: gradient shape {None if g is None else g.shape} != {r.shape}")
            continue
        scale = np.abs(r).max()
        rel = float(np.abs(g - r).max() / scale)
        print(f"  d(top-1 logit)/d({n}) {r.shape}: max|d|/max|ref| = {rel:.2e} (max|ref| {scale:.3e})")
        if not scale > 0:
            failures.append(f"{n}: the reference gradient is zero, the check proves nothing")
        if not rel <= TOLERANCE:
            failures.append(f"{n}: relative difference {rel:.2e} > {TOLERANCE}")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("gradients OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
