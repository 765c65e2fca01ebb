"""The checks beside the engine, timed alone on the batches one run checks (speed46).

The long article of ``bench_pipeline.py`` runs once with the engine's answers replayed (the
JSON ``bench_post_engine.py --answers F`` writes), recording each batch of sentences that
``pipeline._Early.flush`` hands to ``check.checker_findings``. Each batch is then checked again,
``REPEAT`` times, inside one ``readings_shared()`` block as the flush does (so readings shared
by several checkers are made once, as in a run; the localize stage's readings are not there),
by every checker of ``check.CHECKERS`` and by each named group of checkers (``a+b``), and the
smallest and median main-thread CPU seconds (``time.thread_time``) are printed. Compare two
trees by running it with ``PYTHONPATH=TREE`` in alternation:

    PYTHONPATH=TREE python benchmarks/speed46_checks_ab.py TREE ANSWERS [GROUPS] [REPEAT]
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def main() -> None:
    root, answers_path = Path(sys.argv[1]), Path(sys.argv[2])
    names = [g for g in (sys.argv[3] if len(sys.argv) > 3 else "").split(",") if g]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="speed46-checks-")
    sys.path.insert(0, str(root / "benchmarks"))
    from bench_pipeline import make_article

    import translate.check as check
    import translate.pipeline as pipeline
    from translate.engines.base import ready_hook
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.localize.stage import readings_shared
    from translate.options import RunOptions
    from translate.read import read_article

    answers = json.loads(answers_path.read_text("utf-8"))

    def replay(self: Any, sentences: Any, source: str, target: str) -> list[str]:
        out = [answers[f"{source}>{target}:{s}"] for s in sentences]
        hook = ready_hook()
        for s, t in dict(zip(sentences, out, strict=True)).items():
            if hook is not None and s.strip():
                hook(" ".join(s.split()), t)
        return out

    EmbeddedEngine.translate = replay  # type: ignore[method-assign]
    EmbeddedEngine.speculate = lambda self, *a: None  # type: ignore[method-assign]
    batches: list[tuple[list[Any], Any]] = []
    real = check.checker_findings

    def spy(checkers: Sequence[Any], segments: Sequence[Any], ctx: Any) -> Any:
        batches.append((list(segments), ctx))
        return real(checkers, segments, ctx)

    check.checker_findings = spy  # type: ignore[assignment]
    path = Path(tempfile.mkdtemp()) / "long.txt"
    path.write_text(make_article(3000), encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False)
    prepared = pipeline.prepare(read_article(path), options)
    pipeline.translate_prepared(prepared, get_profile("pt-BR"), options, None)
    check.checker_findings = real  # type: ignore[assignment]

    def run(group: Sequence[Callable[[Any, Any], Any]]) -> None:
        for segments, ctx in batches:
            with readings_shared():
                for checker in group:
                    for seg in segments:
                        checker(seg, ctx)

    groups: dict[str, list[Any]] = {
        "all checkers (CHECKERS), one readings_shared() block a batch": list(check.CHECKERS)
    }
    for name in names:
        groups[name] = [c for c in check.CHECKERS if c.__name__ in name.split("+")]
    print(f"date: {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC")
    print(f"code: {root}; load {os.getloadavg()[0]:.1f}; {len(batches)} batches, "
          f"{sum(len(s) for s, _ in batches)} sentences")
    for label, group in groups.items():
        run(group)  # warm: memoized helpers filled as in a run's later sentences
        spent = []
        for _ in range(repeat):
            gc.collect()
            start = time.thread_time()
            run(group)
            spent.append(time.thread_time() - start)
        print(f"{label:70s} min {min(spent) * 1000:7.2f} ms  "
              f"median {statistics.median(spent) * 1000:7.2f} ms")


if __name__ == "__main__":
    main()
