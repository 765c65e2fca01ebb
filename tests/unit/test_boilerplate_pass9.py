"""Ninth boilerplate pass (issue 15): leaks found on the development sets (set i, opened for
development after held-out set j was written and measured, and the others).

* lines that are each a link and nothing else, three or more, ending the article: titles of
  other pages, wherever they point (``shape:link-run``); a list of links (list items) is kept;
* calls to the reader about the article ("Like this story? Share it with a friend!", "If you
  enjoyed this article, ... Join", "Hat Ihnen dieser Artikel gefallen? ... Spende"), channel
  and e-mail sign-ups, a call for tips, "Support X! Donate ...", a form's error message, the
  Associated Press's "More AP ...: <links>" trailer, a comment-moderation notice, and the Russian
  photo credit ("Фото: Дмитрий Азаров, Коммерсантъ", as ``common:photo-credit`` in Latin script).
"""

from __future__ import annotations

import pytest

from translate.boilerplate import LINK_RUN_ID, match_rule, strip_boilerplate
from translate.model import Article, Block, InlineSpan

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take through the old town.",
    "Supporters said the new line would cut travel times for thousands of commuters who now rely"
    " on crowded buses, while opponents warned that the budget had already doubled since 2019.",
    "Construction is expected to begin next spring and to last about three years, the transport"
    " department said in a statement, adding that most of the work would be done at night.",
]
TITLES = [
    "Review: the new wireless headset is my go-to for gaming [Video]",
    "Manual espresso machine review: small, light and strong",
    "This power station charges nine devices at once",
]


def _link(text: str, href: str = "https://other.example/review") -> Block:
    return Block(
        kind="paragraph", text=text, inline=[InlineSpan(0, len(text), "link", {"href": href})]
    )


def _article(tail: list[Block]) -> Article:
    blocks = [Block(kind="paragraph", text=t) for t in BODY] + tail
    return Article(id="t", source="t.html", format="html", title="Tram", blocks=blocks)


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind != "title"]


def test_link_lines_to_the_end_are_other_pages_titles() -> None:
    out = strip_boilerplate(_article([_link(t) for t in TITLES]), "en")
    assert _texts(out) == BODY
    assert [d.rule for d in out.dropped] == [LINK_RUN_ID] * 3


def test_two_link_lines_a_list_of_links_or_links_inside_text_are_kept() -> None:
    two = [_link(t) for t in TITLES[:2]]
    assert not strip_boilerplate(_article(two), "en").dropped
    items = [
        Block(kind="list_item", text=t, inline=[InlineSpan(0, len(t), "link", {"href": "/x"})])
        for t in TITLES
    ]
    assert not strip_boilerplate(_article(items), "en").dropped  # the article's own resources
    then_text = [*(_link(t) for t in TITLES), Block(kind="paragraph", text=BODY[0] + " Again.")]
    assert not strip_boilerplate(_article(then_text), "en").dropped
    half = "See the council's report on the tram for the figures behind the decision"
    linked = Block(
        kind="paragraph", text=half, inline=[InlineSpan(8, 30, "link", {"href": "/report"})]
    )
    assert not strip_boilerplate(_article([linked] * 3), "en").dropped


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        ("Like this story? Share it with a friend!", "en", "en:share"),
        ("Enjoy the post? Pin it for later!", "en", "en:reader-prompt"),
        (
            "If you enjoyed this article, we have a proposition for you: Join our members. They"
            " get all of our content, no ads, and the print magazine.",
            "en",
            "en:reader-prompt",
        ),
        (
            "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
            "de",
            "de:reader-prompt",
        ),
        (
            "Subscribe to the Example YouTube Channel for all of the latest videos, reviews, and"
            " more!",
            "en",
            "en:newsletter",
        ),
        ("Sign up for our emails", "en", "en:newsletter"),
        ("Sign Up: Stay on top of the latest news! Sign up for our newsletters here.", "en",
         "en:newsletter"),
        ("Have a tip? Jane Doe may be reached at jdoe@example.com.", "en", "en:contact-line"),
        ("Support Example News! Donate via PayPal or become a Patron.", "en", "en:donate"),
        ("An error has occurred, please try again later.", "en", "en:page-furniture"),
        ("More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", "en",
         "en:read-more"),
        ("Note: we are temporarily moderating all comments submitted to deal with spam.", "en",
         "en:comment-form"),
        ("Фото: Дмитрий Азаров, Коммерсантъ", "ru", "ru:photo-credit"),
    ],
)
def test_calls_to_the_reader_are_furniture(text: str, lang: str, rule: str) -> None:
    found = match_rule(text, lang)
    assert found is not None and found.id == rule


@pytest.mark.parametrize(
    "text",
    [
        "Did you like the movie? Most critics did not, and the box office agreed.",
        "If you liked the first season, the second is darker and slower.",
        "Support for the tram line grew after the council published the costs.",
        "An error occurred in the count of the votes, the electoral office said on Monday.",
        "More AP reporters were sent to the border on Monday, the agency said.",
    ],
)
def test_article_sentences_are_not_reader_prompts(text: str) -> None:
    assert match_rule(text, "en") is None


def test_a_russian_caption_is_not_a_photo_credit() -> None:
    assert match_rule("Фото: на снимке президент выступает перед журналистами", "ru") is None
