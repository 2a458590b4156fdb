#!/usr/bin/python3
"""`inception-cli classify --json` against torchvision's probabilities, end to end.

googlenet and inception_v3 with calibrated random weights, saved in the zip and the legacy
format; the input is the five test photographs preprocessed by torchvision (a tensor file,
to isolate the network). Asserts top-5 probabilities within 1e-4 and the same top-5 order.
"""
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


def main():
    args = photo_args()
    model, x, size = photo_model(args.variant, args.images, seed=3, transform_input=True)
    with torch.no_grad():
        ref = torch.softmax(model(x), 1).numpy()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "input.safetensors")
        safetensors_py.write(inp, {"input": x.numpy()})
        for fmt, zipfile in (("zip", True), ("legacy", False)):
            path = os.path.join(tmp, f"{args.variant}-{fmt}.pth")
            torch.save(model.state_dict(), path, _use_new_zipfile_serialization=zipfile)
            r = subprocess.run([args.cli, "classify", inp, "--variant", args.variant, "--weights", path,
                                "--transform-input", "--top", "5", "--threads", "2", "--json"],
                               capture_output=True, text=True)
            if r.returncode != 0:
                failures.append(f"{fmt}: classify failed: {r.stderr.strip()}")
                continue
            results = json.loads(r.stdout)
            worst = 0.0
            for n, res in enumerate(results):
                ref_order = np.argsort(-ref[n])[:5].tolist()
                got_order = [t["index"] for t in res["top"]]
                if got_order != ref_order:
                    failures.append(f"{fmt} image {n}: top-5 {got_order} != {ref_order}")
                for t in res["top"]:
                    worst = max(worst, abs(t["probability"] - float(ref[n, t["index"]])))
            print(f"{args.variant} {fmt}: {len(results)} images, top-1 probabilities "
                  f"{[round(r['top'][0]['probability'], 4) for r in results]}, worst |dp| = {worst:.2e}")
            if worst > 1e-4:
                failures.append(f"{fmt}: probabilities differ by {worst:.2e} > 1e-4")
    distinct = len(set(ref.argmax(1).tolist()))
    if distinct < 3:
        failures.append(f"only {distinct} distinct top-1 classes: the fixture proves little")
    return verdict(failures, "classify parity")


if __name__ == "__main__":
    sys.exit(main())
