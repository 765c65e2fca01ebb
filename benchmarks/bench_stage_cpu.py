"""Where the pipeline's CPU goes beside the floor's, stage by stage, in the same process and rounds.

``bench_pipeline.py --engine embedded`` prints the pipeline's CPU against the bare engine's
(the floor: the pipeline's own model copy, the sentences longest first, one native call a
sentence on a thread per core). This script splits the difference. Round after round, in one
process (which side runs first alternates by round), it runs the pipeline on the same 3,000-word
article (read, ``prepare``, ``translate_prepared``, ``write_edition``; cache off) and the floor
on its sentences, and counts:

* the main thread's CPU (``time.thread_time``) in each stage, exclusive (a wrapped function's
  CPU less that of the wrapped functions it calls): read, prepare, route (planning, preload,
  the look-ahead submitted), the glossary's protect, the untranslatable mask, the engine stage
  (``translate_batch``: the main thread's own part, waiting on answers and taking them), the
  stages run on each answer beside the engine (``pipeline._Early``), unmask, restore, localize,
  the checks, assemble, inline, write, and the rest of ``translate_prepared``;
* the engine threads' CPU inside the native calls (``time.thread_time`` around each call) and
  outside them (the process's CPU less the main thread's, less the native calls': the pool's
  own Python, futures, the GIL hand-offs), on both sides.

    python benchmarks/bench_stage_cpu.py [--rounds 5] [--words 3000]

CPU figures are the median over the rounds. Compare two trees by running it with
``PYTHONPATH=TREE`` in the same minutes.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import longest_first, make_article, pipeline_model

MAIN = threading.main_thread().ident


class Clock:
    """Exclusive main-thread CPU per label: each wrapped call's CPU less its wrapped callees'."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.stack: list[list[float]] = []  # per open call: [start, children's CPU]
        self.native = 0.0
        self.calls = 0
        self.lock = threading.Lock()

    def wrap(self, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if threading.get_ident() != MAIN:
                return func(*args, **kwargs)
            frame = [time.thread_time(), 0.0]
            self.stack.append(frame)
            try:
                return func(*args, **kwargs)
            finally:
                self.stack.pop()
                spent = time.thread_time() - frame[0]
                self.cpu[label] = self.cpu.get(label, 0.0) + spent - frame[1]
                if self.stack:
                    self.stack[-1][1] += spent

        timed.__name__ = getattr(func, "__name__", label)  # check.NEEDS_DIGITS reads it
        return timed

    def native_call(self, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any) -> Any:
            c0 = time.thread_time()
            try:
                return call(*args)
            finally:
                spent = time.thread_time() - c0
                with self.lock:
                    self.native += spent
                    self.calls += 1

        return timed

    def take(self) -> tuple[dict[str, float], float, int]:
        out = (dict(self.cpu), self.native, self.calls)
        self.cpu, self.native, self.calls = {}, 0.0, 0
        return out


def patch(clock: Clock, each_checker: bool = False) -> None:
    """Wrap the pipeline's stages (as the pipeline module names them) and the native call."""
    import translate.pipeline as pipeline
    from translate import untranslatable
    from translate.engines import embedded
    from translate.glossary import cache as glossary_cache

    embedded._translate_one = clock.native_call(embedded._translate_one)
    for name, label in [
        ("engine_text", "engine: text as sent (marks)"), ("restore", "engine: marks restored"),
        ("_report_ready", "engine: answers taken as they come"),
        ("_longest_first", "engine: sentences submitted"),
    ]:  # fmt: skip
        setattr(embedded, name, clock.wrap(label, getattr(embedded, name)))
    for name, label in [
        ("_routes", "route: plan"), ("preload_route", "route: preload"),
        ("_speculate", "route: look-ahead submitted"), ("protect_segments", "glossary: protect"),
        ("_unspeculate", "look-ahead withdrawn"), ("translate_batch", "engine stage (main thread)"),
        ("leave_inside", "glossary: titles"), ("restore_segments", "glossary: restore"),
        ("localize_segments", "localize"), ("run_checks", "checks"),
        ("_injected_name_findings", "checks: injected names"), ("assemble", "assemble"),
        ("_code_findings", "checks: code, unsure, input"),
        ("_unsure_findings", "checks: code, unsure, input"),
        ("input_findings", "checks: code, unsure, input"),
        ("make_signature", "signature"), ("localizer_for", "localize: localizer"),
        ("verify_ahead", "beside the engine: names verified"),
        ("localize_ahead", "beside the engine: localize"),
        ("_injected_hits", "beside the engine: injected names"),
        ("plain_word_test", "spelling and repair"),
    ]:  # fmt: skip
        setattr(pipeline, name, clock.wrap(label, getattr(pipeline, name)))
    glossary_cache.load = clock.wrap("glossary: load", glossary_cache.load)
    glossary_cache.remember = clock.wrap("glossary: remember", glossary_cache.remember)
    for name, label in [
        ("mask_segments", "untranslatable: mask"), ("unmask_segments", "untranslatable: unmask"),
        ("kept_title_findings", "checks: kept titles"), ("repair", "spelling and repair"),
    ]:  # fmt: skip
        setattr(untranslatable, name, clock.wrap(label, getattr(untranslatable, name)))
    pipeline.spelling.normalize = clock.wrap("spelling and repair", pipeline.spelling.normalize)
    pipeline.inline.restore = clock.wrap("inline", pipeline.inline.restore)
    pipeline.inline.relative_findings = clock.wrap("inline", pipeline.inline.relative_findings)
    from translate import check

    if each_checker:  # each checker of the check stage on its own line
        check.CHECKERS[:] = [clock.wrap(f"check: {c.__name__}", c) for c in check.CHECKERS]
    pipeline._Early.__call__ = clock.wrap("beside the engine: _Early", pipeline._Early.__call__)
    pipeline._Early.flush = clock.wrap("beside the engine: _Early checks", pipeline._Early.flush)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--checkers", action="store_true",
                        help="each checker's CPU on its own line (adds a clock read a call)")
    args = parser.parse_args()

    import translate
    import translate.pipeline as pipeline
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article
    from translate.write import write_edition

    clock = Clock()
    patch(clock, args.checkers)
    read = clock.wrap("read", read_article)
    prepare = clock.wrap("prepare (detect, boilerplate, segment)", pipeline.prepare)
    translate_prepared = clock.wrap("translate_prepared: the rest", pipeline.translate_prepared)
    write = clock.wrap("write", write_edition)
    threads = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(args.words), encoding="utf-8")
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        profile = get_profile("pt-BR")
        pipeline.translate_prepared(pipeline.prepare(read_article(warm), options), profile,
                                    options, None)  # fmt: skip
        model = pipeline_model(options)
        sentences = [s.source for s in pipeline.prepare(read_article(path), options).segments]
        floor_call = clock.native_call(model.translate)

        def run_pipeline() -> None:
            prepared = prepare(read(path), options)
            edition = translate_prepared(prepared, profile, options, None)
            write(edition, Path(tmp) / "out", ["md", "json"])

        def run_floor() -> None:
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(floor_call, longest_first(sentences)))

        rows: dict[str, list[dict[str, float]]] = {"pipeline": [], "floor": []}
        stages: list[dict[str, float]] = []
        clock.take()
        for n in range(args.rounds):
            order = [("pipeline", run_pipeline), ("floor", run_floor)]
            for side, run in order if n % 2 == 0 else order[::-1]:
                m0, c0 = time.thread_time(), time.process_time()
                run()
                main_cpu, cpu = time.thread_time() - m0, time.process_time() - c0
                cpu_by, native, calls = clock.take()
                rows[side].append({"cpu": cpu, "main": main_cpu, "native": native,
                                   "pool_rest": cpu - main_cpu - native,
                                   "calls": calls})  # fmt: skip
                if side == "pipeline":
                    stages.append(cpu_by)

    def med(values: list[float]) -> float:
        return statistics.median(values)

    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {threads} cores, CPython {platform.python_version()};"
          f" load average {os.getloadavg()[0]:.1f} (shared: CPU seconds, medians of"
          f" {args.rounds} rounds)")  # fmt: skip
    print(f"code: {Path(translate.__file__).parent}")
    print(f"article: {args.words} words, {len(sentences)} sentences, en -> pt-BR, cache off")
    print()
    print("| main thread, exclusive CPU s | median | min | max |")
    print("|---|---:|---:|---:|")
    labels = sorted({k for s in stages for k in s},
                    key=lambda k: -med([s.get(k, 0.0) for s in stages]))
    for label in labels:
        values = [s.get(label, 0.0) for s in stages]
        print(f"| {label} | {med(values):.4f} | {min(values):.4f} | {max(values):.4f} |")
    print()
    print("| CPU s, median of rounds | pipeline | floor | pipeline - floor |")
    print("|---|---:|---:|---:|")
    for key, label in [("cpu", "whole process"), ("main", "main thread"),
                       ("native", "engine threads: inside native calls"),
                       ("pool_rest", "engine threads: outside native calls"),
                       ("calls", "native calls (count)")]:  # fmt: skip
        p, f = med([r[key] for r in rows["pipeline"]]), med([r[key] for r in rows["floor"]])
        print(f"| {label} | {p:.4f} | {f:.4f} | {p - f:+.4f} |")
    print()
    print("| round | pipeline CPU | floor CPU | floor / pipeline | pipeline main | native p / f |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, (p, f) in enumerate(zip(rows["pipeline"], rows["floor"], strict=True), 1):
        print(f"| {n} | {p['cpu']:.3f} | {f['cpu']:.3f} | {f['cpu'] / p['cpu']:.3f} |"
              f" {p['main']:.3f} | {p['native'] / f['native']:.3f} |")  # fmt: skip


if __name__ == "__main__":
    main()
