"""Where the Argos path's time goes: the pipeline against bare CTranslate2, part by part.

``bench_pipeline.py --engine argos`` gives one ratio (best of a few runs of each side). This
splits it, with every variant run in the same process on the same model, interleaved round by
round, medians over ``--rounds`` (wall and CPU of the whole process, all threads):

* ``bare (bench_pipeline floor)``: the floor ``bench_pipeline.py`` uses: SentencePiece on the
  list, one ``translate_batch`` of at most 32 sentences a batch, ``inter_threads`` = cores;
* ``bare, engine's batching``: the same calls with ``ArgosEngine``'s batching (sorted longest
  first, batches of a token budget): the batching's own effect;
* ``ArgosEngine.translate``: the engine the pipeline uses, called directly on the texts the
  pipeline sends it (what the pipeline's ``translate`` stage waits on);
* ``pipeline``: read..write as ``bench_pipeline.py`` runs it; its ``engine call`` is the wall
  spent inside ``ArgosEngine.translate`` during that run, the rest is the stages';
* ``stages only``: the pipeline with the engine's answers replayed (no engine time): on the
  synthetic model's own answers, and on the source sentences given back as the answers (text
  with a real sentence's numbers: the synthetic model answers strings of ``<extra N>`` pieces,
  dozens of digit runs a sentence, which the number readers of localize and check all read).

    python benchmarks/bench_argos_parts.py [--words 1500] [--rounds 7]
"""

from __future__ import annotations

