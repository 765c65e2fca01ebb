"""Twentieth structure pass: a box that the page's markup calls a widget but that holds article
text (``read.prose_widgets``). The extraction drops every box whose class holds "widget"
(sidebars, ad slots); a review's product boxes between its paragraphs
(``<div class="c-product-widget">``: its paragraphs, its "Pros"/"Cons" headings, its "Read
more" links) and an embedded post between a story's paragraphs are article text. A blog
engine's widgets (``class="widget widget_block"``), a box that is mostly controls or a gallery
of many paragraphs, and a box after no paragraph of the article keep their class. On a real
page (reviewed.com's best appliances of 2025: development set e) and in every edition format."""

from __future__ import annotations

import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.model import Block, Edition
from translate.read import parse_article, prose_widgets
from translate.write import get_writer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_structure_pass17 import _in_every_format

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realworld"
X = "{urn:oasis:names:tc:xliff:document:2.0}"
REVIEWED = "heldout_e/pages/wceb-0010-reviewed.html.gz"

_WORDS = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, and "
    "members spoke at length about the cost of repairing the city's ageing bridges and roads."
)
_BOX = (
    "<p>The review of the new dishwasher took us twelve weeks of daily use in a busy kitchen "
    "of four.</p><h4>Pros</h4><ul><li>Quiet</li><li>Fast</li></ul>"
    "<p>It was the quietest we tested, and <a href='https://ex.org/review'>our full review</a>"
    " gives the details of every cycle.</p>"
)


def _article(middle: str, after: str = "") -> str:
    body = "".join(f"<p>{_WORDS} Paragraph {n} goes on.</p>" for n in range(3))
    return (
        "<html><head><title>Budget</title></head><body><main><article><h1>Budget</h1>"
        f"<div class='entry'>{body}{middle}<p>{_WORDS} The last paragraph.</p></div>"
        f"</article></main>{after}<footer><p>Copyright</p></footer></body></html>"
    )


def _page(rel: str) -> str:
    return gzip.decompress((CORPUS / rel).read_bytes()).decode("utf-8", "replace")


def _blocks(html: str) -> list[Block]:
    return [
        b for b in parse_article(html, fmt="html", source="page.html").blocks if not b.furniture
    ]


def test_only_a_widget_box_of_prose_among_the_article_s_paragraphs_is_renamed() -> None:
    box = f"<div class='c-product-widget'><div class='c-product-widget__content'>{_BOX}</div></div>"
    out = prose_widgets(_article(box))
    assert "class='c-product-wdgt'" in out and "class='c-product-wdgt__content'" in out
    assert out.replace("wdgt", "widget") == _article(box)  # nothing else moved
    many = "".join(f"<p>{_WORDS} Caption {n}.</p>" for n in range(8))
    controls = (
        "<p>This is a modal window that can be closed by pressing the Escape key or the "
        "button.</p>" + "<button>Play</button><span>Mute Current Time 0:00 Duration</span>" * 8
    )
    for kept in (
        _article(f"<section class='widget widget_block'>{_BOX}</section>"),  # a blog engine's
        _article(f"<div class='dnd-widget-wrapper type-gallery'>{many}</div>"),  # a gallery
        _article(f"<div class='dnd-widget-wrapper type-video'>{controls}</div>"),  # controls
        _article("", f"<aside><div class='sidebar-widget'>{_BOX}</div></aside>"),  # no paragraph
        _article("<div class='c-widget'><p>Buy now at the store</p></div>"),  # no prose
        "<p>A page with no widget at all.</p>",
    ):
        assert prose_widgets(kept) == kept


def test_a_product_box_between_paragraphs_is_read_and_a_sidebar_widget_is_not() -> None:
    side = f"<aside class='widget widget_text'><h3>About us</h3><p>{_WORDS} About.</p></aside>"
    page = _article(f"<div class='c-product-widget'>{_BOX}</div>", side)
    blocks = _blocks(page)
    texts = [b.text for b in blocks]
    assert "Pros" in [b.text for b in blocks if b.kind == "heading"]
    assert any(
        s.kind == "link" and s.attrs["href"] == "https://ex.org/review"
        for b in blocks for s in b.inline
    )  # fmt: skip
    assert "About us" not in texts and not any("About." in t for t in texts)


def test_reviewed_keeps_its_product_boxes_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """reviewed.com's nine product boxes (``c-product-widget``) hold the review's paragraphs,
    each product's "Pros" and "Cons" (``<h4>``) and "Read more about ..." links: main's reader
    kept no "Pros" heading of the page and not the Samsung range's link."""
    html = _page(REVIEWED)
    blocks = _blocks(html)
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads.count("Pros") >= 8 and heads.count("Cons") >= 8, heads
    href = (
        "https://www.reviewed.com/ovens/content/samsung-bespoke-induction-range-nsi6db990012-review"
    )
    linked = {str(s.attrs["href"]) for b in blocks for s in b.inline if s.kind == "link"}
    assert href in linked
    path = tmp_path / "reviewed.html"
    path.write_text(html, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    _in_every_format(edition, [href], [])
    tokens = MarkdownIt("commonmark").parse(get_writer("md").render(edition))
    md_h4 = sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h4")
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    data = json.loads(get_writer("json").render(edition))
    json_h4 = sum(1 for b in data["blocks"] if b["kind"] == "heading" and b["level"] == 4)
    assert md_h4 == len(doc.xpath("//h4")) == json_h4 >= 16
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = [u for u in root.iter(f"{X}unit") if u.get("type") == "translate:heading"]
    sources = ["".join(s.itertext()).strip() for u in units for s in u.iter(f"{X}source")]
    assert sources.count("Pros") >= 8
    entries = polib.pofile(get_writer("po").render(edition))
    po_heads = [re.sub(r"</?\d+>", "", e.msgid) for e in entries if "block: heading" in e.comment]
    assert "Pros" in po_heads and "Cons" in po_heads
