"""facts50's census sample: 120 of the real holds, drawn with a fixed seed before any was read.

Input: the output of ``python benchmarks/facts_real_holds.py --sets a,...,al`` (AM held out).
Output: the ``set id`` of each sampled hold, one a line, in the order of the input.

Run: ``python benchmarks/facts50_census_sample.py holds.txt > sample.txt``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SEED = 50
SIZE = 120


def sample(lines: list[str], size: int = SIZE, seed: int = SEED) -> list[str]:
    """``set id`` of ``size`` holds drawn with ``seed`` (input order kept)."""
    held = [" ".join(x.split(":", 1)[0].split()[1:3]) for x in lines if x.startswith("HELD ")]
    picked = set(random.Random(seed).sample(range(len(held)), min(size, len(held))))
    return [h for i, h in enumerate(held) if i in picked]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    lines = Path(args[0]).read_text(encoding="utf-8").splitlines()
    print("\n".join(sample(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
