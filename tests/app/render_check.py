#!/usr/bin/python3
"""The render mode: `inception-explorer --screenshot` writes the window as a PNG that shows
a diagram and, with --image, the predictions (checked for size and content)."""
import os
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image

EXE, IMAGES = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "shot.png")
    env = dict(os.environ, HOME=tmp, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([EXE, "--variant", "inception_v3", "--image", os.path.join(IMAGES, "chelsea.jpg"),
                        "--select", "Mixed_6b", "--expand", "Mixed_6b", "--size", "1200x800", "--screenshot", out],
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape[:2] == (800, 1200), img.shape
    colours = len(np.unique(img.reshape(-1, 3) // 8, axis=0))
    assert colours > 200, f"only {colours} colours: a blank window?"
    bad = subprocess.run([EXE, "--variant", "inception_v9", "--screenshot", out], env=env, capture_output=True,
                         text=True, timeout=300)
    assert bad.returncode != 0 and "unknown variant 'inception_v9'" in bad.stderr, bad.stderr
    # A check the network refuses (random weights) ends the scripted run all the same, with its picture.
    for check in ("--sanity", "--deletion-curve"):
        refused = subprocess.run([EXE, "--variant", "googlenet", "--image", os.path.join(IMAGES, "chelsea.jpg"),
                                  "--attribution", "gradient", check, "--show", "explanation", "--size", "1200x800",
                                  "--screenshot", out], env=env, capture_output=True, text=True, timeout=300)
        assert refused.returncode == 0 and os.path.getsize(out) > 0, (check, refused.stderr)
print("render mode OK")
