#!/usr/bin/python3
"""Input attributions: `inception-cli explain --method M --json --full` against a reference
written here from the papers' formulas, not from the C++.

  gradient               d f / d x                       f: the class's logit
  input-x-gradient       x * d f / d x
  integrated-gradients   (x - x') * sum_k w_k grad f(x' + k/m (x - x')), w: trapezoid rule
                         (Sundararajan et al. 2017); x' black, or the input blurred by a Gaussian
                         of sigma = min(H, W) / 20, radius ceil(3 sigma), edges replicated
  smoothgrad             mean_i grad f(x + s e_i)          s = noise * (max x - min x)
  smoothgrad-squared     mean_i grad f(x + s e_i)^2
  vargrad                mean_i g_i^2 - (mean_i g_i)^2
  guided-backprop        every ReLU passes back max(grad, 0) where its input was positive
The noise e_i is drawn here and handed over in a file. Networks: torchvision's googlenet or
inception_v3 (calibrated random weights, transform_input off) on two photographs, or the
bundled Fashion-MNIST model written here as a torch module from its file, on the same two
photographs turned grey at 28 x 28. Yardstick (issue 24): the reference in float64; the
project's relative L2 error must be at most twice the float32 reference's own error against
float64, or 1e-4, whichever is larger. The float32 reference runs channels-last, as the
engine's eager path does: a random network's gradient sums many terms that cancel, so two
float32 runs that only add in another order differ from float64 by up to 4x (googlenet,
astronaut, class 10: 3.8e-3 contiguous, 1.5e-2 channels-last, the engine within 1.2e-6 of the
latter); the contiguous run's error is printed beside it. Integrated Gradients' completeness gap
as the CLI reports it must be its own sum against its own f(x) - f(x') (those logits within 1e-4
of float64), and on the bundled model with COMPLETE_STEPS steps stay below 1 %.
"""
import argparse
import copy
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torchvision.io import ImageReadMode, read_image

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from photo_model import photo_model  # noqa: E402
import safetensors_py  # noqa: E402
from verdict import verdict  # noqa: E402

IMAGES = ["chelsea.jpg", "astronaut_wide.jpg"]
BUNDLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "models",
                       "fashion_mnist_mini_inception.safetensors")
STEPS, SAMPLES, NOISE = 8, 4, 0.15
COMPLETE_STEPS = {"mini_inception": 256}
FLOOR = 1e-4
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


class GuidedRelu(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, inplace=False):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g.clamp(min=0) * (x > 0).to(g.dtype), None


def guided_relu(x, inplace=False):
    return GuidedRelu.apply(x)


class BasicConv(nn.Module):
    def __init__(self, cin, cout, k, pad):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, padding=pad, bias=False)
        self.bn = nn.BatchNorm2d(cout, eps=1e-3)

    def forward(self, x):
        return F.relu(self.bn(self.conv(x)))


