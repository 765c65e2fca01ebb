"""fixes52: what the spelling stage's data does to every real engine output of the facts sets.

Every ``real`` row of ``benchmarks/data/facts_heldout*.jsonl`` whose target is Portuguese (en ->
pt: 7,534 outputs; the pt -> en rows left out) is put through ``translate.spelling.normalize``
for pt-BR and pt-PT with its source, as the pipeline does; printed per set: the outputs and how
many the stage changes, and a digest of the changed outputs (no item: most sets are held-out).
Run it with ``PYTHONPATH`` on two trees and compare the summary rows: a new rewrite shows as a
changed count and digest.

    python benchmarks/fixes52_spelling_harm.py > after.txt
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts_real_holds import DATA, real_rows


def main() -> int:
    from translate.spelling import normalize

    total = changed_all = 0
    for f in sorted(DATA.glob("facts_heldout*.jsonl")):
        rows = [r for r in real_rows(f) if (r["to"] or "pt").startswith("pt")
                and r["from"] == "en"]  # fmt: skip
        digest = hashlib.sha256()
        changed = 0
        for r in rows:
            for locale in ("pt-BR", "pt-PT"):
                out, _ = normalize(r["target"], locale, source=r["source"])
                if out != r["target"]:
                    changed += 1
                    digest.update(f"{r['id']}|{locale}|{out}\n".encode())
        total += len(rows)
        changed_all += changed
        print(f"# {f.name}: {len(rows)} outputs; {changed} (output, locale) changed;"
              f" digest {digest.hexdigest()[:12]}")
    print(f"# all sets: {total} outputs; {changed_all} (output, locale) changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
