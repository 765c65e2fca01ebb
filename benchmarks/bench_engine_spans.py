"""Where the long article's time goes beside the bare engine: spans of one process, same rounds.

``bench_pipeline.py --engine embedded`` gives the pipeline's speed as a ratio to the bare
engine; this script splits the difference. In one process, round after round (the order of
the two rotated each round), it runs the pipeline (``prepare`` + ``translate_prepared``, cache
off, as ``bench_pipeline.py`` does) and the bare engine (the same native model, one sentence per
call on a thread per core) on the same 3,000-word article, and counts for each:

* wall and CPU seconds of the whole run (all threads of the process);
* the native calls: how many, on how many distinct texts, whether the texts are the bare
  engine's, and the CPU seconds spent inside them (``time.thread_time`` around each call, on
  the engine's threads: the engine's own work);
* the main thread's CPU seconds: all of it, the part inside the engine stage (the answers' loop
  and the stages run on each answer beside the engine, ``engines.base.on_ready``), and of that
  the stages themselves (``pipeline._Early``);
* the pipeline's stage timings (wall).

What is not the engine's work is then CPU the pipeline adds; on a machine whose cores the
engine keeps busy, each CPU second of it costs about 1 / cores of a second of wall.

    python benchmarks/bench_engine_spans.py [--rounds 5] [--article long|seed]

Compare two trees by running it with ``PYTHONPATH=TREE`` in the same minutes.
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

from bench_pipeline import make_article

SEED = Path(__file__).resolve().parents[1] / "examples" / "caucasus-talks.txt"


class Spans:
    """Counters filled by the wrapped functions during one run."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.texts: list[str] = []
        self.native_cpu = 0.0
        self.stage_cpu = 0.0  # main thread, inside translate_batch (the engine stage)
        self.early_cpu = 0.0  # main thread, inside pipeline._Early (__call__ and flush)

    def native(self, text: str, seconds: float) -> None:
        with self.lock:
            self.texts.append(text)
            self.native_cpu += seconds


