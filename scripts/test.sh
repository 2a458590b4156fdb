#!/usr/bin/env bash
# Configure, build (-j2) and run every test. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$SECONDS
cmake -S . -B build -G Ninja -DINCEPTION_BUILD_TESTS=ON
cmake --build build -j2
echo "build took $((SECONDS - t0)) s"
t1=$SECONDS
ctest --test-dir build --output-on-failure -j2
echo "tests took $((SECONDS - t1)) s"
