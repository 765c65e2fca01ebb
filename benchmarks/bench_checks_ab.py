"""CPU of some checks of translate/facts.py, two versions of the file in one process, interleaved.

The long article of ``bench_pipeline.py`` runs once through the pipeline (engine answers
replayed from ``--answers`` if the file exists, else the engine's and written there, as
``bench_checks.py``); the segments and context ``run_checks`` received are kept. Then each named
checker of this tree's ``translate/facts.py`` and of ``--before DIR/translate/facts.py`` (another
version of the file, e.g. ``git archive hostile15 | tar -x -C DIR``) runs ``--passes`` times over
the segments, before and after alternating, ``--rounds`` rounds; the smallest round counts. The
findings of the two versions are compared on every segment first (the script stops if they
differ). Prints CPU ms per 1,000 segments (``time.thread_time``) and the whole check stage's:

    python benchmarks/bench_checks_ab.py --before DIR [--checks check_ranks,check_tense]
        [--answers F] [--passes 20] [--rounds 15]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", type=Path, required=True, help="a tree with translate/facts.py")
    parser.add_argument("--checks", default="check_ranks,check_tense,check_restrictors")
    parser.add_argument("--words", type=int, default=3000, help="the long article's length")
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--answers", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="bench-checks-ab-")
    sys.path.insert(0, str(ROOT / "benchmarks"))

    from bench_pipeline import make_article

    import translate.check as check
    import translate.facts as after
    import translate.pipeline as pipeline
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.localize.stage import readings_shared
    from translate.options import RunOptions
    from translate.read import read_article

    spec = importlib.util.spec_from_file_location(
        "translate.facts_before", args.before / "translate" / "facts.py"
    )
    assert spec is not None and spec.loader is not None
    before = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = before  # dataclasses look their module up
    spec.loader.exec_module(before)

    answers: dict[str, str] = {}
    if args.answers is not None and args.answers.is_file():
        answers = json.loads(args.answers.read_text(encoding="utf-8"))
    real = EmbeddedEngine.translate

    def replay(self: Any, sentences: Any, source: str, target: str) -> list[str]:
        missing = [s for s in sentences if f"{source}>{target}:{s}" not in answers]
        if missing:
            for s, t in zip(missing, real(self, missing, source, target), strict=True):
                answers[f"{source}>{target}:{s}"] = t
        return [answers[f"{source}>{target}:{s}"] for s in sentences]

    EmbeddedEngine.translate = replay  # type: ignore[method-assign]
    EmbeddedEngine.speculate = lambda self, *a: None  # type: ignore[method-assign]
    kept: list[tuple[Any, Any]] = []
    run_checks = pipeline.run_checks

    def keep(segments: Any, ctx: Any, *a: Any, **k: Any) -> Any:
        kept.append(([_copy(s) for s in segments], ctx))
        return run_checks(segments, ctx, *a, **k)

    pipeline.run_checks = keep
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(args.words), encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        pipeline.translate_prepared(
            pipeline.prepare(read_article(path), options), get_profile("pt-BR"), options, None
        )
    if args.answers is not None and not args.answers.is_file():
        args.answers.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    segments, ctx = kept[-1]

    names = args.checks.split(",")
    sides = {"before": [getattr(before, n) for n in names],
             "after": [getattr(after, n) for n in names]}  # fmt: skip
    for old, new in zip(sides["before"], sides["after"], strict=True):
        for seg in segments:
            found = [[dataclasses.asdict(f) for f in fn(seg, ctx)] for fn in (old, new)]
            if found[0] != found[1]:
                sys.exit(f"{new.__name__} differs on {seg.source!r}: {found}")
    best = {(side, n): float("inf") for side in sides for n in names}
    for _ in range(args.rounds):
        for side, checkers in sides.items():
            for name, checker in zip(names, checkers, strict=True):
                with readings_shared():
                    c0 = time.thread_time()
                    for _ in range(args.passes):
                        for seg in segments:
                            checker(seg, ctx)
                    best[side, name] = min(best[side, name], time.thread_time() - c0)
    whole = float("inf")
    for _ in range(5):
        fresh = [_copy(s) for s in segments]
        with readings_shared():
            c0 = time.thread_time()
            check.run_checks(fresh, ctx)
            whole = min(whole, time.thread_time() - c0)

    per = 1e6 / (len(segments) * args.passes)  # seconds -> ms per 1,000 segments
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.1f} (shared: CPU of the"
          " main thread, smallest round)")  # fmt: skip
    print(f"before: {args.before / 'translate' / 'facts.py'}; after: {after.__file__}")
    print(f"long article: {len(segments)} segments en -> pt-BR, engine answers replayed; "
          f"{args.passes} passes per round, {args.rounds} rounds, before and after alternating")
    print("findings of before and after identical on every segment: yes")
    print()
    print(f"| {'checker (CPU ms / 1,000 segments)':<34} | {'before':>7} | {'after':>7} | "
          f"{'after/before':>12} |")  # fmt: skip
    print(f"|{'-' * 36}|{'-' * 9}|{'-' * 9}|{'-' * 14}|")
    rows = [(n, best["before", n] * per, best["after", n] * per) for n in names]
    rows.append(("the named checks", sum(r[1] for r in rows), sum(r[2] for r in rows)))
    for name, b, a in rows:
        print(f"| {name:<34} | {b:7.2f} | {a:7.2f} | {a / b:12.2f} |")
    print(f"\nthe whole check stage (run_checks, every checker, this tree): "
          f"{whole * 1e6 / len(segments):.0f} ms per 1,000 segments")


def _copy(seg: Any) -> Any:
    """The segment as the checks first saw it (the checks add findings to it)."""
    return dataclasses.replace(seg, findings=list(seg.findings), terms=[dict(t) for t in seg.terms])


if __name__ == "__main__":
    main()
