"""One line per `inception-cli bench --json` result (read from stdin)."""
import json
import sys

j = json.load(sys.stdin)
line = (f"{j['variant']:20s} {'cuda' if 'CUDA' in j['device'] else 'cpu ':4s} {j['dtype']:9s} batch {j['batch']:3d}: "
        f"{j['median_ms']:8.2f} ms  {j['images_per_second']:9.1f} img/s")
if "plain" in j:
    line += f"  (plain NCHW fp32 {j['plain']['median_ms']:.2f} ms; {j['threads']} threads, {j['blas']}, {j['cpu_capability']})"
print(line)
