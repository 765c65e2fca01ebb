"""CPU cost of the checks of translate/facts.py: check_pair with and without them, same run.

Runs :func:`translate.check.check_pair` (localize + every check) over the pairs of the two facts
sets (``benchmarks/data/facts_heldout*.jsonl``) ``--rounds`` times with the checks of
``translate.facts`` registered, then without, and prints the CPU seconds (user+sys of this
process) and their ratio. The engine is not run: against a whole pipeline run the share is far
smaller.

Run: ``python benchmarks/bench_facts_checks.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    import translate.check as check
    from translate.facts import FACT_CHECKERS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for name in ("facts_heldout.jsonl", "facts_heldout_b.jsonl")
            for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]  # fmt: skip

    def run() -> float:
        start = time.process_time()
        for _ in range(args.rounds):
            for row in rows:
                check.check_pair(row["source"], row["engine"], "en", "pt-BR")
        return time.process_time() - start

    run()  # warm the CLDR and regex caches
    with_new = run()
    for checker in FACT_CHECKERS:
        check.CHECKERS.remove(checker)
    try:
        without = run()
    finally:
        check.CHECKERS.extend(FACT_CHECKERS)
    print(f"# bench_facts_checks: {len(rows)} pairs x {args.rounds}, Python "
          f"{platform.python_version()}, CPU seconds (user+sys), same process")  # fmt: skip
    print("| check_pair | CPU s | ratio |\n|---|---|---|")
    print(f"| without translate/facts.py | {without:.2f} | 1.00 |")
    print(f"| with translate/facts.py | {with_new:.2f} | {with_new / without:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
