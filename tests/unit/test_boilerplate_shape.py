"""Shape evidence for boilerplate, any language (issue 15, third pass): runs of short lines that
are links to the site's other pages, date lines at the edges of the body, and the extractor's
copy of a card whose parts it also took. Each decision is reported with its rule, and article
text is never taken on weak evidence (one or two link lines, links to other sites, a sentence
that names a time, a body that would be left almost empty)."""

from __future__ import annotations

from typing import Any

from translate.boilerplate import strip_boilerplate
from translate.model import Article, Block
from translate.read import _drop_container_copies, parse_article
from translate.read_media import site as _site

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take through the old town.",
    "Supporters said the new line would cut travel times for thousands of commuters who now rely"
    " on crowded buses, while opponents warned that the budget had already doubled since 2019.",
    "Construction is expected to begin next spring and to last about three years, the transport"
    " department said in a statement, adding that most of the work would be done at night.",
    "The mayor called the vote a turning point for the region and promised regular reports on the"
    " progress of the works, which will be published on the council's website every quarter.",
]
URL = "https://www.dailyexample.co.uk/news/2026/council-tram.html"


def _page(before: str = "", after: str = "", lang: str = "en") -> str:
    paragraphs = "\n".join(f"<p>{t}</p>" for t in BODY)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<link rel="canonical" href="{URL}">
