#!/usr/bin/env bash
# Re-renders every picture in resources/screenshots with the render mode of the built
# application (random calibrated weights, as the pictures say on screen).
# Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/bin"
app="$bin/inception-explorer"
out=resources/screenshots
photo=/usr/lib/python3/dist-packages/skimage/data/chelsea.png
export HOME="$(mktemp -d)"  # no saved window state, no cached weights
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
shot() { local name=$1; shift; "$app" --size 1600x1000 "$@" --screenshot "$out/$name.png"; echo "$out/$name.png"; }

shot googlenet-collapsed --variant googlenet --show predictions,details
shot googlenet-inception4a-activations --variant googlenet --image "$photo" --select inception4a \
    --expand inception4a --show predictions,activations,details --channel 2,12
shot inception-v3-mixed6b --variant inception_v3 --select Mixed_6b \
    --expand Mixed_6b,Mixed_6b.branch7x7,Mixed_6b.branch7x7dbl --show details
shot inception-resnet-v2-block35 --variant inception_resnet_v2 --select repeat.0 --expand repeat.0 --show details
shot statistics-inception-v3 --variant inception_v3 --show statistics
shot statistics-comparison --variant googlenet --show statistics,comparison --measure-latency
shot weights --variant googlenet --show weights,details
# No --variant: a fresh install opens on the bundled Fashion-MNIST model (trained here, not random).
shot bundled-model --image /usr/lib/python3/dist-packages/skimage/data/coffee.png --select inception1b \
    --expand inception1b --show predictions,activations
# The teaching pair trained one after the other; pictured while the second one runs.
shot training-dock --variant mini_inception --show training,predictions --train bn-vs-nobn \
    --train-images 20000 --train-until 100
video="$HOME/chelsea.avi"  # a camera panning across a photograph, 10 s at 25 fps
"$bin/make_video" "$video" 250 640 480 "$photo"
shot live-view --variant googlenet --select inception4a --expand inception4a \
    --show live,predictions,activations --live "$video" --live-frames 15
for lang in de zh_CN; do  # the translated window (zh_CN needs a CJK font: fonts-noto-cjk)
    shot "main-window-$lang" --lang "$lang" --variant googlenet --image "$photo" --select inception4a \
        --expand inception4a --show predictions,activations,details --channel 2,12
done
for figure in $("$app" --figure help | cut -d' ' -f1); do
    shot "figure-$figure" --figure "$figure" --show details
done
