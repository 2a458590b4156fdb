#!/usr/bin/python3
"""The compiled plan against ONNX Runtime's CPU build, side by side in one run.

googlenet and inception_v3 are exported to ONNX from torchvision (Debian's python3-torch; random
weights: the speed does not depend on them). Rounds alternate: ONNX Runtime (npm package
onnxruntime-node, version pinned in package.json, installed with --ignore-scripts) times ITERS
forwards, then `inception-cli bench` times the compiled plan, the eager network and, where the CPU
has it, the compiled plan in bfloat16 — same threads, batch 1 and 8. The medians of the rounds'
medians are printed with their ratios, and with --json as one JSON document.

Setup (once): npm install --ignore-scripts --prefix tests/bench  (reads tests/bench/package.json)
Usage: tests/bench/onnxruntime_bench.py --cli build/bin/inception-cli [--threads 2] [--rounds 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE = {"googlenet": 224, "inception_v3": 299}


def export(variant, path):
    import torch
    import torchvision
    model = getattr(torchvision.models, variant)(weights=None, aux_logits=False, init_weights=False).eval()
    x = torch.randn(1, 3, SIZE[variant], SIZE[variant])
    torch.onnx.export(model, x, path, input_names=["input"], output_names=["logits"],
                      dynamic_axes={"input": {0: "n"}, "logits": {0: "n"}}, opset_version=13)
    import onnx  # Debian's python3-onnx: the exported graph is checked before it is timed
    onnx.checker.check_model(onnx.load(path))


def cli_bench(cli, variant, batch, iters, threads, precision, plan):
    r = subprocess.run([cli, "bench", "--variant", variant, "--batch", str(batch), "--iters", str(iters),
                        "--warmup", "2", "--rounds", "1", "--threads", str(threads), "--precision", precision,
                        "--plan", plan,
                        "--no-peak", "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--variants", default="googlenet,inception_v3")
    ap.add_argument("--batches", default="1,8")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    if not os.path.isdir(os.path.join(HERE, "node_modules", "onnxruntime-node")):
        sys.exit("onnxruntime-node is not installed: npm install --ignore-scripts --prefix " + HERE)
    info = json.loads(subprocess.run([args.cli, "bench", "--variant", "googlenet", "--iters", "1", "--warmup", "0",
                                      "--plan", "compiled", "--json", "--threads", str(args.threads)],
                                     capture_output=True, text=True, check=True).stdout)
    bf16 = subprocess.run([args.cli, "bench", "--variant", "googlenet", "--iters", "1", "--warmup", "0",
                           "--plan", "compiled", "--precision", "bfloat16", "--no-peak"],
                          capture_output=True, text=True)
    have_bf16 = bf16.returncode == 0
    print(f"{info['device']}; {info['runtime']}")
    print(f"fp32 peak (FMA loop, {args.threads} threads): {info['fp32_peak_gflops']:.0f} GFLOP/s; bfloat16: "
          f"{'yes' if have_bf16 else 'no (' + bf16.stderr.strip() + ')'}")

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        timer = subprocess.Popen(["node", os.path.join(HERE, "ort_timer.js")], cwd=HERE, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, bufsize=1)

        def ort_ms(model, batch, size):
            timer.stdin.write(f"{model} {batch} {size} {args.iters} 2 {args.threads}\n")
            timer.stdin.flush()
            out = json.loads(timer.stdout.readline())
            if "error" in out:
                raise RuntimeError(out["error"])
            return out

        for variant in args.variants.split(","):
            onnx = os.path.join(tmp, variant + ".onnx")
            export(variant, onnx)
            for batch in [int(b) for b in args.batches.split(",")]:
                ort, compiled, eager, compiled16 = [], [], [], []
                version = None
                for _ in range(args.rounds):
                    o = ort_ms(onnx, batch, SIZE[variant])
                    version = o["version"]
                    ort.append(o["median_ms"])
                    b = cli_bench(args.cli, variant, batch, args.iters, args.threads, "float32", "both")
                    compiled.append(b["compiled"]["median_ms"])
                    eager.append(b["eager"]["median_ms"])
                    if have_bf16:
                        compiled16.append(cli_bench(args.cli, variant, batch, args.iters, args.threads, "bfloat16",
                                                    "compiled")["compiled"]["median_ms"])
                row = {"variant": variant, "batch": batch, "threads": args.threads, "rounds": args.rounds,
                       "onnxruntime": version, "ort_ms": statistics.median(ort),
                       "compiled_ms": statistics.median(compiled), "eager_ms": statistics.median(eager)}
                if compiled16:
                    row["compiled_bf16_ms"] = statistics.median(compiled16)
                results.append(row)
                line = (f"{variant:13s} batch {batch}: ONNX Runtime {row['ort_ms']:7.2f} ms | compiled fp32 "
                        f"{row['compiled_ms']:7.2f} ms ({row['ort_ms'] / row['compiled_ms']:.2f}x ORT) | eager "
                        f"{row['eager_ms']:7.2f} ms (compiled {row['eager_ms'] / row['compiled_ms']:.2f}x faster)")
                if compiled16:
                    line += (f" | compiled bf16 {row['compiled_bf16_ms']:7.2f} ms "
                             f"({row['ort_ms'] / row['compiled_bf16_ms']:.2f}x ORT)")
                print(line, flush=True)
        timer.stdin.close()
        timer.wait()
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
