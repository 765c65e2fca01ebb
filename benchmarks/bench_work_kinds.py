"""Where the work beside the engine goes, by kind: a cProfile of the replayed long article.

Runs ``bench_post_engine.py`` (the engine's answers replayed, ``--answers FILE`` read if
present, else written) with cProfile enabled only inside the pipeline's per-answer hook
(``pipeline._Early.__call__``: spelling, repair, the names' verify, localize ahead and the
checks' batches) and only after the first, warm-up article. Each Python function's own time,
plus that of the C built-ins it calls (regular-expression scans, ``str`` and ``dict``
methods), is summed by the kind of work its module and name say (number finding, date finding,
per-check alternation scans, capitalised runs and names, tokenizing, plumbing), per article.
cProfile inflates Python calls against C work: read the shares, not the milliseconds.

    python benchmarks/bench_work_kinds.py [--repeat 10] [--answers F] [--top 8]
    PYTHONPATH=OLD_TREE python benchmarks/bench_work_kinds.py ...   (another tree)
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import re
import runpy
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent

KINDS = [  # (kind, pattern on "module:function"), the first that matches
    ("number finding (digits, number words, measures, codes, times, fractions)",
     r"localize/numbers|localize/quantities|facts:(number_words|_points|_digit_keys|codes_in"
     r"|times_in|clock_spans|_fractions|_ordinal_words|_unit_bases|_unit_after|source_values"
     r"|target_values|_bounded|_numbers_in|_scales?)|stage:(_numbers|source_numbers"
     r"|target_numbers)|check:(missing_numbers|_countable|<listcomp>)|numeric_dates"),
    ("date finding", r"localize/dates|stage:(_dates|source_dates|target_dates)"),
    ("capitalised runs and names",
     r"untranslatable:(title_spans|role_spans|word_names|<listcomp>|_names?)"
     r"|facts:(_name_words|_folded_words|_fold|<genexpr>|_folded_names|check_name)"
     r"|glossary/|protect:"),
    ("tokenizing and word counting",
     r"untranslatable:tokens|check:(_letters|<setcomp>|check_repetition)"
     r"|facts:(sentences_of|_words)|collections/__init__|re/__init__:(findall|split)"),
    ("per-check alternation scans (one data pattern per check)",
     r"facts:(_flipped|check_|_modals|<listcomp>|_no_sense|_negated|_weekdays"
     r"|hidden_characters|_relative)|check:check_|spelling:|untranslatable:(repair|_repair)"),
    ("plumbing: memo, regex cache, cached properties, loops",
     r"functools|re/__init__:(_compile|search|match|sub|finditer|compile)|pipeline:"
     r"|localize/stage:|model:|contextlib|babel|enum|facts:_skip|check:(run_checks|check_key"
     r"|checker_findings)|typing"),
]


def account(stats: pstats.Stats, runs: int, top: int) -> None:
    own: collections.Counter[Any] = collections.Counter()
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    for func, (_cc, _nc, tt, _ct, callers) in raw.items():
        if func[0] == "~" or func[0].startswith("<"):  # a C built-in: to its callers
            for caller, (_a, _b, ctt, _d) in callers.items():
                own[caller] += ctt
        else:
            own[func] += tt
    tot: collections.Counter[str] = collections.Counter()
    parts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for (path, line, name), seconds in own.items():
        mod = re.sub(r".*/(translate|lib/python3\.\d+|site-packages)/", "", path)
        key = f"{mod.removesuffix('.py')}:{name}"
        kind = next((k for k, pattern in KINDS if re.search(pattern, key)), "other")
        tot[kind] += seconds
        parts[kind][f"{key}:{line}"] += seconds
    whole = sum(tot.values())
    print(f"profiled beside the engine: {whole / runs * 1000:.1f} ms per article "
          "(cProfile, thread CPU; the shares are what to read)")  # fmt: skip
    print()
    print("| kind of work | ms per article (profiled) | share | largest items (ms) |")
    print("|---|---:|---:|---|")
    for kind, seconds in tot.most_common():
        items = "; ".join(f"{k} {v / runs * 1000:.1f}" for k, v in parts[kind].most_common(top))
        print(f"| {kind} | {seconds / runs * 1000:.1f} | {100 * seconds / whole:.1f}% | {items} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--answers", type=Path, default=None)
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    argv = ["bench_post_engine.py", "--article", "long", "--repeat", str(args.repeat)]
    if args.answers is not None:
        argv += ["--answers", str(args.answers)]
    import translate.pipeline as pipeline

    prof = cProfile.Profile(time.thread_time)  # CPU: wall time on a shared machine says little
    real_call, real_run = pipeline._Early.__call__, pipeline.translate_prepared
    runs = [0]

    def counted(*a: Any, **k: Any) -> Any:
        runs[0] += 1
        return real_run(*a, **k)

    def call(self: Any, *a: Any) -> None:
        if runs[0] < 2:  # the first article: loads and warm-up
            real_call(self, *a)
            return
        prof.enable()
        try:
            real_call(self, *a)
        finally:
            prof.disable()

    pipeline.translate_prepared = counted  # type: ignore[assignment]
    pipeline._Early.__call__ = call  # type: ignore[method-assign]
    sys.argv = argv
    runpy.run_path(str(ROOT / "bench_post_engine.py"), run_name="__main__")
    print()
    print(f"code: {Path(pipeline.__file__).parent}; load average {os.getloadavg()[0]:.1f}")
    print(f"articles profiled: {runs[0] - 1}")
    account(pstats.Stats(prof), max(1, runs[0] - 1), args.top)


if __name__ == "__main__":
    main()
