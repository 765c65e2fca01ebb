"""Where the body facts trafilatura's default extraction keeps and our stage loses go.

    python benchmarks/diagnose_recall.py --set heldout-e        # totals by cause
    python benchmarks/diagnose_recall.py --set heldout-e --lines  # every lost fact

For every body fact (an expected line of 20+ characters, as ``eval_realworld`` scores them) that
trafilatura's default extraction finds and ours does not: the rule of ours that dropped a block
holding it (``dropped by rule``), or ``not extracted`` when no dropped block holds it (our
extraction never took it). A development tool: it refuses the held-out set.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", default="heldout-e")
    parser.add_argument("--lines", action="store_true")
    args = parser.parse_args(argv)
    pages = ev.development_pages(args.set, parser)
    print("\n".join(ev.header_lines()))
    causes: Counter[str] = Counter()
    for page in pages:
        expected = page.expected_text() or ""
        # every fact the evaluation scores: snippets (set h, hand pages) and body lines
        facts = list(dict.fromkeys(
            [*page.must_have, *(s for s in (page.body_start, page.body_end) if s),
             *ev.expected_facts(expected)]
        ))  # fmt: skip
        ours, traf = ev.ours(page), ev.trafilatura_default(page)
        got, tgot = ev.key(ours.text), ev.key(traf.text)
        dropped = [(rule, ev.key(text)) for rule, text in ours.dropped]
        for fact in facts:
            k = ev.key(fact)
            if k in got:
                continue
            if k not in tgot:
                causes["lost by both"] += 1
                continue
            rules = [r for r, d in dropped if k in d or (len(d) >= 20 and d in k)]
            cause = rules[0] if rules else "not extracted"
            causes[cause] += 1
            if args.lines:
                print(f"{page.id[:30]:30} {cause:18} {fact[:90]!r}")
    print("facts traf keeps and ours loses, by cause: " + ", ".join(
        f"{k} {v}" for k, v in causes.most_common()))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
