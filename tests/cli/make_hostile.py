#!/usr/bin/python3
"""A set of hostile files no other test uses, made at test time: crafted pickles, zip bombs,
headers claiming huge sizes, truncated and bit-flipped files of every format the application
reads. Written into OUT/{weights,images,idx,cifar,json}/; the valid file each kind was derived
from is OUT/<kind>/valid.*, for the memory baseline.

    /usr/bin/python3 make_hostile.py OUT
"""
import collections
import gzip
import io
import json
import os
import random
import struct
import sys
import zipfile
import zlib

import numpy as np
import torch
from PIL import Image
from skimage import data as skdata

OUT = sys.argv[1]
rng = random.Random(20261202)


def put(kind, name, data):
    os.makedirs(os.path.join(OUT, kind), exist_ok=True)
    with open(os.path.join(OUT, kind, name), "wb") as f:
        f.write(data)


def truncations_and_flips(kind, stem, ext, data, flips=4):
    put(kind, f"{stem}_cut_half{ext}", data[: len(data) // 2])
    put(kind, f"{stem}_cut_last_byte{ext}", data[:-1])
    put(kind, f"{stem}_cut_to_8_bytes{ext}", data[:8])
    for k in range(flips):
        b = bytearray(data)
        # one flip in the first 256 bytes (headers, where structure lives), one anywhere
        for at in (rng.randrange(min(256, len(b))), rng.randrange(len(b))):
            b[at] ^= 1 << rng.randrange(8)
        put(kind, f"{stem}_bitflip{k}{ext}", bytes(b))


def saved(obj, zip_format=True):
    buf = io.BytesIO()
    torch.save(obj, buf, _use_new_zipfile_serialization=zip_format)
    return buf.getvalue()


def zip_with(records, compress=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compress) as z:
        for name, blob in records:
            z.writestr(name, blob)
    return buf.getvalue()


def safetensors(header, payload=b""):
    h = json.dumps(header).encode()
    return struct.pack("<Q", len(h)) + h + payload


# ---- weight files -------------------------------------------------------------------------
torch.manual_seed(1)
sd = collections.OrderedDict((f"layer{i}.weight", torch.randn(16, 16)) for i in range(4))
valid_zip = saved(sd)
put("weights", "valid.pt", valid_zip)
truncations_and_flips("weights", "zip", ".pt", valid_zip)
valid_legacy = saved(sd, zip_format=False)
truncations_and_flips("weights", "legacy", ".pt", valid_legacy)
st_payload = np.arange(64, dtype=np.float32).tobytes()
valid_st = safetensors({"w": {"dtype": "F32", "shape": [8, 8], "data_offsets": [0, 256]}}, st_payload)
truncations_and_flips("weights", "safetensors", ".safetensors", valid_st)

# Pickles that name code: os.system, builtins.eval, subprocess via STACK_GLOBAL, torch.load itself.
for name, pkl in {
    "global_os_system": b"\x80\x02cos\nsystem\nq\x00X\x05\x00\x00\x00id -aq\x01\x85q\x02Rq\x03.",
    "global_builtins_eval": b"\x80\x02cbuiltins\neval\nX\x0b\x00\x00\x00print(1+1)\x85R.",
    "stack_global_subprocess": b"\x80\x04\x8c\nsubprocess\x94\x8c\x05Popen\x94\x93X\x02\x00\x00\x00id\x85R.",
    "global_torch_load": b"\x80\x02ctorch\nload\nX\x03\x00\x00\x00a.pt\x85R.",
}.items():
    put("weights", f"pickle_{name}.pt", zip_with([("archive/data.pkl", pkl), ("archive/version", b"3\n")]))
# Pickles that exhaust: nesting 100,000 deep, a list that holds itself, a string claiming 4 GiB,
# a memo index far away, a million MARKs.
deep = b"\x80\x02" + b"]" * 100000 + b"a" * 99999 + b"."
put("weights", "pickle_nested_100000_deep.pt", zip_with([("archive/data.pkl", deep)]))
put("weights", "pickle_list_holds_itself.pt", zip_with([("archive/data.pkl", b"\x80\x02]q\x00h\x00a.")]))
put("weights", "pickle_string_claims_4gib.pt", zip_with([("archive/data.pkl", b"\x80\x02X\xff\xff\xff\xffabc.")]))
put("weights", "pickle_memo_far_away.pt", zip_with([("archive/data.pkl", b"\x80\x02j\xff\xff\xff\x7f.")]))
put("weights", "pickle_million_marks.pt", zip_with([("archive/data.pkl", b"\x80\x02" + b"(" * 1000000 + b".")]))
put("weights", "legacy_storage_claims_2e12_elements.pt",
    valid_legacy.replace(struct.pack("<q", 256), struct.pack("<q", 2 * 10**12), 1))
# Zip bombs: a deflated record that inflates to 1 GiB, 2,000 directory entries over the same bytes,
# a zip64 record claiming 2^60 bytes.
bomb = zip_with([("archive/data.pkl", b"\x80\x02}."), ("archive/data/0", b"\0" * (1 << 30))], zipfile.ZIP_DEFLATED)
put("weights", "zip_bomb_deflated_1gib.pt", bomb)
blob = b"\x11" * (1 << 20)
overlap = bytearray(zip_with([("archive/data.pkl", b"\x80\x02}."), ("archive/data/0", blob)]))
# Re-point every directory entry but the first at the big record's local header, 2,000 times.
end = overlap.rfind(b"PK\x05\x06")
dir_size, dir_at = struct.unpack("<II", overlap[end + 12:end + 20])
entries = overlap[dir_at:dir_at + dir_size]
second = entries.find(b"PK\x01\x02", 4)
copies = b"".join(entries[second:].replace(b"archive/data/0", f"archive/data/{i % 10}".encode(), 1) for i in range(2000))
new_dir = entries[:second] + copies
tail = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 2001, 2001, len(new_dir), dir_at, 0)
put("weights", "zip_2000_entries_over_one_record.pt", bytes(overlap[:dir_at]) + new_dir + tail)
z64 = bytearray(valid_zip)
e = z64.rfind(b"PK\x05\x06")
z64[e + 12:e + 20] = b"\xff" * 8
put("weights", "zip_end_record_claims_zip64.pt", bytes(z64))
# Safetensors headers that claim: a 2^63-byte header, a shape of 2^40 x 2^40, offsets beyond the
# file, a header length larger than the file, a header of nested arrays 100,000 deep.
put("weights", "st_header_length_2_63.safetensors", struct.pack("<Q", 1 << 63) + b"{}")
put("weights", "st_shape_2_40_squared.safetensors",
    safetensors({"w": {"dtype": "F32", "shape": [1 << 40, 1 << 40], "data_offsets": [0, 16]}}, b"\0" * 16))
put("weights", "st_offsets_beyond_file.safetensors",
    safetensors({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 1 << 40]}}, b"\0" * 16))
