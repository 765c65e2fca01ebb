"""CPU of ``run_checks`` on the long article with the shared readings of numbers in words and
clock times (``translate.facts.number_words``, ``times_in``) off and on, in one process.

The long article (``bench_pipeline.make_article(3000)``, pt-BR, the embedded engine) runs once
through the pipeline; the segments, context and localize-stage readings its early checks
received are kept. Then ``run_checks`` runs over fresh copies of them, inside a
``readings_shared()`` block holding the localize stage's readings, alternately with the two
readers' memo off (``facts.readings_memo`` returning None: the code before) and on, the order
swapped every round; CPU by ``time.thread_time``. The findings of both must be identical.

    python benchmarks/bench_fact_readings.py [--rounds 21]
"""

from __future__ import annotations

import argparse
import copy
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()

    import bench_pipeline as bp

    import translate.facts as facts
    import translate.pipeline as pl
    from translate.check import run_checks
    from translate.locales import get_profile
    from translate.localize.stage import readings_memo, readings_shared
    from translate.options import RunOptions
    from translate.read import read_article

    path = Path(tempfile.mkdtemp()) / "long.txt"
    path.write_text(bp.make_article(3000), encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False)
    segs: list[Any] = []
    ctxs: list[Any] = []
    memos: list[dict[Any, Any]] = []
    flush = pl._Early.flush

    def keep(self: Any) -> Any:
        segs.extend(self.waiting)
        ctxs.append(self.ctx)
        memos.append(self.readings)
        return flush(self)

    pl._Early.flush = keep  # type: ignore[method-assign]
    pl.translate_prepared(pl.prepare(read_article(path), options), get_profile("pt-BR"),
                          options, None)
    pl._Early.flush = flush  # type: ignore[method-assign]
    ctx = ctxs[0]
    base = {k: v for k, v in memos[0].items() if k[0] not in ("w", "t")}

    def one(on: bool) -> tuple[float, str]:
        facts.readings_memo = readings_memo if on else (lambda: None)  # type: ignore[assignment]
        fresh = copy.deepcopy(segs)
        for seg in fresh:
            seg.findings.clear()
        with readings_shared(dict(base)):
            start = time.thread_time()
            found = run_checks(fresh, ctx)
            spent = time.thread_time() - start
        return spent, repr(found)

    cpu: dict[bool, list[float]] = {False: [], True: []}
    outs: dict[bool, str] = {}
    for rnd in range(args.rounds):
        for on in (False, True) if rnd % 2 == 0 else (True, False):
            spent, out = one(on)
            cpu[on].append(spent)
            if outs.setdefault(on, out) != out:
                raise SystemExit("findings changed between rounds")
    facts.readings_memo = readings_memo  # type: ignore[assignment]
    print(f"# bench_fact_readings: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{platform.machine()}, Python {platform.python_version()}")
    print(f"{len(segs)} answered segments of the long article, pt-BR; "
          f"{args.rounds} rounds, order swapped each round")
    print("findings identical:", outs[False] == outs[True])
    for on in (False, True):
        v = cpu[on]
        side = "on " if on else "off"
        print(f"memo {side}: run_checks CPU median {statistics.median(v) * 1000:.1f} ms, "
              f"min {min(v) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
