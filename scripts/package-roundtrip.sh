#!/usr/bin/env bash
# CI only (root; changes the machine): validates the desktop and AppStream files, builds the
# .deb, installs it with apt, runs the installed programs, removes it and checks it is gone.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
desktop-file-validate packaging/*.desktop
appstreamcli validate --no-net packaging/*.metainfo.xml
# The .deb that the tests' package_deb made and checked (built once per CI run); made here only
# when the tests did not run.
if ! ls build/packages/*.deb > /dev/null 2>&1; then
  cpack --config build/CPackConfig.cmake -B build/packages -G DEB > /dev/null
fi
deb="$(ls "$PWD"/build/packages/*.deb)"
echo "installing $deb"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$deb"
home="$(mktemp -d)"
(cd / && HOME="$home" /usr/bin/inception-cli list)
(cd / && HOME="$home" QT_QPA_PLATFORM=offscreen /usr/bin/inception-explorer --lang de --variant googlenet \
    --screenshot "$home/installed.png")
test -s "$home/installed.png"
# googlenet opened on the calibration the package ships: none was computed into the user's cache.
ls /usr/share/inception-explorer/calibration/googlenet-224-seed0-*.safetensors
test ! -d "$home/.cache/inception-explorer/calibration"
test -f /usr/share/applications/org.inceptionexplorer.InceptionExplorer.desktop
test -f /usr/share/metainfo/org.inceptionexplorer.InceptionExplorer.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.inceptionexplorer.InceptionExplorer.svg
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q inception-explorer
test ! -e /usr/bin/inception-explorer
test ! -e /usr/bin/inception-cli
echo "package installed, ran and removed cleanly"
