"""Images and list links of the article body that the extraction pruned, taken back from the page
DOM (issue 15, untrans8): only inside the element that holds the body's paragraphs, never from
furniture (asides, related-story boxes, teaser cards, the site's own menus), placed after the kept
paragraph before them; what cannot be placed is reported, never guessed."""

from __future__ import annotations

import pytest
from realworld_corpus import CORPUS, load_pages

import translate.read_media as read_media
from translate.model import Block, InlineSpan
from translate.read import image_only, parse_article
from translate.read_media import MEDIA_RULE, recover_media

URL = "https://www.dailyexample.co.uk/news/2026/council-tram.html"
BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take.",
    "Supporters said the new line would cut travel times for thousands of commuters who now rely"
    " on crowded buses, while opponents warned that the budget had doubled.",
    "Construction is expected to begin next spring and to last about three years, the transport"
    " department said in a statement, adding that most work would be done at night.",
]


def _blocks() -> list[Block]:
    return [Block("title", "Council backs tram extension")] + [Block("paragraph", t) for t in BODY]


def _html(between1: str = "", between2: str = "", after: str = "", outside: str = "") -> str:
    p = [f"<p>{t}</p>" for t in BODY]
    return f"""<html><head><title>Council backs tram extension</title></head><body>
<nav><ul><li><a href="/news">All the news of the day</a></li></ul></nav>
<div class="page"><div class="story-body">{p[0]}{between1}{p[1]}{between2}{p[2]}{after}</div>
{outside}</div></body></html>"""


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def test_a_figure_between_paragraphs_is_put_back_after_the_paragraph_before_it() -> None:
    figure = (
        '<figure><img src="/img/tram-map.jpg" alt="" width="800">'
        "<figcaption>The planned route of the northern tram line</figcaption></figure>"
    )
    out, dropped = recover_media(_blocks(), _html(between1=figure), URL)
    assert dropped == []
    assert _texts(out)[2] == "The planned route of the northern tram line"
    image = out[2]
    assert image_only(image)
    assert image.inline[0].attrs["src"] == "https://www.dailyexample.co.uk/img/tram-map.jpg"
    assert _texts(out)[1] == BODY[0] and _texts(out)[3] == BODY[1]


def test_a_lazy_image_is_read_at_its_real_address_not_the_placeholder() -> None:
    img = (
        '<img src="https://cdn.example.net/max/60/blur.jpg?q=20"'
        ' data-src="https://cdn.example.net/max/2000/tram.jpg" alt="A tram in the old town">'
    )
    out, _ = recover_media(_blocks(), _html(between2=img), URL)
    [image] = [b for b in out if image_only(b)]
    assert image.inline[0].attrs["src"] == "https://cdn.example.net/max/2000/tram.jpg"
    assert _texts(out).index(image.text) == 3  # after the second paragraph


def test_a_list_of_sources_on_other_sites_is_put_back_with_its_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(read_media, "PUT_BACK_ITEMS", True)
    sources = (
        "<ul><li><a href='https://transport.example.gov/report.pdf'>Transport department"
        " report</a></li><li><a href='https://budget.example.org/tram'>Budget office figures"
        "</a> (2025)</li></ul>"
    )
    out, _ = recover_media(_blocks(), _html(between2=sources), URL)
    items = [b for b in out if b.kind == "list_item"]
    assert [b.text for b in items] == [
        "Transport department report",
        "Budget office figures (2025)",
    ]
    assert items[1].inline == [
        InlineSpan(0, 21, "link", {"href": "https://budget.example.org/tram"})
    ]
    assert out.index(items[0]) == 3


def test_furniture_is_never_taken_back() -> None:
    related = (
        "<aside><img src='/a.jpg' alt='Another story about buses'></aside>"
        "<div class='related-stories'><ul><li><a href='https://other.example.com/x'>Read the"
        " other story here</a></li></ul></div>"
        "<div class='share-tools'><img src='/fb.png' alt='Share on Facebook'></div>"
        "<img src='/static/site-logo.png' alt='Daily Example home page'>"
        "<img src='/pixel.gif' alt='tracking image here' width='1' height='1'>"
        "<a href='/news/2026/other-story.html'><img src='/o.jpg' alt='Teaser of another story'></a>"
    )
    out, dropped = recover_media(_blocks(), _html(between1=related), URL)
    assert _texts(out) == _texts(_blocks())
    assert dropped == []


