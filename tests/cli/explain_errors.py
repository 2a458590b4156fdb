#!/usr/bin/python3
"""`explain`, `classify --knockout`, `visualize` and `dream` on bad requests: one clear line, exit 2.

An unknown node, a class out of range, a node after global pooling (no spatial map), a patch
larger than the image, --per-branch at a node without branches, a knockout of an unknown node
or of an unknown kind. The cache of pictures: a second run reads it, a damaged cache file is
computed again with a message and replaced. Then the good paths: classify --knockout changes the probabilities and
names the knockout in its JSON; explain --knockout applies it.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402

CLI, IMAGE = sys.argv[1], sys.argv[2]
BASE = ["--variant", "mini_inception", "--threads", "1"]
FMNIST = "/usr/share/datasets/fashion-mnist"

CASES = [
    (["explain", IMAGE, *BASE, "--node", "inception9z"], "no node 'inception9z'"),
    (["explain", IMAGE, *BASE, "--class", "10"], "class 10 is out of range"),
    (["explain", IMAGE, *BASE, "--node", "avgpool"], "no spatial map"),
    (["explain", IMAGE, *BASE, "--node", "fc"], "no spatial map"),
    (["explain", IMAGE, *BASE, "--method", "occlusion", "--patch", "40"], "patch (40 pixels)"),
    (["explain", IMAGE, *BASE, "--method", "occlusion", "--fill", "grey"], "--fill 'grey'"),
    (["explain", IMAGE, *BASE, "--node", "stem.conv1", "--per-branch"], "no branches"),
    (["explain", IMAGE, *BASE, "--knockout", "inception9z.b3x3"], "no node 'inception9z.b3x3'"),
    (["explain", IMAGE, *BASE, "--knockout", "inception2a.b3x3=half"], "use zero or mean"),
    (["classify", IMAGE, *BASE, "--knockout", "nowhere"], "no node 'nowhere'"),
    # input attributions (issue 24): steps, samples and noise out of range, conductance elsewhere
    (["explain", IMAGE, *BASE, "--method", "integrated-gradients", "--steps", "0"], "--steps: 0 is out of range"),
    (["explain", IMAGE, *BASE, "--method", "integrated-gradients", "--steps", "100000"], "out of range"),
    (["explain", IMAGE, *BASE, "--method", "smoothgrad", "--samples", "0"], "--samples: 0 is out of range"),
    (["explain", IMAGE, *BASE, "--method", "vargrad", "--noise", "0"], "noise level"),
    (["explain", IMAGE, *BASE, "--method", "integrated-gradients", "--class", "10"], "class 10 is out of range"),
    (["explain", IMAGE, *BASE, "--method", "integrated-gradients", "--conductance-at", "fc"], "no spatial map"),
    (["explain", IMAGE, *BASE, "--method", "smoothgrad", "--conductance-at", "inception2a"],
     "along Integrated Gradients' path"),
    # faithfulness curves (issue 24 item 5): trained grey models only, no occlusion, sane counts
    (["explain", *BASE, "--untrained", "--faithfulness", FMNIST, "--images", "5"], "need trained weights"),
    (["explain", *BASE, "--faithfulness", FMNIST, "--method", "occlusion"], "occlusion's deletion figure"),
    (["explain", *BASE, "--faithfulness", FMNIST, "--images", "0"], "--images: 0 is out of range"),
    (["explain", *BASE, "--faithfulness", FMNIST, "--points", "1"], "--points: 1 is out of range"),
    (["explain", *BASE], "explain needs an image file"),
    # sanity checks (issue 24 item 4): trained weights only, no occlusion, one map's options refused
    (["explain", IMAGE, *BASE, "--untrained", "--sanity"], "needs trained weights"),
    (["explain", IMAGE, *BASE, "--sanity", "--method", "occlusion"], "occlusion's model randomisation"),
    (["explain", IMAGE, *BASE, "--sanity", "--png", "/tmp/x.png"], "takes no --png"),
    (["explain", IMAGE, *BASE, "--sanity", "--faithfulness", FMNIST], "one at a time"),
    # visualize and dream
    (["visualize", *BASE, "--node", "inception2a", "--channel", "112", "--json"], "channels 0 to 111"),
    (["visualize", *BASE, "--node", "fc", "--json"], "after global pooling"),
    (["visualize", *BASE, "--class", "10", "--json"], "class 10 is out of range"),
    (["visualize", *BASE, "--json"], "needs --node"),
    (["visualize", *BASE, "--node", "inception2a"], "say where the picture goes"),
    (["dream", IMAGE, *BASE, "--node", "fc"], "no spatial output"),
    (["dream", IMAGE, *BASE, "--node", "inception2a", "--octaves", "6", "--octave-scale", "2"], "too small"),
]


def check_cache(tmp, args):
    """Computed, then read from the cache (same numbers and picture), then a damaged cache file:
    computed again with a message, then read again."""
    import os
    cache = os.path.join(tmp, "cache")
    out = [os.path.join(tmp, f"pic{i}.safetensors") for i in range(4)]
    runs = []
    for i in range(4):
        r = subprocess.run([CLI, *args, "--cache", cache, "--output", out[i], "--json"], capture_output=True,
                           text=True, timeout=300)
        if r.returncode != 0:
            return [f"{args[0]} with a cache: exit {r.returncode}, {r.stderr.strip()!r}"]
        runs.append(json.loads(r.stdout))
        if i == 1:
            with open(runs[1]["cache_file"], "r+b") as fh:  # damage it: a header longer than the file
                fh.write((1 << 40).to_bytes(8, "little"))
    print(f"  {args[0]} cache: " + ", ".join(f"cached={r['cached']} problem={r['cache_problem'][:60]!r}" for r in runs))
    failures = []
    if [r["cached"] for r in runs] != [False, True, False, True]:
        failures.append(f"{args[0]} cache hits: {[r['cached'] for r in runs]} (wanted False, True, False, True)")
    if "could not be read" not in runs[2]["cache_problem"] or runs[3]["cache_problem"]:
        failures.append(f"{args[0]} damaged cache file: {runs[2]['cache_problem']!r} then {runs[3]['cache_problem']!r}")
    if len({r["after"] if isinstance(r["after"], float) else tuple(r["after"]) for r in runs}) != 1:
        failures.append(f"{args[0]}: the cached value differs from the computed one")
    pics = [open(p, "rb").read() for p in out]
    if len(set(pics)) != 1:
        failures.append(f"{args[0]}: the cached picture differs from the computed one")
    return failures


def main():
    failures = []
    for args, needle in CASES:
        r = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)
        lines = r.stderr.strip().splitlines()
        print(f"  exit {r.returncode}: {r.stderr.strip()}")
        if r.returncode != 2 or len(lines) != 1 or needle not in lines[0]:
            failures.append(f"{' '.join(args)}: exit {r.returncode}, "
                            f"stderr {r.stderr.strip()!r} (wanted one line with {needle!r})")
    # The good paths.
    def run(args):
        r = subprocess.run([CLI, *args, "--json"], capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        return json.loads(r.stdout)

    plain = run(["classify", IMAGE, *BASE, "--top", "10"])[0]
    knocked = run(["classify", IMAGE, *BASE, "--top", "10", "--knockout", "inception1b.b3x3=mean"])[0]
    p0 = {t["index"]: t["probability"] for t in plain["top"]}
    p1 = {t["index"]: t["probability"] for t in knocked["top"]}
    if knocked["knockouts"] != [{"node": "inception1b.b3x3", "kind": "mean"}]:
        failures.append(f"classify --knockout JSON: {knocked['knockouts']}")
    if max(abs(p0[k] - p1[k]) for k in p0) < 1e-4:
        failures.append("classify --knockout left the probabilities as they were")
    e0 = run(["explain", IMAGE, *BASE])
    e1 = run(["explain", IMAGE, *BASE, "--knockout", "inception2a.b3x3"])
    if e1["knockouts"] != [{"node": "inception2a.b3x3", "kind": "zero"}] or e0["map"] == e1["map"]:
        failures.append("explain --knockout did not apply")
    # explain --faithfulness: random and the method asked, the curves' ends where they must be.
    f = run(["explain", *BASE, "--faithfulness", FMNIST, "--images", "20", "--points", "5", "--method",
             "integrated-gradients", "--steps", "8"])
    print(f"  faithfulness: {[(c['method'], round(c['drop'], 4), c['deletion']) for c in f['curves']]}")
    if [c["method"] for c in f["curves"]] != ["random", "integrated-gradients"] or f["images"] != 20:
        failures.append(f"explain --faithfulness curves: {[c['method'] for c in f['curves']]}, {f['images']} images")
    elif f["fractions"] != [0, 0.25, 0.5, 0.75, 1] or any(len(c["deletion"]) != 5 for c in f["curves"]):
        failures.append(f"explain --faithfulness fractions: {f['fractions']}")
    elif any(abs(c["deletion"][0] - f["mean_probability"]) > 1e-9 or
             abs(c["insertion"][-1] - f["mean_probability"]) > 1e-9 for c in f["curves"]):
        failures.append("explain --faithfulness: a curve does not start (deletion) or end (insertion) at the "
                        "original probability")
    # explain --sanity: the cascade from the classifier down, the shuffled-label twin, the cache.
    import tempfile as _tempfile
    with _tempfile.TemporaryDirectory() as cache:
        first = run(["explain", IMAGE, *BASE, "--sanity", "--method", "gradient", "--cache", cache])
        again = run(["explain", IMAGE, *BASE, "--sanity", "--method", "gradient", "--cache", cache])
    print(f"  sanity: steps {first['steps']}, {[(c['method'], c['rank_correlation'][-1], c['verdict']) for c in first['sanity']]}")
    curve = first["sanity"][0] if first.get("sanity") else {}
    if first.get("steps") != ["fc", "inception2a", "inception1b", "inception1a", "stem.conv2", "stem.conv1"]:
        failures.append(f"explain --sanity steps: {first.get('steps')}")
    elif curve.get("method") != "gradient" or len(curve.get("rank_correlation", [])) != 6 or len(curve["ssim"]) != 6:
        failures.append(f"explain --sanity curve: {curve}")
    elif curve["depends_on_weights"] != (curve["rank_correlation"][-1] is None or curve["rank_correlation"][-1] < 0.5):
        failures.append(f"explain --sanity verdict does not follow the rank correlation: {curve}")
    elif not first.get("shuffled_labels") or curve.get("shuffled_labels_rank_correlation") is None:
        failures.append(f"explain --sanity: no shuffled-label twin: {first.get('shuffled_labels')}")
    elif first["cached"] or not again["cached"] or again["sanity"] != first["sanity"]:
        failures.append(f"explain --sanity cache: first cached {first['cached']}, second {again['cached']}")
    # index-folder: a second run over an unchanged folder decodes nothing (its --json counts).
    import os, shutil, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(3):
            shutil.copy(IMAGE, os.path.join(tmp, f"photo{i}.jpg"))
        with open(os.path.join(tmp, "broken.png"), "w") as fh:
            fh.write("not a picture")
        first = json.loads(subprocess.run([CLI, "index-folder", tmp, *BASE, "--json"], capture_output=True, text=True,
                                          check=True).stdout)
        again = json.loads(subprocess.run([CLI, "index-folder", tmp, *BASE, "--json"], capture_output=True, text=True,
                                          check=True).stdout)
        print(f"  index-folder: first run {first}, second run {again}")
        if (first["decoded"], first["failed"], again["decoded"], again["skipped"]) != (3, 1, 0, 3):
            failures.append(f"index-folder counts: {first} then {again}")
        top = json.loads(subprocess.run([CLI, "top-images", *BASE[:2], "--index", first["index"], "--node", "inception2a",
                                         "--channel", "5", "--json"], capture_output=True, text=True, check=True).stdout)
        if len(top["top"]) != 3:
            failures.append(f"top-images: {len(top['top'])} images for 3 indexed")
        r = subprocess.run([CLI, "top-images", *BASE[:2], "--index", first["index"], "--node", "inception2a",
                            "--channel", "112"], capture_output=True, text=True)
        if r.returncode != 2 or "channels 0 to 111" not in r.stderr:
            failures.append(f"top-images channel 112: exit {r.returncode}, {r.stderr.strip()!r}")
        # A damaged index: rebuilt, with the reason, the images still counted.
        with open(first["index"], "r+b") as fh:
            fh.truncate(200)
        rebuilt = json.loads(subprocess.run([CLI, "index-folder", tmp, *BASE, "--json"], capture_output=True,
                                            text=True, check=True).stdout)
        print(f"  damaged index: {rebuilt}")
        if not rebuilt["rebuilt"] or "could not be read" not in rebuilt["rebuilt_why"] or rebuilt["images"] != 3:
            failures.append(f"damaged index: {rebuilt}")
        failures += check_cache(tmp, ["visualize", *BASE, "--node", "inception2a", "--channel", "7", "--steps", "32"])
        failures += check_cache(tmp, ["dream", IMAGE, *BASE, "--node", "inception2a", "--octaves", "2", "--steps", "3"])
    return verdict(failures, "explain errors")


if __name__ == "__main__":
    sys.exit(main())
