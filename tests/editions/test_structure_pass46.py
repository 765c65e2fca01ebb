"""struct46: the linked items of a list article kept, a list of other stories still dropped.

Found on a development body set (struct45's and struct46's screens, ``rule_harm_screen.py``): a
list article's items, each a link to a page of the same site ("Google Ads Apps Certification",
…), right after the article's own sentence that opens the list ("Here are some examples of the
courses offered by Google:") and followed by more of the article, read as a list of the site's
other stories (``html:link-list``). The texts here are written for the tests (not the set's
page); each test also holds what the rule must still drop.
"""

from __future__ import annotations

from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

PROSE = (
    "The committee met on Tuesday to weigh the plan for the river crossing, and its members"
    " asked the engineers to explain the cost of each design in detail."
)
SITE = "https://bridges.example.com"
ITEMS = ["Reading the River from Source to Mouth", "Choosing the Span for a Wide Crossing",
         "Steel or Stone for the Main Arches", "Pouring the Piers in Winter Water"]  # fmt: skip


def _prepared(html: str) -> tuple[list[str], list[str], list[str]]:
    """(kept link addresses, kept block texts, dropped rules) of a page."""
    article = parse_article(html, fmt="html", source="t", article_id="t", page_url=SITE + "/p/1")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    kept = prepared.article
    links = [str(s.attrs.get("href")) for b in kept.blocks for s in b.inline if s.kind == "link"]
    return links, [b.text for b in kept.blocks], [d.rule for d in kept.dropped]


def _items(tag: str = "ul") -> str:
    lis = "".join(
        f"<li><a href='{SITE}/course/{n}'>{name}</a></li>" for n, name in enumerate(ITEMS)
    )
    return f"<{tag}>{lis}</{tag}>"


def _page(opener: str, after: str, tail: int = 4, tag: str = "ul") -> str:
    def body(numbers: range) -> str:
        return "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in numbers)

    title = "Free Courses on Building Bridges"
    return (
        f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
        f"{body(range(4))}{opener}{_items(tag)}{after}{body(range(4, 4 + tail))}"
        "</article></main></body></html>"
    )


OPENER = "<p>Here are some examples of the courses the school offers on its own site:</p>"
AFTER = f"<p>{PROSE} The list goes on after these examples.</p>"


def _kept(links: list[str]) -> int:
    return sum(1 for n in range(len(ITEMS)) if f"{SITE}/course/{n}" in links)


def test_a_list_the_article_opens_and_resumes_after_keeps_its_linked_items() -> None:
    for tag in ("ul", "ol"):
        links, texts, rules = _prepared(_page(OPENER, AFTER, tag=tag))
        assert _kept(links) == len(ITEMS), tag
        assert "Steel or Stone for the Main Arches" in texts
        assert "html:link-list" not in rules


def test_the_next_sections_heading_and_prose_after_the_list_also_resume_the_article() -> None:
    after = f"<h2>Courses from the River Authority</h2><p>{PROSE} A new section.</p>"
    links, _, rules = _prepared(_page(OPENER, after, tail=0))
    assert _kept(links) == len(ITEMS)
    assert "html:link-list" not in rules


def test_a_list_under_a_label_at_the_end_or_before_a_bare_heading_still_goes() -> None:
    cases = [
        # a label, not the article's sentence: a box of other stories
        ("<p>Also in the catalogue:</p>", AFTER, 4),
        # no opener ending with a colon: a list of links after the article's paragraph
        ("", AFTER, 4),
        # the article's sentence, but no prose of the article after the list (a line of the
        # page's own, then the page ends)
        (OPENER, "<p>Updated in May</p>", 0),
        # a heading after the list with no prose under it (the next box's title)
        (OPENER, "<h2>More from the site</h2>", 0),
    ]
    for opener, after, tail in cases:
        links, _, rules = _prepared(_page(opener, after, tail=tail))
        assert _kept(links) == 0, (opener, after)
        assert "html:link-list" in rules, (opener, after)


def test_an_opener_that_is_mostly_a_link_does_not_open_the_list() -> None:
    opener = (
        f"<p><a href='{SITE}/more'>More of our coverage of bridges and rivers this week and"
        " last week</a>:</p>"
    )
    links, _, rules = _prepared(_page(opener, AFTER))
    assert _kept(links) == 0
    assert "html:link-list" in rules


def test_items_of_the_same_list_after_the_linked_run_do_not_hide_the_article_after_it() -> None:
    # the list goes on with items of words of their own (not links): the article resumes after
    # the whole list
    more = (
        "<ul><li>Walking the towpath, a free talk the museum gives on the first Sunday of every"
        " month</li><li>Drawing the arches, a class for children held in the summer holidays"
        " at the library</li></ul>"
    )
    html = _page(OPENER, more + AFTER)
    html = html.replace("</ul><ul>", "")  # one list: the linked items, then the others
    links, _, rules = _prepared(html)
    assert _kept(links) == len(ITEMS)
    assert "html:link-list" not in rules
