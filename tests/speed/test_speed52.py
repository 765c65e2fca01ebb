"""speed52: one parse of a page shared by the HTML reader's read-only DOM readers.

Within one reading of a page (``read_media.shared_trees``, set round ``read._html_blocks``),
the readers that only read the page's DOM take one parsed tree (``read_media.page_tree``:
``page_links``, ``page_structure``, ``page_footnotes``, ``page_list_headings``,
``_agreed_headline``, ``_drop_h1_headline``) and one tree without its scripts and styles
(``read_media.visible_tree``: ``_visible_text_depth``, ``_page_headings``, ``recover_media``,
``figure_captions``) instead of parsing the page once each. Readers that change their tree
(``_markup_furniture``, ``ld_page_blocks``, ``prose_widgets``) still parse their own.

The tests check that no reader changes a shared tree (each shared tree, after a whole reading of
real pages, serialises as a fresh parse does), that each reader answers the same with and
without sharing, that a tree is parsed once a reading, never shared outside a reading nor with
another thread, and that garbage and too-deep pages are read as before. All 11 fail on
aa92ff0d (``shared_trees``, ``page_tree``, ``visible_tree``, ``_parse`` are missing there).
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from lxml import etree

from translate import read, read_media
from translate.model import Block

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["001", "002", "bug-1255978", "daringfireball-1", "dropbox-blog", "ehow-1",
         "firefox-nightly-blog", "medium-1", "lifehacker-working", "iab-1"]  # fmt: skip


def _page(name: str) -> str:
    path = ROOT / "benchmarks" / "data" / "html_structure_r" / f"{name}.source.html.gz"
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def _write_pages(tmp_path: Path, names: list[str]) -> list[Path]:
    out = []
    for name in names:
        path = tmp_path / f"{name}.html"
        path.write_text(_page(name), encoding="utf-8")
        out.append(path)
    return out


def _serialised(doc: Any) -> bytes:
    return bytes(etree.tostring(doc, encoding="utf-8", method="xml"))


def test_no_reader_changes_a_shared_tree(tmp_path: Path, monkeypatch: Any) -> None:
    """Every tree shared in a reading of the 10 real pages, after the reading, is the tree a
    fresh parse gives: no reader changed it."""
    shared: list[tuple[str, bool, Any]] = []
    parse = read_media._parse

    def spy(html: str, visible: bool) -> Any:
        found = parse(html, visible)
        shared.append((html, visible, found))
        return found

    monkeypatch.setattr(read_media, "_parse", spy)
    for path in _write_pages(tmp_path, PAGES):
        read.read_article(path)
    assert len(shared) >= 10
    for html, visible, found in shared:
        doc = found[0] if visible else found
        fresh = parse(html, visible)
        assert _serialised(doc) == _serialised(fresh[0] if visible else fresh)


def test_each_page_parsed_once_a_reading(tmp_path: Path, monkeypatch: Any) -> None:
    """In one reading the read-only readers parse each page's text once in each form; before,
    they parsed it once each (34 of the 10 pages' parses were theirs, 34 the visible readers')."""
    calls: list[tuple[str, bool]] = []
    parse = read_media._parse

    def spy(html: str, visible: bool) -> Any:
        calls.append((html, visible))
        return parse(html, visible)

    monkeypatch.setattr(read_media, "_parse", spy)
    paths = _write_pages(tmp_path, PAGES)
    for path in paths:
        calls.clear()
        read.read_article(path)
        assert len(calls) == len(set(calls)), path.name  # never the same text twice
        assert (calls[0][0], True) in calls, path.name  # the visible text is always read


@pytest.mark.parametrize("name", ["001", "dropbox-blog", "medium-1", "firefox-nightly-blog"])
def test_readers_answer_as_without_sharing(name: str) -> None:
    """Each reader's answer within ``shared_trees`` (the trees shared, read in the reader's
    order and then again) is its answer outside it (a fresh parse each call)."""
    from translate import read_media as rm

    html = _page(name)
    title = "Some headline of the page"
    blocks = [Block(kind="title", text=title), Block(kind="heading", text=title * 2),
              Block(kind="paragraph", text="a"), Block(kind="paragraph", text="b")]  # fmt: skip

    def answers() -> list[Any]:
        return [
            rm.page_structure(html), rm.page_footnotes(html),
            rm.page_links(html, "https://example.com/a"), rm.page_list_headings(html),
            read._agreed_headline(title, html), read._drop_h1_headline(blocks, html),
            read._visible_text_depth(html), read._page_headings(html),
            rm.recover_media(blocks, html, None), rm.figure_captions(blocks, html, None),
        ]  # fmt: skip

    alone = answers()
    with rm.shared_trees():
        first = answers()
        again = answers()
    assert repr(first) == repr(alone)
    assert repr(again) == repr(alone)


def test_one_tree_in_a_reading_a_fresh_one_outside() -> None:
    html = "<html><body><h1>A title</h1><p>Text <a href='/x'>here</a></p></body></html>"
    assert read_media.page_tree(html) is not read_media.page_tree(html)
    assert read_media.visible_tree(html)[0] is not read_media.visible_tree(html)[0]
    with read_media.shared_trees():
        assert read_media.page_tree(html) is read_media.page_tree(html)
        assert read_media.visible_tree(html)[0] is read_media.visible_tree(html)[0]
        assert read_media.page_tree(html) is not read_media.visible_tree(html)[0]
        assert read_media.page_tree(html + " ") is not read_media.page_tree(html)
    assert read_media._TREES.get() is None


def test_never_shared_with_another_thread() -> None:
    html = "<p>one</p>"
    seen: list[Any] = []
    with read_media.shared_trees():
        mine = read_media.page_tree(html)
        worker = threading.Thread(target=lambda: seen.append(read_media.page_tree(html)))
        worker.start()
        worker.join()
    assert seen and seen[0] is not mine


def test_trees_kept_bounded() -> None:
    with read_media.shared_trees():
        for i in range(3 * read_media._TREES_KEPT):
            read_media.page_tree(f"<p>{i}</p>")
            trees = read_media._TREES.get()
            assert trees is not None and len(trees) <= read_media._TREES_KEPT


def test_garbage_and_too_deep_as_before() -> None:
    """An empty document fails to parse in and out of a reading (never kept), and the visible
    text of a page nested deeper than libxml2's limit is flagged, as before."""
    with read_media.shared_trees():
        for _ in range(2):
            with pytest.raises(etree.ParserError):
                read_media.page_tree("")
            assert read._visible_text_depth("") == ("", False)
            assert read._page_headings("") == ("", [], [])
    deep = "<div>" * 300 + "deep words" + "</div>" * 300 + "<p>after</p>"
    parser = lxml.html.HTMLParser()
    lxml.html.document_fromstring(deep, parser=parser)
    assert read._too_deep(parser)
    assert read._visible_text_depth(deep)[1]
    with read_media.shared_trees():
        assert read._visible_text_depth(deep) == read._visible_text_depth(deep)
        assert read._visible_text_depth(deep)[1]


def test_long_page_linear() -> None:
    """20,000 repetitions of a paragraph with a link: one parse, read by every read-only reader."""
    html = "<html><body>" + "<p>a <a href='https://e.com/'>b</a></p>" * 20000 + "</body></html>"
    with read_media.shared_trees():
        assert read._visible_text_depth(html)[0].startswith("a ba ba b")
        assert list(read_media.page_links(html, "https://e.com/")) == ["ab"]
        assert read_media.page_structure(html) == ({}, {})