import argparse
import math
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import make_article, synthetic_argos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    import ctranslate2
    import sentencepiece

    from translate.engines import argos as argos_mod
    from translate.engines.argos import ARGOS_BEAM_SIZE, ARGOS_LENGTH_PENALTY
    from translate.engines.packages import read_package
    from translate.locales import get_profile
    from translate.options import EngineOptions, RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article
    from translate.write import write_edition

    threads = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "long.txt"
        path.write_text(make_article(args.words), encoding="utf-8")
        package = synthetic_argos(work)
        options = RunOptions(use_cache=False, use_tm=False, engine="argos",
                             engine_options=EngineOptions(packages_dir=package.parent))  # fmt: skip
        profile = get_profile("de")

        calls: list[tuple[float, list[str]]] = []
        original = argos_mod.ArgosEngine.translate

        def recording(self: Any, sentences: Any, source: str, target: str) -> list[str]:
            t0 = time.perf_counter()
            out = original(self, sentences, source, target)
            calls.append((time.perf_counter() - t0, list(sentences)))
            return out

        argos_mod.ArgosEngine.translate = recording  # type: ignore[method-assign]

        def pipeline() -> None:
            article = read_article(path)
            edition = translate_prepared(prepare(article, options), profile, options, None)
            write_edition(edition, work / "out", ["md", "json"])

        warm = work / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        translate_prepared(prepare(read_article(warm), options), profile, options, None)
        calls.clear()
        pipeline()  # the texts the pipeline sends
        sent = calls[-1][1]
        engine = argos_mod.ArgosEngine(packages_dir=package.parent)
        engine.translate(sent[:4], "en", "de")

        pkg = read_package(package)
        sp = sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer_path))
        tr = ctranslate2.Translator(str(pkg.model_dir), device="cpu", inter_threads=threads,
                                    intra_threads=1)  # fmt: skip
        decoding: dict[str, Any] = {"beam_size": ARGOS_BEAM_SIZE,
                                    "length_penalty": ARGOS_LENGTH_PENALTY,
                                    "replace_unknowns": True}  # fmt: skip
        sources = [s for s in sent]

        def bare() -> None:
            tokens = sp.encode(sources, out_type=str)
            res = tr.translate_batch(tokens, max_batch_size=32, **decoding)
            sp.decode_pieces([r.hypotheses[0] for r in res])

        def bare_engine_batching() -> None:
            tokens = sorted(sp.encode(sources, out_type=str), key=len, reverse=True)
            total = sum(len(t) for t in tokens)
            budget = max(len(tokens[0]), min(argos_mod.MAX_BATCH_TOKENS,
                                             math.ceil(total / threads)))  # fmt: skip
            res = tr.translate_batch(tokens, max_batch_size=budget, batch_type="tokens",
                                     **decoding)  # fmt: skip
            sp.decode_pieces([r.hypotheses[0] for r in res])

        def engine_call() -> None:
            engine.translate(sent, "en", "de")

        answers = dict(zip(sent, engine.translate(sent, "en", "de"), strict=True))
        replay: dict[str, str] = {}

        def replaying(self: Any, sentences: Any, source: str, target: str) -> list[str]:
            if all(s in replay for s in sentences):
                return [replay[s] for s in sentences]
            return original(self, sentences, source, target)

        def stages(given: dict[str, str]) -> Callable[[], None]:
            def run() -> None:
                replay.clear()
                replay.update(given)
                argos_mod.ArgosEngine.translate = replaying  # type: ignore[method-assign]
                try:
                    pipeline()
                finally:
                    argos_mod.ArgosEngine.translate = recording  # type: ignore[method-assign]
            return run

        variants: dict[str, Callable[[], None]] = {
            "bare (bench_pipeline floor)": bare,
            "bare, engine's batching": bare_engine_batching,
            "ArgosEngine.translate": engine_call,
            "pipeline": pipeline,
            "stages only: the model's answers replayed": stages(answers),
            "stages only: the source as the answer": stages({s: s for s in sent}),
        }
        walls: dict[str, list[float]] = {k: [] for k in variants}
        cpus: dict[str, list[float]] = {k: [] for k in variants}
        inside: list[float] = []
        loads: list[float] = []
        for r in range(args.rounds):
            order = list(variants) if r % 2 == 0 else list(reversed(variants))
            for name in order:
                calls.clear()
                c0, w0 = time.process_time(), time.perf_counter()
                variants[name]()
                walls[name].append(time.perf_counter() - w0)
                cpus[name].append(time.process_time() - c0)
                if name == "pipeline":
                    inside.append(sum(c[0] for c in calls))
            loads.append(os.getloadavg()[0])

    tokens = sp.encode(sources, out_type=str)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {threads} cores;"
          f" load average {min(loads):.1f}-{max(loads):.1f} during the rounds")  # fmt: skip
    print(f"texts sent: {len(sent)}, {sum(len(t) for t in tokens)} source tokens"
          f" (longest {max(len(t) for t in tokens)}); rounds: {args.rounds}, interleaved;"
          " medians (min-max)")  # fmt: skip
    floor_w = statistics.median(walls["bare (bench_pipeline floor)"])
    floor_c = statistics.median(cpus["bare (bench_pipeline floor)"])
    print()
    print("| variant | wall s | CPU s | floor/variant wall | floor/variant CPU |")
    print("|---|---:|---:|---:|---:|")
    for name in variants:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"| {name} | {w:.3f} ({min(walls[name]):.3f}-{max(walls[name]):.3f}) | {c:.3f} |"
              f" {floor_w / w:.3f}x | {floor_c / c:.3f}x |")  # fmt: skip
    med_in = statistics.median(inside)
    print(f"| pipeline: engine call | {med_in:.3f} | | {floor_w / med_in:.3f}x | |")
    stages = [p - e for p, e in zip(walls["pipeline"], inside, strict=True)]
    print(f"| pipeline: outside the engine call | {statistics.median(stages):.3f} | | | |")
    print()
    ratios = [f / p for f, p in zip(walls["bare (bench_pipeline floor)"], walls["pipeline"],
                                     strict=True)]  # fmt: skip
    digits = sum(len(re.findall(r"\d+", a)) for a in answers.values()) / len(answers)
    source_digits = sum(len(re.findall(r"\d+", s)) for s in sent) / len(sent)
    print(f"digit runs per sentence: {digits:.1f} in the synthetic model's answers,"
          f" {source_digits:.2f} in the source")  # fmt: skip
    print("per-round floor/pipeline wall: " + ", ".join(f"{x:.2f}" for x in ratios))


if __name__ == "__main__":
    main()
