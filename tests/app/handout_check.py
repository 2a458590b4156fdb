#!/usr/bin/python3
"""The built-in tour's handout: one PDF page per step (pdfinfo), on Letter (English) and A4
(German) paper, every font embedded (pdffonts), the diagram drawn as text, not a picture: every
box name the program says it drew on a page is found there by pdftotext; and every number a caption's
placeholder fills appears on its page (pdftotext) equal to what `inception-cli summary --json`
says — in English and in German, each with its own digit grouping and decimal mark. The
derived quantities are recomputed here from the same JSON: the naive module's multiply-adds
from inception3a's input and filter counts, the factorisation savings from the kernels.

usage: handout_check.py EXPLORER CLI
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

EXPLORER, CLI = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
PLACEHOLDER = re.compile(r"\{(params|macs|shape|scale|saving):([^{}\s]+)\}")

trees = {}


def tree(variant):
    if variant not in trees:
        out = subprocess.run([CLI, "summary", variant, "--json"], capture_output=True, text=True, check=True).stdout
        trees[variant] = json.loads(out)
    return trees[variant]


def node(variant, node_id):
    root = tree(variant)["root"]
    if not node_id:
        return root
    stack = [root]
    while stack:
        n = stack.pop()
        if n["id"] == node_id:
            return n
        stack.extend(n.get("children", []))
    raise KeyError(f"{variant} has no node {node_id}")


def group(n, sep):
    return f"{n:,}".replace(",", sep)


def saving(name):
    if name == "reductions":
        module = node("googlenet", "inception3a")
        cin, h, w = node("googlenet", "maxpool2")["output"]
        b = {c["id"]: c for c in module["children"]}
        f1 = b["inception3a.branch1"]["layer"]["filters"]
        f3 = b["inception3a.branch2"]["children"][-1]["layer"]["filters"]
        f5 = b["inception3a.branch3"]["children"][-1]["layer"]["filters"]
        naive = h * w * cin * (f1 + 9 * f3 + 25 * f5)
        return 1 - module["macs"] / naive
    if name == "5x5":
        a = node("bn_inception", "inception_3a_double_3x3_1")["layer"]["kernel"]
        b = node("bn_inception", "inception_3a_double_3x3_2")["layer"]["kernel"]
        k = a[0] + b[0] - 1
        return 1 - (a[0] * a[1] + b[0] * b[1]) / (k * k)
    if name == "7x7":
        a = node("inception_v3", "Mixed_6b.branch7x7_2")["layer"]["kernel"]
        b = node("inception_v3", "Mixed_6b.branch7x7_3")["layer"]["kernel"]
        n = max(a[1], b[0])
        return 1 - (a[0] * a[1] + b[0] * b[1]) / (n * n)
    raise KeyError(name)


def expected(kind, arg, lang):
    sep, dec = (",", ".") if lang == "en" else (".", ",")
    if kind == "saving":
        return f"{round(100 * saving(arg))}%"
    variant, _, node_id = arg.partition("/")
    n = node(variant, node_id)
    if kind in ("params", "macs"):
        return group(n[kind], sep)
    if kind == "shape":
        return "×".join(str(d) for d in n["output"])
    return f"{n['residual_scale']:.3g}".replace(".", dec)


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        saved = os.path.join(tmp, "builtin.json")
        subprocess.run([EXPLORER, "--lang", "en", "--tour", "builtin", "--save-tour", saved], env=ENV, check=True,
                       capture_output=True, timeout=600)
        steps = json.load(open(saved, encoding="utf-8"))["steps"]
        print(f"  the built-in tour: {len(steps)} steps")
        for lang, paper, size in (("en", ["--letter"], "612 x 792"), ("de", [], "595 x 842")):
            pdf = os.path.join(tmp, f"handout-{lang}.pdf")
            r = subprocess.run([EXPLORER, "--lang", lang, "--handout", "builtin", "--pdf", pdf, "--notes", *paper,
                                "--size", "1280x800"], env=ENV, capture_output=True, text=True, timeout=1200)
            if r.returncode != 0:
                failures.append(f"{lang}: --handout exit {r.returncode}: {r.stderr.strip()[-400:]}")
                continue
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            if pages != len(steps):
                failures.append(f"{lang}: {pages} pages for {len(steps)} steps")
            if f"Page size:       {size}" not in info:
                failures.append(f"{lang}: pages are not {size} pt: {info!r}")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
            if not fonts or any(line.split()[-5] != "yes" for line in fonts):
                failures.append(f"{lang}: a font is not embedded: {fonts}")
            shown = {int(m.group(1)): m.group(2).split(" | ")
                     for m in re.finditer(r"^page (\d+): (.*)$", r.stdout, re.M)}
            if sorted(shown) != list(range(1, len(steps) + 1)):
                failures.append(f"{lang}: the box names drawn are not reported for every page: {sorted(shown)}")
            names = 0
            checked = 0
            for i, step in enumerate(steps, start=1):
                text = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                                      text=True, check=True).stdout
                # Qt shapes "fi", "fl", "ff" as ligatures, which pdftotext reports as one glyph (U+FB00…).
                flat = re.sub(r"\s+", " ", text.translate(LIGATURES))
                for name in shown.get(i, []):
                    names += 1
                    if name not in flat:
                        failures.append(f"{lang} page {i}: the box {name!r} is drawn but pdftotext does not find it")
                if len(shown.get(i, [])) < 3:
                    failures.append(f"{lang} page {i}: fewer than three boxes drawn: {shown.get(i)}")
                if "{" in flat:
                    failures.append(f"{lang} page {i}: an unfilled placeholder: {flat[:200]!r}")
                for kind, arg in PLACEHOLDER.findall(step.get("caption", "") + step.get("notes", "")):
                    want = expected(kind, arg, lang)
                    checked += 1
                    if want not in flat:
                        failures.append(f"{lang} page {i}: {{{kind}:{arg}}} should read {want!r}; page text: {flat[:300]!r}")
            png = os.path.join(tmp, f"page-{lang}")
            subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", pdf, png], check=True)
            print(f"  {lang}: {pages} pages ({size} pt, {len(fonts)} fonts embedded), {names} box names and "
                  f"{checked} filled numbers found, page 1 rendered "
                  f"({os.path.getsize(png + '-01.png')} bytes)")
    return verdict(failures, "handout")


if __name__ == "__main__":
    sys.exit(main())
