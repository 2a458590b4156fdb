#!/usr/bin/env bash
# Set up, build and start the application (arguments go to inception-explorer).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build -G Ninja -DINCEPTION_BUILD_TESTS=OFF >/dev/null
cmake --build build -j2 --target inception-explorer inception-cli
exec ./build/bin/inception-explorer "$@"
