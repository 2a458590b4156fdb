#!/usr/bin/env bash
# The sanitizer jobs, on clang-14, each building only the targets its tests need:
#   scripts/sanitize.sh address   ASan + UBSan: the weight readers' and image tests, every fuzz
#                                 target's corpus and regression cases replayed (-runs=0), the
#                                 window closed while each kind of its work runs (LeakSanitizer:
#                                 nothing left behind), and the planted out-of-bounds read, which
#                                 must be caught (WILL_FAIL)
#   scripts/sanitize.sh thread    TSan: the live pipeline's tests (frame sources, latest frame wins,
#                                 a stop while a forward is held on a latch), and the planted data
#                                 race (WILL_FAIL); tests/sanitize/tsan.supp says why the window's
#                                 tests are not among them
# A second argument names the build folder (default build-asan / build-tsan).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/sanitize.sh address|thread [build-dir]}
t0=$SECONDS
case $kind in
address)
  dir=${2:-build-asan}
  options=(-DINCEPTION_SANITIZE=address,undefined -DINCEPTION_FUZZ=ON)
  targets=(weights_test vision_test planted_out_of_bounds close_window_test make_video
           fuzz_unpickler fuzz_checkpoint fuzz_safetensors fuzz_model_json fuzz_datasets fuzz_image fuzz_metrics_csv)
  label=asan ;;
thread)
  dir=${2:-build-tsan}
  options=(-DINCEPTION_SANITIZE=thread)
  targets=(live_test planted_data_race)
  label=tsan ;;
*)
  echo "scripts/sanitize.sh: 'address' or 'thread', not '$kind'" >&2
  exit 2 ;;
esac
cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DINCEPTION_WERROR=OFF "${options[@]}" > "$dir.configure.log" || { cat "$dir.configure.log"; exit 1; }
cmake --build "$dir" -j2 --target "${targets[@]}"
echo "$kind: build took $((SECONDS - t0)) s"
t1=$SECONDS
# -L picks the job's tests; ctest adds the fixtures they need (Python-made checkpoints, images).
ctest --test-dir "$dir" --output-on-failure -j2 -L "$label|sanitize"
echo "$kind: tests took $((SECONDS - t1)) s"
