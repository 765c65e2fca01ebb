"""Start-up: ``translate --help`` and a whole cold ``translate run`` of the seed article.

Each command runs in a fresh process ``--repeat`` times; the table gives the median wall time
and the median CPU time (user + system, all threads) of the child. On a shared machine the CPU
time is the steadier figure. The seed run uses an empty cache folder and ``--no-cache``, so it
pays every one-time load: language profiles, glossary index, CLDR data, the model.

    python benchmarks/bench_startup.py [--repeat 5] [--article PATH]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"  # the README's example article


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--article", type=Path, default=None, help="default: the example")
    args = parser.parse_args()
    article = args.article or SEED
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CACHE_HOME": f"{tmp}/cache", "XDG_DATA_HOME": f"{tmp}/data"}
        runs: dict[str, list[str]] = {
            "python -c pass": [py, "-c", "pass"],
            "translate --help": [py, "-m", "translate", "--help"],
            "translate run --help": [py, "-m", "translate", "run", "--help"],
        }
        runs[f"translate run {article.name} --to pt-BR --no-cache"] = [
                py, "-m", "translate", "run", str(article), "--to", "pt-BR", "--no-cache",
                "--out", f"{tmp}/out", "-q", "--on-findings", "publish",
            ]  # fmt: skip
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.repeat):  # interleaved
            for name, cmd in runs.items():
                results[name].append(timed(cmd, env))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine:"
          f" {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()};"
          f" load average {os.getloadavg()[0]:.1f} (shared machine)")  # fmt: skip
    print(f"median of {args.repeat} fresh processes each, interleaved")
    print()
    print("| command | wall s | CPU s |")
    print("|---|---:|---:|")
    for name, values in results.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        print(f"| `{name}` | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