class MiniModule(nn.Module):
    """core/models/mini_inception.cpp: 1x1 | 1x1, 3x3 | 1x1, 3x3, 3x3 | max-pool 3/1/1, 1x1."""
    def __init__(self, sd, p):
        super().__init__()
        c = lambda n, k: BasicConv(sd[f"{p}.{n}.conv.weight"].shape[1], sd[f"{p}.{n}.conv.weight"].shape[0], k, k // 2)
        self.b1 = nn.ModuleDict({"1x1": c("1x1", 1)})
        self.b2 = nn.ModuleDict({"3x3_reduce": c("3x3_reduce", 1), "3x3": c("3x3", 3)})
        self.b3 = nn.ModuleDict({"5x5_reduce": c("5x5_reduce", 1), "3x3a": c("3x3a", 3), "3x3b": c("3x3b", 3)})
        self.b4 = nn.ModuleDict({"pool_proj": c("pool_proj", 1)})

    def forward(self, x):
        seq = lambda d, y: [y := m(y) for m in d.values()][-1]
        return torch.cat([seq(self.b1, x), seq(self.b2, x), seq(self.b3, x),
                          self.b4["pool_proj"](F.max_pool2d(x, 3, 1, 1))], 1)


class Mini(nn.Module):
    def __init__(self, sd):
        super().__init__()
        w = lambda n: sd[f"stem.{n}.conv.weight"]
        self.conv1 = BasicConv(w("conv1").shape[1], w("conv1").shape[0], 3, 1)
        self.conv2 = BasicConv(w("conv2").shape[1], w("conv2").shape[0], 3, 1)
        self.mods = nn.ModuleDict({p: MiniModule(sd, p) for p in ["inception1a", "inception1b", "inception2a"]})
        self.fc = nn.Linear(sd["fc.weight"].shape[1], sd["fc.weight"].shape[0])

    def forward(self, x):
        x = F.max_pool2d(self.conv2(self.conv1(x)), 2, 2)
        x = F.max_pool2d(self.mods["inception1b"](self.mods["inception1a"](x)), 2, 2)
        x = self.mods["inception2a"](x)
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


def bundled_model(images_dir):
    """The bundled model as a torch module, and the photographs grey at 28 x 28, light on dark."""
    sd = {k: torch.from_numpy(v.copy()) for k, v in safetensors_py.read(BUNDLED).items()}
    model = Mini(sd)
    own = {}
    for name in model.state_dict():
        key = "stem." + name if name.startswith(("conv1.", "conv2.")) else name.replace("mods.", "")
        for b in [".b1.", ".b2.", ".b3.", ".b4."]:
            key = key.replace(b, ".")
        own[name] = sd[key]
    model.load_state_dict(own)
    model.eval()
    xs = []
    for f in IMAGES:
        img = read_image(os.path.join(images_dir, f), ImageReadMode.GRAY).float() / 255.0
        img = F.interpolate(img[None], size=(28, 28), mode="bilinear", antialias=True, align_corners=False)[0]
        xs.append(((1.0 - img) - 0.5) / 0.5)  # photographs are light-bordered: inverted, as the preset does
    return model, torch.stack(xs)


def blurred(x):
    sigma = min(x.shape[2], x.shape[3]) / 20.0
    r = math.ceil(3 * sigma)
    k = torch.exp(-torch.arange(-r, r + 1, dtype=torch.float64) ** 2 / (2 * sigma * sigma))
    k = (k / k.sum()).to(x.dtype)
    c = x.shape[1]
    y = F.pad(x, (r, r, r, r), mode="replicate")
    y = F.conv2d(y, k.view(1, 1, 1, -1).expand(c, 1, 1, -1), groups=c)
    return F.conv2d(y, k.view(1, 1, -1, 1).expand(c, 1, -1, 1), groups=c)


def black(x):
    """Black pixels, normalised: (0 - mean) / std per channel (grey: mean = std = 0.5)."""
    if x.shape[1] == 1:
        return torch.full_like(x, -1.0)
    mean = torch.tensor(MEAN, dtype=x.dtype).view(1, 3, 1, 1)
    std = torch.tensor(STD, dtype=x.dtype).view(1, 3, 1, 1)
    return ((0 - mean) / std).expand_as(x).clone()


def grads(model, points, k, chunk=8):
    out = []
    for i in range(0, points.shape[0], chunk):
        p = points[i:i + chunk].detach().clone().requires_grad_(True)
        (g,) = torch.autograd.grad(model(p)[:, k].sum(), p)
        out.append(g.detach())
    return torch.cat(out)


def reference(model, x, k, method, base=None, noise=None, steps=STEPS):
    """One image x [1, C, H, W] in the model's dtype: the attribution [C, H, W]."""
    if method in ("gradient", "input-x-gradient"):
        g = grads(model, x, k)[0]
        return g * x[0] if method == "input-x-gradient" else g
    if method == "guided-backprop":
        relu = F.relu
        F.relu = guided_relu
        try:
            return grads(model, x, k)[0]
        finally:
            F.relu = relu
    if method == "integrated-gradients":
        alphas = torch.arange(steps + 1, dtype=x.dtype).view(-1, 1, 1, 1) / steps
        g = grads(model, base + alphas * (x - base), k)
        w = torch.full((steps + 1,), 1.0 / steps, dtype=x.dtype)
        w[0] = w[-1] = 0.5 / steps
        return (x - base)[0] * (w.view(-1, 1, 1, 1) * g).sum(0)
    sigma = NOISE * float(x.max() - x.min())
    g = grads(model, x + sigma * noise.to(x.dtype), k)
    if method == "smoothgrad":
        return g.mean(0)
    if method == "smoothgrad-squared":
        return (g * g).mean(0)
    return (g * g).mean(0) - g.mean(0) ** 2


# Conductance (Dhamdhere et al. 2018) at three modules: node id in the tree -> torchvision module.
MODULES = {
    "googlenet": {"inception3b": "inception3b", "inception4c": "inception4c", "inception5a": "inception5a"},
    "inception_v3": {"Mixed_5c": "Mixed_5c", "Mixed_6c": "Mixed_6c", "Mixed_7b": "Mixed_7b"},
    "mini_inception": {"inception1a": "mods.inception1a", "inception1b": "mods.inception1b",
                       "inception2a": "mods.inception2a"},
}


def reference_conductance(model, x, k, base, module, steps=STEPS):
    """Per channel: sum_k (g_k + g_k+1) / 2 . (y_k+1 - y_k), y the module's output on the path's
    points, g = d f / d y there."""
    alphas = torch.arange(steps + 1, dtype=x.dtype).view(-1, 1, 1, 1) / steps
    points = base + alphas * (x - base)
    kept = {}
    h = dict(model.named_modules())[module].register_forward_hook(lambda m, i, o: kept.__setitem__("y", o))
    ys, gs = [], []
    try:
        for i in range(0, points.shape[0], 8):
            p = points[i:i + 8].detach().clone().requires_grad_(True)
            f = model(p)[:, k].sum()
            (g,) = torch.autograd.grad(f, kept["y"])
            ys.append(kept["y"].detach())
            gs.append(g.detach())
    finally:
        h.remove()
    y, g = torch.cat(ys).double(), torch.cat(gs).double()
    return (((g[1:] + g[:-1]) * 0.5) * (y[1:] - y[:-1])).sum((0, 2, 3))


def check_conductance(args, model, model_cl, model64, xi, inp, common, failures):
    """The branch terms at three modules against the reference, on the first photograph."""
    k = int(model(xi).argmax())
    x64 = xi.double()
    for node, module in MODULES[args.variant].items():
        got = run_cli(args.cli, [inp, *common, "--class", str(k), "--method", "integrated-gradients", "--steps",
                                 str(STEPS), "--conductance-at", node])
        cl = torch.channels_last
        c32 = reference_conductance(model_cl, xi.contiguous(memory_format=cl), k, black(xi).contiguous(memory_format=cl),
                                    module)
        c64 = reference_conductance(model64, x64, k, black(x64), module)
        widths = [(t["channels"][0], t["channels"][1]) for t in got["conductance_terms"]]
        terms = np.array([t["conductance"] for t in got["conductance_terms"]])
        ref32 = np.array([float(c32[a:b].sum()) for a, b in widths])
        ref64 = np.array([float(c64[a:b].sum()) for a, b in widths])
        e_ours, e_ref = l2(terms, ref64), l2(ref32, ref64)
        e_channels = l2(got["conductance"], c64.numpy())
        bound = max(2 * e_ref, FLOOR)
        print(f"  conductance at {node} ({module}): terms {np.round(terms, 5).tolist()} (sum {terms.sum():+.5f}, "
              f"input attribution {got['sum']:+.5f}); ours vs float64 {e_ours:.2e}, torch float32 {e_ref:.2e}, "
              f"per channel {e_channels:.2e}, bound {bound:.2e}")
        if len(terms) != 4 or e_ours > bound or e_channels > max(2 * l2(c32.numpy(), c64.numpy()), FLOOR):
            failures.append(f"conductance at {node}: terms {e_ours:.2e} (bound {bound:.2e}), channels {e_channels:.2e}")


def run_cli(cli, args):
    r = subprocess.run([cli, "explain", *args, "--json", "--full", "--threads", "2"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"explain {' '.join(args)}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def l2(a, b):
    a, b = np.asarray(a, dtype=np.float64).ravel(), np.asarray(b, dtype=np.float64).ravel()
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(b), 1e-300))


def logit(model, x, k):
    with torch.no_grad():
        return float(model(x)[0, k])


def check_image(args, model, model_cl, model64, xi, i, common, tmp, failures):
    inp = os.path.join(tmp, f"in{i}.safetensors")
    gen = torch.Generator().manual_seed(100 + i)
    noise = torch.randn((SAMPLES, *xi.shape[1:]), generator=gen)
    noise_file = os.path.join(tmp, f"noise{i}.safetensors")
    safetensors_py.write(noise_file, {"noise": noise.numpy()})
    baseline = "black" if i == 0 else "blurred"
    x64 = xi.double()
    k = int(model(xi).argmax()) if i == 0 else (7 + 3 * i) % int(model(xi).shape[1])
    for method in ["gradient", "input-x-gradient", "integrated-gradients", "smoothgrad", "smoothgrad-squared",
                   "vargrad", "guided-backprop"]:
        extra = ["--class", str(k), "--method", method]
        base32 = base64 = None
        if method == "integrated-gradients":
            extra += ["--steps", str(STEPS), "--baseline", baseline]
            base64 = blurred(x64) if baseline == "blurred" else black(x64)
            base32 = black(xi) if baseline == "black" else blurred(xi)
        if method in ("smoothgrad", "smoothgrad-squared", "vargrad"):
            extra += ["--samples", str(SAMPLES), "--noise", str(NOISE), "--noise-file", noise_file]
        got = run_cli(args.cli, [inp, *common, *extra])
        ours = np.array(got["attribution"]).reshape(xi.shape[1:])
        cl = torch.channels_last
        ref32 = reference(model_cl, xi.contiguous(memory_format=cl), k, method,
                          None if base32 is None else base32.contiguous(memory_format=cl), noise).double().numpy()
        ref64 = reference(model64, x64, k, method, base64, noise).numpy()
        plain = reference(model, xi, k, method, base32, noise).double().numpy()
        e_ours, e_ref = l2(ours, ref64), l2(ref32, ref64)
        bound = max(2 * e_ref, FLOOR)
        print(f"  {IMAGES[i]} class {k} {method:21s}: ours vs float64 {e_ours:.2e}, torch float32 vs float64 "
              f"{e_ref:.2e} (contiguous {l2(plain, ref64):.2e}), bound {bound:.2e}; |attribution| max "
              f"{np.abs(ref64).max():.3e}")
        if not np.abs(ref64).max() > 0:
            failures.append(f"{IMAGES[i]} {method}: the reference is zero; the check proves nothing")
        if got["class"] != k:
            failures.append(f"{IMAGES[i]} {method}: class {got['class']} != {k}")
        if e_ours > bound:
            failures.append(f"{IMAGES[i]} {method}: relative L2 {e_ours:.2e} > {bound:.2e}")
        if method == "integrated-gradients":
            fx, fb = logit(model64, x64, k), logit(model64, base64, k)
            gap = abs(ref64.sum() - (fx - fb)) / abs(fx - fb)
            own = abs(float(np.sum(ours)) - (got["logit"] - got["baseline_logit"])) / abs(got["logit"] - got["baseline_logit"])
            print(f"    completeness with {STEPS} steps: reference gap {100 * gap:.3f} %, ours {100 * got['completeness_gap']:.3f} % "
                  f"(relative: {got['gap_relative']}); f(x), f(x') {got['logit']:.5f}, {got['baseline_logit']:.5f} against "
                  f"{fx:.5f}, {fb:.5f}")
            # The gap is the CLI's own sum against its own logits, and the logits are the reference's.
            if not got["gap_relative"] or abs(got["completeness_gap"] - own) > 1e-6 * max(own, 1):
                failures.append(f"{IMAGES[i]}: completeness gap {got['completeness_gap']:.6e} != {own:.6e} from its sum")
            if max(abs(got["logit"] - fx), abs(got["baseline_logit"] - fb)) > 1e-4 * max(abs(fx), abs(fb), 1):
                failures.append(f"{IMAGES[i]}: f(x), f(x') {got['logit']}, {got['baseline_logit']} != {fx}, {fb}")
            if args.variant != "mini_inception":
                continue  # random weights: see the README for the steps they need
            many = run_cli(args.cli, [inp, *common, "--class", str(k), "--method", method, "--baseline", baseline,
                                      "--steps", str(COMPLETE_STEPS[args.variant])])
            print(f"    completeness with {COMPLETE_STEPS[args.variant]} steps: {100 * many['completeness_gap']:.3f} %")
            if not many["gap_relative"] or many["completeness_gap"] >= 0.01:
                failures.append(f"{IMAGES[i]}: gap {many['completeness_gap']:.4e} with "
                                f"{COMPLETE_STEPS[args.variant]} steps (relative: {many['gap_relative']})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--variant", choices=["googlenet", "inception_v3", "mini_inception"], required=True)
    args = ap.parse_args()
    torch.set_num_threads(2)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.variant == "mini_inception":
            model, x = bundled_model(args.images)
            common = ["--variant", "mini_inception"]  # the bundled file, as the window opens it
        else:
            model, x, _ = photo_model(args.variant, args.images, seed=5, transform_input=False, photos=IMAGES)
            weights = os.path.join(tmp, f"{args.variant}.pth")
            torch.save(model.state_dict(), weights)
            common = ["--variant", args.variant, "--weights", weights, "--no-transform-input"]
        model64 = copy.deepcopy(model).double()
        model_cl = copy.deepcopy(model).to(memory_format=torch.channels_last)
        for i in range(len(IMAGES)):
            safetensors_py.write(os.path.join(tmp, f"in{i}.safetensors"), {"input": x[i:i + 1].numpy()})
        check_conductance(args, model, model_cl, model64, x[0:1], os.path.join(tmp, "in0.safetensors"), common,
                          failures)
        for i in range(len(IMAGES)):
            check_image(args, model, model_cl, model64, x[i:i + 1], i, common, tmp, failures)
    return verdict(failures, f"attribution parity ({args.variant})")


if __name__ == "__main__":
    sys.exit(main())
