"""Twenty-seventh boilerplate pass: a box that the page's markup calls an embed but that holds
the article's own text (``read.article_embeds``). The extraction drops every box whose class
holds "embed" (a social post, a video player); a site builder's "custom code" box
(``<div class="w-embed">``) holding the article's tables, or a box of the article's paragraphs,
was never read. A quoted post (a ``<blockquote>``), a box of teasers with no prose or table, and
a box after no paragraph of the article keep their class."""

from __future__ import annotations

from translate.model import Block
from translate.read import article_embeds, parse_article

_WORDS = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, and "
    "members spoke at length about the cost of repairing the city's ageing bridges and roads."
)
_ROWS = [
    ("Coffee shop", "$1 to $2", "10 to 15 percent of the order"),
    ("Restaurant server", "$5 to $10", "18 to 20 percent of the bill"),
    ("Food delivery", "$3 to $5", "15 to 20 percent of the order"),
]
_TABLE = "<table><tr><th>Service</th><th>Tip</th><th>Share</th></tr>" + "".join(
    "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ROWS
) + "</table>"  # fmt: skip


def _article(middle: str, after: str = "") -> str:
    body = "".join(f"<p>{_WORDS} Paragraph {n} goes on.</p>" for n in range(3))
    return (
        "<html><head><title>Budget</title></head><body><main><article><h1>Budget</h1>"
        f"<div class='entry'>{body}{middle}<p>{_WORDS} The last paragraph.</p></div>"
        f"</article></main>{after}<footer><p>Copyright</p></footer></body></html>"
    )


def _texts(html: str) -> list[str]:
    blocks: list[Block] = parse_article(html, fmt="html", source="page.html").blocks
    return [b.text for b in blocks if not b.furniture]


def test_only_an_embed_box_of_the_article_s_text_is_renamed() -> None:
    box = f"<div class='w-embed'><div class='table-embed-wrap'>{_TABLE}</div></div>"
    out = article_embeds(_article(box))
    assert "class='w-embd'" in out and "class='table-embd-wrap'" in out
    assert out.replace("embd", "embed") == _article(box)  # nothing else moved
    prose = f"<div class='embedded-entity'><p>{_WORDS} An embedded paragraph.</p></div>"
    assert "class='embdded-entity'" in article_embeds(_article(prose))
    for kept in (
        _article(f"<div class='social-embed'><blockquote><p>{_WORDS}</p></blockquote></div>"),
        _article("<div class='embedded article'><a href='/x'>Read the other story now</a></div>"),
        _article("", f"<div class='w-embed'>{_TABLE}</div>"),  # after no paragraph of it
        _article("<div class='w-embed'><table><tr><td>One</td><td>Two</td></tr></table></div>"),
        "<p>A page with no embed at all.</p>",
    ):
        assert article_embeds(kept) == kept


def test_an_embedded_table_among_the_paragraphs_is_read() -> None:
    """Main's reader kept none of the table's cells: the "w-embed" box was dropped whole."""
    texts = _texts(_article(f"<div class='w-embed'>{_TABLE}</div>"))
    assert "Restaurant server" in texts and "18 to 20 percent of the bill" in texts
    assert any("The last paragraph." in t for t in texts)
    tweet = f"<div class='social-embed'><blockquote><p>Quoted post: {_WORDS}</p></blockquote></div>"
    assert not any("Quoted post" in t for t in _texts(_article(tweet)))
