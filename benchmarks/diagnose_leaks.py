"""Where the lines we keep that are not article text (leaks) stand, by shape.

    python benchmarks/diagnose_leaks.py --set heldout-f           # totals by class
    python benchmarks/diagnose_leaks.py --set heldout-f --lines   # every leaked line

For every leaked line (a kept line of 4+ words outside the page's expected text, as
``eval_realworld`` scores them): its block kind, its place beside the body (``before`` the first
kept body fact, ``after`` the last one, or ``inside``), whether it ends as a sentence, and
whether trafilatura's default extraction keeps it too. A development tool: it refuses the
held-out set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

_END = re.compile(r"[.!?:。！？」\"”’')]\s*$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", default="heldout-f")
    parser.add_argument("--lines", action="store_true")
    args = parser.parse_args(argv)
    pages = ev.development_pages(args.set, parser)
    print("\n".join(ev.header_lines()))
    classes: Counter[str] = Counter()
    for page in pages:
        expected = page.expected_text()
        if not expected:
            continue
        exp_key = ev.key(expected)
        ours = ev.ours(page)
        tgot = ev.key(ev.trafilatura_default(page).text)
        body = [
            i for i, (_, t) in enumerate(ours.blocks)
            if len(t.split()) >= 4 and ev.key(t) in exp_key
        ]  # fmt: skip
        lo, hi = (body[0], body[-1]) if body else (len(ours.blocks), -1)
        for i, (kind, text) in enumerate(ours.blocks):
            if len(text.split()) < 4 or ev.key(text) in exp_key:
                continue
            where = "before" if i < lo else ("after" if i > hi else "inside")
            sentence = "sentence" if _END.search(text) else "no-end"
            traf = "traf-too" if ev.key(text) in tgot else "ours-only"
            cls = f"{where} {kind} {sentence}"
            classes[cls] += 1
            classes[traf] += 1
            if args.lines:
                print(f"{page.id[:28]:28} {i:3}/{len(ours.blocks):<3} {cls:28} {traf:9}"
                      f" {len(text.split()):3}w {text[:100]!r}")  # fmt: skip
    print("leaked lines by class: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
