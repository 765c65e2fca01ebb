"""The engine stage's gap against the bare engine on the long article, decomposed (speed53).

``bench_pipeline.py`` gives the pipeline's speed as a ratio to the bare engine; on the long
article the engine stage alone is most of the gap. This script runs, round after round (the
order of the two rotated each round), the pipeline (``prepare`` + ``translate_prepared``, cache
off, after a warm-up, as ``bench_pipeline.py``) and the bare engine (the pipeline's own model,
the segments' sources longest first, one per native call on a thread per core), and counts for
each:

* exact counts: native calls, distinct texts, texts sent twice, calls whose text the bare engine
  does not send, SentencePiece tokens sent (the model's own vocabulary), calls made on sentences
  the pipeline then did not ask for (look-ahead wasted), calls started before the engine stage
  (the look-ahead during route and glossary), and how far the start order is from longest
  first (pairs started out of order, the length of the last calls);
* times: the span of the native calls, each engine thread's idle time inside it (between its
  calls: the queue, the GIL, nothing to do), the tail (one thread done, the other working), the
  CPU inside the native calls (all of them, and per text against the bare engine's for the same
  text), and the main thread's CPU before, inside and after the span (read from the engine's
  threads with ``time.pthread_getcpuclockid``), with the main thread's garbage collections.

``--freeze`` calls ``gc.freeze()`` after the warm-up (the one-time loads), before the rounds;
``--threshold N`` sets the collector's first threshold for the rounds (the ``translate``
command's own is 100,000, ``translate.cli.GC_THRESHOLD``; a library caller's, as here, 700).

    python benchmarks/bench_engine_gap.py [--rounds 5] [--words 3000] [--freeze] [--threshold N]

Compare two trees by running it with ``PYTHONPATH=TREE`` in the same minutes.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import longest_first, make_article, pipeline_model

# one native call: thread ident, text, start, end (perf_counter), thread CPU s inside it, the
# main thread's CPU clock at its start and at its end
Call = tuple[int, str, float, float, float, float, float]


class Recorder:
    """Every native call of a run, and every submission to the engine's pool."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.main_clock = time.pthread_getcpuclockid(threading.main_thread().ident or 0)
        self.calls: list[Call] = []
        self.submitted: list[tuple[float, str]] = []

    def main_cpu(self) -> float:
        return time.clock_gettime(self.main_clock)

    def take(self) -> tuple[list[Call], list[tuple[float, str]]]:
        with self.lock:
            out = (self.calls, self.submitted)
            self.calls, self.submitted = [], []
        return out

    def call(self, translate: Any, flat: str) -> str:
        m0, t0, c0 = self.main_cpu(), time.perf_counter(), time.thread_time()
        out = translate(flat)
        c1, t1, m1 = time.thread_time(), time.perf_counter(), self.main_cpu()
        with self.lock:
            self.calls.append((threading.get_ident(), flat, t0, t1, c1 - c0, m0, m1))
        return str(out)


def inversions(lengths: list[int]) -> int:
    """Pairs (i < j) started with the shorter first: 0 when the order is longest first."""
    return sum(1 for i, a in enumerate(lengths) for b in lengths[i + 1:] if a < b)


