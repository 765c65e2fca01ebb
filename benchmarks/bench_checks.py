"""CPU of each checker of the check stage, the engine's answers replayed: where its time goes.

The article runs once through the pipeline with the engine's answers replayed (as
``bench_post_engine.py``: ``--answers FILE`` read if present, else written); the segments and
context ``run_checks`` received are kept, then every checker of ``translate.check.CHECKERS``
runs over them ``--repeat`` times, each inside its own ``readings_shared()`` block as in the
pipeline, timed with ``time.thread_time``. Prints the smallest CPU seconds per checker and for
the whole ``run_checks`` call (sentences that repeat checked once, as the pipeline does):

    python benchmarks/bench_checks.py [--article long|seed] [--repeat 7] [--answers F] [--top 15]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--article", choices=("long", "seed"), default="long")
    parser.add_argument("--words", type=int, default=3000, help="the long article's length")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--top", type=int, default=15, help="checkers listed (costliest first)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="instead: cProfile the run_checks runs, print the N costliest")
    parser.add_argument("--callers", nargs="*", help="with --profile: who calls these")
    parser.add_argument("--answers", type=Path, default=None,
                        help="the engine's answers (JSON): read if present, else written")
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="bench-checks-")
    sys.path.insert(0, str(ROOT / "benchmarks"))

    from bench_pipeline import make_article

    import translate
    import translate.check as check
    import translate.pipeline as pipeline
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.localize.stage import readings_shared
    from translate.options import RunOptions
    from translate.read import read_article

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
        path = Path(tmp) / f"{args.article}.txt"
        text = make_article(args.words) if args.article == "long" else SEED.read_text("utf-8")
        path.write_text(text, encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        pipeline.translate_prepared(
            pipeline.prepare(read_article(path), options), get_profile("pt-BR"), options, None
        )
    if args.answers is not None and not args.answers.is_file():
        args.answers.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    segments, ctx = kept[-1]
    key = getattr(check, "check_key", None) or check._check_key  # before speed12: private
    distinct = list({key(s): s for s in segments}.values())

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        for _ in range(args.repeat):
            fresh = [_copy(s) for s in segments]
            with readings_shared():
                prof.runcall(check.run_checks, fresh, ctx)
        stats = pstats.Stats(prof).sort_stats("tottime")
        stats.print_stats(args.profile)
        for name in args.callers or ():
            stats.print_callers(name)
        return
    per: dict[str, list[float]] = {}
    whole: list[float] = []
    for _ in range(args.repeat):
        fresh = [_copy(s) for s in segments]
        with readings_shared():
            c0 = time.thread_time()
            check.run_checks(fresh, ctx)
            whole.append(time.thread_time() - c0)
        for checker in check.CHECKERS:
            fresh = [_copy(s) for s in distinct]
            with readings_shared():
                c0 = time.thread_time()
                for seg in fresh:
                    checker(seg, ctx)
                per.setdefault(checker.__name__, []).append(time.thread_time() - c0)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.1f} (shared: CPU"
          " seconds of the main thread, smallest of the runs)")  # fmt: skip
    print(f"code: {Path(translate.__file__).parent}")
    print(f"article: {args.article}, {len(segments)} sentences ({len(distinct)} distinct) -> "
          f"pt-BR; engine answers replayed; {args.repeat} runs; each checker alone in its own"
          " readings_shared() block")  # fmt: skip
    print()
    print(f"| {'checker':<32} | {'CPU s':>7} |")
    print(f"|{'-' * 34}|{'-' * 9}|")
    ranked = sorted(per.items(), key=lambda kv: -min(kv[1]))
    args.top = min(args.top, len(ranked))
    for name, seconds in ranked[: args.top]:
        print(f"| {name:<32} | {min(seconds):7.4f} |")
    if args.top < len(ranked):
        rest = sum(min(s) for _, s in ranked[args.top :])
        print(f"| {f'the other {len(ranked) - args.top}':<32} | {rest:7.4f} |")
    print(f"| {'sum of the checkers alone':<32} | {sum(min(s) for s in per.values()):7.4f} |")
    print(f"| {'run_checks (all, one block)':<32} | {min(whole):7.4f} |")
    print(f"garbage collections during the runs: {gc.get_stats()}")


def _copy(seg: Any) -> Any:
    """The segment as the checks first saw it (the checks add findings to it)."""
    import dataclasses

    return dataclasses.replace(seg, findings=list(seg.findings), terms=[dict(t) for t in seg.terms])


if __name__ == "__main__":
    main()
