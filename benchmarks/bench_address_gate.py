"""The CPU of ``untranslatable.address_spans`` in one run of the long article, with and without
its gates (speed37), alternated in one process.

The long article of ``bench_pipeline.py`` runs once through the pipeline (cache off, the
engine's answers replayed from ``--answers FILE`` as ``bench_post_engine.py`` writes it, or
the embedded engine when the file is absent); every call of ``address_spans`` it makes (the
untranslatable mask's and the checks') is recorded with its arguments. Then, ``--rounds``
times, the same calls run with the gates as shipped and with them open (each gate answering
"scan": the code before speed37), the two alternating, each timed with ``time.thread_time``;
the answers of the two are compared.

    python benchmarks/bench_address_gate.py [--rounds 9] [--answers F]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import make_article


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--answers", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")

    import translate.pipeline as pipeline
    from translate import check, untranslatable
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article

    if args.answers is not None and args.answers.is_file():
        answers = json.loads(args.answers.read_text(encoding="utf-8"))

        def replay(self: Any, sentences: Any, source: str, target: str) -> list[str]:
            return [answers[f"{source}>{target}:{s}"] for s in sentences]

        EmbeddedEngine.translate = replay  # type: ignore[method-assign]
        EmbeddedEngine.speculate = lambda self, *a: None  # type: ignore[method-assign]
    real = untranslatable.address_spans
    calls: list[tuple[Any, ...]] = []

    def record(text: str, *a: Any, **k: Any) -> Any:
        calls.append((text, a, k))
        return real(text, *a, **k)

    untranslatable.address_spans = record  # type: ignore[assignment]
    check.address_spans = record  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(3000), encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        pipeline.translate_prepared(pipeline.prepare(read_article(path), options),
                                    get_profile("pt-BR"), options, None)  # fmt: skip
    untranslatable.address_spans = real
    check.address_spans = real
    gates = {name: getattr(untranslatable, name)
             for name in ("_has_tag_mark", "_has_address_mark", "_long_run")}  # fmt: skip

    def timed(open_gates: bool) -> tuple[float, list[Any]]:
        for name, gate in gates.items():
            setattr(untranslatable, name, (lambda text: True) if open_gates else gate)
        c0 = time.thread_time()
        out = [real(text, *a, **k) for text, a, k in calls]
        return time.thread_time() - c0, out

    rows: list[tuple[float, float]] = []
    for n in range(args.rounds):
        first = n % 2 == 1
        a, out_a = timed(first)
        b, out_b = timed(not first)
        assert out_a == out_b, "the gates changed an answer"
        rows.append((b, a) if first else (a, b))  # (gated, open)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython"
          f" {platform.python_version()}; load average {os.getloadavg()[0]:.1f} (shared: CPU"
          " seconds of this thread)")  # fmt: skip
    print(f"code: {Path(untranslatable.__file__).parent}")
    marks = sum(1 for text, _, _ in calls if "@" in text or "#" in text or "://" in text)
    print(f"article: bench_pipeline.py's long article -> pt-BR: {len(calls)} calls of"
          f" address_spans in one run ({marks} on a text with '@', '#' or '://')")  # fmt: skip
    print()
    print("| round | gated ms | open (before speed37) ms | gated / open |")
    print("|---:|---:|---:|---:|")
    for n, (g, o) in enumerate(rows, 1):
        print(f"| {n} | {g * 1e3:.2f} | {o * 1e3:.2f} | {g / o:.3f} |")
    g = statistics.median(r[0] for r in rows)
    o = statistics.median(r[1] for r in rows)
    print(f"medians: gated {g * 1e3:.2f} ms, open {o * 1e3:.2f} ms a run; saved"
          f" {(o - g) * 1e3:.2f} ms a run; the answers identical in every round")  # fmt: skip


if __name__ == "__main__":
    main()
