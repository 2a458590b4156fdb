"""torchvision's googlenet or inception_v3 with random weights calibrated on the test
photographs (NOTES.md item 12), and those photographs preprocessed by torchvision: what the
parity scripts compare the engine against."""
import argparse
import os

import torch
import torchvision
from torchvision.io import ImageReadMode, read_image
from torchvision.models import GoogLeNet_Weights, Inception_V3_Weights

from calibrate import calibrate

PHOTOS = ["chelsea.jpg", "astronaut_wide.jpg", "coffee_small.png", "camera_grey.png", "chelsea_rgba.png"]
SETUP = {"googlenet": (224, GoogLeNet_Weights.IMAGENET1K_V1), "inception_v3": (299, Inception_V3_Weights.IMAGENET1K_V1)}


def photo_model(variant, images_dir, seed, transform_input, photos=PHOTOS):
    """(model, photos as a batch, input size): the model calibrated on the photographs and
    their mirror images, in eval mode."""
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    size, weights_enum = SETUP[variant]
    model = getattr(torchvision.models, variant)(weights=None, aux_logits=False, init_weights=True,
                                                 transform_input=transform_input)
    transform = weights_enum.transforms()
    x = torch.stack([transform(read_image(os.path.join(images_dir, f), ImageReadMode.RGB)) for f in photos])
    calibrate(model, size, model.fc, seed=seed, inputs=torch.cat([x, x.flip(3)]))
    model.eval()
    return model, x, size


def photo_args():
    """The parity scripts' command line: --cli, --images (the photographs' folder), --variant."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--images", required=True)
    ap.add_argument("--variant", choices=sorted(SETUP), required=True)
    return ap.parse_args()