def summarise(calls: list[Call], start: float, end: float, main0: float, main1: float,
              tokens: Any) -> dict[str, Any]:  # fmt: skip
    calls = sorted(calls, key=lambda c: c[2])
    first, last = calls[0][2], max(c[3] for c in calls)
    by_thread: dict[int, list[Call]] = {}
    for c in calls:
        by_thread.setdefault(c[0], []).append(c)
    gaps = 0.0
    for mine in by_thread.values():
        gaps += sum(b[2] - a[3] for a, b in itertools.pairwise(mine))
    ends = sorted(max(c[3] for c in mine) for mine in by_thread.values())
    starts = sorted(min(c[2] for c in mine) for mine in by_thread.values())
    main_first = min(c[5] for c in calls)
    main_last = max(c[6] for c in calls)
    texts = [c[1] for c in calls]
    return {
        "wall": end - start,
        "before": first - start,
        "span": last - first,
        "after": end - last,
        "gaps": gaps,
        "ramp": starts[-1] - starts[0],
        "tail": ends[-1] - ends[0],
        "native": sum(c[4] for c in calls),
        "calls": len(calls),
        "distinct": len(set(texts)),
        "tokens": sum(tokens(t) for t in texts),
        "inversions": inversions([len(t) for t in texts]),
        "main_before": main_first - main0,
        "main_span": main_last - main_first,
        "main_after": main1 - main_last,
        "per_text": {c[1]: c[4] for c in calls},
        "texts": texts,
        "first": first,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after the warm-up")
    parser.add_argument("--threshold", type=int, default=0,
                        help="the collector's first threshold for the rounds (0: as it is; the"
                             " translate command sets 100000, translate.cli.GC_THRESHOLD)")
    args = parser.parse_args()

    import translate.engines.embedded as embedded
    import translate.pipeline as pipeline
    from translate.locales import get_profile
    from translate.mt import engines_for
    from translate.options import RunOptions
    from translate.read import read_article

    rec = Recorder()
    embedded._translate_one = lambda model, flat: rec.call(model.translate, flat).strip()
    submit = embedded._handoff.submit

    def recorded_submit(pool: Any, model: Any, flat: str) -> Any:
        with rec.lock:
            rec.submitted.append((time.perf_counter(), flat))
        return submit(pool, model, flat)

    embedded._handoff.submit = recorded_submit  # type: ignore[method-assign]
    stage: dict[str, float] = {}
    translate_batch = pipeline.translate_batch

    def timed_batch(*a: Any, **k: Any) -> Any:  # the engine stage's own call (and any later)
        stage.setdefault("start", time.perf_counter())
        return translate_batch(*a, **k)

    pipeline.translate_batch = timed_batch
    # the main thread's collections: total wall s, start, count of full ones, total CPU s, start
    gc_clock = [0.0, 0.0, 0.0, 0.0, 0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if phase == "start":
            gc_clock[1], gc_clock[4] = time.perf_counter(), time.thread_time()
        else:
            gc_clock[0] += time.perf_counter() - gc_clock[1]
            gc_clock[3] += time.thread_time() - gc_clock[4]
            gc_clock[2] += info.get("generation") == 2

    threads = os.cpu_count() or 1
    options = RunOptions(use_cache=False, use_tm=False)
    profile = get_profile("pt-BR")
    engine: Any = engines_for(["embedded"], options.engine_options)[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(args.words), encoding="utf-8")
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        pipeline.translate_prepared(
            pipeline.prepare(read_article(warm), options), profile, options, None
        )
        model = pipeline_model(options)
        sources = [s.source for s in pipeline.prepare(read_article(path), options).segments]
        bare_texts = {" ".join(s.split()) for s in sources}
        memo: dict[str, int] = {}

        def tokens(text: str) -> int:
            if text not in memo:
                memo[text] = engine.count_tokens(text, "en", "pt")
            return memo[text]

        if args.freeze:
            gc.freeze()
        if args.threshold:
            gc.set_threshold(args.threshold, *gc.get_threshold()[1:])
        gc.callbacks.append(on_gc)
        rec.take()

        def run_pipeline() -> dict[str, Any]:
            stage.clear()
            prepared = pipeline.prepare(read_article(path), options)
            edition = pipeline.translate_prepared(prepared, profile, options, None)
            return {"timings": dict(edition.stats["timings"]), "stage": stage.get("start", 0.0)}

        def run_bare() -> dict[str, Any]:
            def one(text: str) -> str:
                return embedded._translate_one(model, " ".join(text.split()))

            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(one, longest_first(sources)))
            return {}

        rows: dict[str, list[dict[str, Any]]] = {"pipeline": [], "bare": []}
        loads = [os.getloadavg()[0]]
        for r in range(args.rounds):
            order = [("pipeline", run_pipeline), ("bare", run_bare)]
            for name, run in order if r % 2 == 0 else order[::-1]:
                rec.take()
                g0, f0, gc0 = gc_clock[0], gc_clock[2], gc_clock[3]
                m0, w0 = rec.main_cpu(), time.perf_counter()
                extra = run()
                w1, m1 = time.perf_counter(), rec.main_cpu()
                calls, submitted = rec.take()
                row = summarise(calls, w0, w1, m0, m1, tokens)
                row["gc"] = gc_clock[0] - g0
                row["full_gc"] = gc_clock[2] - f0
                row["gc_cpu"] = gc_clock[3] - gc0
                row["main"] = m1 - m0
                if name == "pipeline":
                    row["timings"] = extra["timings"]
                    begun = extra["stage"]
                    row["ahead"] = sum(1 for c in calls if c[2] < begun)
                    asked = {flat for flat in row["texts"]}
                    row["submitted"] = len(submitted)
                    row["foreign"] = len(asked - bare_texts)
                    row["twice"] = len(row["texts"]) - len(asked)
                rows[name].append(row)
            loads.append(os.getloadavg()[0])

    def med(name: str, key: str) -> float:
        return statistics.median(row[key] for row in rows[name])

    def spread(name: str, key: str) -> str:
        values = [row[key] for row in rows[name]]
        return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"

    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {threads} cores, {python}; load average "
          f"{min(loads):.1f}-{max(loads):.1f}")  # fmt: skip
    print(f"code: {Path(pipeline.__file__).parent}; gc.freeze() after the warm-up: {args.freeze};"
          f" the collector's thresholds {gc.get_threshold()}")
    print(f"article: {args.words} words asked, {len(sources)} segments "
          f"({len(bare_texts)} distinct) -> pt-BR; {args.rounds} rounds, order rotated")
    print()
    print("counts (the same every round unless a range is shown)")
    print("| count | pipeline | bare |")
    print("|---|---:|---:|")
    for label, key in (("native calls", "calls"), ("distinct texts", "distinct"),
                       ("SentencePiece tokens sent", "tokens"),
                       ("pairs of calls started shorter first (0 = longest first)",
                        "inversions")):  # fmt: skip
        p = sorted({row[key] for row in rows["pipeline"]})
        b = sorted({row[key] for row in rows["bare"]})
        print(f"| {label} | {'-'.join(map(str, (p[0], p[-1]) if len(p) > 1 else p))} | "
              f"{'-'.join(map(str, (b[0], b[-1]) if len(b) > 1 else b))} |")
    for label, key in (("submissions to the pool", "submitted"),
                       ("texts sent twice", "twice"),
                       ("texts the bare engine does not send", "foreign"),
                       ("calls started before the engine stage (look-ahead)", "ahead")):
        p = sorted({row[key] for row in rows["pipeline"]})
        print(f"| {label} | {'-'.join(map(str, (p[0], p[-1]) if len(p) > 1 else p))} | - |")
    print()
    print("times per round: median (min-max), s")
    print("| measure | pipeline | bare |")
    print("|---|---:|---:|")
    for label, key in (("wall", "wall"), ("before the first native call", "before"),
                       ("native calls' span", "span"), ("after the last native call", "after"),
                       ("engine threads' gaps between their calls, summed", "gaps"),
                       ("second thread's first call after the first's", "ramp"),
                       ("tail (one thread done, the other working)", "tail"),
                       ("CPU inside the native calls", "native"),
                       ("main thread CPU, all", "main"),
                       ("main thread CPU before the first call", "main_before"),
                       ("main thread CPU inside the span", "main_span"),
                       ("main thread CPU after the last call", "main_after"),
                       ("main thread GC wall", "gc"), ("main thread GC CPU", "gc_cpu"),
                       ("full collections", "full_gc")):
        print(f"| {label} | {spread('pipeline', key)} | {spread('bare', key)} |")
    print()
    ratios = []
    for p, b in zip(rows["pipeline"], rows["bare"], strict=True):
        common = [t for t in p["per_text"] if t in b["per_text"]]
        ratios.append(sum(p["per_text"][t] for t in common) / sum(b["per_text"][t]
                                                                   for t in common))
    print("native CPU on the same texts, pipeline / bare, per round: "
          + ", ".join(f"{x:.3f}" for x in ratios))
    print("bare / pipeline wall, per round: " + ", ".join(
        f"{b['wall'] / p['wall']:.3f}" for p, b in zip(rows["pipeline"], rows["bare"],
                                                        strict=True)))  # fmt: skip
    print("engine stage (translate timing) - bare wall, per round: " + ", ".join(
        f"{p['timings'].get('translate', 0.0) - b['wall']:.3f}"
        for p, b in zip(rows["pipeline"], rows["bare"], strict=True)))  # fmt: skip
    print("the last 4 calls' text lengths (chars), pipeline / bare, round 1: "
          f"{[len(t) for t in rows['pipeline'][0]['texts'][-4:]]} / "
          f"{[len(t) for t in rows['bare'][0]['texts'][-4:]]}")
    print("the first 6 calls' text lengths (chars), pipeline / bare, round 1: "
          f"{[len(t) for t in rows['pipeline'][0]['texts'][:6]]} / "
          f"{[len(t) for t in rows['bare'][0]['texts'][:6]]}")


if __name__ == "__main__":
    main()
