"""The CLI's garbage-collector threshold (translate/cli/__init__.py: GC_THRESHOLD) measured.

Runs ``translate run`` in fresh processes, each with an empty home, with CPython's default
first threshold (700) and with the CLI's, on the seed article and on a long article of
distinct news sentences; prints the CPU spent in collections (gc.callbacks), their number per
generation, the whole process's CPU and its peak RSS. Usage:

    python benchmarks/measure_gc.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import gc, json, sys, time
threshold = int(sys.argv[1])
acc = {"cpu": 0.0, "n": [0, 0, 0]}
started = {}
def watch(phase, info):
    if phase == "start":
        started["t"] = time.process_time()
    else:
        acc["cpu"] += time.process_time() - started["t"]
        acc["n"][info["generation"]] += 1
import translate.cli as cli
cli.GC_THRESHOLD = threshold
gc.callbacks.append(watch)
sys.argv = ["translate", "run", sys.argv[2], "--to", "pt-BR", "--out", sys.argv[3]]
try:
    cli.main()
except SystemExit:
    pass
import resource
acc["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(acc), file=sys.stderr)
"""


def long_article(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import make_article

    path.write_text(make_article(6000), encoding="utf-8")


def one(threshold: int, article: Path) -> tuple[float, list[int], float, float]:
    import json

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CACHE_HOME=f"{home}/c", XDG_DATA_HOME=f"{home}/d")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(threshold), str(article), f"{home}/out"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats = json.loads(done.stderr.strip().splitlines()[-1])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return stats["cpu"], stats["n"], cpu, stats["rss"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from translate.cli import GC_THRESHOLD

    load = os.getloadavg()[0]
    print("# command: python benchmarks/measure_gc.py --repeat", args.repeat)
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {platform.machine()},"
          f" {os.cpu_count()} cores, Python {platform.python_version()}; load {load:.1f}")
    print("# medians of fresh processes, interleaved; peak RSS: the largest of the processes\n")
    print("| article | threshold | GC CPU s | collections gen0/1/2 | process CPU s"
          " | peak RSS MiB |")
    print("|---|---:|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        long_path = Path(tmp) / "long-article.txt"
        long_article(long_path)
        for name, article in (("seed", ROOT / "examples" / "caucasus-talks.txt"),
                              ("long (6,000 words)", long_path)):
            Run = tuple[float, list[int], float, float]
            rows: dict[int, list[Run]] = {700: [], GC_THRESHOLD: []}
            for _ in range(args.repeat):
                for threshold in rows:  # interleaved
                    rows[threshold].append(one(threshold, article))
            for threshold, runs in rows.items():
                gc_cpu = median(r[0] for r in runs)
                counts = "/".join(str(c) for c in runs[0][1])
                print(f"| {name} | {threshold} | {gc_cpu:.3f} | {counts} |"
                      f" {median(r[2] for r in runs):.2f} | {max(r[3] for r in runs):.0f} |")


if __name__ == "__main__":
    main()
