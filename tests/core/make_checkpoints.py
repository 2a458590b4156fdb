#!/usr/bin/python3
"""Weight files written by PyTorch itself, for the checkpoint reader's tests."""
import collections
import json
import os
import struct
import sys
import zipfile

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


def rewrite_zip(src, dst, edit=lambda name, data: data, compression=zipfile.ZIP_STORED):
    """The same records in a new archive (optionally edited or compressed)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=compression) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))


def claim_huge_storage(pickle_bytes):
    """The first storage reference's element count (pickled as BININT1 after 'cpu') -> 2^30 - 1."""
    at = pickle_bytes.index(b"cpu")
    k = pickle_bytes.index(b"K", at)
    return pickle_bytes[:k] + b"J" + struct.pack("<i", 0x3FFFFFFF) + pickle_bytes[k + 2:]


def hostile(out):
    """Archives that declare more than they hold: refused before anything of that size is allocated."""
    small = collections.OrderedDict(w=torch.arange(6, dtype=torch.float32))
    torch.save(small, f"{out}/small.pth")
    torch.save(small, f"{out}/small_legacy.pth", _use_new_zipfile_serialization=False)
    # A central directory entry that claims 2 GiB for data.pkl.
    data = bytearray(open(f"{out}/small.pth", "rb").read())
    cd = data.rindex(b"PK\x01\x02", 0, data.rindex(b"PK\x05\x06"))
    while True:  # the entry of data.pkl
        name_len = struct.unpack_from("<H", data, cd + 28)[0]
        if data[cd + 46: cd + 46 + name_len].endswith(b"data.pkl"):
            break
        cd = data.rindex(b"PK\x01\x02", 0, cd)
    struct.pack_into("<II", data, cd + 20, 0x7FFFFFFF, 0x7FFFFFFF)
    open(f"{out}/zip_huge_record.pth", "wb").write(bytes(data))
    # Deflated records (torch.save never compresses).
    rewrite_zip(f"{out}/small.pth", f"{out}/zip_deflated.pth", compression=zipfile.ZIP_DEFLATED)
    # A pickle whose storage claims 2^30 floats (4 GiB) in a 24-byte record.
    rewrite_zip(f"{out}/small.pth", f"{out}/zip_huge_storage.pth",
                lambda name, d: claim_huge_storage(d) if name.endswith("data.pkl") else d)
    legacy = open(f"{out}/small_legacy.pth", "rb").read()
    open(f"{out}/legacy_huge_storage.pth", "wb").write(claim_huge_storage(legacy))


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

    hostile(out)
    open(f"{out}/not_a_checkpoint.pth", "w").write("these are not the weights you are looking for\n")
    open(f"{out}/empty.pth", "wb").close()
    print("wrote fixtures to", out)


if __name__ == "__main__":
    main(sys.argv[1])
