"""One very long sentence through the embedded engine: time and loss against its length.

Builds generated sentences of about N of the model's tokens (news clauses joined by commas,
no full stop until the end, each clause with its own number: "the council approved 1012 new
schools, ...") and translates each, cache off, through ``translate.mt.translate_batch`` on the
embedded en->pt route, twice in the same process: ``whole`` (the engine's
``max_input_tokens`` set to None: the sentence is sent as it is, main's behaviour) and ``cut``
(the engine's limit: the sentence is cut at safe boundaries before the engine). Per size: CPU
seconds of the process (the engine runs in it, on its thread pool), CPU per 100 tokens (flat
means linear), output characters per source character, and how many of the source's numbers
the output holds (each once: a number missing is text lost; a number written twice, text
repeated). A number is found as written ("1012", or "1.012" the Portuguese way).

    python benchmarks/bench_long_sentence.py [--sizes 100,200,400,800] [--modes whole,cut]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLAUSES = [
    "the council approved {n} new schools in the northern district",
    "officials said the budget for {n} hospitals would rise next year",
    "about {n} families returned to their villages after the floods",
    "the minister told reporters that talks with {n} unions would resume on Monday",
    "prices of bread and milk fell in {n} shops for the second month in a row",
    "link {n}",
]


def sentence(tokens: int, count: object) -> tuple[str, list[int]]:
    """A sentence of at least ``tokens`` model tokens and the numbers it holds."""
    parts: list[str] = []
    numbers: list[int] = []
    i = 0
    while True:
        n = 1000 + i
        parts.append(CLAUSES[i % len(CLAUSES)].format(n=n))
        numbers.append(n)
        i += 1
        text = ", ".join(parts) + "."
        if count(text) >= tokens:  # type: ignore[operator]
            return text[0].upper() + text[1:], numbers


def _found(out: str, n: int) -> int:
    return len(re.findall(rf"(?<![\d.,]){n // 1000}[.,]?{n % 1000:03d}(?![\d])", out))


def main(argv: list[str] | None = None) -> int:
    from translate.mt import plan_route, translate_batch

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,200,400,800")
    ap.add_argument("--modes", default="whole,cut")
    args = ap.parse_args(argv)
    route = plan_route("en", "pt", ["embedded"])
    engine = route.hops[0].engine
    limit = engine.max_input_tokens
    print(f"# bench_long_sentence: engine {engine.name}, max_input_tokens {limit}; "
          f"{platform.machine()}, {os.cpu_count()} cores (shared); Python "
          f"{platform.python_version()}; {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}")  # fmt: skip
    translate_batch(["Warm up the model."], route, None)

    def count(text: str) -> int:
        return engine.count_tokens(text, "en", "pt")

    print("| mode | tokens | source chars | CPU s | CPU s per 100 tokens | out/src chars "
          "| numbers kept once | lost | twice |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        engine.max_input_tokens = None if mode == "whole" else limit
        for size in (int(x) for x in args.sizes.split(",")):
            text, numbers = sentence(size, count)
            tokens = count(text)
            t0 = time.process_time()
            out = translate_batch([text], route, None)[0][0]
            cpu = time.process_time() - t0
            found = [_found(out, n) for n in numbers]
            print(f"| {mode} | {tokens} | {len(text)} | {cpu:.2f} | {cpu * 100 / tokens:.3f} | "
                  f"{len(out) / len(text):.2f} | {found.count(1)}/{len(numbers)} | "
                  f"{found.count(0)} | {sum(1 for f in found if f > 1)} |", flush=True)  # fmt: skip
    engine.max_input_tokens = limit
    return 0


if __name__ == "__main__":
    sys.exit(main())
