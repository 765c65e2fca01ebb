"""The Argos engine vs bare CTranslate2 vs naive loops, on an Argos-sized synthetic package.

Builds a package the size of a real Argos model (6+6 layers, d_model 512, FFN 2048, 8 heads,
16k vocabulary, int8; random weights whose ``</s>`` logit rises with the decoding position, so
outputs are about as long as inputs), installs it with ``translate.engines.packages`` and
translates a few hundred news sentences:

* ``ctranslate2 floor``: one ``translate_batch`` on pre-tokenized sentences, ``inter_threads`` =
  cores, ``intra_threads`` = 1, 32 sentences a batch, Argos's decoding options;
* ``ArgosEngine.translate``: what the pipeline calls (tokenize, batch, decode, detokenize);
* ``naive loop``: the same translator, one ``translate_batch`` call per sentence;
* ``argostranslate settings``: one call per sentence as argostranslate makes it (batches of 32
  tokens, ``inter_threads`` 1, ``intra_threads`` 0 = all cores inside the call);
* ``ArgosEngine, 1 worker x N threads``: the engine with ``inter_threads`` 1 and
  ``intra_threads`` = cores, against its default of N workers x 1 thread (how the default
  was chosen).

Every variant uses beam 4, length penalty 0.2 and the default maximum decoding length.

    python benchmarks/bench_argos.py [--sentences 300] [--repeat 2] [--argos-subset 60]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ratio_text import at_least  # noqa: E402
from synthetic_argos import CORPUS, ModelSize, Stop, build_argosmodel, sample_sentences  # noqa: E402

from translate.engines.argos import ARGOS_LENGTH_PENALTY, ArgosEngine  # noqa: E402
from translate.engines.packages import install_file  # noqa: E402

SIZE = ModelSize(layers=6, d_model=512, ffn=2048, heads=8, vocab=16000, quantization="int8")
STOP = Stop(ramp=1.0, weight=1.0, bias=-7.0)  # mean output length ~ mean input length
DECODING: dict[str, Any] = {
    "beam_size": 4,
    "num_hypotheses": 1,
    "length_penalty": ARGOS_LENGTH_PENALTY,
    "replace_unknowns": True,
}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2, help="best of N for floor and engine")
    parser.add_argument("--naive-subset", type=int, default=300, help="sentences for naive loop")
    parser.add_argument("--argos-subset", type=int, default=60,
                        help="sentences for the argostranslate-settings loop (slow)")  # fmt: skip
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    import ctranslate2
    import sentencepiece

    work = Path(tempfile.mkdtemp(prefix="bench-argos-"))
    try:
        start = time.perf_counter()
        corpus = CORPUS + sample_sentences(5000, seed=1)
        model_file = build_argosmodel(work, "en", "de", size=SIZE, stop=STOP, corpus=corpus)
        built = time.perf_counter() - start
        start = time.perf_counter()
        pkg = install_file(model_file, work / "packages").package
        installed = time.perf_counter() - start
        model_mb = (pkg.model_dir / "model.bin").stat().st_size / 1e6

        sentences = sample_sentences(args.sentences, seed=11)
        sp = sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer_path))
        tokens = [sp.encode(s, out_type=str) for s in sentences]

        start = time.perf_counter()
        floor_tr = ctranslate2.Translator(
            str(pkg.model_dir), device="cpu", inter_threads=args.threads, intra_threads=1
        )
        floor_load = time.perf_counter() - start
        results = floor_tr.translate_batch(tokens, max_batch_size=32, **DECODING)  # warm-up
        out_tokens = [len(r.hypotheses[0]) for r in results]

        engine = ArgosEngine(threads=args.threads, packages_dir=pkg.path.parent)
        start = time.perf_counter()
        engine.translate(sentences, "en", "de")  # first call loads the model
        engine_first = time.perf_counter() - start

        def floor() -> object:
            return floor_tr.translate_batch(tokens, max_batch_size=32, **DECODING)

        def pipeline_engine() -> object:
            return engine.translate(sentences, "en", "de")

        intra = ArgosEngine(threads=1, intra_threads=args.threads, packages_dir=pkg.path.parent)
        intra.translate(sentences[:4], "en", "de")  # load

        def intra_engine() -> object:
            return intra.translate(sentences, "en", "de")

        t_floor = t_engine = t_intra = float("inf")
        for _ in range(args.repeat):  # interleaved, best of N each
            t_floor = min(t_floor, best_of(1, floor))
            t_engine = min(t_engine, best_of(1, pipeline_engine))
            t_intra = min(t_intra, best_of(1, intra_engine))
        intra.close()

        naive_tokens = tokens[: args.naive_subset]
        t_naive = best_of(
            1, lambda: [floor_tr.translate_batch([t], **DECODING) for t in naive_tokens]
        )

        argos_tr = ctranslate2.Translator(
            str(pkg.model_dir), device="cpu", inter_threads=1, intra_threads=0
        )
        argos_tokens = tokens[: args.argos_subset]
        t_argos = best_of(1, lambda: [
            argos_tr.translate_batch([t], max_batch_size=32, batch_type="tokens", **DECODING)
            for t in argos_tokens
        ])  # fmt: skip

        rows = [
            ("ctranslate2 floor (batched)", len(tokens), t_floor),
            ("ArgosEngine.translate", len(sentences), t_engine),
            ("ArgosEngine, first call (+load)", len(sentences), engine_first),
            (f"ArgosEngine, 1 worker x {args.threads} threads", len(sentences), t_intra),
            ("naive loop, 1 call/sentence", len(naive_tokens), t_naive),
            ("argostranslate settings", len(argos_tokens), t_argos),
        ]
        floor_rate = len(tokens) / t_floor
        machine = f"{os.cpu_count()} cores ({cpu_model()})"
        versions = f"python {platform.python_version()}, ctranslate2 {ctranslate2.__version__}"
        print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())};"
              f" load average {os.getloadavg()[0]:.1f} (shared machine)")  # fmt: skip
        print(f"machine: {machine}, {versions}, {args.threads} threads")
        shape = f"{SIZE.layers}+{SIZE.layers} layers, d_model {SIZE.d_model}, ffn {SIZE.ffn}"
        shape += f", {SIZE.heads} heads, vocab {SIZE.vocab}, {SIZE.quantization}"
        print(f"model: {shape}; model.bin {model_mb:.0f} MB")
        print(f"built in {built:.1f} s, installed (checked) in {installed:.1f} s,"
              f" loaded in {floor_load:.2f} s")  # fmt: skip
        mean_in = statistics.mean(len(t) for t in tokens)
        mean_out = statistics.mean(out_tokens)
        print(f"sentences: {len(sentences)}; tokens/sentence in {mean_in:.1f},"
              f" out {mean_out:.1f} (max {max(out_tokens)}); beam 4, length penalty 0.2;"
              f" best of {args.repeat} for the floor and the two engine settings")  # fmt: skip
        print()
        print("| variant | sentences | seconds | sentences/s | vs floor |")
        print("|---|---:|---:|---:|---:|")
        for name, count, seconds in rows:
            rate = count / seconds
            print(f"| {name} | {count} | {seconds:.2f} | {rate:.1f} |"
                  f" {at_least(rate / floor_rate)}x |")  # fmt: skip
        print()
        overhead = 100 * (t_engine / t_floor - 1)
        speedup = (t_argos / len(argos_tokens)) / (t_engine / len(sentences))
        print(f"engine time vs floor: {overhead:+.1f}%;"
              f" engine vs argostranslate settings: {speedup:.1f}x the throughput")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
