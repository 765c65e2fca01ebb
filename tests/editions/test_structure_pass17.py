"""Seventeenth structure pass: the reader's own markup losses on real pages, read back from the
page's own elements. trafilatura's XML drops a ``<head>`` inside a list item (a list of product
names, each an ``<h2>``) and, now and then, a ``<ref>`` from a block it keeps (a link around
bold or emphasised text, a link whose bold text holds a line break); both stand in every
edition format."""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html import escape
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.model import Block, Edition, InlineSpan
from translate.read import parse_article
from translate.read_media import page_list_headings
from translate.write import get_writer

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realworld"
X = "{urn:oasis:names:tc:xliff:document:2.0}"


def _page(rel: str) -> str:
    return gzip.decompress((CORPUS / rel).read_bytes()).decode("utf-8", "replace")


def _links(blocks: list[Block]) -> dict[str, str]:
    """href -> the text the link stands on, over ``blocks``."""
    return {
        str(s.attrs["href"]): b.text[s.start : s.end]
        for b in blocks for s in b.inline if s.kind == "link"
    }  # fmt: skip


def test_page_list_headings_reads_items_that_are_wholly_a_heading() -> None:
    page = """<html><body><nav><ul><li><h2>Menu</h2></li></ul></nav><main>
    <ul><li><h2><a href="https://ex.org/f">Fluke 117</a></h2></li>
        <li><h3>Klein  Tools</h3></li>
        <li><h2>Name</h2> and more words</li></ul>
    <ol><li>Overview</li></ol><ul><li><h2>Overview</h2></li></ul></main></body></html>"""
    # an item that is more than its heading, an item inside furniture, and a text the page also
    # holds as a plain item (a table of contents) are not headings
    assert page_list_headings(page) == {"Fluke117": 2, "KleinTools": 3}
    assert page_list_headings("<ul><li>No heading</li></ul>") == {}


def _in_every_format(edition: Edition, hrefs: list[str], heading_links: list[str]) -> None:
    """Every href of ``hrefs`` is a link in md, html, json, XLIFF and PO; every href of
    ``heading_links`` is a link inside a heading in md/html/json and on a heading unit in
    XLIFF and PO."""
    md = re.sub(r"\A---\n.*?\n---\n", "", get_writer("md").render(edition), flags=re.S)
    tokens = MarkdownIt("commonmark").parse(md)
    md_links: list[str] = []
    md_head_links: list[str] = []
    for i, tok in enumerate(tokens):
        for child in tok.children or []:
            if child.type == "link_open":
                md_links.append(str(child.attrs["href"]))
                if i and tokens[i - 1].type == "heading_open":
                    md_head_links.append(str(child.attrs["href"]))
    assert all(h in md_links for h in hrefs)
    assert all(h in md_head_links for h in heading_links)
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert all(h in [a.get("href") for a in doc.iter("a")] for h in hrefs)
    in_heads = [a.get("href") for a in doc.xpath("//h1//a|//h2//a|//h3//a|//h4//a|//h5//a|//h6//a")]
    assert all(h in in_heads for h in heading_links)
    data = json.loads(get_writer("json").render(edition))
    spans = [(b["kind"], s.get("attrs", {}).get("href")) for b in data["blocks"]
             for s in b.get("inline", [])]  # fmt: skip
    assert all(h in [href for _, href in spans] for h in hrefs)
    assert all(("heading", h) in spans for h in heading_links)
    root = ET.fromstring(get_writer("xliff").render(edition))
    # a link's markup stands in the unit's original data as HTML (its & written &amp;)
    units = {u: "".join(u.itertext()) for u in root.iter(f"{X}unit")}
    assert all(any(escape(h) in text for text in units.values()) for h in hrefs)
    for h in heading_links:
        assert any(
            escape(h) in text and u.get("type") == "translate:heading" for u, text in units.items()
        )
    entries = polib.pofile(get_writer("po").render(edition))
    assert all(any(h in e.comment for e in entries) for h in hrefs)
    for h in heading_links:
        assert any(h in e.comment and "block: heading" in e.comment for e in entries)


