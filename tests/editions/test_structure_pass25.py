"""Twenty-fifth structure pass: a heading a link holds whole (``<a href="/seka"><span><h2>Seka
Moving</h2></span></a>``, a card's title; ``<h3><a href="/x">..</a></h3>``) that the extraction
kept as a paragraph of the article, and nothing else, is read as that heading
(``read._heading_blocks``, first rule), with its link. A heading wholly a link is still never put
back where the extraction left it out (a teaser's title), and a paragraph is not read as one
when it is furniture, holds more than the title, or is a link to a place on the same page (a
table of contents' entry)."""

from __future__ import annotations

from translate.model import Block, InlineSpan
from translate.read import _heading_blocks, _page_headings

FIRST = "The council met on Monday evening to discuss the new bridge over the river."
SECOND = "Engineers said the work would take three years and cost far more than planned."
CARD = "<a href='/seka'><span><h2>Seka Moving</h2></span></a>"


def _page(middle: str) -> str:
    return f"<html><body><article><p>{FIRST}</p>{middle}<p>{SECOND}</p></article></body></html>"


def _run(middle: str, block: Block) -> list[Block]:
    blocks = [Block("title", "Bridge plan"), Block("paragraph", FIRST), block,
              Block("paragraph", SECOND)]  # fmt: skip
    return _heading_blocks(blocks, _page(middle), "Bridge plan", "https://ex.org/a")


def _linked(text: str, href: str, start: int = 0) -> Block:
    return Block("paragraph", text, inline=[InlineSpan(start, len(text), "link", {"href": href})])


def test_page_headings_list_the_headings_a_link_holds_whole() -> None:
    wholly: list[tuple[int, str, int]] = []
    partly: list[tuple[int, str, int]] = []
    _, heads, _ = _page_headings(
        "<body><h2>2. <a href='/gsb'>Stanford GSB</a></h2><h3><a href='/x'>Teaser</a></h3>"
        f"{CARD}<h2>Plain</h2><h4><a href='#here'>Anchor</a></h4></body>",
        partly_linked=partly,
        wholly_linked=wholly,
    )
    assert [(text, level) for _, text, level in heads] == [("Plain", 2), ("Anchor", 4)]
    assert [(text, level) for _, text, level in partly] == [("2. Stanford GSB", 2)]
    assert [(text, level) for _, text, level in wholly] == [("Teaser", 3), ("Seka Moving", 2)]


def test_a_card_title_kept_as_a_paragraph_is_that_heading_with_its_link() -> None:
    out = _run(CARD, _linked("Seka Moving", "https://ex.org/seka"))
    assert [b.kind for b in out] == ["title", "paragraph", "heading", "paragraph"]
    head = out[2]
    assert (head.text, head.level) == ("Seka Moving", 2)
    assert [(s.start, s.end, s.attrs["href"]) for s in head.inline] == [
        (0, 11, "https://ex.org/seka")
    ]
    # the same title as plain text, and inside <h3><a>..</a></h3>
    plain = _run("<h3><a href='/seka'>Seka Moving</a></h3>", Block("paragraph", "Seka Moving"))
    assert [(b.kind, b.level) for b in plain][2] == ("heading", 3)


def test_a_card_title_not_kept_or_kept_with_more_is_not_a_heading() -> None:
    # left out by the extraction: a heading wholly a link is never put back (a teaser's title)
    blocks = [Block("title", "Bridge plan"), Block("paragraph", FIRST), Block("paragraph", SECOND)]
    out = _heading_blocks(blocks, _page(CARD), "Bridge plan", "https://ex.org/a")
    assert [b.kind for b in out] == ["title", "paragraph", "paragraph"]
    for block in (
        Block("paragraph", "Seka Moving", furniture=("html:link-list", "a list of links")),
        Block("paragraph", "Read more: Seka Moving"),
        _linked("Read more: Seka Moving", "https://ex.org/seka", 11),
        _linked("Seka Moving", "#seka"),  # a table of contents' entry
        Block("list_item", "Seka Moving"),
    ):
        out = _run(CARD, block)
        assert [b.kind for b in out][2] == block.kind, block
