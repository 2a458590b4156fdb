#!/usr/bin/env bash
# Re-renders every picture in resources/screenshots with the render mode of the built
# application (random calibrated weights, as the pictures say on screen).
# Usage: scripts/screenshots.sh [build-dir] [output-dir]
# (an output folder other than resources/screenshots: to compare two builds' pictures)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(cd "${1:-build}" && pwd)/bin"
app="$bin/inception-explorer"
out="$(mkdir -p "${2:-resources/screenshots}" && cd "${2:-resources/screenshots}" && pwd)"
data=/usr/lib/python3/dist-packages/skimage/data
photo=$data/chelsea.png
export HOME="$(mktemp -d)"  # no saved window state, no cached weights
export QT_QPA_PLATFORM=offscreen
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
# Why the network decides (Explanation dock, knockouts, occlusion, the sweep, live Grad-CAM).
shot explain-gradcam-bundled --image $data/coffee.png --select inception2a --show predictions,explanation,activations \
    --gradcam -1
shot explain-gradcam-googlenet --variant googlenet --image "$photo" --select inception4e \
    --show predictions,explanation,activations --gradcam -1
shot explain-knockout --variant googlenet --image "$photo" --select inception4a --expand inception4a \
    --knockout inception4a.branch2 --show predictions,activations
shot explain-occlusion --variant googlenet --image "$photo" --occlusion --show predictions,explanation
shot explain-integrated-gradients --image $data/coffee.png --attribution integrated-gradients --show predictions,explanation
shot explain-smoothgrad-squared --variant googlenet --image "$photo" --attribution smoothgrad-squared \
    --show predictions,explanation
# The sanity check on the bundled model and a Fashion-MNIST test image (the first: an ankle boot).
garment="$HOME/ankle-boot.png"
/usr/bin/python3 -c "
import gzip, numpy as np, sys
from skimage import io
d = np.frombuffer(gzip.open('/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz').read(), np.uint8, offset=16)
io.imsave(sys.argv[1], d.reshape(-1, 28, 28)[0])" "$garment"
shot explain-sanity-gradient --size 1600x1150 --image "$garment" --attribution gradient --sanity --show explanation
shot explain-sanity-integrated-gradients --size 1600x1150 --image "$garment" --attribution integrated-gradients --sanity --show explanation
# Integrated Gradients split at inception2a: each branch's conductance in the Activations dock.
shot explain-conductance --image "$garment" --select inception2a --expand inception2a \
    --attribution integrated-gradients --show predictions,explanation,activations
shot explain-deletion-curve --size 1600x1150 --image "$garment" --attribution integrated-gradients --deletion-curve \
    --show explanation
shot explain-sweep --variant googlenet --image "$photo" --sweep inception4a $data/coffee.png $data/astronaut.png
shot explain-live --variant googlenet --gradcam -1 --show live,predictions,explanation --live "$video" --live-frames 15
shot explain-live-gradient --variant googlenet --live-map gradient --show live,predictions,explanation \
    --live "$video" --live-frames 15
# What a channel has learned: the look-for column with dataset examples, DeepDream.
photos="$HOME/photos"
mkdir -p "$photos"
cp $data/{astronaut,chelsea,coffee,coins,ihc,motorcycle_left,motorcycle_right,grass,gravel,moon}.png "$photos/"
shot lookfor-bundled --image $data/coffee.png --select inception2a --show activations --channel 2,5 --look-for
shot lookfor-googlenet --variant googlenet --image "$photo" --select inception4a --expand inception4a \
    --show activations --channel 2,12 --field 7,7 --index-folder "$photos" --look-for
shot dream-window --variant googlenet --image "$photo" --dream inception4c
# A lecture: tour steps, the presenter view, a handout page, side by side, paper vs implementation.
for step in 3 5 16; do
    shot "tour-step-$step" --tour builtin --step $step
done
"$app" --size 1600x1000 --tour builtin --step 3 --presenter-screenshot "$out/tour-presenter.png" \
    --screenshot "$HOME/audience.png" && echo "$out/tour-presenter.png"
"$app" --handout builtin --pdf "$HOME/handout.pdf"
for page in 5 7; do  # two pages of the handout, as the README shows them
    pdftoppm -f $page -l $page -r 72 -png -singlefile "$HOME/handout.pdf" "$out/tour-handout-step-$page" &&
        echo "$out/tour-handout-step-$page.png"
done
shot side-by-side --variant googlenet --image "$photo" --side-by-side googlenet,inception_v3
shot paper-vs-implementation --variant googlenet --paper-item 1