put("weights", "st_header_longer_than_file.safetensors", struct.pack("<Q", 1 << 30) + b'{"w": 1}')
put("weights", "st_header_nested_100000_deep.safetensors",
    struct.pack("<Q", 200000) + b"[" * 100000 + b"]" * 100000)
put("weights", "random_bytes.pt", bytes(rng.randrange(256) for _ in range(4096)))
put("weights", "empty.safetensors", b"")

# ---- images -------------------------------------------------------------------------------
photo = skdata.coffee()[::4, ::4]
for fmt, ext, kw in (("PNG", ".png", {}), ("JPEG", ".jpg", {"quality": 85}), ("BMP", ".bmp", {}),
                     ("WEBP", ".webp", {"quality": 80}), ("TIFF", ".tiff", {})):
    buf = io.BytesIO()
    Image.fromarray(photo).save(buf, fmt, **kw)
    if fmt == "PNG":
        put("images", "valid.png", buf.getvalue())
    truncations_and_flips("images", fmt.lower(), ext, buf.getvalue(), flips=3)


def png_chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(w, h, idat):
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


put("images", "png_claims_4294967295_squared.png", png(0xFFFFFFFF, 0xFFFFFFFF, zlib.compress(b"\0" * 100)))
put("images", "png_claims_100000x1000.png", png(100000, 1000, zlib.compress(b"\0" * 100)))
# 9,000 x 9,000 (81 MP, under the 100 MP limit) whose pixels are a deflate bomb of zeros.
put("images", "png_9000x9000_deflate_bomb.png", png(9000, 9000, zlib.compress(b"\0" * (9000 * 3 + 1) * 9000, 9)))
sof = b"\xff\xd8\xff\xc0\x00\x11\x08\xff\xdc\xff\xdc\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9"
put("images", "jpeg_claims_65500_squared.jpg", sof)
put("images", "bmp_claims_2_31_wide.bmp", b"BM" + b"\0" * 16 + struct.pack("<ii", 0x7FFFFFFF, -0x7FFFFFFF) + b"\0" * 40)
put("images", "tiff_claims_huge.tiff",
    b"II*\0\x08\0\0\0\x02\0" + struct.pack("<HHII", 256, 4, 1, 0xFFFFFF) + struct.pack("<HHII", 257, 4, 1, 0xFFFFFF) + b"\0\0\0\0")
