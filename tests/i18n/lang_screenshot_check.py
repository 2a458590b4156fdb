#!/usr/bin/python3
"""The window in German and Chinese, checked on its pixels (an exit code alone proves little).

`inception-explorer --lang L --screenshot` is rendered for English, German and Simplified Chinese.
Each picture must be the asked size and not blank (many colours, text-dark pixels present), and
the menu and tool bar — where every word changes with the language — must differ from the
English picture in a good share of its pixels, while the diagram below (language-free boxes of
the same network) stays nearly the same: proof that the translation, not something else, changed.

Usage: lang_screenshot_check.py INCEPTION_EXPLORER OUT_DIR
"""
import os
import subprocess
import sys

from PIL import Image, ImageChops

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

SIZE = (1200, 800)


def render(app, lang, out):
    path = os.path.join(out, f"window_{lang}.png")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([app, "--lang", lang, "--variant", "googlenet", "--screenshot", path,
                        "--size", f"{SIZE[0]}x{SIZE[1]}"], capture_output=True, text=True, env=env, timeout=300)
    if r.returncode != 0:
        raise SystemExit(f"{lang}: inception-explorer failed ({r.returncode}): {r.stderr[-500:]}")
    return Image.open(path).convert("RGB")


def changed_share(a, b, box):
    diff = ImageChops.difference(a.crop(box), b.crop(box)).convert("L").point(lambda v: 255 if v > 40 else 0)
    return sum(diff.histogram()[255:]) / float((box[2] - box[0]) * (box[3] - box[1]))


def main():
    app, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    failures = []
    english = render(app, "en", out)
    bars = (0, 0, SIZE[0], 45)                # menu bar and tool bar
    for lang in ("de", "zh_CN"):
        img = render(app, lang, out)
        if img.size != SIZE:
            failures.append(f"{lang}: picture is {img.size}, not {SIZE}")
            continue
        colours = len(img.getcolors(1 << 20) or [])
        dark = sum(img.convert("L").point(lambda v: 255 if v < 80 else 0).histogram()[255:])
        bars_changed = changed_share(img, english, bars)
        print(f"{lang}: {colours} colours, {dark} dark pixels, menu/tool bar differs from English in "
              f"{100 * bars_changed:.1f} % of its pixels")
        if colours < 50 or dark < 2000:
            failures.append(f"{lang}: the picture is (nearly) blank")
        if bars_changed < 0.02:
            failures.append(f"{lang}: the menu and tool bar look like the English ones: not translated?")
    return verdict(failures, "translated windows")


if __name__ == "__main__":
    sys.exit(main())
