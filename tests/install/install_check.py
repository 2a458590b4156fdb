#!/usr/bin/python3
"""`cmake --install` into a temporary prefix; the installed programs run from there.

The installed programs may not touch the build tree: the test checks that their RPATH and
their resources do not name it, then runs them from / with a clean environment.
Usage: install_check.py BUILD_DIR IMAGE
"""
import pathlib
import subprocess
import sys
import tempfile

from common import report, run_programs, validate

APP_ID = "org.inceptionexplorer.InceptionExplorer"


def main():
    build, image = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        prefix = pathlib.Path(tmp) / "prefix"
        subprocess.run(["cmake", "--install", str(build), "--prefix", str(prefix)], check=True,
                       stdout=subprocess.DEVNULL)
        expected = [
            "bin/inception-cli", "bin/inception-explorer",
            "share/inception-explorer/imagenet_classes.txt",
            "share/inception-explorer/models/fashion_mnist_mini_inception.safetensors",
            "share/inception-explorer/models/fashion_mnist_mini_inception.json",
            "share/inception-explorer/models/fashion_mnist_mini_inception_shuffled_labels.safetensors",
            f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            *[f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)],
            "share/doc/InceptionExplorer/README.md",
        ]
        for rel in expected:
            if not (prefix / rel).is_file():
                failures.append(f"not installed: {rel}")
        shipped = sorted(p.name.split("-")[0] for p in (prefix / "share/inception-explorer/calibration").glob("*.safetensors"))
        if shipped != sorted(["googlenet", "bn_inception", "inception_v3", "inception_v4", "inception_resnet_v2"]):
            failures.append(f"the shipped calibration is not the five variants': {shipped}")
        for exe in ("inception-cli", "inception-explorer"):
            r = subprocess.run(["readelf", "-d", str(prefix / "bin" / exe)], capture_output=True, text=True)
            if str(build) in r.stdout:
                failures.append(f"{exe} keeps an RPATH into the build tree")
        validate(prefix / f"share/applications/{APP_ID}.desktop", prefix / f"share/metainfo/{APP_ID}.metainfo.xml",
                 failures)
        home = pathlib.Path(tmp) / "home"
        home.mkdir()
        run_programs(prefix / "bin", home, image, failures)
    return report(failures)


if __name__ == "__main__":
    sys.exit(main())
