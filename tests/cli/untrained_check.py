#!/usr/bin/python3
"""Untrained networks open the same way everywhere: calibrated batch norm, a centred and scaled
classifier. For each of the five on five photographs from Debian's python3-skimage, the top-1
probability stays below 0.5 (not a confident answer from random weights) and the top-1 class is
not the same for all five photographs (the output depends on the input). The calibration the
build ships is what opens them (nothing is calibrated into an empty cache) and gives the very
logits a calibration computed here gives. And the teaching network classifies with its bundled
weights, from the command line as in the window."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

DATA = "/usr/lib/python3/dist-packages/skimage/data"
PHOTOS = ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg", "motorcycle_left.png"]
VARIANTS = ["googlenet", "bn_inception", "inception_v3", "inception_v4", "inception_resnet_v2"]


def main():
    cli = sys.argv[1]
    photos = [os.path.join(DATA, p) for p in PHOTOS]
    failures = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TORCH_HOME=os.path.join(home, "torch"), HF_HOME=os.path.join(home, "hf"))
        shipped_cache, own_cache = os.path.join(home, "shipped"), os.path.join(home, "own")
        for v in VARIANTS:
            args = [cli, "classify", *photos, "--variant", v, "--untrained", "--json", "--threads", "2"]
            r = subprocess.run(args, capture_output=True, text=True, env=dict(env, INCEPTION_CACHE_DIR=shipped_cache))
            if r.returncode != 0:
                failures.append(f"{v}: classify failed: {r.stderr.strip()}")
                continue
            rows = json.loads(r.stdout)
            if os.path.isdir(os.path.join(shipped_cache, "calibration")):
                failures.append(f"{v}: calibrated again instead of reading the calibration the build ships")
            own = subprocess.run(args, capture_output=True, text=True,
                                 env=dict(env, INCEPTION_CACHE_DIR=own_cache, INCEPTION_SHIPPED_CALIBRATION="0"))
            computed = json.loads(own.stdout) if own.returncode == 0 else []
            logits = [[t["logit"] for t in row["top"]] for row in rows]
            if [[t["logit"] for t in row["top"]] for row in computed] != logits:
                failures.append(f"{v}: the shipped calibration's logits differ from a calibration computed here")
            top = [(row["top"][0]["label"], row["top"][0]["probability"]) for row in rows]
            print(f"{v:22s}", "  ".join(f"{label[:18]} {p:.3f}" for label, p in top))
            if not all(row["untrained"] for row in rows):
                failures.append(f"{v}: the output does not say the weights are untrained")
            if max(p for _, p in top) >= 0.5:
                failures.append(f"{v}: a top-1 probability of {max(p for _, p in top):.3f} from random weights")
            if len({label for label, _ in top}) < 2:
                failures.append(f"{v}: the same top-1 ({top[0][0]}) for all five photographs")
        r = subprocess.run([cli, "classify", photos[1], "--variant", "mini_inception", "--json"],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            failures.append(f"mini_inception with its bundled weights: {r.stderr.strip()}")
        else:
            row = json.loads(r.stdout)[0]
            print("mini_inception:", row["top"][0]["label"], row["weights"])
            if row["untrained"] or "fashion_mnist_mini_inception.safetensors" not in row["weights"]:
                failures.append(f"mini_inception did not use the bundled model: {row['weights']}")
            if row["top"][0]["label"] not in open(os.path.join(os.path.dirname(__file__), "..", "..", "resources",
                                                               "models", "fashion_mnist_classes.txt")).read():
                failures.append(f"mini_inception's label {row['top'][0]['label']!r} is not a Fashion-MNIST class")
    return verdict(failures, "untrained networks")


if __name__ == "__main__":
    sys.exit(main())
