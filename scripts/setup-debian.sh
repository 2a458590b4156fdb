#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing need (root or sudo).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PACKAGES=(
  cmake ninja-build g++ pkg-config
  libtorch-dev libgloo-dev libopenblas0-openmp libdnnl-dev
  libcli11-dev nlohmann-json3-dev libgtest-dev
  libopencv-dev
  qt6-base-dev qt6-svg-dev libqt6svg6-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins fonts-dejavu-core
  python3-torchvision python3-numpy python3-skimage python3-pil python3-onnx
  dpkg-dev file desktop-file-utils appstream zlib1g-dev dataset-fashion-mnist
  clang-14 libfuzzer-14-dev
  poppler-utils universal-ctags
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
echo "packages ready: ${PACKAGES[*]}"
