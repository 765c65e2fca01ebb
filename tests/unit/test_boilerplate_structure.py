"""Structural boilerplate evidence read in the HTML page (issue 15, second pass): furniture named
by the page's markup, link lines in capitals, the page's <h1> repeated at the top of the body.
Each decision is reported with its rule, and article text is never taken on weak evidence."""

from __future__ import annotations

from translate.boilerplate import strip_boilerplate
from translate.model import Article
from translate.read import _name_tokens, parse_article

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


def _page(body_extra: str = "", head: str = "", after: str = "", p_class: str = "") -> str:
    paragraphs = "\n".join(f'<p class="{p_class}">{t}</p>' for t in BODY)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council backs tram extension | The Daily Example</title></head><body>
<header class="site-header"><a href="/">The Daily Example</a></header>
<main><article class="story">{head}
<div class="story-body">{paragraphs}{body_extra}</div>{after}
</article></main></body></html>"""


def _run(html: str) -> Article:
    article = parse_article(html, fmt="html", source="t.html")
    return strip_boilerplate(article, "en")


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind != "title"]


def test_markup_tokens_split_names_at_case_and_punctuation() -> None:
    assert _name_tokens("ArticleHeader_date sub-headline") >= {"article", "header", "date"}
    assert "share" in _name_tokens("social-shares")  # a final plural "s" dropped
    assert "class" in _name_tokens("glass class")  # ...but not a double "ss"


def test_furniture_named_by_markup_is_dropped_with_its_rule() -> None:
    extra = (
        '<p class="promo-box">Our reporters cover the city every day, support them today</p>'
        '<p class="promo-text">Our reporters also keep an archive of every council vote</p>'
    )
    article = _run(_page(body_extra=extra))
    texts = _texts(article)
    assert all(t in texts for t in BODY)
    assert not any("support them today" in t for t in texts)
    # "promo" (2) against "text" (-1, a name of the article itself): below the threshold
    assert "Our reporters also keep an archive of every council vote" in texts
    drop = next(d for d in article.dropped if "support them today" in d.text)
    assert drop.rule == "html:markup" and "promo" in drop.reason


def test_text_that_is_also_article_text_elsewhere_is_kept() -> None:
    # the first paragraph is repeated in a share box: it is article text all the same
    after = f'<div class="share-box"><p>{BODY[0]}</p></div>'
    article = _run(_page(after=after))
    assert BODY[0] in _texts(article)


def test_markup_naming_most_of_the_body_is_not_believed() -> None:
    # a site that classes every paragraph with a furniture-like name
    article = _run(_page(p_class="share-item"))
    assert all(t in _texts(article) for t in BODY)
    assert not any(d.rule == "html:markup" for d in article.dropped)


def test_link_line_in_capitals_is_dropped_and_an_ordinary_one_kept() -> None:
    extra = (
        '<p><a href="/app">CLICK HERE TO GET THE DAILY EXAMPLE APP</a> NOW</p>'
        '<p><a href="/report">The full report of the transport department</a> (PDF)</p>'
        "<p>THE COUNCIL WILL MEET AGAIN ON FRIDAY TO APPROVE THE BUDGET</p>"
    )
    article = _run(_page(body_extra=extra))
    texts = _texts(article)
    assert "CLICK HERE TO GET THE DAILY EXAMPLE APP NOW" not in texts
    assert "The full report of the transport department (PDF)" in texts
    assert "THE COUNCIL WILL MEET AGAIN ON FRIDAY TO APPROVE THE BUDGET" in texts  # no link
    assert any(d.rule == "html:link-line" for d in article.dropped)


def test_page_h1_above_the_body_is_the_headline_not_a_heading() -> None:
    head = "<h1>Tram network to reach the northern districts by 2028</h1>"
    html = _page(head=head).replace(
        "<title>", '<meta property="og:title" content="Council backs tram extension"><title>'
    )
    article = _run(html)
    assert "Tram network to reach the northern districts by 2028" not in _texts(article)
    assert article.title == "Council backs tram extension"  # the title, and no second headline
    assert any(d.rule == "html:title-repeat" for d in article.dropped)


def test_keep_turns_the_structural_evidence_off_too() -> None:
    extra = '<p class="promo-box">Our reporters cover the city every day, support them today</p>'
    article = parse_article(_page(body_extra=extra), fmt="html", source="t.html")
    kept = strip_boilerplate(article, "en", keep=True)
    assert any("support them today" in t for t in _texts(kept))


def test_a_numbered_link_line_in_capitals_is_an_entry_of_the_articles_ranking() -> None:
    from translate.model import Block, InlineSpan
    from translate.read import _mark_link_lines

    def linked(text: str) -> Block:
        link = InlineSpan(kind="link", start=0, end=len(text), attrs={"href": "/camera/x"})
        return Block(kind="heading", text=text, inline=[link])

    lines = [linked("3. FUJIFILM X100 MARK VI"), linked("CLICK HERE TO GET THE DAILY EXAMPLE APP")]
    marked = _mark_link_lines(lines + [Block(kind="paragraph", text=t) for t in BODY])
    assert marked[0].furniture is None  # numbered: the article's own list
    assert marked[1].furniture is not None and marked[1].furniture[0] == "html:link-line"


def test_headline_repeated_as_the_first_paragraph_is_dropped_and_reported() -> None:
    # a real Brazilian city hall's page prints its headline again as the body's first paragraph
    article = _run(_page(head="<p>Council backs tram extension</p>"))
    assert _texts(article)[0] == BODY[0]
    assert article.title == "Council backs tram extension"
    drops = [d for d in article.dropped if d.rule == "html:title-repeat"]
    assert [d.reason for d in drops] == ["the headline repeated as the first paragraph of the body"]


def test_a_paragraph_that_only_starts_with_the_headline_is_kept() -> None:
    lead = "Council backs tram extension after a long debate on costs and routes."
    article = _run(_page(head=f"<p>{lead}</p>"))
    assert lead in _texts(article)


def test_headline_paragraph_that_carries_the_lead_image_is_kept() -> None:
    # a real page's lead image whose alt text is the headline: a paragraph of the image alone
    head = '<p><img src="https://example.org/lead.jpg" alt="Council backs tram extension"></p>'
    article = _run(_page(head=head))
    assert any(x.kind == "image" for b in article.blocks for x in b.inline)
