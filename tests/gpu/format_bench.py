"""One line per `inception-cli bench --json` result (read from stdin)."""
import json
import sys

j = json.load(sys.stdin)
where = "cuda" if "CUDA" in j["device"] else "cpu "
for path in ("compiled", "eager"):
    if path in j:
        t = j[path]
        line = (f"{j['variant']:20s} {where} {path:8s} {j['precision']:9s} batch {j['batch']:3d}: "
                f"{t['median_ms']:8.2f} ms  {t['images_per_second']:9.1f} img/s")
        if "share_of_fp32_peak" in t:
            line += f"  ({100 * t['share_of_fp32_peak']:.0f} % of the fp32 peak, {j['threads']} threads)"
        print(line)
if "speedup" in j:
    print(f"{'':20s} compiled is {j['speedup']:.2f}x the eager network; {j['runtime']}")
