"""Headings, the headline, footnotes and fences of real pages through every edition format
(untrans11).

* A heading whose words are its own anchor link (mdBook, rustdoc: ``<h2><a class="header"
  href="#x">``) is the heading, not page furniture named "header": every heading of the page's
  ``<main>`` is in the edition.
* The headline is the ``<h1>`` that the ``<title>`` names too, not the first heading of a hidden
  help box ("Keyboard shortcuts").
* mdBook's footnote list (``<ol class="footnote-definition">``) is read as footnote definitions
  (the back-link glyph left out): Markdown ``[^label]:``, an HTML ``<p class=
  "footnote-definition">``, a JSON block with its ``footnote`` label.
* ```` ```code``` ```` on a line is a code span, not a fence (CommonMark 4.5): the document
  after it is read.

Every format is read back by an independent parser (markdown-it-py with its footnote plugin,
lxml, json). Real inputs: tests/data/html_code (the rustdoc book's Lints page; the Edition
Guide's "Rustdoc combined tests" page)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.model import Edition
from translate.read import parse_article
from translate.write import get_writer

DATA = Path(__file__).resolve().parents[1] / "data" / "html_code"
LINTS = DATA / "rustdoc-lints.html"
DOCTESTS = DATA / "edition-guide-rustdoc-doctests.html"


def _main_headings(page: str) -> list[tuple[int, str]]:
    main = lxml_html.document_fromstring(page).xpath("//main")[0]
    return [(int(h.tag[1]), " ".join(h.text_content().split()))
            for h in main.iter("h1", "h2", "h3", "h4", "h5", "h6")]  # fmt: skip


def _md(text: str) -> list[object]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return list(MarkdownIt("commonmark").use(footnote_plugin).parse(body))


def test_mdbook_headings_with_anchor_links_and_the_headline(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    page = LINTS.read_text("utf-8")
    headings = _main_headings(page)
    assert headings[0] == (1, "Lints") and len(headings) > 10
    article = parse_article(page, fmt="html", source=str(LINTS))
    assert article.title == "Lints"  # not "Keyboard shortcuts" (the help box's <h2>)
    assert [(b.level, b.text) for b in article.blocks if b.kind == "heading"] == headings[1:]
    assert not any(d.rule == "html:markup" for d in article.dropped)
    edition = build_edition(LINTS, "pt-BR")
    md = get_writer("md").render(edition)
    levels = [int(t.tag[1]) for t in _md(md) if t.type == "heading_open"]  # type: ignore[attr-defined]
    assert levels == [1] + [lvl for lvl, _ in headings[1:]]
    doc = lxml_html.document_fromstring(get_writer("html").render(edition))
    assert [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")] == levels
    data = json.loads(get_writer("json").render(edition))
    assert [b["level"] for b in data["blocks"] if b["kind"] == "heading"] == levels[1:]


def test_mdbook_footnote_definitions_in_every_format(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    page = DOCTESTS.read_text("utf-8")
    ids = [li.get("id") for li in lxml_html.document_fromstring(page).xpath(
        '//ol[@class="footnote-definition"]/li')]  # fmt: skip
    assert ids == ["footnote-implementation", "footnote-edition-tag"]
    article = parse_article(page, fmt="html", source=str(DOCTESTS))
    defined = [(s.attrs["footnote"], b.text) for b in article.blocks for s in b.inline
               if s.attrs.get("definition")]  # fmt: skip
    assert [label for label, _ in defined] == ["implementation", "edition-tag"]
    assert not any("↩" in text for _, text in defined)  # the back-link is no text
    assert article.title == "Rustdoc combined tests"
    edition = build_edition(DOCTESTS, "pt-BR")
    tokens = _md(get_writer("md").render(edition))
    labels = [t.meta["label"] for t in tokens if t.type == "footnote_open"]  # type: ignore[attr-defined]
    assert labels == ["implementation", "edition-tag"]
    doc = lxml_html.document_fromstring(get_writer("html").render(edition))
    assert len(doc.find_class("footnote-definition")) == 2
    data = json.loads(get_writer("json").render(edition))
    assert [b["footnote"] for b in data["blocks"] if "footnote" in b] == labels


def test_a_line_of_backticks_with_backticks_after_is_no_fence() -> None:
    text = ("# Data\n\nThe comments follow the special string:\n"
            "```!@#$%^&*()  COMMENTS```\nAny text before it is the article.\n\n"
            "#### Creating your own data\n\n1.  Create a directory\n2.  Add the files\n"
            "    1.  Save the pages\n    2.  Extract the content\n3.  Give it back\n")  # fmt: skip
    assert not any(t.type == "fence" for t in MarkdownIt("commonmark").parse(text))
    article = parse_article(text, fmt="md")
    assert not any(b.kind == "code" for b in article.blocks)
    items = [(b.level, b.number) for b in article.blocks if b.kind == "list_item"]
    assert items == [(0, 1), (0, 2), (1, 1), (1, 2), (0, 3)]
    para = next(b for b in article.blocks if b.text.startswith("The comments"))
    assert any(s.kind == "code" for s in para.inline)  # the code span, kept as code


def test_the_new_readings_stay_linear_on_hostile_pages() -> None:
    import time

    from translate.read import InlineSpan, _agreed_headline, _footnote_references

    pages = ["<title>" * 200_000 + "<main><h1>x</h1></main>",
             "<main>" + '<meta content="' * 100_000,
             "<article>" + '<script type="application/ld+json">' * 100_000]  # fmt: skip
    for page in pages:
        start = time.process_time()  # CPU, not wall: the machine may be shared
        assert _agreed_headline("Keyboard shortcuts", page) == "Keyboard shortcuts"
        assert time.process_time() - start < 30  # about 1 s; quadratic expressions took minutes
    text = "a" * 2_000_000 + "  1"
    start = time.process_time()
    ref = InlineSpan(len(text) - 1, len(text), "link", {"href": "#fn-1"})
    assert _footnote_references(text, [ref], {"fn-1": "1"}) == (text, [ref])
    assert time.process_time() - start < 30
