"""Where a short article's time goes in a warm, long-lived process (the library and HTTP skins):
the main thread's wall and CPU before the engine is waited on, while it waits, and after.

The seed article (``examples/caucasus-talks.txt``) into pt-BR, MT cache off, models loaded,
``--repeat`` runs through ``translate.api.translate_article``; medians (and smallest) per phase:

* before the engine: detect, boilerplate, segment, the glossary's protect, masking (the
  engine's pool translates the source sentences ahead meanwhile: ``Engine.speculate``);
* engine wait: the main thread blocked in ``EmbeddedEngine.translate`` (the look-ahead's
  remainder and the sentences the glossary changed);
* after the engine: restore and verify names, spelling, localize, checks, assembly, inline.

Also the native engine calls per article (a sentence translated ahead and then not asked for
is a wasted call), and how well they fill the cores: from the first native call's start to
the last one's end, the core-seconds no call used (``threads x span - busy``), and the tail,
the wall seconds the last call ran after every other call had ended (one core idle).
Wall seconds move with the machine's load; main-thread CPU seconds far less.
Compare two trees with ``PYTHONPATH=TREE`` in the same minutes:

    python benchmarks/bench_skin_phases.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="bench-phases-")

    import translate
    import translate.engines.embedded as embedded
    from translate.api import translate_article
    from translate.options import RunOptions
    from translate.read import parse_article

    text = SEED.read_text(encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False)
    marks: dict[str, Any] = {}
    native_calls = [0]
    real_translate, real_one = embedded.EmbeddedEngine.translate, embedded._translate_one

    def translate_marked(self: Any, sentences: Any, source: str, target: str) -> list[str]:
        marks.setdefault("call", (time.perf_counter(), time.thread_time()))
        out = real_translate(self, sentences, source, target)
        marks["back"] = (time.perf_counter(), time.thread_time())
        return out

    spans: list[tuple[float, float]] = []

    def one_counted(model: Any, flat: str) -> str:
        native_calls[0] += 1
        start = time.perf_counter()
        try:
            return real_one(model, flat)
        finally:
            spans.append((start, time.perf_counter()))

    embedded.EmbeddedEngine.translate = translate_marked  # type: ignore[method-assign]
    embedded._translate_one = one_counted

    def run() -> Any:
        article = parse_article(text, fmt="txt", source="seed", article_id="seed")
        return translate_article(article, "pt-BR", options)

    run(), run()  # models, glossary indexes, the engine's pool
    rows: list[tuple[float, ...]] = []
    calls: list[int] = []
    filling: list[tuple[float, float, float]] = []  # (span, idle core-seconds, tail)
    threads = os.cpu_count() or 1
    load_before = os.getloadavg()[0]
    for _ in range(args.repeat):
        marks.clear()
        native_calls[0] = 0
        spans.clear()
        w0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
        edition = run()[0]
        w1, c1, p1 = time.perf_counter(), time.thread_time(), time.process_time()
        time.sleep(0.2)  # a look-ahead still running is counted with its article
        calls.append(native_calls[0])
        ends = sorted(e for _, e in spans)
        span = ends[-1] - min(b for b, _ in spans)
        busy = sum(e - b for b, e in spans)
        filling.append((span, threads * span - busy, ends[-1] - ends[-2] if len(ends) > 1 else 0))
        (wa, ca), (wb, cb) = marks["call"], marks["back"]
        rows.append((w1 - w0, p1 - p0, c1 - c0, wa - w0, ca - c0, wb - wa, cb - ca, w1 - wb,
                     c1 - cb))  # fmt: skip
    names = ["whole article: wall", "whole article: process CPU (all threads)",
             "whole article: main-thread CPU", "before the engine: wall", "  main-thread CPU",
             "engine wait: wall", "  main-thread CPU", "after the engine: wall",
             "  main-thread CPU"]  # fmt: skip
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython"
          f" {platform.python_version()}; load average {load_before:.1f} before,"
          f" {os.getloadavg()[0]:.1f} after (shared machine)")  # fmt: skip
    print(f"code: {Path(translate.__file__).parent}")
    print(f"command: python benchmarks/bench_skin_phases.py --repeat {args.repeat}")
    print(f"article: {SEED.name}, {len(edition.segments)} sentences -> pt-BR, warm, cache off")
    print()
    print(f"| {'phase (seconds per article)':<42} | {'median':>7} | {'smallest':>8} |")
    print(f"|{'-' * 44}|{'-' * 9}|{'-' * 10}|")
    for k, name in enumerate(names):
        values = [r[k] for r in rows]
        print(f"| {name:<42} | {statistics.median(values):7.4f} | {min(values):8.4f} |")
    print(f"| {'native engine calls per article':<42} | {statistics.median(calls):7.1f} |"
          f" {min(calls):8d} |")  # fmt: skip
    for k, name in enumerate([f"engine span (first call to last), {threads} threads",
                              "  core-seconds no native call used", "  tail: last call alone"]):
        values = [f[k] for f in filling]
        print(f"| {name:<42} | {statistics.median(values):7.4f} | {min(values):8.4f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
