#!/bin/bash
# Batch normalisation, measured: the teaching pair (mini_inception with BN, mini_inception_nobn
# without) trained 3 epochs each with SGD (momentum 0.9, batch 128, constant learning rate) at
# 0.1 and 0.01, validated on 5,000 held-out training images every 50 steps. Prints the steps
# each run needed to reach 85 % validation accuracy and draws the overlaid curves with the
# window's Training dock (resources/screenshots/bn-vs-nobn.png).
# Usage: scripts/bn-experiment.sh [build] [runs-dir]   (one thread per run, as measured; about an hour)
set -euo pipefail
build=${1:-build}
runs=${2:-bn-experiment}
mkdir -p "$runs"
for lr in 0.1 0.01; do
  for v in mini_inception mini_inception_nobn; do
    [ -f "$runs/${v}_lr$lr/model.safetensors" ] && [ "$(grep -c '^epoch,' "$runs/${v}_lr$lr/metrics.csv")" = 3 ] && continue
    "$build/bin/inception-cli" train --variant $v --width 0.5 --epochs 3 --batch 128 --lr $lr --optimizer sgd \
      --momentum 0.9 --schedule constant --val-split 5000 --val-every 50 --threads 1 --seed 1 --run "$runs/${v}_lr$lr"
  done
done
/usr/bin/python3 - "$runs" <<'PY'
import csv, pathlib, sys
runs = pathlib.Path(sys.argv[1])
print("| network | learning rate | steps to 85 % validation | validation accuracy after 3 epochs |")
print("|---|---:|---:|---:|")
for lr in ("0.1", "0.01"):
    for v in ("mini_inception", "mini_inception_nobn"):
        rows = [r for r in csv.DictReader(open(runs / f"{v}_lr{lr}" / "metrics.csv")) if r["kind"] == "validation"]
        reached = next((int(r["step"]) for r in rows if float(r["accuracy"]) >= 0.85), None)
        print(f"| `{v}` | {lr} | {reached if reached else 'not reached'} | {100 * float(rows[-1]['accuracy']):.2f} % |")
PY
args=()
for d in "$runs"/*_lr*; do args+=(--open-run "$d"); done
HOME=$(mktemp -d) "$build/bin/inception-explorer" --variant mini_inception --size 1600x1000 "${args[@]}" \
  --export-curves resources/screenshots/bn-vs-nobn.png
