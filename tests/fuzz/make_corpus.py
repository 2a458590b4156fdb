#!/usr/bin/python3
"""Seed corpora for the fuzz targets: small valid files of every format the readers take, made by
the same writers as the tests' fixtures (torch.save, the safetensors layout, IDX, CIFAR, Pillow,
the trainer's metrics.csv and model JSON). Run with Debian's /usr/bin/python3 (torch inside);
the output is committed under tests/fuzz/corpus/<target>/.

    /usr/bin/python3 tests/fuzz/make_corpus.py tests/fuzz/corpus
"""
import collections
import gzip
import io
import json
import os
import pickle
import struct
import sys
import zipfile

import numpy as np
import torch
from PIL import Image


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def saved(obj, zip_format=True):
    buf = io.BytesIO()
    torch.save(obj, buf, _use_new_zipfile_serialization=zip_format)
    return buf.getvalue()


def safetensors(tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    names = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64",
             torch.uint8: "U8", torch.bool: "BOOL", torch.float64: "F64", torch.int32: "I32"}
    for name, t in tensors.items():
        raw = t.contiguous().view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    h = json.dumps(header).encode()
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + b"".join(blobs)


def idx_images(n, rows, cols):
    return struct.pack(">IIII", 0x803, n, rows, cols) + bytes(
        (i * 7) % 256 for i in range(n * rows * cols))


def idx_labels(n):
    return struct.pack(">II", 0x801, n) + bytes(i % 10 for i in range(n))


def main(out):
    torch.manual_seed(0)
    sd = collections.OrderedDict(
        [("conv.weight", torch.randn(2, 1, 3, 3)), ("conv.bias", torch.zeros(2)), ("bn.num_batches_tracked", torch.tensor(3))])
    c = os.path.join(out, "checkpoint")
    write(c, "zip_state_dict.pt", saved(sd))
    write(c, "legacy_state_dict.pt", saved(sd, zip_format=False))
    write(c, "zip_wrapped.pt", saved({"state_dict": sd, "epoch": 3}))
    write(c, "zip_half.pt", saved({"w": torch.randn(4).half(), "v": torch.arange(6).view(2, 3)[:, 1]}))
    write(c, "safetensors.safetensors", safetensors({"w": torch.randn(2, 2)}))

    u = os.path.join(out, "unpickler")
    with zipfile.ZipFile(io.BytesIO(saved(sd))) as z:
        write(u, "state_dict.pkl", z.read([n for n in z.namelist() if n.endswith("data.pkl")][0]))
    with zipfile.ZipFile(io.BytesIO(saved({"p": torch.nn.Parameter(torch.ones(2)), "b": torch.tensor([True])}))) as z:
        write(u, "parameter.pkl", z.read([n for n in z.namelist() if n.endswith("data.pkl")][0]))
    plain = {"a": [1, -2, 2**40, 2**70, -(2**70)], "b": (1.5, None, True, False), "c": b"\x00bytes", "d": "text é"}
    for proto in (2, 4):
        write(u, f"plain_p{proto}.pkl", pickle.dumps(plain, protocol=proto))
    write(u, "ordered_dict.pkl", pickle.dumps(collections.OrderedDict([("x", 1), ("y", [2, 3])]), protocol=2))
    write(u, "shared.pkl", pickle.dumps([[1, 2]] * 3, protocol=2))

    s = os.path.join(out, "safetensors")
    write(s, "f32.safetensors", safetensors({"a": torch.randn(3, 2), "b": torch.zeros(0)}))
    write(s, "mixed.safetensors", safetensors(
        {"h": torch.randn(2).half(), "bf": torch.randn(2).bfloat16(), "i": torch.arange(3), "u": torch.arange(4, dtype=torch.uint8),
         "t": torch.tensor([True, False]), "d": torch.randn(1).double(), "i32": torch.arange(2, dtype=torch.int32)},
        metadata={"format": "pt"}))

    m = os.path.join(out, "model_json")
    info = {"variant": "mini_inception", "width": 0.5, "input": [1, 28, 28], "classes": ["a", "b", "c"],
            "dataset": "fashion-mnist", "aux_heads": False, "trained": True, "note": "seed"}
    write(m, "model.json", json.dumps(info, indent=1).encode())
    write(m, "minimal.json", json.dumps({"variant": "googlenet", "input": [3, 64, 64]}).encode())
    bundled = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "models", "fashion_mnist_mini_inception.json")
    with open(bundled, "rb") as f:
        write(m, "bundled.json", f.read())

    d = os.path.join(out, "datasets")
    write(d, "images.idx3", idx_images(3, 4, 5))
    write(d, "labels.idx1", idx_labels(7))
    write(d, "images.idx3.gz", gzip.compress(idx_images(2, 3, 3), mtime=0))
    write(d, "labels.idx1.gz", gzip.compress(idx_labels(4), mtime=0))
    write(d, "cifar.bin", b"".join(bytes([i]) + bytes((i + j) % 256 for j in range(3072)) for i in range(2)))

    im = os.path.join(out, "image")
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 255, (6, 8, 3), dtype=np.uint8)
    for fmt, name, kw in (("PNG", "rgb.png", {}), ("JPEG", "rgb.jpg", {"quality": 80}), ("BMP", "rgb.bmp", {}),
                          ("WEBP", "rgb.webp", {"quality": 80}), ("TIFF", "rgb.tiff", {})):
        buf = io.BytesIO()
        Image.fromarray(pixels).save(buf, fmt, **kw)
        write(im, name, buf.getvalue())
    buf = io.BytesIO()
    Image.fromarray(pixels[:, :, 0]).save(buf, "PNG")
    write(im, "grey.png", buf.getvalue())
    buf = io.BytesIO()
    Image.fromarray(np.dstack([pixels, pixels[:, :, :1]])).save(buf, "PNG")
    write(im, "rgba.png", buf.getvalue())
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", progressive=True)
    write(im, "progressive.jpg", buf.getvalue())

    csv = os.path.join(out, "metrics_csv")
    rows = ["kind,epoch,step,loss,accuracy,lr,images_per_s"]
    rows += [f"step,1,{i},{2.3 - 0.1 * i:.4f},{0.1 * i:.3f},0.01,300.5" for i in range(1, 5)]
    rows += ["epoch,1,4,2.0,0.3,0.01,310", "validation,1,4,1.9,0.35,0.01,0"]
    write(csv, "metrics.csv", ("\n".join(rows) + "\n").encode())
    write(csv, "partial.csv", b"kind,epoch,step,loss,accuracy\nstep,1,1,2.3,0.1\nstep,1,2,2.2")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus"))
