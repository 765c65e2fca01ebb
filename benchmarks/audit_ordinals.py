"""Ordinal indicators in the embedded engine's real Portuguese output, before and after the
localize stage's ``mark_ordinals`` (``[typography] ordinal_marks`` of the pt-BR profile).

    python benchmarks/audit_ordinals.py

Reads every distinct real sentence and its embedded-engine translation stored in the facts
sets (``benchmarks/data/facts_heldout*.jsonl``, rows into Portuguese: real news sentences
from the corpus pages and feeds, translated when each set was built), applies the rule, and
prints each change with its source for reading, then the counts: sentences, sentences with a
number glued to a letter ``o``/``a`` in the target, changed, left (with why).
"""

from __future__ import annotations

import json
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.locales import get_profile
from translate.localize.quotes import mark_ordinals

ROOT = Path(__file__).resolve().parent.parent
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
