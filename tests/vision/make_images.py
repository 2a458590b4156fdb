#!/usr/bin/python3
"""Test images: real photographs from Debian's python3-skimage, re-saved, and damaged files."""
import io
import os
import struct
import sys
import zlib

import numpy as np
from PIL import Image
import skimage

DATA = os.path.join(os.path.dirname(skimage.__file__), "data")


def png_with_header(width, height):
    """A PNG whose IHDR claims width x height (the pixel data is a stub)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def main(out):
    os.makedirs(out, exist_ok=True)
    chelsea = Image.open(os.path.join(DATA, "chelsea.png")).convert("RGB")       # 451 x 300
    coffee = Image.open(os.path.join(DATA, "coffee.png")).convert("RGB")         # 600 x 400
    astronaut = Image.open(os.path.join(DATA, "astronaut.png")).convert("RGB")   # 512 x 512
    # The five parity images: none carries an EXIF orientation.
    chelsea.save(f"{out}/chelsea.jpg", quality=92)
    astronaut.crop((0, 40, 512, 440)).save(f"{out}/astronaut_wide.jpg", quality=90)  # non-square JPEG
    coffee.resize((150, 100), Image.BILINEAR).save(f"{out}/coffee_small.png")       # smaller than the crop
    Image.open(os.path.join(DATA, "camera.png")).convert("L").save(f"{out}/camera_grey.png")
    rgba = chelsea.convert("RGBA")
    alpha = np.tile(np.linspace(0, 255, rgba.width, dtype=np.uint8), (rgba.height, 1))
    rgba.putalpha(Image.fromarray(alpha))
    rgba.save(f"{out}/chelsea_rgba.png")

    # EXIF orientation 6: stored 60 x 40, shown rotated 90 degrees clockwise (40 x 60).
    exif = Image.Exif()
    exif[0x0112] = 6
    strip = Image.new("RGB", (60, 40), (255, 0, 0))
    strip.paste((0, 0, 255), (0, 0, 60, 10))  # blue band along the stored top edge
    strip.save(f"{out}/exif_rotated.jpg", exif=exif.tobytes(), quality=95)

    Image.new("RGB", (1, 1), (200, 30, 30)).save(f"{out}/one_pixel.png")
    data = open(f"{out}/chelsea.jpg", "rb").read()
    open(f"{out}/truncated.jpg", "wb").write(data[: len(data) // 2])
    open(f"{out}/huge_header.png", "wb").write(png_with_header(30000, 20000))
    open(f"{out}/not_an_image.png", "w").write("just some text, not pixels\n")
    open(f"{out}/empty.jpg", "wb").close()
    print("wrote images to", out)


if __name__ == "__main__":
    main(sys.argv[1])
