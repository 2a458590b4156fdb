#!/usr/bin/env bash
# Set up, build and start: until the window exists, the program is inception-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build -G Ninja -DINCEPTION_BUILD_TESTS=OFF >/dev/null
cmake --build build -j2 --target inception-cli
./build/bin/inception-cli "${@:-list}"
