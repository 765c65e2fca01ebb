"""Pages whose headline the reader drops as repeated (``html:title-repeat``), every corpus folder.

    python benchmarks/audit_title_repeat.py

Every page of every folder of ``tests/data/realworld`` is read (``parse_article``, HTML); each
``html:title-repeat`` drop is printed with its reason and the page's title, for a reader to check
that the block dropped is the headline and nothing else. Totals per reason.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    from realworld_corpus import CORPUS, load_pages

    from translate.errors import TranslateError
    from translate.read import parse_article

    folders = sorted({p.parent.parent for p in CORPUS.glob("**/pages/*.json")})
    reasons: Counter[str] = Counter()
    pages = 0
    for folder in folders:
        for page in load_pages(folder):
            pages += 1
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError as exc:
                print(f"# {page.id}: {type(exc).__name__}")
                continue
            for d in article.dropped:
                if d.rule == "html:title-repeat":
                    reasons[d.reason] += 1
                    where = folder.name if folder != CORPUS else "dev"
                    print(f"{where:12} {page.id[:40]:40} {d.reason[:58]}")
                    print(f"    title:   {(article.title or '')[:110]!r}")
                    print(f"    dropped: {d.text[:110]!r}")
    print(f"# {pages} pages")
    for reason, n in reasons.most_common():
        print(f"{n:4}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
