#!/usr/bin/python3
"""Every bad input gets a clear one-line message and a non-zero exit; nothing crashes.
Also: EXIF orientation, a 1x1 image (classified after the resize), `activations --png`."""
import os
import subprocess
import sys
import tempfile
from collections import OrderedDict

import numpy as np
import torch
import torchvision
from PIL import Image

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import safetensors_py  # noqa: E402

CLI, IMAGES, CHECKPOINTS = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def run(*args, env=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def refused(args, needle, what, env=None):
    r = run(*args, env=env)
    lines = [l for l in r.stderr.strip().splitlines() if not l.startswith("libpng warning")]
    check(r.returncode not in (0,) and r.returncode < 128 and len(lines) == 1 and needle in r.stderr,
          f"{what}: exit {r.returncode}, {r.stderr.strip()!r}")


img = lambda name: os.path.join(IMAGES, name)
classify = ["classify", "--variant", "googlenet", "--untrained"]
refused([*classify, img("not_an_image.png")], "not an image", "a text file named .png")
refused([*classify, img("empty.jpg")], "empty", "an empty file")
refused([*classify, img("truncated.jpg")], "truncated", "a truncated JPEG")
refused([*classify, img("huge_header.png")], "above the limit of 100,000,000 pixels", "a PNG claiming 600 megapixels")
refused([*classify, img("no_such.jpg")], "no such file", "a missing image")
# A folder: its images classified, the unreadable ones named, exit 3 at the end.
refused([*classify, IMAGES], "inputs could not be classified", "a folder with broken images")
r = run(*classify, img("one_pixel.png"))
check(r.returncode == 0 and "UNTRAINED" in r.stdout, "a 1x1 image is classified after the resize, marked untrained")

with tempfile.TemporaryDirectory() as tmp:
    # EXIF orientation 6: the stored top edge (blue band) ends up on the right.
    out = os.path.join(tmp, "exif.safetensors")
    r = run("preprocess", img("exif_rotated.jpg"), "--variant", "googlenet", "--output", out)
    x = safetensors_py.read(out)["input"][0]
    blue_right, blue_left = float(x[2, :, -5:].mean()), float(x[2, :, :5].mean())
    check(r.returncode == 0 and blue_right > blue_left + 1.0,
          f"EXIF orientation honoured (blue right {blue_right:.2f} vs left {blue_left:.2f})")

    # Weight files
    g = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=False).state_dict()
    good = os.path.join(tmp, "g.pth")
    torch.save(g, good)
    data = open(good, "rb").read()
    trunc = os.path.join(tmp, "g_truncated.pth")
    open(trunc, "wb").write(data[: len(data) // 2])
    v3 = os.path.join(tmp, "v3.pth")
    torch.save(torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=False).state_dict(), v3)
    photo = img("chelsea.jpg")
    refused(["classify", photo, "--variant", "googlenet", "--weights", trunc], "truncated", "a truncated .pth")
    refused(["classify", photo, "--variant", "googlenet", "--weights", v3], "Conv2d_1a_3x3", "a .pth of inception_v3 for googlenet")
    refused(["classify", photo, "--variant", "googlenet", "--weights", os.path.join(CHECKPOINTS, "evil.pth")],
            "refuses the pickled global", "a pickle calling os.system")
    r = run("classify", photo, "--variant", "googlenet", "--weights", good)
    check(r.returncode == 0 and "not a published file" not in r.stderr, "the intact file classifies")

    # A file with the published name and the wrong content: verify and the cache both refuse it.
    hub = os.path.join(tmp, "torch", "hub", "checkpoints")
    os.makedirs(hub)
    fake = os.path.join(hub, "googlenet-1378be20.pth")
    open(fake, "wb").write(data)
    refused(["weights", "verify", fake], "does not start with 1378be20", "a wrong SHA-256 (verify)")
    env = dict(os.environ, TORCH_HOME=os.path.join(tmp, "torch"))
    refused(["classify", photo, "--variant", "googlenet"], "does not start with 1378be20", "a wrong SHA-256 in the cache", env=env)
    r = run("weights", "list", env=dict(env, INCEPTION_WEIGHTS_BASE_URL="http://127.0.0.1:9"))
    check("HASH MISMATCH" in r.stdout and "http://127.0.0.1:9/models/googlenet-1378be20.pth" in r.stdout,
          "weights list shows the mismatch and the redirected URL")
    refused(["classify", photo, "--variant", "inception_v3"], "inception_v3_google-0cc3c7bd.pth",
            "no weights: says which file to get", env=env)

    # activations --png of a branch
    png = os.path.join(tmp, "branch.png")
    r = run("activations", photo, "--variant", "googlenet", "--node", "inception4a.branch2", "--weights", good,
            "--png", png)
    ok = r.returncode == 0 and os.path.exists(png)
    if ok:
        a = np.asarray(Image.open(png).convert("RGB"))
        ok = a.shape[0] > 300 and a.shape[1] > 300 and a.std() > 10 and len(np.unique(a.reshape(-1, 3), axis=0)) > 50
    check(ok, f"activations --png writes a non-blank grid ({r.stderr.strip()[:200]})")
    refused(["activations", photo, "--variant", "googlenet", "--node", "inception9z", "--weights", good],
            "no node 'inception9z'", "an unknown node")

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("all bad-input checks passed")
