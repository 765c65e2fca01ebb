"""Twenty-third structure pass: the twenty-second pass's second rule (``read._heading_blocks``)
in the form that adds no leaked line on the development halves. A heading a link holds only
part of (``<h2>2. <a href="...">Stanford GSB</a></h2>``, a rank around the link: a ranked
card's title) is put back before the paragraph of the article it introduces although the
previous card's box of links or facts, left out by the extraction, stands before it; a plain
heading there is not (after a left-out box it is as often the next box's own title, CBC's
"Social Sharing"), nor one wholly a link (a teaser's title). On a real page (menlocoaching's
top MBA programs: development set e) and in every edition format."""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.model import Block, Edition
from translate.read import _heading_blocks, _page_headings, parse_article
from translate.write import get_writer

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realworld"
X = "{urn:oasis:names:tc:xliff:document:2.0}"
MENLO = "heldout_e/pages/wceb-0022-menlocoaching.html.gz"

FIRST = "The council met on Monday evening to discuss the new bridge over the river."
SECOND = "Engineers said the work would take three years and cost far more than planned."
LINKS = (
    "<h4>More on the bridge:</h4><ul><li><a href='/a'>What the bridge will cost</a></li>"
    "<li><a href='/b'>Maps of the crossing</a></li></ul>"
)


def _page(middle: str) -> str:
    return f"<html><body><article><p>{FIRST}</p>{middle}<p>{SECOND}</p></article></body></html>"


def _blocks(second: str = SECOND) -> list[Block]:
    return [Block("title", "Bridge plan"), Block("paragraph", FIRST), Block("paragraph", second)]


def _heads(middle: str, blocks: list[Block] | None = None) -> list[tuple[str, int]]:
    out = _heading_blocks(blocks or _blocks(), _page(middle), "Bridge plan", "https://ex.org/a")
    return [(b.text, b.level) for b in out if b.kind == "heading"]


def test_page_headings_tell_a_heading_partly_a_link_from_a_teaser_title() -> None:
    partly: list[tuple[int, str, int]] = []
    links: dict[int, list[tuple[str, str]]] = {}
    _, heads, _ = _page_headings(
        "<body><h2>2. <a href='/gsb'>Stanford GSB</a></h2><h3><a href='/x'>Teaser</a></h3>"
        "<a href='/y'><h3>Card 2</h3></a><h2>Plain</h2></body>",
        partly_linked=partly,
        links_of=links,
    )
    assert [(text, level) for _, text, level in heads] == [("Plain", 2)]
    assert [(text, level) for _, text, level in partly] == [("2. Stanford GSB", 2)]
    assert list(links.values()) == [[("Stanford GSB", "/gsb")]]


RANKED = "<h2>2. <a href='/gsb'>Stanford GSB</a></h2>"


def test_a_ranked_heading_partly_a_link_is_put_back_after_a_box_of_links() -> None:
    # the first rule does not apply: the box's text stands between the two paragraphs
    out = _heading_blocks(_blocks(), _page(f"{LINKS}{RANKED}"), None, "https://ex.org/a")
    head = next(b for b in out if b.kind == "heading")
    assert (head.text, [(s.start, s.end, s.attrs) for s in head.inline]) == (
        "2. Stanford GSB", [(3, 15, {"href": "https://ex.org/gsb"})]
    )  # fmt: skip
    assert [b.kind for b in out] == ["title", "paragraph", "heading", "paragraph"]
    # with its section's heading right above it
    pair = f"{LINKS}<h3>Insurers</h3><h4>1. <a href='/sf'>State Farm</a></h4>"
    assert _heads(pair) == [("Insurers", 3), ("1. State Farm", 4)]


def test_a_plain_heading_a_teaser_a_list_of_titles_or_a_short_line_is_not() -> None:
    # a plain heading after a left-out box: a box's own title as often as a section's
    assert _heads(f"{LINKS}<h2>Social Sharing</h2>") == []
    assert _heads(f"{LINKS}<h2>What happens next</h2>") == []
    assert _heads(f"{LINKS}<h2><a href='/other'>Another story about bridges</a></h2>") == []
    ranked_titles = (
        "<h3>1. <a href='/s'>Storm</a> hits the coast</h3>"
        "<h3>2. <a href='/f'>Ferry</a> closed for good</h3>"
    )
    assert _heads(f"{LINKS}{ranked_titles}") == []
    # a paragraph too short for prose (a label, a caption line)
    assert _heads(f"{LINKS}{RANKED}", _blocks("Share this story")) == []
    # the paragraph after the heading is furniture
    marked = _blocks()
    marked[2] = Block("paragraph", SECOND, furniture=("html:recall-only", "a teaser"))
    assert _heads(f"{LINKS}{RANKED}", marked) == []
    # before the article's first paragraph (a site's heading over the article): nothing
    only = [Block("title", "Bridge plan"), Block("paragraph", SECOND)]
    html = f"<html><body>{RANKED}<p>{SECOND}</p></body></html>"
    assert [b.kind for b in _heading_blocks(only, html, "Bridge plan")] == ["title", "paragraph"]


def test_menlocoaching_keeps_its_ranked_schools_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """menlocoaching's 25 ranked schools are ``<h2>N. <a href="...">School</a></h2>`` cards,
    each after the previous card's box of facts and links: main's reader kept none of their
    headings. The plain headings after such a box are not put back ("Test Prep for Top MBA
    Programs" heads a promotion box, not the article's text)."""
    html = gzip.decompress((CORPUS / MENLO).read_bytes()).decode("utf-8", "replace")
    blocks = [
        b for b in parse_article(html, fmt="html", source="menlo.html").blocks if not b.furniture
    ]
    heads = [b for b in blocks if b.kind == "heading"]
    texts = [b.text for b in heads]
    assert "2. Stanford GSB" in texts and "25. Rice Jones" in texts
    assert "Test Prep for Top MBA Programs" not in texts
    gsb = "https://menlocoaching.com/top-mba-programs/stanford-gsb/"
    stanford = heads[texts.index("2. Stanford GSB")]
    assert [s.attrs["href"] for s in stanford.inline if s.kind == "link"] == [gsb]
    path = tmp_path / "menlo.html"
    path.write_text(html, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    md = re.sub(r"\A---\n.*?\n---\n", "", get_writer("md").render(edition), flags=re.S)
    tokens = MarkdownIt("commonmark").parse(md)
    md_h2 = sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h2")
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    data = json.loads(get_writer("json").render(edition))
    json_h2 = sum(1 for b in data["blocks"] if b["kind"] == "heading" and b["level"] == 2)
    assert md_h2 == len(doc.xpath("//h2")) == json_h2 >= 25
    assert gsb in [a.get("href") for a in doc.xpath("//h2//a")]
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = [u for u in root.iter(f"{X}unit") if u.get("type") == "translate:heading"]
    assert len(units) >= 25
    entries = polib.pofile(get_writer("po").render(edition))
    po_heads = [re.sub(r"</?\d+>", "", e.msgid) for e in entries if "block: heading" in e.comment]
    assert "25. Rice Jones" in po_heads and len(po_heads) >= 25
