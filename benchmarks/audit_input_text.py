"""What two input rules change on real input: sentences of links and addresses only, copied
instead of translated (``translate.passthrough.only_addresses``), and invisible characters
inside words removed on input (``translate.read.join_split_words``, files and feed items).

    python benchmarks/audit_input_text.py

Reads every page of the real-world corpus (``tests/data/realworld/**/pages``) and every item
of its feeds and of ``benchmarks/data/feeds``, and prints:

* each source sentence the pipeline would copy as written (links, e-mail addresses, host
  names only), with its page;
* each page and feed item whose text the word rule changes: read twice in one run, with
  the rule and with it turned off, and every block that differs printed both ways.

No engine runs: it reads and segments only.
"""

from __future__ import annotations

import gzip
import json
import platform
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from translate import read
from translate.errors import TranslateError
from translate.feeds import run as feed_run
from translate.feeds.reader import FeedReader
from translate.passthrough import only_addresses
from translate.pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "realworld"


@contextmanager
def _rule_off() -> Iterator[None]:
    kept: Callable[..., Any] = read.join_split_words
    read.join_split_words = lambda text, html=False: (text, [])  # type: ignore[assignment]
    try:
        yield
    finally:
        read.join_split_words = kept  # type: ignore[assignment]


def _pages() -> Iterator[tuple[str, str]]:
    for facts in sorted(CORPUS.glob("**/pages/*.json")):
        d = json.loads(facts.read_text(encoding="utf-8"))
        path = facts.parent.parent / d["file"] if "file" in d else None
        if path is None or not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        yield d["id"], data.decode("utf-8", "replace")


def _feeds() -> list[Path]:
    files = sorted(CORPUS.glob("feeds/*")) + sorted((ROOT / "benchmarks/data/feeds").glob("*"))
    return [f for f in files if not f.name.endswith((".facts.json", ".md"))]


def _blocks(html: str, page: str) -> list[str] | None:
    try:
        return [b.text for b in read.parse_article(html, fmt="html", source=page).blocks]
    except TranslateError:
        return None


def _item_texts(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        for item in FeedReader(path):
            try:
                doc = feed_run.ItemDocument.build(item, slug="x", source=str(path),
                                                  max_chars=100_000)
            except TranslateError:
                continue
            out[item.key] = [doc.article.title or ""] + [b.text for b in doc.article.blocks]
    except TranslateError:
        pass
    return out


def _differ(kind: str, where: str, with_rule: list[str], without: list[str]) -> int:
    if with_rule == without:
        return 0
    print(f"\n[{kind}] {where}")
    for new, old in zip(with_rule, without, strict=False):
        if new != old:
            print(f"  without the rule: {old[:160]!r}\n  with the rule:    {new[:160]!r}")
    return 1


def main() -> int:
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} python benchmarks/audit_input_text.py;"
          f" {platform.machine()}; Python {platform.python_version()}")
    pages = segments = copied = pages_changed = items = items_changed = 0
    print("\n## sentences copied as written (links and addresses only)")
    for page, html in _pages():
        pages += 1
        try:
            prepared = prepare(read.parse_article(html, fmt="html", source=page))
        except TranslateError:
            continue
        for seg in prepared.segments:
            segments += 1
            if only_addresses(seg.source):
                copied += 1
                print(f"  {page}: {seg.source[:120]!r}")
    print("\n## text changed by removing invisible characters inside words")
    for page, html in _pages():
        with_rule = _blocks(html, page)
        with _rule_off():
            without = _blocks(html, page)
        pages_changed += _differ("page", page, with_rule or [], without or [])
    for path in _feeds():
        with_rule_items = _item_texts(path)
        with _rule_off():
            without_items = _item_texts(path)
        for key, texts in with_rule_items.items():
            items += 1
            items_changed += _differ("feed item", f"{path.name}#{key}", texts,
                                     without_items.get(key, []))
    print(f"\npages {pages}, source sentences {segments}, copied as written {copied}")
    print(f"pages whose text the word rule changes {pages_changed} of {pages}; "
          f"feed items {items_changed} of {items}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
