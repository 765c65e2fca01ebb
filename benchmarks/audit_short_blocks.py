"""Short blocks that language detection gives another language than their article's.

    python benchmarks/audit_short_blocks.py            # every page of tests/data/realworld

Reads every real page of the corpus (``tests/data/realworld/**/*.html.gz``), detects its blocks
with the default detector (``translate.detect.detect_blocks``) and lists each block of fewer
than 120 characters whose language is neither the article's nor ``und`` and was not decided by
a script, letter or neighbour rule: a heading or caption that the pipeline would translate from
the wrong language, or leave as written. Each line: (article language, block language,
confidence, method, text, page). Which of them are right is for the reader: an English article
may quote a German line. This is a development measure: every page here was looked at.
"""

from __future__ import annotations

import gzip
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.detect import detect_blocks, get_detector
from translate.errors import TranslateError
from translate.read import decode, parse_article

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "realworld"
SHORT = 120


def main() -> int:
    detector = get_detector("combined")
    rows = []
    articles = blocks = 0
    for path in sorted(ROOT.glob("**/*.html.gz")):
        try:
            html = decode(gzip.decompress(path.read_bytes()), source=str(path))
            article = parse_article(html, fmt="html", source=str(path), article_id="page")
        except TranslateError:
            continue
        detect_blocks(article, detector)
        if article.lang is None:
            continue
        articles += 1
        for block in article.blocks:
            blocks += 1
            guess = block.lang
            if guess is None or guess.lang in (article.lang.lang, "und"):
                continue
            if guess.method in ("script", "letters", "neighbours") or len(block.text) >= SHORT:
                continue
            rows.append((article.lang.lang, guess.lang, round(guess.confidence, 2), guess.method,
                         block.text[:70], str(path.relative_to(ROOT))))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"# {stamp}, {platform.machine()}, Python {platform.python_version()}")
    print(f"{articles} articles, {blocks} blocks, {len(rows)} short blocks in another language")
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
