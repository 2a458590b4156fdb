#!/usr/bin/env bash
# On this (Debian) machine: copy the header-only CLI11 and nlohmann-json into .gpu-deps/include
# (git-ignored), so that check.sh can build on a GPU machine that has neither package.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf .gpu-deps && mkdir -p .gpu-deps/include
cp -r /usr/include/CLI /usr/include/nlohmann .gpu-deps/include/
echo "copied $(du -sh .gpu-deps | cut -f1) of headers into .gpu-deps/include"
