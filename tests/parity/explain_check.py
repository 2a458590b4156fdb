#!/usr/bin/python3
"""Grad-CAM and occlusion: `inception-cli explain --json` against a reference written here.

torchvision's googlenet and inception_v3 (calibrated random weights, transform_input off) on
the photographs preprocessed by torchvision. The reference is the textbook Grad-CAM: a forward
hook keeps the module's output A, autograd gives dy/dA for the class's logit y, the channel
weights are its spatial means and the raw map is sum_c w_c A_c (before Grad-CAM's ReLU). At
three nodes per variant, one of them a branch, the weights and the map must agree within 1e-4
(relative L2, against torchvision run channels-last in float32 as the engine's eager path; the
float64 run is printed as the yardstick). With --per-branch each branch's term must equal
Grad-CAM taken at that branch on its own (to 1e-5 of the map's largest magnitude), and the
terms must add up to the map. Occlusion: a reference loop with the same patch, stride and fill
(in float64) gives the same logit drops (relative L2 below 1e-4).
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from photo_model import photo_args, photo_model  # noqa: E402
import safetensors_py  # noqa: E402
from verdict import verdict  # noqa: E402

# node id in the tree -> torchvision module whose output it is
NODES = {
    "googlenet": {"inception4a.branch2": "inception4a.branch2", "inception4e": "inception4e",
                  "inception5b": "inception5b"},
    "inception_v3": {"Mixed_6b.branch7x7": "Mixed_6b.branch7x7_3", "Mixed_6e": "Mixed_6e", "Mixed_7c": "Mixed_7c"},
}
PER_BRANCH = {"googlenet": "inception4a", "inception_v3": "Mixed_6b"}
IMAGES = ["chelsea.jpg", "astronaut_wide.jpg"]
PARITY = 1e-4
SPLIT = 1e-5
MEAN = np.array([0.485, 0.456, 0.406])
STD = np.array([0.229, 0.224, 0.225])


def l2(a, b):
    return float(np.linalg.norm(np.asarray(a) - np.asarray(b)) / max(np.linalg.norm(np.asarray(b)), 1e-30))


def reference_gradcam(model, x, module, cls):
    kept = {}
    h = dict(model.named_modules())[module].register_forward_hook(lambda m, i, o: kept.setdefault("a", o))
    logits = model(x)
    h.remove()
    a = kept["a"]
    k = int(logits[0].argmax()) if cls is None else cls
    (g,) = torch.autograd.grad(logits[0, k], a)
    w = g[0].mean((1, 2))
    cam = (w[:, None, None] * a[0]).sum(0)
    return k, w.detach().double().numpy(), cam.detach().double().numpy()


def explain(cli, args):
    r = subprocess.run([cli, "explain", *args, "--json", "--threads", "2"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"explain {' '.join(args)}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def main():
    args = photo_args()
    model, x, size = photo_model(args.variant, args.images, seed=5, transform_input=False, photos=IMAGES)
    model_cl = copy.deepcopy(model).to(memory_format=torch.channels_last)
    model64 = copy.deepcopy(model).double()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        weights = os.path.join(tmp, f"{args.variant}.pth")
        torch.save(model.state_dict(), weights)
        common = ["--variant", args.variant, "--weights", weights, "--no-transform-input"]
        for i, name in enumerate(IMAGES):
            xi = x[i:i + 1]
            inp = os.path.join(tmp, f"in{i}.safetensors")
            safetensors_py.write(inp, {"input": xi.numpy()})
            # Grad-CAM at three nodes, the top-1 for the first, a chosen class for the others.
            for j, (node, module) in enumerate(NODES[args.variant].items()):
                cls = None if j == 0 else (17 + 100 * j + i)
                got = explain(args.cli, [inp, *common, "--node", node] + ([] if cls is None else ["--class", str(cls)]))
                k, w, cam = reference_gradcam(model_cl, xi.contiguous(memory_format=torch.channels_last), module, cls)
                _, w64, cam64 = reference_gradcam(model64, xi.double(), module, k)
                if got["reference_module"] != module:
                    failures.append(f"{node}: reference_module {got['reference_module']} != {module}")
                if got["class"] != k:
                    failures.append(f"{name} {node}: class {got['class']} != {k}")
                    continue
                gw, gm = np.array(got["channel_weights"]), np.array(got["map"])
                if gm.shape != cam.shape or gw.shape != w.shape:
                    failures.append(f"{name} {node}: shapes {gw.shape} {gm.shape} != {w.shape} {cam.shape}")
                    continue
                ew, em = l2(gw, w), l2(gm, cam)
                print(f"  {name} {node} ({module}) class {k}: map {cam.shape}, weights {ew:.2e}, map {em:.2e} "
                      f"(vs float64: ours {l2(gm, cam64):.2e}, torchvision fp32 {l2(cam, cam64):.2e}); "
                      f"map range {cam.min():.4f}..{cam.max():.4f}")
                if not np.abs(cam).max() > 0 or not np.abs(w).max() > 0:
                    failures.append(f"{name} {node}: the reference map is zero; the check proves nothing")
                if ew > PARITY or em > PARITY:
                    failures.append(f"{name} {node}: weights {ew:.2e}, map {em:.2e} > {PARITY}")
            # Per branch: each term is Grad-CAM at the branch on its own; the terms add up.
            module = PER_BRANCH[args.variant]
            whole = explain(args.cli, [inp, *common, "--node", module, "--per-branch"])
            m = np.array(whole["map"])
            scale = np.abs(m).max()
            total = sum(np.array(t["map"]) for t in whole["terms"])
            if np.abs(total - m).max() > SPLIT * scale:
                failures.append(f"{name} {module}: terms add up to within {np.abs(total - m).max():.2e}")
            for t in whole["terms"]:
                alone = explain(args.cli, [inp, *common, "--node", t["id"], "--class", str(whole["class"])])
                d = np.abs(np.array(alone["map"]) - np.array(t["map"])).max()
                print(f"  {name} {module} term {t['id']}: sum {np.sum(t['map']):+.4f}, |term - Grad-CAM at the branch| "
                      f"{d:.2e} (map max {scale:.3e})")
                if d > SPLIT * scale:
                    failures.append(f"{name} {t['id']}: term differs from Grad-CAM at the branch by {d:.2e}")
        # Occlusion on the first photograph: the default settings' rule with a coarser patch, and a fill.
        xi = x[:1]
        inp = os.path.join(tmp, "in0.safetensors")
        patch, stride, fill = size // 4, size // 8, 0.0
        got = explain(args.cli, [inp, *common, "--method", "occlusion", "--patch", str(patch), "--stride", str(stride),
                                 "--fill", str(fill)])
        def occlude(net, inp):
            with torch.no_grad():
                base = net(inp)[0]
                k = int(base.argmax())
                value = torch.tensor((fill - MEAN) / STD, dtype=inp.dtype)[:, None, None]
                drops = np.zeros((len(ys), len(ys)))
                for a, y0 in enumerate(ys):
                    batch = inp.repeat(len(ys), 1, 1, 1)
                    for b, x0 in enumerate(ys):
                        batch[b, :, y0:y0 + patch, x0:x0 + patch] = value
                    drops[a] = (base[k] - net(batch)[:, k]).double().numpy()
            return k, drops

        ys = list(range(0, size - patch + 1, stride))
        if ys[-1] + patch < size:
            ys.append(size - patch)
        k32, drops32 = occlude(model, xi)
        k, drops = occlude(model64, xi.double())
        if k32 != k:
            failures.append("occlusion: float32 and float64 disagree on the top-1; pick another seed")
        grid = np.array(got["grid"])
        if got["class"] != k or got["positions"]["y"] != ys or grid.shape != drops.shape:
            failures.append(f"occlusion: class {got['class']} vs {k}, positions {got['positions']['y']} vs {ys}")
        else:
            d = l2(grid, drops)
            print(f"  occlusion {IMAGES[0]} class {k}: {grid.size} patches of {patch} px, stride {stride}, fill {fill}: "
                  f"largest drop {drops.max():.4f}, relative L2 to float64 {d:.2e} (torchvision fp32 "
                  f"{l2(drops32, drops):.2e}), "
                  f"max |ours - reference| / max |drop| = {np.abs(grid - drops).max() / np.abs(drops).max():.2e}")
            if d > PARITY:
                failures.append(f"occlusion drops differ by {d:.2e} (> {PARITY})")
    return verdict(failures, "explain parity")


if __name__ == "__main__":
    sys.exit(main())
