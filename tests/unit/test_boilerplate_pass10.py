"""Tenth boilerplate pass (issue 15): what the development sets (set j, opened for development
after held-out set k was written and measured, and the others) showed.

* a preformatted block (``<pre>``: a code listing, a table of contents) is article text: it was
  walked as an inline element of trafilatura's XML and lost whole; now each of its lines is a
  paragraph, and a line that reads as code carries a code span (the engine copies it);
* a reader comment thread or a sign-up box after the article, named so by the page's markup,
  is dropped (``html:markup``) even when it is longer than the share of the body the markup
  may name: the run ends the page, and the body in front of it stands whole.
"""

from __future__ import annotations

from translate.read import _preformatted_blocks, parse_article

PARAS = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take through the old town.",
    "Supporters said the new line would cut travel times for thousands of commuters who now rely"
    " on crowded buses, while opponents warned that the budget had already doubled since 2019.",
    "Construction is expected to begin next spring and to last about three years, the transport"
    " department said in a statement, adding that most of the work would be done at night.",
    "The first trams could run on the new line in 2029, officials said, if the national"
    " government confirms its share of the funding before the end of the year as it promised.",
]
COMMENTS = [
    "I have waited for this line for ten years and I still do not believe it will come.",
    "Another waste of money, the buses were fine and nobody asked the people who live here.",
    "Finally some good news for the northern districts, thank you to everyone who campaigned.",
    "Night work means noise for us who live along the route, I hope they thought about that.",
    "The old town route is a mistake, it will be blocked by delivery vans every single morning.",
    "Great decision. Now please do the same for the eastern suburbs, we need it just as much.",
]


def _page(body: str, after: str = "") -> str:
    return (
        "<html><head><title>Tram line</title></head><body><article><h1>Tram line</h1>"
        f"{body}</article>{after}</body></html>"
    )


def _texts(html: str) -> list[str]:
    art = parse_article(html, fmt="html", source="t.html", article_id="t")
    return [b.text for b in art.blocks if b.kind != "title" and b.furniture is None]


def test_a_preformatted_block_is_kept_line_by_line() -> None:
    code = "<pre>def fare(zone):\n    return 2.5 * zone\n\nprint(fare(3))\n</pre>"
    toc = "<h2>Contents</h2><pre>Chapter 1 The old town\nChapter 2 The northern line\n</pre>"
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + code + f"<p>{PARAS[2]}</p>" + toc
    texts = _texts(_page(body + f"<p>{PARAS[3]}</p>"))
    for line in ("def fare(zone):", "return 2.5 * zone", "print(fare(3))"):
        assert line in texts, (line, texts)
    # a <pre> without code trafilatura reads as a quote: kept as before, one block
    assert "Chapter 1 The old town Chapter 2 The northern line" in texts
    assert texts.index(PARAS[1]) < texts.index("def fare(zone):") < texts.index(PARAS[2])


def test_a_code_line_carries_a_code_span_and_a_prose_line_none() -> None:
    code, prose = _preformatted_blocks("x = fare(3)\n\n  Chapter 2   The northern line \n")
    assert code.text == "x = fare(3)" and [s.kind for s in code.inline] == ["code"]
    assert (code.inline[0].start, code.inline[0].end) == (0, len(code.text))
    assert prose.text == "Chapter 2 The northern line" and not prose.inline
    assert _preformatted_blocks("\n \n") == []


def test_a_comment_thread_after_the_article_is_dropped_by_its_markup() -> None:
    thread = '<div class="comments-widget"><ul class="comments-list">' + "".join(
        f'<li class="user-comment"><div class="c">{c}</div></li>' for c in COMMENTS
    ) + "</ul></div>"
    signup = (
        '<section class="newsletter-signup"><p>Thank you for signing up. You will receive a'
        " verification email shortly.</p></section>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    texts = _texts(_page(body + thread + signup))
    assert texts[: len(PARAS)] == PARAS
    assert not any(c in texts for c in COMMENTS), texts


def test_markup_naming_much_of_the_body_is_still_not_believed() -> None:
    # the paragraphs themselves named furniture ("comment" classes inside the article): the
    # run does not end the page behind a body the markup leaves alone, so nothing is dropped
    body = "".join(f'<p class="comment-text">{p}</p>' for p in PARAS + COMMENTS)
    texts = _texts(_page(body))
    assert all(p in texts for p in PARAS + COMMENTS)


def test_a_named_run_behind_page_controls_is_the_body_and_is_kept() -> None:
    # a page whose extraction starts with controls and labels (a site's search box, its tips)
    # and whose article, at the end, is named by its markup (a "readme-box"): no prose stands
    # in front of the run, so it is not a thread after the article
    labels = ("Type ? for help and tips", "Tip: Type is:open to filter",
              "No results matched your search", "Global Commands Type > to filter")  # fmt: skip
    controls = "".join(f"<p>{t}</p>" for t in labels)
    named = "".join(f'<p class="comment-box">{p}</p>' for p in PARAS)
    texts = _texts(_page(controls + named))
    assert all(p in texts for p in PARAS), texts
