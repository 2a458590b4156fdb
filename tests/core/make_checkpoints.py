#!/usr/bin/python3
"""Weight files written by PyTorch itself, for the checkpoint reader's tests."""
import collections
import json
import os
import sys

import torch
import torchvision


class Evil:
    """Unpickling this would run a shell command: the reader must refuse it."""

    def __reduce__(self):
        return (os.system, ("echo this-must-never-run",))


def tensors():
    torch.manual_seed(7)
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    sd = collections.OrderedDict()
    sd["f32"] = torch.randn(3, 4)
    sd["f64"] = torch.randn(2, dtype=torch.float64)
    sd["f16"] = torch.randn(5).half()
    sd["bf16"] = torch.randn(3).bfloat16()
    sd["i64_scalar"] = torch.tensor(42)
    sd["i32"] = torch.tensor([1, -2, 3], dtype=torch.int32)
    sd["u8"] = torch.tensor([0, 7, 255], dtype=torch.uint8)
    sd["flags"] = torch.tensor([True, False, True])
    sd["transposed"] = base.t()          # non-contiguous view
    sd["row_slice"] = base[1:3, 2:5]     # offset into a shared storage
    sd["base"] = base
    sd["empty"] = torch.zeros(0, 3)
    sd._metadata = collections.OrderedDict({"": {"version": 1}})  # as module.state_dict() has
    return sd


def describe(sd):
    return {k: {"dtype": str(v.dtype).replace("torch.", ""), "shape": list(v.shape),
                "values": v.double().flatten().tolist()} for k, v in sd.items()}


def main(out):
    os.makedirs(out, exist_ok=True)
    sd = tensors()
    torch.save(sd, f"{out}/roundtrip.pth")
    torch.save(sd, f"{out}/roundtrip_legacy.pth", _use_new_zipfile_serialization=False)
    with open(f"{out}/roundtrip.json", "w") as f:
        json.dump(describe(sd), f)
    torch.save({"state_dict": sd, "epoch": 3}, f"{out}/wrapped.pth")

    torch.save({"w": torch.zeros(1), "payload": Evil()}, f"{out}/evil.pth")
    torch.save({"w": torch.zeros(1), "payload": Evil()}, f"{out}/evil_legacy.pth",
               _use_new_zipfile_serialization=False)

    for name in ("roundtrip", "roundtrip_legacy"):
        data = open(f"{out}/{name}.pth", "rb").read()
        open(f"{out}/{name}_truncated.pth", "wb").write(data[: len(data) * 6 // 10])

    net = torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=False)
    g = net.state_dict()
    del g["inception4a.branch2.1.bn.running_var"]
    torch.save(g, f"{out}/googlenet_missing_key.pth")

    open(f"{out}/not_a_checkpoint.pth", "w").write("these are not the weights you are looking for\n")
    open(f"{out}/empty.pth", "wb").close()
    print("wrote fixtures to", out)


if __name__ == "__main__":
    main(sys.argv[1])
