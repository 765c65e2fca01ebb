"""Ordinal indicators and split currency symbols in the embedded engine's real Portuguese
output, before and after the localize stage's ``mark_ordinals`` (``[typography]
ordinal_marks`` of the pt-BR profile) and ``join_currency_symbols`` (CLDR's "US$", "R$").

    python benchmarks/audit_ordinals.py

Reads every distinct real sentence and its embedded-engine translation stored in the facts
sets (``benchmarks/data/facts_heldout*.jsonl``, rows into Portuguese: real news sentences
from the corpus pages and feeds, translated when each set was built), applies the rule, and
prints each change with its source for reading, then the counts: sentences, sentences with a
number glued to a letter ``o``/``a`` in the target, changed, left; then the same for a
currency symbol split by a space ("US $ 300"), changes counted (each is the same edit).
"""

from __future__ import annotations

import json
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.locales import get_profile
from translate.localize.quotes import join_currency_symbols, mark_ordinals
from translate.localize.stage import _dollar_symbols

ROOT = Path(__file__).resolve().parent.parent
SPLIT = re.compile(r"(?<![\w$])[A-Z]{1,3}[ \u00a0]\$")
GLUED = re.compile(r"(?<![\w.,/#@=:'’\-])\d{1,4}(?:os|as|o|a)(?![\w\-])")


def main() -> int:
    marks = get_profile("pt-BR").ordinal_marks
    pairs: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("to", "pt") != "pt" or not row.get("engine"):
                continue
            pairs.setdefault((row["source"], row["engine"]), path.name)
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} python benchmarks/audit_ordinals.py;"
          f" {platform.machine()}; Python {platform.python_version()}")
    glued = changed = 0
    for (source, engine), where in sorted(pairs.items()):
        if not GLUED.search(engine):
            continue
        glued += 1
        out = mark_ordinals(engine, source, marks)
        if out != engine:
            changed += 1
            print(f"\n[{where}] {source}\n  engine: {engine}\n  marked: {out}")
        else:
            print(f"\n[{where}] LEFT {source}\n  engine: {engine}")
    print(f"\nsentences {len(pairs)}, with a number glued to o/a {glued}, changed {changed},"
          f" left {glued - changed}")
    symbols = _dollar_symbols("pt-BR")
    split = [e for _, e in pairs if SPLIT.search(e)]
    joined = [e for e in split if not SPLIT.search(join_currency_symbols(e, symbols))]
    found = sorted({m.group() for e in split for m in SPLIT.finditer(e)})
    print(f"sentences with a split currency symbol {len(split)} ({', '.join(found)}),"
          f" all joined {len(joined)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
