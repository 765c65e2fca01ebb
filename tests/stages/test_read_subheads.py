"""Two reader fixes found on real pages (NPR, the Guardian) that no corpus set held.

- A subhead between the article's paragraphs is a heading of the body even when its class
  names it a "tag" (NPR's ``<h3 class="edTag">``) or its id holds "social" ("social-benefits"):
  it was dropped as page furniture (html:markup).
- Emphasis that the page closes and reopens (``<em>Alex Foster (Grove</em><em>)</em>``) is one
  span: two touching spans were written "*Alex Foster (Grove**)*", which a Markdown reader
  shows with its asterisks.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from translate.model import InlineSpan
from translate.read import parse_article

PARA = (
    "<p>{} The study followed two hundred adults over eight weeks of classes and tests in"
    " three clinics, the researchers said on Monday.</p>"
)


def _page(middle: str) -> str:
    return (
        "<html><head><title>Meditation and anxiety</title></head><body><article>"
        "<h1>Meditation and anxiety</h1>"
        + PARA.format("First.")
        + PARA.format("Second.")
        + middle
        + PARA.format("Third.")
        + PARA.format("Fourth.")
        + "</article></body></html>"
    )


def test_subhead_named_tag_is_kept() -> None:
    article = parse_article(
        _page('<h3 class="edTag">How mindfulness may help</h3>'), fmt="html", source="p"
    )
    heading = next(b for b in article.blocks if b.text == "How mindfulness may help")
    assert heading.kind == "heading"
    assert heading.furniture is None  # the boilerplate stage drops what the reader marks


def test_tag_list_heading_before_links_is_still_furniture() -> None:
    middle = (
        '<h3 class="tag-list">Topics in this story</h3><ul class="tags">'
        '<li><a href="/t/a">Health</a></li><li><a href="/t/b">Science</a></li></ul>'
    )
    article = parse_article(_page(middle), fmt="html", source="p")
    heading = next(b for b in article.blocks if b.text == "Topics in this story")
    assert heading.furniture is not None and heading.furniture[0] == "html:markup"


def test_touching_emphasis_is_one_span() -> None:
    from translate.read import _joined

    spans = [InlineSpan(0, 19, "em"), InlineSpan(19, 20, "em"), InlineSpan(21, 25, "strong")]
    assert _joined(spans) == [InlineSpan(0, 20, "em"), InlineSpan(21, 25, "strong")]
    links = [InlineSpan(0, 4, "link", {"href": "a"}), InlineSpan(4, 8, "link", {"href": "a"})]
    assert _joined(links) == links  # two links are two links


def test_touching_emphasis_renders_as_markdown() -> None:
    from translate.inline import render
    from translate.write.markdown import _wrap

    html = _page(
        "<p><a href='https://x.org/c'>Circular Motion</a><br/><em>Alex Foster (Grove</em>"
        "<em>)</em><br/>Alex Foster’s novel treats climate catastrophe through satire of a"
        " high concept.</p>"
    )
    article = parse_article(html, fmt="html", source="p")
    block = next(b for b in article.blocks if b.text.startswith("Circular"))
    md = render(block.text, block.inline, lambda piece, _: piece, _wrap)
    assert "<em>Alex Foster (Grove)</em>" in MarkdownIt().render(md)
