"""Where the structure facts that an edition misses are lost: which stage (untrans7).

    python benchmarks/structure_losses.py [--set held|held-r] [-v]

For every link-in-a-list/table fact (``list_link``) and image fact of ``eval_html_structure.py``
not in the prepared article: never in trafilatura's recall extraction (its own pruning of
link-dense lists, tables and figures), in it but not in the reader's blocks, marked furniture by
one of our rules (and which), dropped by the boilerplate stage, or its words kept without the
link (often a short text that stands elsewhere too). A development tool: it reads the pages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import eval_html_structure as E
    import trafilatura
    from realworld_corpus import load_pages

    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import _NOT_ARTICLE, EXTRACT_OPTIONS, lazy_images, parse_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["held", "held-r"], default="held")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    pages: list[Any]
    if args.set == "held":
        facts = json.loads(E.HELD_FACTS.read_text())
        pages = [p for r in E.HELD_SETS.values() for p in load_pages(r)]
    else:
        facts = json.loads(E.READABILITY_FACTS.read_text())
        pages = E.readability_pages("held-r")
    sq = E._squash
    total: Counter[tuple[str, str]] = Counter()
    for page in pages:
        f = facts.get(page.id) or {}
        if not f.get("list_link") and not f.get("image"):
            continue
        html = page.html()
        try:
            article = parse_article(html, fmt="html", source=page.id, article_id=page.id)
            blocks = prepare(article, RunOptions(source_lang=None)).article.blocks
        except Exception:
            total[("any", "no edition")] += len(f.get("list_link", [])) + len(f.get("image", []))
            continue
        text = sq(trafilatura.extract(html, prune_xpath=_NOT_ARTICLE, **EXTRACT_OPTIONS) or "")
        xml = trafilatura.extract(lazy_images(html), output_format="xml", include_links=True,
                                  include_images=True, prune_xpath=_NOT_ARTICLE,
                                  **EXTRACT_OPTIONS) or ""  # fmt: skip
        for fact in f.get("list_link", []):
            if any(s.kind == "link" and E._same_url(s.attrs.get("href", ""), fact["href"])
                   for b in blocks for s in b.inline):  # fmt: skip
                total[("list_link", "kept")] += 1
                continue
            t = sq(fact["text"])
            mine = [b for b in article.blocks if t in sq(b.text)]
            if t not in text:
                stage = "not in trafilatura's extraction"
            elif not mine:
                stage = "extracted, not in the reader's blocks"
            elif all(b.furniture for b in mine):
                rules = sorted({b.furniture[0] for b in mine if b.furniture})
                stage = "furniture: " + ",".join(rules)
            elif not any(t in sq(b.text) for b in blocks):
                stage = "dropped by the boilerplate stage"
            else:
                stage = "its words kept, the link not"
            total[("list_link", stage)] += 1
            if args.verbose:
                print(f"{page.id} list_link {stage}: {fact['text'][:60]!r}")
        for fact in f.get("image", []):
            base = fact["src"].split("/")[-1]
            if any(s.kind == "image" and s.attrs.get("src", "").endswith(base)
                   for b in blocks for s in b.inline):  # fmt: skip
                total[("image", "kept")] += 1
                continue
            if any(s.kind == "image" and s.attrs.get("src", "").endswith(base)
                   for b in article.blocks for s in b.inline):  # fmt: skip
                stage = "dropped by the boilerplate stage"
            elif re.search(r"<graphic[^>]*" + re.escape(base[:40]), xml):
                stage = "in trafilatura's marked extraction, not in the reader's blocks"
            else:
                stage = "not in trafilatura's extraction"
            total[("image", stage)] += 1
            if args.verbose:
                print(f"{page.id} image {stage}: {base[:50]} {fact['alt'][:40]!r}")
    for (kind, stage), n in sorted(total.items()):
        print(f"{kind:10} {n:4}  {stage}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