def test_list_items_that_are_headings_on_the_page_are_headings_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """FieldEdge's page (development set g): its product names are ``<li><h2><a>..</a></h2>``
    in a list its paragraph announces; the list is read from the page (trafilatura's XML has no
    heading there) and each item was a list item. Each is a heading of level 2 with its link."""
    html = _page("heldout_g/pages/wceb-0068-fieldedge.html.gz")
    article = parse_article(html, fmt="html", source="fieldedge.html")
    heads = {b.text: b.level for b in article.blocks if b.kind == "heading"}
    assert heads.get("Fluke 117") == 2
    assert heads.get("Klein Tools MM400") == 2
    assert not [b for b in article.blocks if b.kind == "list_item" and b.text == "Fluke 117"]
    fluke = next(b for b in article.blocks if b.text == "Fluke 117")
    href = str(fluke.inline[0].attrs["href"])
    path = tmp_path / "fieldedge.html"
    path.write_text(html, encoding="utf-8")
    _in_every_format(build_edition(path, "pt-BR"), [href], [href])


def test_links_the_marked_extraction_dropped_from_a_kept_block_are_read_from_the_page(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """Three real pages whose paragraphs trafilatura's extraction with links kept without some
    of their links: remember8090's ``<a><strong>http://amzn.to/...<br></strong></a>`` (two of
    six links kept), Cathy Horvath-Buchanan's ``<p><br><a><strong>title</strong></a></p>``
    (the bold kept, the link not) and Housecall Pro's ``<a><em>HomeGuide</em></a>`` sources
    line (the emphasis kept, five links not)."""
    cases = [
        ("heldout_c/pages/zyte-remember8090-20b2b649.html.gz",
         {"http://amzn.to/2iJFhRj": "http://amzn.to/2iJFhRj",
          "http://amzn.to/2hZfWFJ": "http://amzn.to/2hZfWFJ"}),
        ("heldout_m/pages/wceb-0213-cathyhorvathbuchanan.html.gz",
         {"https://www.amazon.com/gp/product/158542921X/":
          "Drawing on the Right Side of the Brain by Betty Edwards"}),
        ("heldout_k/pages/wceb-0111-housecallpro.html.gz",
         {"https://homeguide.com/costs/plumber-cost?": "HomeGuide",
          "https://www.indeed.com/career/plumber/salaries": "Indeed"}),
    ]  # fmt: skip
    for rel, want in cases:
        html = _page(rel)
        article = parse_article(html, fmt="html", source=rel)
        links = _links(article.blocks)
        for href, anchor in want.items():
            assert links.get(href) == anchor, (rel, href)
    html = _page(cases[2][0])
    path = tmp_path / "housecallpro.html"
    path.write_text(html, encoding="utf-8")
    _in_every_format(build_edition(path, "pt-BR"), list(cases[2][1]), [])


def test_a_heading_over_a_dropped_list_of_links_goes_with_it() -> None:
    """With the links read back, a box of other pages' links under an article (Cleaning
    Services Seattle's "AVERAGE COSTS FOR CLEANING SERVICES IN THE USA" over 66 bold links to
    the site's own pages) is dropped by the reader's list-of-links evidence, item by item; its
    heading, left last over nothing, goes with it. A heading last on the page itself stays."""
    from translate.boilerplate import HEADING_OVER_NOTHING_ID, strip_boilerplate
    from translate.model import Article

    body = [Block(kind="paragraph", text=f"Paragraph {n} of the article, which ends as one.")
            for n in range(3)]  # fmt: skip
    head = Block(kind="heading", text="OTHER GUIDES", level=1)
    links = [Block(kind="paragraph", text=f"Guide to city {n}",
                   inline=[InlineSpan(0, 15, "link", {"href": f"https://ex.org/{n}"})],
                   furniture=("html:link-list", "a list of links")) for n in range(4)]  # fmt: skip
    article = Article(id="t", source="t.html", format="html", title=None,
                      blocks=[*body, head, *links])  # fmt: skip
    out = strip_boilerplate(article, "en")
    assert [b.text for b in out.blocks] == [b.text for b in body]
    assert [d.rule for d in out.dropped][-1] == HEADING_OVER_NOTHING_ID
    other = [Block(kind="paragraph", text=b.text, inline=b.inline, furniture=("html:markup", "x"))
             for b in links]  # fmt: skip
    kept = strip_boilerplate(Article(id="t", source="t.html", format="html", title=None,
                                     blocks=[*body, head, *other]), "en")  # fmt: skip
    assert [b.text for b in kept.blocks][-1] == "OTHER GUIDES"  # dropped by another rule
    last = Article(id="t", source="t.html", format="html", title=None, blocks=[*body, head])
    assert [b.text for b in strip_boilerplate(last, "en").blocks][-1] == "OTHER GUIDES"
    html = _page("heldout_l/pages/wceb-0159-cleaningservicesseattle.html.gz")
    page = strip_boilerplate(parse_article(html, fmt="html", source="cs.html"), "en")
    assert "AVERAGE COSTS FOR CLEANING SERVICES IN THE USA" not in [b.text for b in page.blocks]
