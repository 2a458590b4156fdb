#!/bin/bash
# The calibration of the five variants' random weights (seed 0: BatchNorm statistics and the
# centred classifier, NOTES.md item 12), computed once at build time and shipped under
# share/inception-explorer/calibration: a first switch to a variant without weights then opens
# in 0.07-0.41 s instead of 5-22 s (tests/bench/window_bench on 2 cores). A file made by another
# LibTorch or another initialisation is never used: its name holds the LibTorch version and it
# carries a check of the initialisation.
#   ship-calibration.sh INCEPTION_CLI OUT_DIR
set -euo pipefail
cli=$1
out=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for v in googlenet bn_inception inception_v3 inception_v4 inception_resnet_v2; do
    # `init` opens the variant with calibrated random weights; its weights file is not wanted.
    INCEPTION_CACHE_DIR="$tmp" INCEPTION_SHIPPED_CALIBRATION=0 "$cli" init --variant "$v" \
        --output "$tmp/$v.safetensors" > /dev/null
    rm -f "$tmp/$v.safetensors"
done
mkdir -p "$out"
rm -f "$out"/*.safetensors
cp "$tmp"/calibration/*.safetensors "$out"/
echo "shipped calibration: $(ls "$out" | wc -l) files, $(du -sh "$out" | cut -f1) in $out"
