#!/usr/bin/python3
"""How far the PIL route (antialiased resize, what most Python users run) moves a calibrated
network's logits compared with torchvision's tensor route (what inception-cli reproduces).
Usage: pil_route_effect.py IMAGES_DIR"""
import os
import sys

import torch
import torchvision
from PIL import Image
from torchvision.io import ImageReadMode, read_image
from torchvision.models import GoogLeNet_Weights, Inception_V3_Weights

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from calibrate import calibrate  # noqa: E402

IMAGES = ["chelsea.jpg", "astronaut_wide.jpg", "coffee_small.png", "camera_grey.png", "chelsea_rgba.png"]
torch.manual_seed(5)
for variant, size, w in (("googlenet", 224, GoogLeNet_Weights), ("inception_v3", 299, Inception_V3_Weights)):
    t = w.IMAGENET1K_V1.transforms()
    paths = [os.path.join(sys.argv[1], f) for f in IMAGES]
    tensor_route = torch.stack([t(read_image(p, ImageReadMode.RGB)) for p in paths])
    pil_route = torch.stack([t(Image.open(p).convert("RGB")) for p in paths])
    m = getattr(torchvision.models, variant)(weights=None, aux_logits=False, init_weights=True, transform_input=True)
    calibrate(m, size, m.fc, inputs=torch.cat([tensor_route, tensor_route.flip(3)]))
    with torch.no_grad():
        a, b = m(tensor_route), m(pil_route)
    rel = ((a - b).abs().amax(1) / a.abs().amax(1)).tolist()
    same = (a.argmax(1) == b.argmax(1)).tolist()
    levels = ((tensor_route - pil_route).abs() * 255 * 0.224)
    print(f"{variant}: input differs by up to {levels.amax():.0f} levels (mean {levels.mean():.2f}); "
          f"logits max|d|/max|ref| per image {[round(r, 3) for r in rel]}; same top-1 {sum(same)}/{len(same)}")
