"""CPU of the pipeline's own stages, the engine's answers replayed: steady on a shared machine.

The embedded engine's answers for the article are recorded once (or read from ``--answers
FILE``, JSON, written by an earlier run), then the article runs ``--repeat`` times through
``prepare`` + ``translate_prepared`` (cache off) with the engine replaced by those answers, so
every second left is the pipeline's own Python work. The replayed engine reports each answer
to the pipeline (``engines.base.on_ready``) as the real one does as its calls finish: the last
two rows split the run's CPU into the stages run beside the engine (on the sentences already
answered) and what runs after the engine's last answer, serially. Prints the smallest CPU
seconds of the main thread per run and per step (detect..check, each a function of the
pipeline wrapped with ``time.thread_time``). Without the engine's threads beside it, the
figure moves far less with the machine's other jobs than wall time does; compare two trees
by running this script with ``PYTHONPATH=TREE`` in the same minutes, or count instructions:

    python benchmarks/bench_post_engine.py [--article long|seed] [--repeat 7] [--answers F]
    valgrind --tool=callgrind python benchmarks/bench_post_engine.py --answers F --repeat 1
    (and --repeat 3: the difference / 2 is one article's instructions)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"
STEPS = {  # name in translate.pipeline -> label
    "prepare": "prepare (detect, boilerplate, segment)",
    "protect_segments": "glossary: protect",
    "restore_segments": "glossary: restore and verify",
    "localize_segments": "localize",
    "run_checks": "checks (run_checks)",
    "_injected_name_findings": "checks: injected names",
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--article", choices=("long", "seed"), default="long")
    parser.add_argument("--words", type=int, default=3000, help="the long article's length")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--answers", type=Path, default=None,
                        help="the engine's answers (JSON): read if present, else written")
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="bench-post-")
    sys.path.insert(0, str(ROOT / "benchmarks"))

    from bench_pipeline import make_article

    import translate
    import translate.pipeline as pipeline
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article

    answers: dict[str, str] = {}
    if args.answers is not None and args.answers.is_file():
        answers = json.loads(args.answers.read_text(encoding="utf-8"))
    real = EmbeddedEngine.translate

    try:
        from translate.engines.base import ready_hook
    except ImportError:  # a tree from before the thirteenth pass: no stage runs beside the engine
        def ready_hook() -> Any:
            return None
    marks: dict[str, float] = {}  # main-thread CPU: in the first engine call; at its return

    def replay(self: Any, sentences: Any, source: str, target: str) -> list[str]:
        c0 = time.thread_time()
        missing = [s for s in sentences if f"{source}>{target}:{s}" not in answers]
        if missing:
            for s, t in zip(missing, real(self, missing, source, target), strict=True):
                answers[f"{source}>{target}:{s}"] = t
        out = [answers[f"{source}>{target}:{s}"] for s in sentences]
        hook = ready_hook()  # each answer reported as the pool would (engines.base.on_ready)
        for s, t in dict(zip(sentences, out, strict=True)).items():
            if hook is not None and s.strip():
                hook(" ".join(s.split()), t)
        marks.setdefault("beside", time.thread_time() - c0)
        marks.setdefault("after", time.thread_time())
        return out

    EmbeddedEngine.translate = replay  # type: ignore[method-assign]
    EmbeddedEngine.speculate = lambda self, *a: None  # type: ignore[method-assign]
    cpu: dict[str, float] = {}

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            c0 = time.thread_time()
            try:
                return fn(*a, **k)
            finally:
                cpu[name] = cpu.get(name, 0.0) + time.thread_time() - c0
        return timed

    for name in STEPS:
        setattr(pipeline, name, wrap(name, getattr(pipeline, name)))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{args.article}.txt"
        text = make_article(args.words) if args.article == "long" else SEED.read_text("utf-8")
        path.write_text(text, encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        profile = get_profile("pt-BR")

        def run() -> Any:
            prepared = pipeline.prepare(read_article(path), options)
            return pipeline.translate_prepared(prepared, profile, options, None)

        edition = run()  # the engine's answers, the one-time loads
        if args.answers is not None and not args.answers.is_file():
            args.answers.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
        totals: list[float] = []
        steps: dict[str, list[float]] = {}
        beside: list[float] = []
        after: list[float] = []
        for _ in range(args.repeat):
            cpu.clear()
            marks.clear()
            c0 = time.thread_time()
            edition = run()
            totals.append(time.thread_time() - c0)
            beside.append(marks["beside"])
            after.append(time.thread_time() - marks["after"])
            for name, seconds in cpu.items():
                steps.setdefault(name, []).append(seconds)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.1f} (shared: CPU"
          " seconds of the main thread, smallest of the runs)")  # fmt: skip
    print(f"code: {Path(translate.__file__).parent}")
    words = edition.stats["words"]
    print(f"article: {args.article}, {words} words, {edition.stats['segments']} sentences -> pt-BR;"
          f" engine answers replayed; {args.repeat} runs")  # fmt: skip
    print()
    print(f"| {'step':<40} | {'CPU s':>7} |")
    print(f"|{'-' * 42}|{'-' * 9}|")
    for name, label in STEPS.items():
        if name in steps:
            print(f"| {label:<40} | {min(steps[name]):7.4f} |")
    print(f"| {'whole run (the engine replayed)':<40} | {min(totals):7.4f} |")
    print(f"| {'of it: beside the engine (on_ready)':<40} | {min(beside):7.4f} |")
    print(f"| {'of it: after the engine, serial':<40} | {min(after):7.4f} |")


if __name__ == "__main__":
    main()
