"""Headings of the article body the extraction left out or read as paragraphs, by the page's
markup (translate.read._heading_blocks; issue 15, fifth structure pass)."""

from __future__ import annotations

from translate.model import Block
from translate.read import _heading_blocks

FIRST = "The council met on Monday evening to discuss the new bridge over the river."
SECOND = "Engineers said the work would take three years and cost far more than planned."


def _page(middle: str) -> str:
    return f"<html><body><article><p>{FIRST}</p>{middle}<p>{SECOND}</p></article></body></html>"


def _blocks(*extra: Block) -> list[Block]:
    return [Block("title", "Bridge plan"), Block("paragraph", FIRST), *extra,
            Block("paragraph", SECOND)]  # fmt: skip


def test_a_subtitle_between_two_paragraphs_is_put_back() -> None:
    out = _heading_blocks(_blocks(), _page("<h2>What happens next</h2>"), "Bridge plan")
    assert [(b.kind, b.text, b.level) for b in out[2:3]] == [("heading", "What happens next", 2)]


def test_a_linked_heading_or_one_among_other_text_is_not() -> None:
    teaser = '<h3><a href="/other-story">Another story about bridges</a></h3>'
    assert len(_heading_blocks(_blocks(), _page(teaser), "Bridge plan")) == 3
    cards = "<h3>Most read</h3><ul><li>Storm hits the coast overnight</li></ul>"
    assert len(_heading_blocks(_blocks(), _page(cards), "Bridge plan")) == 3
    # nor the headline again, nor a heading before the first block of the body
    assert len(_heading_blocks(_blocks(), _page("<h2>Bridge plan</h2>"), "Bridge plan")) == 3


def test_a_paragraph_that_is_a_heading_of_the_page_becomes_it() -> None:
    html = _page("<h3><div><p>What happens next</p></div></h3>")
    out = _heading_blocks(_blocks(Block("paragraph", "What happens next")), html, "Bridge plan")
    assert [(b.kind, b.level) for b in out] == [
        ("title", 0), ("paragraph", 0), ("heading", 3), ("paragraph", 0)
    ]


def test_a_heading_marked_furniture_between_paragraphs_is_kept_unless_by_markup() -> None:
    html = _page("<h2>What happens next</h2>")
    marked = Block("heading", "What happens next", level=2, furniture=("html:link-line", "x"))
    assert _heading_blocks(_blocks(marked), html, "Bridge plan")[2].furniture is None
    by_class = Block("heading", "What happens next", level=2, furniture=("html:markup", "x"))
    assert _heading_blocks(_blocks(by_class), html, "Bridge plan")[2].furniture is not None


def test_a_block_taken_out_of_page_order_does_not_hide_the_subtitles_after_it() -> None:
    """The extractor put a teaser of the page's end first: the article's blocks after it are
    still located, and the subtitle between two of them put back (realnews17; on main the
    teaser moved the walk past the whole article and no subtitle came back)."""
    teaser = "Read next: how the old ferry crossing was finally closed for good."
    html = (
        f"<html><body><article><p>{FIRST}</p><h2>What happens next</h2><p>{SECOND}</p>"
        f"</article><aside><p>{teaser}</p></aside></body></html>"
    )
    blocks = [Block("title", "Bridge plan"), Block("paragraph", teaser),
              Block("paragraph", FIRST), Block("paragraph", SECOND)]  # fmt: skip
    out = _heading_blocks(blocks, html, "Bridge plan")
    assert [(b.kind, b.text) for b in out[1:]] == [
        ("paragraph", teaser), ("paragraph", FIRST), ("heading", "What happens next"),
        ("paragraph", SECOND),
    ]  # fmt: skip


def test_a_section_heading_and_its_subsection_heading_come_back_together() -> None:
    """An <h3> and the <h4> right under it between two paragraphs: both put back, in order; two
    headings of one level there (a list of titles) are not (realnews17)."""
    pair = "<h3>State Farm: what sets it apart</h3><h4>A very large agent network</h4>"
    out = _heading_blocks(_blocks(), _page(pair), "Bridge plan")
    assert [(b.kind, b.text, b.level) for b in out[2:4]] == [
        ("heading", "State Farm: what sets it apart", 3),
        ("heading", "A very large agent network", 4),
    ]
    titles = "<h3>Storm hits the coast</h3><h3>Ferry closed for good</h3>"
    assert len(_heading_blocks(_blocks(), _page(titles), "Bridge plan")) == 3
