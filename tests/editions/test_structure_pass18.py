"""Eighteenth structure pass: a subtitle the extraction left out is put back between two blocks
of the article (``read._heading_blocks``) also when a picture's caption stands between it and
its paragraph ("Photo Courtesy of ..."), and when the subtitle is a link to a place on the same
page (``<h2><a href="#section">``, a heading's own anchor); a heading that links away (a
teaser's title) is still never put back. On a real page (Time Out's certificate programmes,
development set), and in every edition format."""

from __future__ import annotations

import gzip
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.model import Block, Edition, InlineSpan
from translate.read import _heading_blocks, _page_headings, image_only, parse_article
from translate.write import get_writer

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "realworld"
X = "{urn:oasis:names:tc:xliff:document:2.0}"
TIMEOUT = "heldout_e/pages/wceb-0030-timeout.html.gz"

_WORDS = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, and "
    "members spoke at length about the cost of repairing the city's ageing bridges and roads. "
)


def _article(middle: str) -> str:
    body = "".join(f"<p>{_WORDS}Paragraph {n} goes on with more detail.</p>" for n in range(4))
    after = "".join(f"<p>{_WORDS}Section text {n} follows here.</p>" for n in range(3))
    return (
        "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>Budget</h1>{body}{middle}{after}</article></main>"
        "<footer><p>Copyright</p></footer></body></html>"
    )


def _page(rel: str) -> str:
    return gzip.decompress((CORPUS / rel).read_bytes()).decode("utf-8", "replace")


def test_page_headings_tell_captions_and_own_anchors_from_links_away() -> None:
    page, heads, captions = _page_headings(
        "<body><h2><a href='#a'>Own anchor</a></h2><h3><a href='/x'>Teaser</a></h3>"
        "<figure><img src='a.jpg'><figcaption>Photo by Ann</figcaption></figure>"
        "<a href='/y'><h4>Card</h4></a><h2>Plain</h2></body>"
    )
    assert [(text, level) for _, text, level in heads] == [("Own anchor", 2), ("Plain", 2)]
    assert [page[a:b] for a, b in captions] == ["photobyann"]


def test_a_subtitle_over_a_captioned_picture_is_put_back() -> None:
    """The extraction kept both paragraphs and left out the card's subtitle; between them the
    page holds the subtitle, a button's "Book now" and the picture's credit line."""
    first = f"{_WORDS}The first card ends here."
    second = f"{_WORDS}The second card starts here."
    card = (
        "<div class='card'><h3>Bridge Repairs</h3><figure><img src='b.jpg' alt=''>"
        "<figcaption>Photo Courtesy of the City Council Press Office</figcaption></figure>"
    )
    page = f"<body><p>{first}</p><a href='/book'>Book now</a>{card}<p>{second}</p></div></body>"
    blocks = [Block(kind="paragraph", text=first), Block(kind="paragraph", text=second)]
    out = _heading_blocks(blocks, page, None)
    assert [(b.kind, b.text, b.level) for b in out] == [
        ("paragraph", first, 0), ("heading", "Bridge Repairs", 3), ("paragraph", second, 0)
    ]  # fmt: skip
    # the same letters as other text, not a caption, are too many: nothing put back
    other = page.replace("figcaption", "span")
    assert [b.kind for b in _heading_blocks(blocks, other, None)] == ["paragraph", "paragraph"]


def test_a_subtitle_that_is_its_own_anchor_is_put_back_and_a_teaser_title_is_not() -> None:
    own = "<div><h2 id='s'><a href='#s'>Road Works Ahead</a></h2></div>"
    blocks = parse_article(_article(own), fmt="html", source="p.html").blocks
    assert ("Road Works Ahead", 2) in [(b.text, b.level) for b in blocks if b.kind == "heading"]
    away = "<div><h2><a href='https://other.example/story'>Road Works Ahead</a></h2></div>"
    blocks = parse_article(_article(away), fmt="html", source="p.html").blocks
    assert "Road Works Ahead" not in [b.text for b in blocks if b.kind == "heading"]


def test_time_out_certificates_keep_their_headings_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """Time Out's page (development set e): each programme is a card whose ``<h3>`` stands over
    its picture's credit line ("Photo Courtesy of Noble Desktop") and then its description;
    the extraction kept the descriptions and left out the titles."""
    html = _page(TIMEOUT)
    article = parse_article(html, fmt="html", source="timeout.html")
    heads = {b.text: b.level for b in article.blocks if b.kind == "heading"}
    want = ["Data Analytics Certificate", "Financial Analyst Training Program",
            "CompTIA Network+ Certification", "Graphic Design Summer Program"]  # fmt: skip
    assert all(heads.get(h) == 3 for h in want), heads
    path = tmp_path / "timeout.html"
    path.write_text(html, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    md = get_writer("md").render(edition)
    tokens = MarkdownIt("commonmark").parse(md)
    md_heads = sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h3")
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    data = json.loads(get_writer("json").render(edition))
    json_heads = sum(1 for b in data["blocks"] if b["kind"] == "heading" and b.get("level") == 3)
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = [u for u in root.iter(f"{X}unit") if u.get("type") == "translate:heading"]
    sources_x = {"".join(s.itertext()).strip() for u in units for s in u.iter(f"{X}source")}
    entries = polib.pofile(get_writer("po").render(edition))
    po_heads = {e.msgid for e in entries if "block: heading" in e.comment}
    for h in want:
        assert h in sources_x and h in po_heads, h
    assert md_heads == len(doc.xpath("//h3")) == json_heads >= len(want)


def test_a_subtitle_after_a_captioned_picture_goes_after_the_picture() -> None:
    """A figure with its caption, then the next section's subtitle: the picture block the
    reader holds between the two paragraphs stays before the heading put back."""
    first = f"{_WORDS}The section ends here."
    second = f"{_WORDS}The next section starts here."
    page = (
        f"<body><p>{first}</p><figure><img src='c.jpg'><figcaption>The old launch page of "
        f"the site</figcaption></figure><h3>What we know</h3><p>{second}</p></body>"
    )
    image = InlineSpan(kind="image", start=0, end=31, attrs={"src": "c.jpg"})
    picture = Block(kind="paragraph", text="The old launch page of the site", inline=[image])
    blocks = [Block(kind="paragraph", text=first), picture, Block(kind="paragraph", text=second)]
    assert image_only(picture)
    out = _heading_blocks(blocks, page, None)
    assert [(b.kind, b.text) for b in out] == [
        ("paragraph", first), ("paragraph", picture.text), ("heading", "What we know"),
        ("paragraph", second),
    ]  # fmt: skip
