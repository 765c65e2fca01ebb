"""The runs ``translate.untranslatable.translated_head`` takes out of ``title_spans`` on every
block of every English page of the realworld corpus (all folders of ``eval_realworld.SETS``; no
engine; a block holding a capitalized head word is read).

    python benchmarks/list_translated_heads_blocks.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    from eval_realworld import SETS, load_pages

    from translate import untranslatable as u
    from translate.errors import TranslateError
    from translate.read import parse_article

    ctx = u.work_context("en")
    assert ctx is not None
    heads = sorted(ctx.translated_heads | ctx.translated_prefixes)
    cue = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in heads) + r")\b")
    real = u.translated_head
    seen: set[str] = set()
    n = 0
    for name in SETS:
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                art = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            for b in art.blocks:
                if not cue.search(b.text):
                    continue
                after = u.title_spans(b.text, "en")
                u.translated_head = lambda span, c: False  # type: ignore[assignment]
                try:
                    before = u.title_spans(b.text, "en")
                finally:
                    u.translated_head = real
                for s, e, r in before:
                    if (s, e, r) not in after:
                        n += 1
                        print(f"{name} {page.id} [{r}] {b.text[s:e]!r}", flush=True)
                        print(f"    {b.text[max(0, s - 150) : e + 100]}", flush=True)
    print(f"# {len(seen)} English pages read; runs left to the engine {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