<title>Council backs tram extension</title></head><body>
<main><article><div class="entry">{before}{paragraphs}{after}</div></article></main>
</body></html>"""


def _run(html: str, lang: str = "en") -> Article:
    return strip_boilerplate(parse_article(html, fmt="html", source="t.html"), lang)


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind != "title"]


TEASERS = [  # long enough that the extractor keeps them (it prunes short link paragraphs)
    "Bus drivers vote to strike over pay and hours across the whole region this winter",
    "New bridge over the river finally opens after four years of costly delays",
    "Why the old town still has no trams at all, and why that may never change",
    "Readers send their photos of the first snow of winter in the northern hills",
]


def _links(hrefs: list[str]) -> str:
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in zip(hrefs, TEASERS, strict=False))
    return f"<ul>{items}</ul>"


def test_registered_domain() -> None:
    assert _site(URL) == "dailyexample.co.uk"
    assert _site("https://cleveland.com/x") == _site("http://www.cleveland.com/y")
    assert _site("/news/other.html") == "" and _site("mailto:desk@example.org") == ""


def test_a_run_of_links_to_the_sites_other_pages_is_dropped_with_its_rule() -> None:
    hrefs = ["/news/bus-strike.html", "https://www.dailyexample.co.uk/news/bridge.html",
             "https://dailyexample.co.uk/old-town.html", "snow.html"]  # fmt: skip
    article = _run(_page(after=_links(hrefs)))
    texts = _texts(article)
    assert all(t in texts for t in BODY)
    assert not any(t in texts for t in TEASERS)
    drops = [d for d in article.dropped if d.rule == "html:link-list"]
    assert len(drops) == 4 and "4 consecutive" in drops[0].reason


def test_links_to_other_sites_and_short_runs_are_kept() -> None:
    # a list of sources, products or a partner's stories may be the article's own
    other = [
        "https://www.transport.gov.example/report",
        "https://shop.example.com/a",
        "https://shop.example.com/b",
        "https://www.dailyexample.co.uk/news/b.html",
    ]
    texts = _texts(_run(_page(after=_links(other))))
    assert all(t in texts for t in TEASERS)
    # two link lines: a labelled teaser the article carries, not a list
    pair = "".join(f'<p><a href="/news/{i}.html">{t}</a></p>' for i, t in enumerate(TEASERS[:2]))
    texts = _texts(_run(_page(after=pair)))
    assert TEASERS[0] in texts and TEASERS[1] in texts


def test_a_list_whose_items_are_prose_around_their_links_is_kept(monkeypatch: Any) -> None:
    # the same site's links, but every item says something of its own around its link: the
    # article's list (its results, its steps), not a menu or a list of other stories
    prose = [f'<li>{w} <a href="/cases/{i}.html">{t}</a> {e}</li>' for i, (w, t, e) in enumerate(
        zip(["Helped", "", "Saw", ""], TEASERS, ["in May", "for Metro", "at last", "by Rail"],
            strict=True))]  # fmt: skip
    article = _run(_page(after="<ul>" + "".join(prose) + "</ul>"))
    assert not any(d.rule == "html:link-list" for d in article.dropped)
    kept = [b for b in article.blocks if TEASERS[3] in b.text]
    assert kept and any(s.kind == "link" and s.attrs["href"].endswith("/cases/3.html")
                        for s in kept[0].inline)  # fmt: skip
    # the same list without the prose rule: a list of the site's links, dropped
    import translate.read as read

    data = read._markup_data()
    monkeypatch.setattr(read, "_markup_data", lambda: {**data, "link_list_prose_words": 99})
    assert len([d for d in _run(_page(after="<ul>" + "".join(prose) + "</ul>")).dropped
                if d.rule == "html:link-list"]) == 4  # fmt: skip
    monkeypatch.undo()
    # one item that is its link alone: the run is a list of links again
    prose[1] = f'<li><a href="/cases/1.html">{TEASERS[1]}</a></li>'
    article = _run(_page(after="<ul>" + "".join(prose) + "</ul>"))
    assert len([d for d in article.dropped if d.rule == "html:link-list"]) == 4


def test_a_cells_own_link_beside_its_paragraphs_is_read_with_its_address() -> None:
    # trafilatura's cell holding a link and paragraphs: the link's text was lost (the cell was
    # skipped for its paragraphs); now its loose text is a block of its own, in place
    from lxml import etree

    from translate.read import _xml_units

    root = etree.fromstring(
        "<doc><main><table><row><cell><ref target='https://x.example/r'>4.8 / 5</ref>"
        "<p>Licensed</p>tail words<p>Insured</p></cell><cell>plain</cell></row></table>"
        "<list><item>Intro <hi>words</hi><p>inner</p></item></list><quote><p>q1</p><p>q2</p>"
        "</quote></main></doc>"
    )
    units = [(u.tag, " ".join("".join(u.itertext()).split())) for u in _xml_units(root)]
    assert units == [
        ("cell", "4.8 / 5"), ("p", "Licensed"), ("cell", "tail words"), ("p", "Insured"),
        ("cell", "plain"), ("item", "Intro words"), ("p", "inner"), ("quote", "q1q2"),
    ]  # fmt: skip
    first = next(iter(_xml_units(root)))
    assert first.find("ref").get("target") == "https://x.example/r"
    # a heading inside a link (a linked card title): a heading, the link around its text
    card = etree.fromstring(
        "<doc><p><ref target='https://x.example/2'><head rend='h6'>Part <hi rend='#i'>2</hi>"
        "</head></ref></p></doc>"
    )
    (head,) = _xml_units(card)
    assert head.tag == "head" and head.get("rend") == "h6"
    assert head[0].tag == "ref" and head[0].get("target") == "https://x.example/2"
    assert "".join(head.itertext()) == "Part 2"


def test_a_page_that_is_mostly_a_link_list_is_not_emptied() -> None:
    html = _page(after=_links(["/a", "/b", "/c", "/d"]))
    for t in BODY[1:]:
        html = html.replace(f"<p>{t}</p>", "")
    article = _run(html)
    assert not any(d.rule == "html:link-list" for d in article.dropped)


def test_a_date_line_at_the_edge_of_the_body_is_dropped_in_any_language() -> None:
    cases = [
        ("en", "New Delhi, Bureau | Updated : 19 November 2019, 09:01 AM"),
        ("ko", "기사입력 :[ 2018-08-25 15:24 ]"),
        ("de", "Aktualisiert am 03.12.2026 um 11:55 Uhr"),
    ]
    for lang, stamp in cases:
        article = _run(_page(before=f"<p>{stamp}</p>"), lang)
        assert stamp not in _texts(article), lang
        assert all(t in _texts(article) for t in BODY), lang
        assert any(d.rule == "html:stamp" and d.text == stamp for d in article.dropped), lang


def test_times_and_dates_in_article_text_are_kept() -> None:
    sentence = "The first tram will leave the depot at 05:30 on 1 March 2029."
    dated = "Council meeting of 19 November 2019"  # a date without a time: a heading, a caption
    # a short line with a date and a time, away from the edges of the body
    middle = "The vote was taken at 21:40 on 2 December 2026 after a long debate"
    html = _page(before=f"<p>{dated}</p>", after=f"<p>{sentence}</p>")
    html = html.replace(f"<p>{BODY[2]}</p>", f"<p>{middle}</p><p>{BODY[2]}</p>")
    texts = _texts(_run(html))
    assert sentence in texts and dated in texts and middle in texts


def test_the_extractors_copy_of_a_card_is_dropped_and_its_parts_kept() -> None:
    blocks = [
        Block(kind="title", text="Headline"),
        Block(kind="list_item", text="Rams top Bears Neither team could get going on Sunday"),
        Block(kind="heading", text="Rams top Bears"),
        Block(kind="heading", text="Neither team could get going on Sunday"),
        Block(kind="paragraph", text="Rams top Bears"),
    ]
    kept, dropped = _drop_container_copies(blocks)
    parts = ["Rams top Bears", "Neither team could get going on Sunday", "Rams top Bears"]
    assert [b.text for b in kept] == ["Headline", *parts]
    assert [d.rule for d in dropped] == ["html:duplicate"]
