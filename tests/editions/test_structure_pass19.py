"""Nineteenth structure pass: two markup faults that made the extraction drop whole sections of
the article, repaired before it reads the page (``read.run_on_end_tags``,
``read.own_heading_anchors``): an end tag run into the next one (``</div</div>``), which HTML
ignores, leaving the rest of the article inside the box it meant to close; and a section's box
whose id is its own heading's anchor (``id="menu-innovation-strategies-..."``), where a
furniture word among the heading's words ("menu", "share", "related") made the extraction
drop the section. On real pages (cuboh's tipping guide, Otter's catering trends: development
set g) and in every edition format."""

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

from translate.model import Edition
from translate.read import own_heading_anchors, parse_article, run_on_end_tags
from translate.write import get_writer

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realworld"
X = "{urn:oasis:names:tc:xliff:document:2.0}"
CUBOH = "heldout_g/pages/wceb-0061-cuboh.html.gz"
OTTER = "heldout_g/pages/wceb-0058-tryotter.html.gz"

_WORDS = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, and "
    "members spoke at length about the cost of repairing the city's ageing bridges and roads. "
)


def _article(middle: str) -> str:
    body = "".join(f"<p>{_WORDS}Paragraph {n} goes on with more detail.</p>" for n in range(4))
    return (
        "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>Budget</h1>{body}{middle}</article></main>"
        "<footer><p>Copyright</p></footer></body></html>"
    )


def _page(rel: str) -> str:
    return gzip.decompress((CORPUS / rel).read_bytes()).decode("utf-8", "replace")


def _headings(html: str) -> dict[str, int]:
    article = parse_article(html, fmt="html", source="page.html")
    return {b.text: b.level for b in article.blocks if b.kind == "heading"}


def test_an_end_tag_run_into_the_next_is_closed_and_nothing_else_moves() -> None:
    assert run_on_end_tags("<div><div>x</div</div><p>y</p>") == "<div><div>x</div></div><p>y</p>"
    assert run_on_end_tags("<a href='/x'>x</a</li>") == "<a href='/x'>x</a></li>"
    for fine in ("<div><p>a</p></div></div>", "<p>1 &lt;/b&lt;/i&gt;</p>", "<p>a </ b</p>"):
        assert run_on_end_tags(fine) == fine


def test_an_anchor_id_of_the_heading_s_own_words_is_renamed_and_no_other() -> None:
    own = "<section id='share-your-garden-with-neighbours'><div><h2>Share Your Garden With "
    out = own_heading_anchors(own + "Neighbours</h2><p>Text.</p></div></section>")
    assert out.startswith("<section data-anchor-id='share-your-garden-with-neighbours'>")
    for kept in (
        "<div id='related-posts'><h3>Related posts</h3></div>",  # a box's name: 2 words
        "<div id='related-stories-for-you-today'><h3>More to read</h3></div>",  # other words
        "<div id='share-this-story-now'><p>x</p><h3>Share this story now</h3></div>",  # text first
    ):
        assert own_heading_anchors(kept) == kept


def test_a_section_named_after_its_heading_is_read_and_a_named_box_still_dropped() -> None:
    section = (
        "<div id='menu-ideas-for-small-kitchens' class='section'><h2>Menu Ideas for Small "
        f"Kitchens</h2><p>{_WORDS}The section on menus goes on here.</p></div>"
    )
    heads = _headings(_article(section))
    assert heads.get("Menu Ideas for Small Kitchens") == 2
    box = (
        "<div id='menu-ideas-box'><h2>Menu Ideas for Small Kitchens</h2>"
        f"<p>{_WORDS}The section on menus goes on here.</p></div>"
    )
    assert "Menu Ideas for Small Kitchens" not in _headings(_article(box))


def test_cuboh_keeps_the_sections_after_its_tip_chart() -> None:
    """``</div</div>`` after the tip chart's table left every later section inside the table's
    box, which the extraction dropped whole."""
    heads = _headings(_page(CUBOH))
    want = {
        "Why Use a Tip Chart?": 3,
        "A Diner’s Guide to Tipping": 2,
        "Group Dining Tipping Etiquette": 3,
        "Creating a Supportive Tipping Culture": 3,
    }
    assert {h: heads.get(h) for h in want} == want


def test_otter_keeps_its_menu_section_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """Otter's section "Menu Innovation Strategies: ..." stands in a box whose id is its
    heading's anchor (``menu-innovation-strategies-...``): the extraction dropped it by "menu"."""
    html = _page(OTTER)
    heads = _headings(html)
    want = [
        "Menu Innovation Strategies: Building Memorable Dining Experiences",
        "Seasonal Menu Development and Sourced Ingredients",
        "Beverage Program Innovation",
    ]
    assert [heads.get(h) for h in want] == [2, 3, 3], heads
    path = tmp_path / "otter.html"
    path.write_text(html, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    tokens = MarkdownIt("commonmark").parse(get_writer("md").render(edition))
    md_heads = [
        (tokens[i].tag, tokens[i + 1].content.replace("**", ""))
        for i in range(len(tokens) - 1)
        if tokens[i].type == "heading_open" and tokens[i].markup.startswith("#")
    ]  # fmt: skip
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    html_heads = [(h.tag, h.text_content().strip()) for h in doc.xpath("//h2|//h3")]
    data = json.loads(get_writer("json").render(edition))
    json_heads = [(f"h{b['level']}", b["source"]) for b in data["blocks"] if b["kind"] == "heading"]
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = [u for u in root.iter(f"{X}unit") if u.get("type") == "translate:heading"]
    sources_x = {"".join(s.itertext()).strip() for u in units for s in u.iter(f"{X}source")}
    entries = polib.pofile(get_writer("po").render(edition))
    # the headings are bold on the page: PO marks the bold run <1>..</1>
    po_heads = {re.sub(r"</?\d+>", "", e.msgid) for e in entries if "block: heading" in e.comment}
    for h, level in zip(want, (2, 3, 3), strict=True):
        assert h in sources_x and h in po_heads, h
        assert [n for n, (tag, _) in enumerate(json_heads) if tag == f"h{level}"], h
    # the translated headings: as many, of the same levels, in md, html and json
    assert [t for t, _ in md_heads if t != "h1"] == [t for t, _ in html_heads]
    assert [t for t, _ in html_heads] == [t for t, _ in json_heads]
    assert sum(1 for _, text in json_heads if text in want) == len(want)
