#!/usr/bin/python3
"""The bundled Fashion-MNIST model in bfloat16 against float32, on the 10,000 test images.

Where the CPU has bfloat16 (AMX or AVX512-BF16, as oneDNN reports it), the compiled plan's
accuracy in bfloat16 must lie within 0.3 points of float32's. Everywhere, a CPU without it is
emulated (ONEDNN_MAX_CPU_ISA=AVX2) and the request must be refused with the reason.
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from verdict import verdict  # noqa: E402


def evaluate(cli, precision, env=None):
    r = subprocess.run([cli, "evaluate", "--variant", "mini_inception", "--dataset", "fashion-mnist",
                        "--split", "test", "--threads", "2", "--precision", precision],
                       capture_output=True, text=True, env=env)
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args = ap.parse_args()
    failures = []

    fp32 = evaluate(args.cli, "float32")
    m32 = re.search(r"accuracy ([0-9.]+) % on 10000", fp32.stdout)
    if fp32.returncode != 0 or not m32:
        print(fp32.stdout, fp32.stderr)
        return 1
    print(fp32.stdout.splitlines()[0])

    bf16 = evaluate(args.cli, "bfloat16")
    if bf16.returncode == 0:
        m16 = re.search(r"accuracy ([0-9.]+) % on 10000", bf16.stdout)
        print(bf16.stdout.splitlines()[0])
        if not m16:
            failures.append("no accuracy in the bfloat16 output")
        else:
            delta = abs(float(m16.group(1)) - float(m32.group(1)))
            print(f"bfloat16 - float32: {delta:.2f} points")
            if delta > 0.3:
                failures.append(f"bfloat16 moves the accuracy by {delta:.2f} points (> 0.3)")
    else:
        print("this CPU has no bfloat16:", bf16.stderr.strip())
        if "bfloat16 is not offered" not in bf16.stderr:
            failures.append(f"bfloat16 failed without saying why: {bf16.stderr!r}")

    # A CPU without bfloat16, as oneDNN sees one: the refusal names the reason.
    env = dict(os.environ, ONEDNN_MAX_CPU_ISA="AVX2", DNNL_MAX_CPU_ISA="AVX2")
    refused = evaluate(args.cli, "bfloat16", env)
    print("emulated AVX2 CPU:", refused.stderr.strip())
    if refused.returncode == 0:
        failures.append("bfloat16 ran on a CPU limited to AVX2")
    elif "neither AMX-BF16 nor AVX512-BF16" not in refused.stderr:
        failures.append(f"the refusal does not say why: {refused.stderr!r}")
    return verdict(failures, "bfloat16")


if __name__ == "__main__":
    sys.exit(main())
