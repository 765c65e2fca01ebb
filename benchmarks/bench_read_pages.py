"""Main-thread CPU of reading real HTML pages (``translate.read.read_article``), for comparing two
trees in the same minutes: the 10 real pages of ``benchmarks/data/html_structure_r`` that
``editions_identity.py`` reads, read ``--rounds`` times after one warm-up read each.

    PYTHONPATH=OLD python benchmarks/bench_read_pages.py [--rounds 5]
    python benchmarks/bench_read_pages.py [--rounds 5]

Prints the CPU (``time.thread_time``) of each round over the 10 pages, and their median.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from editions_identity import PAGES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    from translate.read import read_article

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name in PAGES:
            src = ROOT / "benchmarks" / "data" / "html_structure_r" / f"{name}.source.html.gz"
            path = Path(tmp) / f"{name}.html"
            path.write_bytes(gzip.decompress(src.read_bytes()))
            paths.append(path)
        for path in paths:
            read_article(path)
        rounds = []
        for _ in range(args.rounds):
            start = time.thread_time()
            for path in paths:
                read_article(path)
            rounds.append(time.thread_time() - start)
    import translate

    print(f"code: {Path(translate.__file__).parent}")
    print("rounds (s): " + ", ".join(f"{r:.3f}" for r in rounds))
    print(f"median {statistics.median(rounds):.3f} s for {len(paths)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
