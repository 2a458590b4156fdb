#!/usr/bin/python3
"""Gradients at nodes: inception-cli's Session (eager, autograd) against torchvision's autograd.

torchvision builds GoogLeNet, calibrates it and saves its weights; for a batch of inputs it
computes d(logit of each image's top-1 class)/d(output) at two nodes with retain_grad, in float32
(NCHW, and channels-last as the engine's eager network runs) and in float64. Then
`inception-cli forward --gradients-at` on the same file and batch must give the same target
classes, the gradients of torchvision's channels-last float32 run (relative L2 below 1e-4), and a
relative L2 error against float64 at most twice torchvision's own float32 error. (Gradients pass
many ReLUs and max-pools whose inputs sit within rounding of a tie; two correct float32 runs in
different orders differ by about 1 % there, which is why float64 is the yardstick.)
"""
import argparse
import copy
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

NODES = ["inception4a.branch2", "inception5b"]
SAME_ORDER = 1e-4  # against torchvision's channels-last float32 run
FLOOR = 1e-6


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

    def gradients(net, inp):
        modules = dict(net.named_modules())
        kept = {}

        def keep(name):
            def hook(module, inputs, output):
                output.retain_grad()
                kept[name] = output
            return hook

        hooks = [modules[n].register_forward_hook(keep(n)) for n in NODES]
        logits = net(inp)
        for h in hooks:
            h.remove()
        target = logits.argmax(1)
        logits.gather(1, target[:, None]).sum().backward()
        return {n: kept[n].grad.detach().double().contiguous().numpy() for n in NODES}, target

    ref, target = gradients(model, x)
    ref_cl, _ = gradients(copy.deepcopy(model).to(memory_format=torch.channels_last),
                          x.contiguous(memory_format=torch.channels_last))
    ref64, target64 = gradients(copy.deepcopy(model).double(), x.double())

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
    def l2(a, b):
        return float(np.linalg.norm(a - b) / np.linalg.norm(b))

    if not (target == target64).all():
        failures.append("float32 and float64 disagree on the top-1: pick another seed")
    for n in NODES:
        r64, g = ref64[n], got.get("grad:" + n)
        if g is None or g.shape != r64.shape:
            failures.append(f"{n}: gradient shape {None if g is None else g.shape} != {r64.shape}")
            continue
        g = g.astype(np.float64)
        same, tv, ours = l2(g, ref_cl[n]), l2(ref[n], r64), l2(g, r64)
        print(f"  d(top-1 logit)/d({n}) {r64.shape}: vs torchvision channels-last fp32 {same:.2e}; vs float64: "
              f"torchvision fp32 {tv:.2e}, ours {ours:.2e} (max|grad| {np.abs(r64).max():.3e})")
        if not np.abs(r64).max() > 0:
            failures.append(f"{n}: the reference gradient is zero, the check proves nothing")
        if not same <= SAME_ORDER:
            failures.append(f"{n}: {same:.2e} from torchvision's channels-last float32 gradient (> {SAME_ORDER})")
        if not ours <= max(2 * tv, FLOOR):
            failures.append(f"{n}: {ours:.2e} from float64, more than twice torchvision's own {tv:.2e}")
    return verdict(failures, "gradients")


if __name__ == "__main__":
    sys.exit(main())