def thread_cpu(
    spans: Spans, field: str, func: Callable[..., Any], inside: threading.local | None = None
) -> Callable[..., Any]:
    """``func`` counting its thread's CPU into ``spans.<field>`` (the outermost call only: one
    wrapped function calling another of the same field is counted once)."""
    inside = inside or threading.local()

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if getattr(inside, field, False):
            return func(*args, **kwargs)
        setattr(inside, field, True)
        start = time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            setattr(spans, field, getattr(spans, field) + time.thread_time() - start)
            setattr(inside, field, False)

    return wrapped


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--article", choices=("long", "seed"), default="long",
                        help="long: bench_pipeline.py's article; seed: examples/caucasus-talks.txt"
                             " (the article of bench_skins.py)")  # fmt: skip
    args = parser.parse_args()

    import translate.engines.embedded as embedded
    import translate.pipeline as pipeline
    from translate.engines.embedded import discover_models, native
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article

    spans = Spans()
    one = embedded._translate_one

    def counted(model: Any, flat: str) -> str:
        start = time.thread_time()
        out = one(model, flat)
        spans.native(flat, time.thread_time() - start)
        return out

    embedded._translate_one = counted  # looked up at each call (pool.submit(_translate_one, ..))
    pipeline.translate_batch = thread_cpu(spans, "stage_cpu", pipeline.translate_batch)
    # only the engine stage's first call counts as "beside the engine": the retranslations of
    # restore and inline are rare and go through the same wrapper (none on this article)
    inside = threading.local()  # shared by the two: flush runs inside __call__ too
    for name in ("__call__", "flush"):
        setattr(pipeline._Early, name,
                thread_cpu(spans, "early_cpu", getattr(pipeline._Early, name), inside))  # fmt: skip

    threads = os.cpu_count() or 1
    options = RunOptions(use_cache=False, use_tm=False)
    profile = get_profile("pt-BR")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(args.words) if args.article == "long" else
                        SEED.read_text(encoding="utf-8"), encoding="utf-8")  # fmt: skip
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        pipeline.translate_prepared(
            pipeline.prepare(read_article(warm), options), profile, options, None
        )
        model = native().NativeDirection(str(discover_models()[("en", "pt")][0]))
        model.translate("Warm-up sentence.")
        sources = [s.source for s in pipeline.prepare(read_article(path), options).segments]

        def bare_one(text: str) -> str:
            start = time.thread_time()
            flat = " ".join(text.split())  # as the engine sends it (bench_skins.py's floor too)
            out = model.translate(flat)
            spans.native(flat, time.thread_time() - start)
            return str(out)

        def run_pipeline() -> dict[str, Any]:
            prepared = pipeline.prepare(read_article(path), options)
            edition = pipeline.translate_prepared(prepared, profile, options, None)
            return dict(edition.stats["timings"])

        def run_bare() -> dict[str, Any]:
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(bare_one, sources))
            return {}

        flat_sources = {" ".join(s.split()) for s in sources}
        rows: dict[str, list[dict[str, Any]]] = {"pipeline": [], "bare": []}
        loads = [os.getloadavg()[0]]
        for r in range(args.rounds):
            order = [("pipeline", run_pipeline), ("bare", run_bare)]
            for name, run in order if r % 2 == 0 else order[::-1]:
                spans.reset()
                w0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
                timings = run()
                rows[name].append({
                    "wall": time.perf_counter() - w0, "cpu": time.process_time() - c0,
                    "main": time.thread_time() - m0, "calls": len(spans.texts),
                    "distinct": len(set(spans.texts)),
                    "same": name == "bare" or set(spans.texts) == flat_sources,
                    "native": spans.native_cpu, "stage": spans.stage_cpu,
                    "early": spans.early_cpu, "timings": timings,
                })  # fmt: skip
            loads.append(os.getloadavg()[0])

    def med(name: str, key: str) -> float:
        return statistics.median(row[key] for row in rows[name])

    def ratio(key: str) -> list[float]:
        return [b[key] / p[key] for p, b in zip(rows["pipeline"], rows["bare"], strict=True)]

    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {threads} cores, {python}; load average "
          f"{min(loads):.1f}-{max(loads):.1f} (shared: compare within a round)")  # fmt: skip
    print(f"code: {Path(pipeline.__file__).parent}")
    asked = f"{args.words} words asked" if args.article == "long" else "the seed article"
    print(f"article: {asked}, {len(sources)} sentences "
          f"({len(set(sources))} distinct) -> pt-BR; {args.rounds} rounds, order rotated")
    print()
    print("| per round, median                          |  pipeline |      bare |")
    print("|--------------------------------------------|-----------|-----------|")
    for label, key in (("wall s", "wall"), ("CPU s (all threads)", "cpu"),
                       ("native calls", "calls"), ("distinct texts sent", "distinct"),
                       ("CPU s inside the native calls", "native"),
                       ("main thread CPU s", "main"),
                       ("  of it in the engine stage (beside it)", "stage"),
                       ("  main thread CPU s in pipeline._Early", "early")):  # fmt: skip
        print(f"| {label:<42} | {med('pipeline', key):9.3f} | {med('bare', key):9.3f} |")
    print()
    same = all(row["same"] for row in rows["pipeline"])
    print(f"texts the pipeline sent == the bare engine's sentences: {same}")
    extra = [p["cpu"] - p["native"] for p in rows["pipeline"]]
    bare_extra = [b["cpu"] - b["native"] for b in rows["bare"]]
    print("CPU s outside the native calls, per round: pipeline "
          + ", ".join(f"{x:.3f}" for x in extra) + "; bare "
          + ", ".join(f"{x:.3f}" for x in bare_extra))  # fmt: skip
    print("native CPU s, pipeline / bare, per round: "
          + ", ".join(f"{p['native']:.3f}/{b['native']:.3f}"
                      for p, b in zip(rows["pipeline"], rows["bare"], strict=True)))  # fmt: skip
    print("bare / pipeline wall, per round: " + ", ".join(f"{x:.3f}" for x in ratio("wall")))
    print("bare / pipeline CPU, per round: " + ", ".join(f"{x:.3f}" for x in ratio("cpu")))
    print()
    stages = list(rows["pipeline"][0]["timings"])
    print("pipeline stage wall s, median: " + ", ".join(
        f"{s} {statistics.median(r['timings'].get(s, 0.0) for r in rows['pipeline']):.3f}"
        for s in stages))  # fmt: skip
    outside = [p["wall"] - p["timings"].get("translate", 0.0) for p in rows["pipeline"]]
    print("pipeline wall outside the engine stage, per round: "
          + ", ".join(f"{x:.3f}" for x in outside))  # fmt: skip
    print("engine stage wall - bare wall, per round: " + ", ".join(
        f"{p['timings'].get('translate', 0.0) - b['wall']:.3f}"
        for p, b in zip(rows["pipeline"], rows["bare"], strict=True)))  # fmt: skip


if __name__ == "__main__":
    main()
