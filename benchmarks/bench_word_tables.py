"""First-use CPU of the word tables a seed run loads beside its stages, in fresh processes.

Each row runs in a fresh interpreter (``--repeat`` times, interleaved with ``--baseline DIR``'s
code when given), imports what the call needs first (not timed), then times with
``time.process_time`` the first call only, as a run makes it:

* ``dictionary check``: ``translate.detect.core._no_word_of`` on a short block the detector
  cannot place (the seed article's "und" block rule reads English's spelling dictionary);
* ``language_words("en")``: the whole dictionary as sets (the fuzzy matcher, the checks);
* ``local_towns("en")``: the GeoNames town table of English (the glossary stage's warning).

    python benchmarks/bench_word_tables.py [--repeat 15] [--baseline DIR]

Prints the median and smallest CPU milliseconds per row and tree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CALLS = {
    "dictionary check": (
        "from translate.detect import core; from translate.glossary import words\n"
        "from translate import langdata; langdata.load_file('en')",
        "core._no_word_of('Timmar efter protesten i Stockholm', 'en')"),
    'language_words("en")': (
        "from translate.glossary import words; from translate import langdata\n"
        "langdata.load_file('en')",
        "words.language_words('en')"),
    'local_towns("en")': (
        "from translate.glossary import words; from translate import tomlcache\n"
        "tomlcache._table()",
        "words.local_towns('en')"),
}
CODE = """import time
{setup}
t = time.process_time()
{call}
print(time.process_time() - t)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--baseline", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    trees = {"this tree": ROOT}
    if args.baseline is not None:
        trees[f"code of {args.baseline}"] = args.baseline.resolve()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    seconds: dict[tuple[str, str], list[float]] = {}
    for n in range(-1, args.repeat):  # round -1 writes the bytecode, not counted
        for row, (setup, call) in CALLS.items():
            for tree, path in (trees.items() if n % 2 else reversed(trees.items())):
                out = subprocess.run(
                    [sys.executable, "-c", CODE.format(setup=setup, call=call)],
                    env={**env, "PYTHONPATH": str(path)}, cwd="/", capture_output=True,
                    text=True, check=True)  # fmt: skip
                if n >= 0:
                    seconds.setdefault((row, tree), []).append(float(out.stdout.split()[-1]))
    print(f"# python benchmarks/bench_word_tables.py --repeat {args.repeat}"
          f"{f' --baseline {args.baseline}' if args.baseline else ''}")  # fmt: skip
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; fresh process per call, "
          "interleaved; CPU ms of the first call")  # fmt: skip
    print()
    print("| call | tree | median ms | smallest ms |")
    print("|---|---|---:|---:|")
    for (row, tree), values in seconds.items():
        print(f"| {row} | {tree} | {1000 * statistics.median(values):.1f} |"
              f" {1000 * min(values):.1f} |")


if __name__ == "__main__":
    main()
