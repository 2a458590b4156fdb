#!/usr/bin/python3
"""Soak run of `inception-cli live`: 2,000 frames of googlenet with activation capture.

After 300 warm-up frames, the test itself samples the process's resident memory
(/proc/PID/status VmRSS) each time the CLI reports another 100 processed frames, and fails if
it grew by more than max(5 %, 16 MiB) over the first sample. The live lines must also balance:
processed + dropped = decoded, never more than one frame waiting.
Then `live --map` (gradient, gradcam) on 5 frames: the map's time in the summary; an unknown
map is refused naming the methods.

Usage: live_soak.py INCEPTION_CLI VIDEO [--frames 2000]
"""
import argparse
import json
import subprocess
import sys


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("video")
    ap.add_argument("--frames", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=300)
    args = ap.parse_args()
    cmd = [args.cli, "live", "--source", args.video, "--variant", "googlenet", "--untrained",
           "--frames", str(args.frames), "--capture", "inception4a", "--json", "--threads", "2"]
    print(" ".join(cmd), flush=True)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    samples = []  # (frames, rss KiB)
    summary = None
    for line in p.stdout:
        rec = json.loads(line)
        if rec["event"] == "frames" and rec["processed"] >= args.warmup:
            samples.append((rec["processed"], rss_kib(p.pid)))
        elif rec["event"] == "second":
            print(f"  {rec['second']:3d} s  capture {rec['capture_fps']:6.1f} fps  inference "
                  f"{rec['inference_fps']:5.1f} fps  forward {rec['forward_ms']:6.1f} ms", flush=True)
        elif rec["event"] == "summary":
            summary = rec
    rc = p.wait()
    if rc != 0 or summary is None:
        print(f"FAIL: inception-cli live exited {rc}")
        return 1
    ok = True
    for frames, kib in samples:
        print(f"  after {frames:5d} frames: RSS {kib / 1024:7.1f} MiB")
    base = samples[0][1]
    worst = max(k for _, k in samples)
    allowed = max(0.05 * base, 16 * 1024)
    growth = worst - base
    print(f"RSS growth after warm-up: {growth / 1024:.1f} MiB (allowed {allowed / 1024:.1f} MiB) "
          f"over {len(samples)} samples")
    if len(samples) < (args.frames - args.warmup) // 100:
        print("FAIL: too few samples")
        ok = False
    if growth > allowed:
        print("FAIL: memory grows")
        ok = False
    print(f"decoded {summary['decoded']}, processed {summary['processed']}, dropped {summary['dropped']}, "
          f"max waiting {summary['max_waiting']}; {summary['inference_fps']:.1f} inferences/s, "
          f"{summary['capture_fps']:.1f} captures/s")
    if summary["processed"] != args.frames:
        print("FAIL: processed frames differ from --frames")
        ok = False
    if summary["processed"] + summary["dropped"] != summary["decoded"] or summary["max_waiting"] > 1:
        print("FAIL: the books do not balance")
        ok = False
    ok = map_check(args) and ok
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def map_check(args):
    """`live --map`: the explanation map of the top-1 on every frame (what the window lays over
    the live view), timed in the summary; an unknown map is refused naming the choices."""
    base = [args.cli, "live", "--source", args.video, "--variant", "googlenet", "--untrained", "--fast",
            "--frames", "5", "--json", "--threads", "2"]
    ok = True
    for method in ["gradient", "gradcam"]:
        r = subprocess.run(base + ["--map", method], capture_output=True, text=True)
        lines = [json.loads(line) for line in r.stdout.splitlines()]
        summary = lines[-1] if lines else {}
        print(f"  --map {method}: exit {r.returncode}, processed {summary.get('processed')}, "
              f"map {summary.get('map_ms', 0):.1f} ms, forward {summary.get('forward_ms', 0):.1f} ms")
        if (r.returncode != 0 or summary.get("event") != "summary" or summary.get("map") != method
                or summary.get("processed") != 5 or not summary.get("map_ms", 0) > 0):
            print(f"FAIL: live --map {method}: {r.stderr.strip()}")
            ok = False
    r = subprocess.run(base + ["--map", "saliency"], capture_output=True, text=True)
    if r.returncode == 0 or "integrated-gradients" not in r.stderr:
        print(f"FAIL: live --map saliency was not refused naming the methods: {r.returncode} {r.stderr.strip()}")
        ok = False
    return ok


if __name__ == "__main__":
    sys.exit(main())