put("images", "webp_claims_16384_squared.webp",
    b"RIFF" + struct.pack("<I", 30) + b"WEBPVP8X" + struct.pack("<I", 10) + b"\0\0\0\0" + b"\xff\x3f\0" * 2)
put("images", "ppm_claims_60000_squared.ppm", b"P6\n# a comment\n60000 60000\n255\n" + b"\x80" * 64)
put("images", "pam_claims_huge.pam", b"P7\nWIDTH 60000\nHEIGHT 60000\nDEPTH 3\nMAXVAL 255\nTUPLTYPE RGB\nENDHDR\n")
put("images", "exr_magic.exr", b"\x76\x2f\x31\x01\x02\0\0\0" + b"\0" * 64)
put("images", "gif_animated.gif", b"GIF89a\x10\x00\x10\x00\x80\x00\x00" + b"\0" * 32 + b";")
put("images", "html_named_png.png", b"<!doctype html><title>not a picture</title>")
put("images", "zero_bytes.jpg", b"")

# ---- IDX (Fashion-MNIST layout) and CIFAR-10 -------------------------------------------------
def idx3(n, r, c, payload=None):
    return struct.pack(">IIII", 0x803, n, r, c) + (payload if payload is not None else bytes(n * r * c))


valid_idx = idx3(10, 28, 28, bytes(rng.randrange(256) for _ in range(10 * 784)))
put("idx", "valid.idx3", valid_idx)
truncations_and_flips("idx", "images", ".idx3", valid_idx, flips=3)
put("idx", "claims_2_31_images.idx3", idx3(0x7FFFFFFF, 28, 28, b"\0" * 784))
put("idx", "claims_dims_overflow.idx3", idx3(0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, b"\0" * 784))
put("idx", "wrong_magic.idx3", struct.pack(">I", 0x0BADF00D) + valid_idx[4:])
put("idx", "gzip_bomb_4gib.idx3.gz", gzip.compress(idx3(5461, 28, 28, b"") + b"\0" * (1 << 30), 9, mtime=0))
put("idx", "gzip_truncated.idx3.gz", gzip.compress(valid_idx, mtime=0)[:100])
valid_cifar = b"".join(bytes([i % 10]) + bytes(rng.randrange(256) for _ in range(3072)) for i in range(4))
put("cifar", "valid.bin", valid_cifar)
truncations_and_flips("cifar", "batch", ".bin", valid_cifar, flips=2)
put("cifar", "label_byte_200.bin", bytes([200]) + valid_cifar[1:])

# ---- the model JSON beside a weights file ----------------------------------------------------
HEAD = '"format": "inception-explorer-model", "version": 1, '
put("json", "valid.json", json.dumps({"format": "inception-explorer-model", "version": 1, "variant": "mini_inception",
                                      "width": 0.5, "input": [1, 28, 28], "classes": [str(i) for i in range(10)],
                                      "dataset": "fashion-mnist"}).encode())
for name, text in {
    "nested_100000_deep": "[" * 100000 + "]" * 100000,
    "object_nested_100000_deep": "{" + HEAD + '"note": ' + '{"a": ' * 100000 + "1" + "}" * 100001,
    "width_nan": "{" + HEAD + '"variant": "mini_inception", "width": NaN, "input": [1, 28, 28]}',
    "width_negative": "{" + HEAD + '"variant": "mini_inception", "width": -3, "input": [1, 28, 28]}',
    "input_huge": "{" + HEAD + '"variant": "mini_inception", "input": [1, 4000000000, 4000000000]}',
    "input_five_numbers": "{" + HEAD + '"variant": "mini_inception", "input": [1, 2, 3, 4, 5]}',
    "classes_million": "{" + HEAD + '"variant": "mini_inception", "input": [1, 28, 28], "classes": ' +
                       json.dumps(["x"] * 1000000) + "}",
    "num_classes_negative": "{" + HEAD + '"variant": "mini_inception", "input": [1, 28, 28], "num_classes": -5}',
    "variant_number": "{" + HEAD + '"variant": 7, "input": [1, 28, 28]}',
    "version_99": '{"format": "inception-explorer-model", "version": 99, "variant": "mini_inception"}',
    "not_utf8": "{" + HEAD + '"variant": "mini_\xff\xfe", "input": [1, 28, 28]}',
    "truncated": "{" + HEAD + '"variant": "mini_inception", "inp',
    "unknown_variant": "{" + HEAD + '"variant": "resnet50", "input": [3, 224, 224]}',
}.items():
    put("json", f"{name}.json", text.encode("latin-1"))
print("hostile files:", sum(len(fs) for _, _, fs in os.walk(OUT)))
