"""struct48: a list article's list opened by a sentence ending in a full stop kept.

Found on a development body set (struct46's and struct48's screens): a list article opens most of
its lists with a sentence ending in a colon ("Here are some examples of the courses offered by
Google:"), which struct46 spares (``_opened_list``), and some with a sentence ending in a full
stop ("... Each leads to a certificate of completion."), whose linked items still went as a
list of the site's other stories (``html:link-list``). The body's own colon-opened list is the
sign that the page introduces its lists with its own sentences. The texts here are written for
the tests (not the set's page); each test also holds what the rule must still drop.
"""

from __future__ import annotations

from translate.model import Block
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article
from translate.read_media import MEDIA_RULE, recover_media

PROSE = (
    "The committee met on Tuesday to weigh the plan for the river crossing, and its members"
    " asked the engineers to explain the cost of each design in detail."
)
SITE = "https://bridges.example.com"
FIRST = ["Reading the River from Source to Mouth", "Choosing the Span for a Wide Crossing",
         "Steel or Stone for the Main Arches", "Pouring the Piers in Winter Water"]  # fmt: skip
SECOND = ["Cables and Towers for Long Spans", "Painting a Bridge Against Salt Air",
          "Inspecting the Deck After a Flood", "Lighting a Crossing for Night Traffic"]  # fmt: skip
COLON = "<p>Here are some examples of the courses the school offers on its own site:</p>"
STOP = (
    "<p>The engineering school also runs a series on building larger bridges. Each course"
    " leads to a certificate of completion.</p>"
)


def _prepared(html: str) -> tuple[list[str], list[str]]:
    """(kept link addresses, dropped rules) of a page."""
    article = parse_article(html, fmt="html", source="t", article_id="t", page_url=SITE + "/p/1")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    kept = prepared.article
    links = [str(s.attrs.get("href")) for b in kept.blocks for s in b.inline if s.kind == "link"]
    return links, [d.rule for d in kept.dropped]


def _list(names: list[str], path: str) -> str:
    lis = "".join(
        f"<li><a href='{SITE}/{path}/{n}'>{name}</a></li>" for n, name in enumerate(names)
    )
    return f"<ul>{lis}</ul>"


def _body(numbers: range) -> str:
    return "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in numbers)


def _page(first_opener: str, second_opener: str, after_second: str, tail: int = 3) -> str:
    title = "Free Courses on Building Bridges"
    return (
        f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
        f"{_body(range(3))}{first_opener}{_list(FIRST, 'a')}"
        f"<p>{PROSE} The first list ends here.</p>{_body(range(3, 5))}"
        f"{second_opener}{_list(SECOND, 'b')}{after_second}{_body(range(5, 5 + tail))}"
        "</article></main></body></html>"
    )


def _kept(links: list[str], path: str, names: list[str]) -> int:
    return sum(1 for n in range(len(names)) if f"{SITE}/{path}/{n}" in links)


AFTER = f"<p>{PROSE} The article goes on after the second list.</p>"


def test_a_list_opened_by_a_full_stop_in_a_list_article_keeps_its_linked_items() -> None:
    links, rules = _prepared(_page(COLON, STOP, AFTER))
    assert _kept(links, "a", FIRST) == len(FIRST)
    assert _kept(links, "b", SECOND) == len(SECOND)
    assert "html:link-list" not in rules


def test_the_next_section_may_open_its_own_list_with_a_colon() -> None:
    # after the list, the next section's heading and the article's sentence opening its list
    after = (
        "<h2>Courses from the River Authority</h2><p>The River Authority offers a growing list"
        " of certificate courses that are updated every season:</p>"
        "<ul><li>Flood plains and their maps, a short course for planners</li>"
        "<li>Fish passes beside weirs, with a visit to two sites</li></ul>"
    )
    links, rules = _prepared(_page(COLON, STOP, after))
    assert _kept(links, "b", SECOND) == len(SECOND)
    assert "html:link-list" not in rules


def test_without_a_colon_opened_list_in_the_body_a_full_stop_does_not_open_a_list() -> None:
    # the page's first list has no opener of the article's own: no sign of a list article
    links, rules = _prepared(_page("", STOP, AFTER))
    assert _kept(links, "b", SECOND) == 0
    assert "html:link-list" in rules


