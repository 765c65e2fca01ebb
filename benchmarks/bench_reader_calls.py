"""How often each per-text reader runs per article, and on how many distinct arguments.

The long article replayed once through ``bench_post_engine.py`` (``--answers FILE``), after one
warm-up article, with each named reader wrapped (wherever a module of ``translate`` holds it):
calls, and distinct argument tuples. A reader called more often than it has distinct arguments
repeats work that a memo of the edition (``localize.stage.readings_shared``) could share.

    python benchmarks/bench_reader_calls.py --answers F [MODULE.FUNCTION ...]
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import os
import runpy
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
READERS = [
    "translate.localize.quantities.measures_in", "translate.localize.quantities.measure_at",
    "translate.localize.numbers.find_numbers", "translate.localize.dates.find_dates",
    "translate.localize.numeric_dates.find_numeric_dates", "translate.facts.codes_in",
    "translate.facts.number_words", "translate.facts._ordinal_words", "translate.facts.times_in",
    "translate.facts._points", "translate.facts._digit_keys", "translate.facts._fractions",
    "translate.facts._modals", "translate.facts._name_words", "translate.facts._folded_words",
    "translate.facts.sentences_of", "translate.facts.clock_spans", "translate.facts._unit_bases",
    "translate.facts.hidden_characters", "translate.facts._weekdays", "translate.check._letters",
    "translate.check._countable", "translate.untranslatable.title_spans",
    "translate.untranslatable.tokens",
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=Path, required=True)
    parser.add_argument("readers", nargs="*", default=READERS)
    args = parser.parse_args()
    import translate.pipeline as pipeline

    counting = [False]
    calls: collections.Counter[str] = collections.Counter()
    keys: dict[str, set[str]] = collections.defaultdict(set)
    wanted = []
    for qual in args.readers:
        module, name = qual.rsplit(".", 1)
        try:
            fn = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue  # not in this tree
        wanted.append(qual)

        def make(fn: Any, qual: str) -> Any:
            @functools.wraps(fn)
            def counted(*a: Any, **k: Any) -> Any:
                if counting[0]:
                    calls[qual] += 1
                    keys[qual].add(repr((a, sorted(k.items()))))
                return fn(*a, **k)
            return counted

        wrapper = make(fn, qual)
        for mod in [m for n, m in sys.modules.items() if n.startswith("translate")]:
            for attr, value in list(vars(mod).items()):
                if value is fn:
                    setattr(mod, attr, wrapper)
    real_run, runs = pipeline.translate_prepared, [0]

    def run(*a: Any, **k: Any) -> Any:
        runs[0] += 1
        counting[0] = runs[0] == 2  # the second article only
        return real_run(*a, **k)

    pipeline.translate_prepared = run  # type: ignore[assignment]
    sys.argv = ["bench_post_engine.py", "--article", "long", "--repeat", "1",
                "--answers", str(args.answers)]  # fmt: skip
    runpy.run_path(str(ROOT / "bench_post_engine.py"), run_name="__main__")
    print()
    print(f"code: {Path(pipeline.__file__).parent}; load average {os.getloadavg()[0]:.1f}")
    print("| reader | calls per article | distinct arguments |")
    print("|---|---:|---:|")
    for qual in wanted:
        print(f"| {qual.removeprefix('translate.')} | {calls[qual]} | {len(keys[qual])} |")


if __name__ == "__main__":
    main()
