"""Twenty-fourth structure pass: the twenty-second pass's second rule (``read._heading_blocks``)
for plain headings, with the two features that tell a section's heading from a box's own title.
A plain ``<h2>``-``<h6>`` right before a paragraph of the article, after a box the extraction
left out, is put back when the page shows it and it heads a section (not a screen reader's
label, CBC's ``<h2 class="a11y">Social Sharing</h2>``; not a heading inside a picture's
``<figcaption>``, NZZ's) and its section runs on (the paragraph after it is followed right
away by another of the article: a promotion box's title heads one paragraph and a button).
On real pages of the development sets (almanac, menlocoaching, NZZ, CBC) and in every edition
format."""

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

FIRST = "The council met on Monday evening to discuss the new bridge over the river."
SECOND = "Engineers said the work would take three years and cost far more than planned."
THIRD = "Residents of the east bank asked for a ferry to run while the bridge is built."
LINKS = (
    "<h4>More on the bridge:</h4><ul><li><a href='/a'>What the bridge will cost</a></li>"
    "<li><a href='/b'>Maps of the crossing</a></li></ul>"
)


def _heads(middle: str, after_second: str = "") -> list[tuple[str, int]]:
    html = (
        f"<html><body><article><p>{FIRST}</p>{middle}<p>{SECOND}</p>{after_second}"
        f"<p>{THIRD}</p></article></body></html>"
    )
    blocks = [
        Block("title", "Bridge plan"),
        Block("paragraph", FIRST),
        Block("paragraph", SECOND),
        Block("paragraph", THIRD),
    ]
    out = _heading_blocks(blocks, html, "Bridge plan", "https://ex.org/a")
    return [(b.text, b.level) for b in out if b.kind == "heading"]


def test_page_headings_mark_a_screen_readers_label_and_a_captions_heading() -> None:
    hidden: set[int] = set()
    page, heads, _ = _page_headings(
        "<body><div class='share'><h2 class='a11y'>Social Sharing</h2></div>"
        "<div class='sr-only'><h3>Skip</h3></div><h2 aria-hidden='true'>Icons</h2>"
        "<figure><figcaption><h2>Trucks near Rafah</h2></figcaption></figure>"
        "<h2>What happens next</h2></body>",
        hidden=hidden,
    )
    assert [t for _, t, _ in heads] == [
        "Social Sharing", "Skip", "Icons", "Trucks near Rafah", "What happens next"
    ]  # fmt: skip
    assert sorted(hidden) == [at for at, _, _ in heads[:4]]
    assert page.endswith("whathappensnext")


def test_a_plain_heading_whose_section_runs_on_is_put_back_after_a_box() -> None:
    assert _heads(f"{LINKS}<h2>What happens next</h2>") == [("What happens next", 2)]
    # with its section's heading right above it
    assert _heads(f"{LINKS}<h2>The plan</h2><h3>What happens next</h3>") == [
        ("The plan", 2), ("What happens next", 3)
    ]  # fmt: skip


def test_a_label_a_caption_or_a_box_of_one_paragraph_is_not() -> None:
    assert _heads(f"{LINKS}<div class='share'><h2 class='a11y'>Social Sharing</h2></div>") == []
    assert (
        _heads(f"{LINKS}<figure><figcaption><h2>Trucks near Rafah</h2></figcaption></figure>") == []
    )
    # a promotion box: its title, one paragraph, its button, then the article again
    button = "<a href='/signup' class='button'>Sign up for our weekly course today</a>"
    assert _heads(f"{LINKS}<h2>Test prep for the bridge exam</h2>", button) == []


def _blocks(path: str) -> list[Block]:
    html = gzip.decompress((CORPUS / path).read_bytes()).decode("utf-8", "replace")
    return [
        b for b in parse_article(html, fmt="html", source="page.html").blocks if not b.furniture
    ]


def _heading_texts(path: str) -> list[str]:
    return [b.text for b in _blocks(path) if b.kind == "heading"]


def test_real_pages_gain_their_section_headings_and_no_label() -> None:
    menlo = _heading_texts("heldout_e/pages/wceb-0022-menlocoaching.html.gz")
    assert "Best Business Schools: Undergraduate vs Graduate" in menlo
    assert "Test Prep for Top MBA Programs" not in menlo
    nzz = _heading_texts("heldout_d/pages/fundus-ch-nzz.html.gz")
    assert "Donnerstag, 18. 7." in nzz
    assert not [t for t in nzz if t.startswith("Fahrzeuge der israelischen Armee")]
    assert "Social Sharing" not in _heading_texts("heldout_d/pages/fundus-ca-cbcnews.html.gz")


ALMANAC = "heldout_m/pages/wceb-0214-almanac.html.gz"
ALMANAC_HEADS = (
    "Pick the Right Location",
    "A Starter Beginner Garden Plan",
    "Garden Planning Tool",
)


def test_almanac_keeps_its_garden_plan_headings_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """almanac's garden-plan sections each follow a box the extraction leaves out: main's
    reader kept none of these three headings."""
    texts = _heading_texts(ALMANAC)
    assert all(h in texts for h in ALMANAC_HEADS)
    html = gzip.decompress((CORPUS / ALMANAC).read_bytes()).decode("utf-8", "replace")
    path = tmp_path / "almanac.html"
    path.write_text(html, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    md = re.sub(r"\A---\n.*?\n---\n", "", get_writer("md").render(edition), flags=re.S)
    tokens = MarkdownIt("commonmark").parse(md)
    md_heads = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    html_heads = [" ".join(h.text_content().split()) for h in doc.xpath("//h2|//h3|//h4|//h5|//h6")]
    data = json.loads(get_writer("json").render(edition))
    json_heads = [b["source"] for b in data["blocks"] if b["kind"] == "heading"]
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = [u for u in root.iter(f"{X}unit") if u.get("type") == "translate:heading"]
    entries = polib.pofile(get_writer("po").render(edition))
    po_heads = [re.sub(r"</?\d+>", "", e.msgid) for e in entries if "block: heading" in e.comment]
    for heads in (md_heads, html_heads, json_heads, po_heads):
        # the test engine marks its output "[pt] ...": each heading ends with the source's
        assert all(any(x.endswith(h) for x in heads) for h in ALMANAC_HEADS), heads
    assert len(units) == len(po_heads)
