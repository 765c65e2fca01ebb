"""Feeds cut off mid-element, or followed by more XML, in every dialect: the reader hands out only
whole items; a feed with no whole item is an error (exit 3) that changes nothing; a feed with
some is read in part, says so, exits 9 ("partly done"), publishes no half item and unpublishes
nothing an earlier run published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
from hostile.feedkit import DIALECTS, feed
from hostile.helpers import invoke, tree

from translate.errors import EXIT_PARTIAL, InputError
from translate.feeds import FeedItem, FeedReader

FIELDS = ("key", "title", "link", "summary", "content", "published", "author")


def _read(folder: Path, data: bytes, name: str = "feed.xml") -> tuple[FeedReader, list[FeedItem]]:
    path = folder / name
    path.write_bytes(data)
    reader = FeedReader(path)
    return reader, list(reader)


def _fields(item: FeedItem) -> tuple[Any, ...]:
    return tuple(getattr(item, f) for f in FIELDS)


def _cuts(doc: bytes, closing: bytes) -> list[int]:
    """Cut points: a spread over the whole document, and around every item's end tag."""
    cuts = set(range(0, len(doc), max(1, len(doc) // 120)))
    start = 0
    while (found := doc.find(closing, start)) != -1:
        end = found + len(closing)
        cuts.update({found, found + 1, end - 1, end, end + 1})
        start = end
    return sorted(c for c in cuts if c < len(doc.rstrip()))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_cut_yields_only_whole_items(tmp_path: Path, dialect: str) -> None:
    doc = feed(dialect)
    _, whole = _read(tmp_path, doc)
    assert len(whole) == 3
    by_key = {i.key: _fields(i) for i in whole}
    closing = b"</entry>" if dialect == "atom" else b"</item>"
    for cut in _cuts(doc, closing):
        try:
            reader, items = _read(tmp_path, doc[:cut])
        except InputError:  # refused whole (empty, no root element): fine, nothing read
            continue
        assert reader.malformed is not None, cut  # never taken for a whole feed
        whole_before = doc[:cut].count(closing)
        assert len(items) <= whole_before, cut
        for got in items:
            assert _fields(got) == by_key[got.key], (cut, got.key)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_concatenated_feeds_read_the_first_and_say_so(tmp_path: Path, dialect: str) -> None:
    doc = feed(dialect)
    for extra in (doc, doc.split(b"\n", 1)[1], b"<rss><channel><item><title>x</title></item>",
                  b"garbage \x00 after the end"):
        reader, items = _read(tmp_path, doc + b"\n" + extra)
        assert reader.malformed is not None
        assert [i.key for i in items] == [i.key for i in _read(tmp_path, doc)[1]]
        assert any("follows the end of the feed" in w for w in reader.warnings)


def _run(source: Path, out: Path, *extra: object) -> Any:
    return invoke("feed", source, "--to", "pt-BR", "--engine", "fake", "--out", out, *extra)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p: (out / p).read_bytes() for p in tree(out) if (out / p).is_file()}


def _published(out: Path) -> list[Any]:
    feeds = [p for p in tree(out) if p.endswith(("rss.xml", "atom.xml"))]
    assert len(feeds) == 1, feeds
    parsed = feedparser.parse((out / feeds[0]).read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    return list(parsed.entries)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("dialect", DIALECTS)
def test_feed_cut_before_any_whole_item_is_an_error_that_changes_nothing(
    tmp_path: Path, dialect: str
) -> None:
    doc = feed(dialect)
    closing = b"</entry>" if dialect == "atom" else b"</item>"
    source = tmp_path / "news.xml"
    out = tmp_path / "site"
    source.write_bytes(doc[: doc.index(closing) - 20])  # mid first item
    _run(source, out).refused(3, "not well-formed XML")
    assert tree(out) == []
    source.write_bytes(doc)  # a good run, then a cut-off one into the same --out
    assert _run(source, out).code == 0
    before = _snapshot(out)
    source.write_bytes(doc[: doc.index(closing) - 20])
    _run(source, out).refused(3, "nothing changed")
    assert _snapshot(out) == before


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("dialect", DIALECTS)
def test_feed_cut_mid_item_publishes_whole_items_and_exits_partly_done(
    tmp_path: Path, dialect: str
) -> None:
    doc = feed(dialect)
    closing = b"</entry>" if dialect == "atom" else b"</item>"
    second_end = doc.index(closing, doc.index(closing) + 1) + len(closing)
    cut = doc[: second_end + 60]  # two whole items, the third cut off
    source = tmp_path / "news.xml"
    out = tmp_path / "site"
    source.write_bytes(cut)
    outcome = _run(source, out, "--json")
    assert outcome.code == EXIT_PARTIAL, outcome.stderr
    assert "partly read" in outcome.stderr and "Traceback" not in outcome.stderr
    summary = json.loads(outcome.stdout)
    assert summary["translated"] == 2
    assert "not well-formed" in summary["feeds"][0]["partial"]
    entries = _published(out)
    assert len(entries) == 2
    assert all("round 3" not in e.get("title", "") for e in entries)  # no half item


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("dialect", DIALECTS)
def test_cut_off_feed_after_a_good_run_unpublishes_nothing(tmp_path: Path, dialect: str) -> None:
    doc = feed(dialect)
    closing = b"</entry>" if dialect == "atom" else b"</item>"
    source = tmp_path / "news.xml"
    out = tmp_path / "site"
    source.write_bytes(doc)
    assert _run(source, out).code == 0
    pages_before = {p for p in tree(out) if "/items/" in p}
    assert len(_published(out)) == 3
    source.write_bytes(doc[: doc.index(closing) + len(closing) + 40])  # only item 1 is whole
    outcome = _run(source, out)
    assert outcome.code == EXIT_PARTIAL, outcome.stderr
    assert len(_published(out)) == 3  # items 2 and 3 were not withdrawn by a broken download
    assert pages_before <= {p for p in tree(out) if "/items/" in p}
    source.write_bytes(doc)  # the next good run: everything as before, nothing to translate
    outcome = _run(source, out, "--json")
    assert outcome.code == 0, outcome.stderr
    assert json.loads(outcome.stdout)["translated"] == 0
    assert len(_published(out)) == 3
