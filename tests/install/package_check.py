#!/usr/bin/python3
"""The Debian package and the archive: CPack makes them; the package's fields are right
(Depends computed from the programs' libraries, Version, Description); the programs run
from a `dpkg-deb -x` extraction; the .tar.gz holds the same programs.
Usage: package_check.py BUILD_DIR VERSION
"""
import pathlib
import shutil
import subprocess
import sys
import tarfile
import tempfile

from common import report, run_programs


def main():
    build, version = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        # Made once per build, in BUILD_DIR/packages: CI's package round trip installs this .deb.
        out = build / "packages"
        if out.exists():
            shutil.rmtree(out)
        subprocess.run(["cpack", "--config", str(build / "CPackConfig.cmake"), "-B", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        debs = sorted(out.glob("*.deb"))
        tgzs = sorted(out.glob("*.tar.gz"))
        if len(debs) != 1 or len(tgzs) != 1:
            failures.append(f"expected one .deb and one .tar.gz, found {[p.name for p in out.iterdir()]}")
            return report(failures)
        deb = debs[0]
        fields = {}
        for f in ("Package", "Version", "Depends", "Description", "Section", "Maintainer"):
            fields[f] = subprocess.run(["dpkg-deb", "-f", str(deb), f], capture_output=True, text=True).stdout.strip()
            print(f"{f}: {fields[f][:400]}")
        if fields["Package"] != "inception-explorer":
            failures.append(f"Package is {fields['Package']}")
        if fields["Version"] != version:
            failures.append(f"Version is {fields['Version']}, not {version}")
        for needed in ("libtorch", "libqt6widgets6", "libqt6charts6", "libopencv-videoio", "qt6-qpa-plugins"):
            if needed not in fields["Depends"]:
                failures.append(f"Depends lacks {needed}")
        if "Inception" not in fields["Description"] or len(fields["Description"].splitlines()) < 2:
            failures.append("Description lacks a summary and a long description")
        root = pathlib.Path(tmp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        home = pathlib.Path(tmp) / "home"
        home.mkdir()
        run_programs(root / "usr" / "bin", home, None, failures)
        with tarfile.open(tgzs[0]) as tar:
            names = tar.getnames()
        for exe in ("bin/inception-cli", "bin/inception-explorer"):
            if not any(n.endswith(exe) for n in names):
                failures.append(f"the archive lacks {exe}")
        print(deb.name, f"{deb.stat().st_size / 1e6:.1f} MB;", tgzs[0].name, f"{tgzs[0].stat().st_size / 1e6:.1f} MB")
    return report(failures)


if __name__ == "__main__":
    sys.exit(main())