def test_in_a_list_article_a_list_with_no_prose_after_it_or_a_short_opener_still_goes() -> None:
    cases = [
        # no prose of the article after the list: a line of the page's own, then the end
        (STOP, "<p>Updated in May</p>", 0),
        # a heading with no prose under it (the next box's title)
        (STOP, "<h2>More from the site</h2>", 0),
        # a short line, not the article's sentence
        ("<p>More courses.</p>", AFTER, 3),
        # a sentence that is mostly a link (a teaser line)
        (
            f"<p><a href='{SITE}/more'>More of our coverage of bridges and rivers this week"
            " and the last</a>.</p>",
            AFTER,
            3,
        ),
    ]
    for opener, after, tail in cases:
        links, rules = _prepared(_page(COLON, opener, after, tail=tail))
        assert _kept(links, "a", FIRST) == len(FIRST), (opener, after)
        assert _kept(links, "b", SECOND) == 0, (opener, after)
        assert "html:link-list" in rules, (opener, after)


# --- html:media-unplaced: a list of links to other sites the extraction pruned (read_media) ---

MEDIA_URL = "https://courses.example.com/guide/free-certificates"
SENTENCES = [
    "The guide lists free courses that lead to a certificate, school by school, with notes on"
    " how each certificate is earned and what it costs to sit the final exam.",
    "The nursing school offers its courses through its own partner sites, and here are the ones"
    " that lead to a free certificate of completion:",
    "Its heart courses are taught by practising nurses on the partner site. Paid courses are also"
    " available for those who need a formal licence.",
    "The river school teaches its courses in English and in French, and most of them can be"
    " finished in a few weeks by anyone with an hour a day to spare.",
    "Each school keeps its list up to date, so the courses named here may change from one term"
    " to the next, and some may close without notice.",
]


def _media_blocks(sentences: list[str]) -> list[Block]:
    return [Block("title", "Free certificates"), *(Block("paragraph", t) for t in sentences)]


def _links_list(names: list[str], host: str) -> str:
    lis = "".join(f"<li><a href='https://{host}.example.org/{n}'>{t}</a></li>" for n, t in
                  enumerate(names))  # fmt: skip
    return f"<ul>{lis}</ul>"


def _media_html(
    sentences: list[str], section: str = "<h2>The river school</h2>", second: list[str] = SECOND
) -> str:
    p = [f"<p>{t}</p>" for t in sentences]
    return (
        "<html><head><title>Free certificates</title></head><body><div class='story-body'>"
        f"{p[0]}{p[1]}{_links_list(FIRST, 'nursing')}{p[2]}{_links_list(second, 'heart')}"
        f"{section}<figure><img src='/river.jpg' alt='The river school'></figure>{p[3]}{p[4]}"
        "</div></body></html>"
    )


def _put_back(
    sentences: list[str], section: str = "<h2>The river school</h2>", second: list[str] = SECOND
) -> tuple[list[str], list[str]]:
    """(texts of the blocks recover_media returns, texts it reports as html:media-unplaced)."""
    html = _media_html(sentences, section, second)
    out, dropped = recover_media(_media_blocks(sentences), html, MEDIA_URL)
    return [b.text for b in out if b.kind == "list_item"], [
        d.text for d in dropped if d.rule == MEDIA_RULE
    ]


def test_a_pruned_list_opened_by_a_full_stop_in_a_list_article_is_put_back() -> None:
    items, reported = _put_back(SENTENCES)
    assert items == FIRST + SECOND  # the colon's list (untrans14) and the full stop's list
    assert not set(SECOND) & set(reported)


def test_without_a_list_announced_by_a_colon_a_full_stops_list_is_still_reported() -> None:
    sentences = list(SENTENCES)
    sentences[1] = sentences[1].removesuffix(":") + "."
    items, reported = _put_back(sentences)
    assert not set(SECOND) & set(items)
    assert set(SECOND) <= set(reported)


def test_a_short_opener_or_no_article_text_after_the_list_leaves_it_reported() -> None:
    short = list(SENTENCES)
    short[2] = "Heart courses."
    items, reported = _put_back(short)
    assert not set(SECOND) & set(items) and set(SECOND) <= set(reported)
    # after the list, a heading and a paragraph the article does not hold (another box)
    items, reported = _put_back(SENTENCES, "<h2>More</h2><p>Sign up for our newsletter today</p>")
    assert not set(SECOND) & set(items) and set(SECOND) <= set(reported)


def test_one_or_two_links_between_the_paragraphs_of_a_list_article_stay_reported() -> None:
    # a promotion between paragraphs ("Live updates from ...", a booking link), not a list
    for second in (SECOND[:1], SECOND[:2]):
        items, reported = _put_back(SENTENCES, second=second)
        assert items == FIRST
        assert set(second) <= set(reported)
