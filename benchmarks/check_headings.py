"""Headings the reader keeps (not furniture) on the development pages of tests/data/realworld,
and those whose text is not in the page's expected text: a precision check for heading rules.

    python benchmarks/check_headings.py [ROOT]   # ROOT: a checkout whose code is measured

Reads the development sets only (never set g or h of eval_realworld).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SETS = ("", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else Path(__file__).resolve().parents[1])
    sys.path[:0] = [str(root / "tests"), str(root)]
    from realworld_corpus import load_pages

    from translate.read import parse_article

    kept = 0
    other: list[str] = []
    for name in SETS:
        for page in load_pages(root / "tests" / "data" / "realworld" / name):
            expected = page.expected_text()
            if not expected:
                continue
            try:
                article = parse_article(page.html(), fmt="html", source=page.id)
            except Exception:  # a page without a body: no headings
                continue
            body = _squash(expected)
            for b in article.blocks:
                if b.kind == "heading" and b.furniture is None:
                    kept += 1
                    if _squash(b.text) not in body:
                        other.append(f"{page.id} {b.text[:60]!r}")
    print(f"headings {kept}, not in expected text {len(other)}")
    print("\n".join(other))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
