"""``ArgosEngine.translate`` with and without an ``on_ready`` hook (asynchronous batches, each
sentence decoded and reported as its batch is done) on the synthetic real-size package: CPU
and wall of the engine alone, interleaved rounds, the answers asserted equal.

    python benchmarks/bench_argos_async.py [--words 1500] [--rounds 6]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import make_article, synthetic_argos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()

    from translate.engines.argos import ArgosEngine
    from translate.engines.base import on_ready

    with tempfile.TemporaryDirectory() as tmp:
        package = synthetic_argos(Path(tmp))
        engine = ArgosEngine(packages_dir=package.parent)
        text = make_article(args.words).replace("\n", " ")
        sentences = [s.strip() + "." for s in text.split(". ") if s.strip()]
        engine.translate(sentences[:4], "en", "de")
        rows: dict[str, list[tuple[float, float]]] = {"synchronous": [], "on_ready hook": []}
        answers: dict[str, list[str]] = {}
        loads: list[float] = []
        for r in range(args.rounds):
            for name in list(rows) if r % 2 == 0 else list(reversed(rows)):
                cpu, wall = time.process_time(), time.perf_counter()
                if name == "synchronous":
                    answers[name] = engine.translate(sentences, "en", "de")
                else:
                    with on_ready(lambda flat, out: None):
                        answers[name] = engine.translate(sentences, "en", "de")
                rows[name].append((time.perf_counter() - wall, time.process_time() - cpu))
            loads.append(os.getloadavg()[0])
        assert answers["synchronous"] == answers["on_ready hook"]
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores;"
          f" load average {min(loads):.1f}-{max(loads):.1f}; {len(sentences)} sentences;"
          f" {args.rounds} interleaved rounds; answers equal")  # fmt: skip
    for name, values in rows.items():
        walls = ", ".join(f"{w:.2f}" for w, _ in values)
        cpus = ", ".join(f"{c:.2f}" for _, c in values)
        median = statistics.median(c for _, c in values)
        print(f"{name}: wall s {walls}; CPU s {cpus}; median CPU {median:.3f}")


if __name__ == "__main__":
    main()
