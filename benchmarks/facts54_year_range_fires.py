"""facts54: where the year-range check fires on the facts sets' range and year rows.

For each set named (letters: ``r al``), ``check_pair`` on its real rows and on its mutations
whose kind names a range or a year; prints, per set and kind, the rows, how many carry a
``year-range`` finding (``check_year_range_end``) and on how many it is the only blocking
finding (a catch no other check made). Development sets only (it prints no item).

Run: ``python benchmarks/facts54_year_range_fires.py r al``
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def main(argv: list[str]) -> int:
    from translate.check import check_pair

    rows: collections.Counter[tuple[str, ...]] = collections.Counter()
    fired: collections.Counter[tuple[str, ...]] = collections.Counter()
    alone: collections.Counter[tuple[str, ...]] = collections.Counter()
    for s in argv:
        for line in (DATA / f"facts_heldout_{s}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            kind = r.get("kind", "real")
            if not (kind == "real" or "range" in kind or "year" in kind):
                continue
            res = check_pair(r["source"], r["target"], r.get("from", "en"), r.get("to", "pt-BR"))
            rows[(s, kind)] += 1
            if any(f.data.get("kind") == "year-range" for f in res.findings):
                fired[(s, kind)] += 1
                alone[(s, kind)] += not any(f.severity == "error" and
                                            f.data.get("kind") != "year-range"
                                            for f in res.findings)  # fmt: skip
    for key in sorted(rows):
        print(key, "rows", rows[key], "year-range finding", fired[key],
              "only blocking one", alone[key])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
