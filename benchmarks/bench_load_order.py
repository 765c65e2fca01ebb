"""Does the order of the embedded model's load and the Python stages matter? The seed run with
an empty home three ways, interleaved, in fresh processes: the default (the model loads on a
background thread from the start), the preload off (it loads when the first sentence is
translated), and the model loaded on the main thread before anything else.

The embedded engine's native loader holds the GIL for the whole load, so no Python stage can
run beside it: the three should cost the same.

    python benchmarks/bench_load_order.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"

FIRST = """
import os, sys
os.environ["TRANSLATE_PRELOAD"] = "0"
from translate.engines import get_engine
get_engine("embedded")._direction("en", "pt")  # one engine per process: the run reuses it
from translate.cli import main
sys.argv = ["translate", *sys.argv[1:]]
main()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    py = sys.executable
    run = ["run", str(SEED), "--to", "pt-BR", "-q", "--on-findings", "publish"]
    variants = {
        "default (background preload)": ([py, "-m", "translate", *run], {}),
        "preload off (load at the first translation)": (
            [py, "-m", "translate", *run], {"TRANSLATE_PRELOAD": "0"}),
        "model loaded on the main thread first": ([py, "-c", FIRST, *run], {}),
    }  # fmt: skip
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(-1, args.repeat):  # round -1 warms up (bytecode, page cache)
            for i, (name, (cmd, extra)) in enumerate(variants.items()):
                home = Path(tmp) / f"home-{n}-{i}"
                env = {**base, **extra, "TRANSLATE_HOME": str(home),
                       "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"}  # fmt: skip
                start = time.perf_counter()
                proc = subprocess.Popen([*cmd, "--out", str(home / "out")], env=env,
                                        stdout=subprocess.DEVNULL)  # fmt: skip
                _, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - start
                if os.waitstatus_to_exitcode(status) not in (0, 9):
                    raise SystemExit(f"{name}: exit {os.waitstatus_to_exitcode(status)}")
                if n >= 0:
                    results[name].append((wall, usage.ru_utime + usage.ru_stime))
    print(f"# command: python benchmarks/bench_load_order.py --repeat {args.repeat}")
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores;"
          f" load average before {load_before:.1f}, after {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"# {SEED.name} -> pt-BR, empty home, median of {args.repeat} fresh processes each")
    print()
    print("| variant | wall s | CPU s |")
    print("|---|---:|---:|")
    for name, values in results.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
