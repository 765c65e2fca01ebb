"""Does the embedded engine's model load hold the GIL? A Python thread counts loop iterations
while the main thread loads the en->pt model; its rate during the load, against its rate just
before, says how much of a core Python code beside the load gets (1.0: all of it; near 0: the
native loader holds the GIL, so nothing in Python overlaps it, and preloading it on a thread
only moves its time around). Also the load's wall and CPU time, and the longest stall the
counting thread saw.

    python benchmarks/bench_load_gil.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import threading
import time
from datetime import datetime, timezone


def one() -> tuple[float, float, float, float]:
    from translate.engines.embedded import discover_models, native

    folder = str(discover_models()[("en", "pt")][0])
    module = native()
    done = threading.Event()
    ticks: list[float] = []

    def count() -> None:
        while not done.is_set():
            ticks.append(time.perf_counter())
            total = 0
            for i in range(1000):
                total += i

    thread = threading.Thread(target=count)
    thread.start()
    time.sleep(0.05)
    start, cpu = time.perf_counter(), time.process_time()
    module.NativeDirection(folder)
    end, cpu_end = time.perf_counter(), time.process_time()
    time.sleep(0.02)
    done.set()
    thread.join()
    before = [t for t in ticks if start - 0.05 <= t < start]
    during = [t for t in ticks if start <= t <= end]
    ratio = (len(during) / (end - start)) / max(1e-9, len(before) / 0.05)
    stall = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    return end - start, cpu_end - cpu, ratio, stall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("# command: python benchmarks/bench_load_gil.py" + f" --repeat {args.repeat}")
    print(f"# date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"# load average before {os.getloadavg()[0]:.1f} (2 cores: above 1, shared)")
    print("| run | load wall s | load CPU s | counting thread's rate during / before | "
          "longest stall s |")
    print("|---:|---:|---:|---:|---:|")
    for n in range(args.repeat):
        wall, cpu, ratio, stall = one()
        print(f"| {n + 1} | {wall:.3f} | {cpu:.3f} | {ratio:.2f} | {stall:.3f} |")


if __name__ == "__main__":
    main()
