"""What each of our boilerplate rules drops on a development set: body or furniture.

    python benchmarks/diagnose_rules.py --set heldout-f

For every block one of our rules dropped on a page with whole-body ground truth: ``body`` when
its text is in the expected article text (a loss of recall), ``furniture`` when it is not (a
leak the rule saves). A rule worth relaxing drops more body than furniture. A development tool:
it refuses the held-out set.
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
    body: Counter[str] = Counter()
    furniture: Counter[str] = Counter()
    for page in pages:
        expected = page.expected_text()
        if not expected:
            continue
        exp = ev.key(expected)
        for rule, text in ev.ours(page).dropped:
            k = ev.key(text)
            if len(k) < 12:
                continue
            hit = k in exp
            (body if hit else furniture)[rule] += 1
            if args.lines:
                print(f"{page.id[:30]:30} {rule:18} {'body' if hit else 'furn'} {text[:80]!r}")
    for rule in sorted(set(body) | set(furniture), key=lambda r: -(body[r] + furniture[r])):
        print(f"{rule:24} body {body[rule]:4}  furniture {furniture[rule]:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