def test_the_sites_own_link_lists_and_teaser_cards_stay_out() -> None:
    menu = "<ul>" + "".join(
        f"<li><a href='/news/story-{i}.html'>Another story number {i}</a></li>" for i in range(4)
    ) + "</ul>"
    cards = "<ul>" + "".join(
        f"<li><img src='https://img.example.net/c{i}.jpg' alt=''><a href='https://partner.example"
        f".net/{i}'>A partner story {i}</a></li>" for i in range(3)
    ) + "</ul>"
    out, _ = recover_media(_blocks(), _html(between1=menu, between2=cards), URL)
    assert _texts(out) == _texts(_blocks())


def test_what_lies_after_the_last_paragraph_is_reported_not_placed() -> None:
    late = "<p>Comments are closed.</p><img src='/late.jpg' alt='A picture far below the text'>"
    out, dropped = recover_media(_blocks(), _html(after=late), URL)
    assert _texts(out) == _texts(_blocks())
    assert [d.rule for d in dropped] == [MEDIA_RULE]
    assert "A picture far below the text" in dropped[0].text


def test_outside_the_body_container_nothing_is_taken() -> None:
    gallery = "<div><img src='/g.jpg' alt='A picture beside the article'></div>"
    out, dropped = recover_media(_blocks(), _html(outside=gallery), URL)
    assert _texts(out) == _texts(_blocks()) and dropped == []


def test_a_kept_item_gains_the_link_it_lost_and_nothing_is_doubled() -> None:
    blocks = _blocks()
    # the item kept between paragraphs 2 and 3, without its link
    blocks = [*blocks[:3], Block("list_item", "Budget office figures (2025)"), blocks[3]]
    item = (
        "<ul><li><a href='https://budget.example.org/tram'>Budget office figures</a> (2025)"
        "</li></ul>"
    )
    out, _ = recover_media(blocks, _html(between2=item), URL)
    assert len(out) == len(blocks)
    [kept] = [b for b in out if b.kind == "list_item"]
    assert kept.inline == [InlineSpan(0, 21, "link", {"href": "https://budget.example.org/tram"})]


def test_list_items_are_reported_not_put_back_by_default() -> None:
    sources = (
        "<ul><li><a href='https://budget.example.org/tram'>Budget office figures</a></li></ul>"
    )
    out, dropped = recover_media(_blocks(), _html(between2=sources), URL)
    assert _texts(out) == _texts(_blocks())
    assert [(d.rule, d.text) for d in dropped] == [(MEDIA_RULE, "Budget office figures")]


def test_too_many_list_words_for_the_body_are_reported_not_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(read_media, "PUT_BACK_ITEMS", True)
    directory = "<ul>" + "".join(
        f"<li><a href='https://mover{i}.example.com/'>Mover number {i} of the city directory</a>"
        "</li>" for i in range(40)
    ) + "</ul>"
    out, dropped = recover_media(_blocks(), _html(between1=directory), URL)
    assert _texts(out) == _texts(_blocks())
    assert [d.rule for d in dropped] == [MEDIA_RULE]


def test_a_page_that_is_not_html_or_has_no_matched_paragraph_is_left_alone() -> None:
    assert recover_media(_blocks(), "plain text", URL) == (_blocks(), [])
    out, _ = recover_media(_blocks(), "<html><body><p>Something else</p></body></html>", URL)
    assert out == _blocks()


def test_a_real_page_gets_its_list_of_restaurants_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """camelsandchocolate (development set f): the article's list of restaurants, each linked to
    its own site, was pruned whole by trafilatura; the links are the article's."""
    monkeypatch.setattr(read_media, "PUT_BACK_ITEMS", True)
    pages = [p for p in load_pages(CORPUS / "heldout_f") if "camelsandchocolate" in p.id]
    if not pages:
        pytest.skip("page not in the corpus")
    article = parse_article(pages[0].html(), fmt="html", source="t", article_id="t")
    hrefs = {s.attrs.get("href") for b in article.blocks for s in b.inline if s.kind == "link"}
    assert "https://www.piejunkie.com/" in hrefs
    assert "https://www.cafecuvee.com/" in hrefs


def test_a_break_that_closes_bold_text_is_kept() -> None:
    """``<b>Keep it current.<br></b>Make sure...``: trafilatura drops a <br> at the end of an
    inline element; the reader moves it after the element, so the break stays a break."""
    items = "".join(
        f"<li><b>Tip number {n} for the course.<br></b>{BODY[n % 3]}</li>" for n in range(4)
    )
    html = (
        "<html><head><title>Study tips</title></head><body><article>"
        f"<p>{BODY[0]}</p><ul>{items}</ul><p>{BODY[1]}</p></article></body></html>"
    )
    article = parse_article(html, fmt="html", source="t", article_id="t")
    tips = [b for b in article.blocks if b.text.startswith("Tip number")]
    assert len(tips) == 4
    for block in tips:
        [br] = [s for s in block.inline if s.kind == "br"]
        assert block.text[: br.start].endswith("for the course.")
