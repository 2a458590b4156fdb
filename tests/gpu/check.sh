#!/usr/bin/env bash
# The GPU check: builds the core and inception-cli against the CUDA LibTorch inside a PyTorch
# Python package (no Qt, no OpenCV, no GoogleTest), then
#   1. parity CPU vs CUDA on calibrated random weights, TF32 off: max|d|/max|ref| <= 1e-4 in fp32
#      for the logits and one module output of every variant;
#   2. bench on CUDA (float32, float16, bfloat16) and on the CPU (float32) for every variant.
# First run tests/gpu/prepare.sh on a machine with libcli11-dev and nlohmann-json3-dev.
# Usage: bash tests/gpu/check.sh   (PYTHON=... to pick the interpreter with torch)
set -uo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
BUILD=${BUILD:-build-gpu}
TORCH_PREFIX=$($PY -c 'import torch; print(torch.utils.cmake_prefix_path)')
$PY -c 'import torch; print("torch", torch.__version__, "CUDA", torch.version.cuda, torch.cuda.get_device_name(0))'
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true

t0=$SECONDS
built=0
for std in 17 20; do
  if cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$TORCH_PREFIX" \
       -DINCEPTION_BUILD_APP=OFF -DINCEPTION_BUILD_VISION=OFF -DINCEPTION_BUILD_TESTS=OFF \
       -DINCEPTION_DEPS_INCLUDE="$PWD/.gpu-deps/include" -DINCEPTION_CXX_STANDARD=$std \
       -DCMAKE_CUDA_ARCHITECTURES=90 > "$BUILD-cmake.log" 2>&1 &&
     cmake --build "$BUILD" -j"$(nproc)" > "$BUILD-build.log" 2>&1; then
    built=1
    echo "built with C++$std in $((SECONDS - t0)) s"
    break
  fi
  echo "C++$std build failed:"
  grep -E "error|Error" -A3 "$BUILD-cmake.log" "$BUILD-build.log" | head -40
  rm -rf "$BUILD"
done
[ $built = 1 ] || exit 2
CLI=$BUILD/bin/inception-cli
W=$(mktemp -d)
# A module inside, and the pooled features that enter the classifier.
declare -A NODE=([googlenet]=inception4a,avgpool [bn_inception]=inception_4a,global_pool
                 [inception_v3]=Mixed_6e,avgpool [inception_v4]=features.10,global_pool
                 [inception_resnet_v2]=repeat_1,global_pool)
VARIANTS="googlenet bn_inception inception_v3 inception_v4 inception_resnet_v2"
fail=0
echo "== parity CPU vs CUDA (fp32, TF32 off, batch 8, calibrated random weights)"
for v in $VARIANTS; do
  $CLI init --variant $v --output "$W/$v.safetensors" --input-out "$W/$v-in.safetensors" --batch 8 --seed 1 >/dev/null
  for d in cpu cuda; do
    $CLI forward --variant $v --weights "$W/$v.safetensors" --input "$W/$v-in.safetensors" \
      --output "$W/$v-$d.safetensors" --device $d --capture "${NODE[$v]}" >/dev/null || fail=1
  done
  echo "-- $v"
  $CLI compare "$W/$v-cpu.safetensors" "$W/$v-cuda.safetensors" --tolerance 1e-4 || fail=1
done
echo "== bench (batch 1 and 32; median ms)"
for v in $VARIANTS; do
  for dt in float32 float16 bfloat16; do
    for b in 1 32; do
      $CLI bench --variant $v --device cuda --dtype $dt --batch $b --iters 50 --warmup 10 --plan eager --no-peak --json |
        $PY tests/gpu/format_bench.py || fail=1
    done
  done
  $CLI bench --variant $v --device cpu --iters 10 --warmup 2 --plan both --json |
    $PY tests/gpu/format_bench.py || fail=1
done
rm -rf "$W"
echo "gpu check: $([ $fail = 0 ] && echo PASSED || echo FAILED)"
exit $fail
