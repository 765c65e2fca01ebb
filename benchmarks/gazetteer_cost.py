"""CPU cost of the generated gazetteer names: glossary load, index build and matching the
seed article, with the names off and on, in the same run (ratios only; machine shared).

    python benchmarks/gazetteer_cost.py
"""

from __future__ import annotations

import os
import platform
import subprocess
import time
from pathlib import Path

from translate.glossary import find_mentions, load_glossary
from translate.glossary.load import clear_cache
from translate.glossary.match import build_index

ROOT = Path(__file__).resolve().parents[1]
MEASURES = ("load glossary", "build index (en)", "match seed, first", "match seed, warm")


def measure(gazetteer: bool, seed: str) -> list[float]:
    """CPU seconds of each measure, best of three."""
    best = [float("inf")] * len(MEASURES)
    for _ in range(3):
        clear_cache()
        t0 = time.process_time()
        glossary = load_glossary(gazetteer=gazetteer)
        t1 = time.process_time()
        build_index(glossary)
        t2 = time.process_time()
        find_mentions(seed, glossary)
        t3 = time.process_time()
        for _ in range(5):
            find_mentions(seed, glossary)
        t4 = time.process_time()
        got = [t1 - t0, t2 - t1, t3 - t2, (t4 - t3) / 5]
        best = [min(a, b) for a, b in zip(best, got, strict=True)]
    return best


def main() -> None:
    seed = (ROOT / "tests" / "glossary" / "data" / "seed.txt").read_text(encoding="utf-8")
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    print(f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {platform.node()}, "
          f"{os.cpu_count()} cpus (shared), Python {platform.python_version()}, commit {commit}")
    print("# python benchmarks/gazetteer_cost.py: CPU seconds (process_time), gazetteer names "
          "off vs on, same run, best of 3")
    off, on = measure(False, seed), measure(True, seed)
    print(f"{'measure':<20} {'off':>8} {'on':>8} {'ratio':>6}")
    for name, a, b in zip(MEASURES, off, on, strict=True):
        print(f"{name:<20} {a:>8.3f} {b:>8.3f} {b / max(a, 1e-9):>6.1f}")


if __name__ == "__main__":
    main()
