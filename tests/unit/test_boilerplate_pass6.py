"""Sixth boilerplate pass (issue 15): site-furniture vocabulary found across many unseen sites
(affiliate disclosures, sign-up calls to action, "Related: <headline>", "Last updated: <date>",
"Photo courtesy of ..."), the shape of a run of teasers that ends the article (headline, then
an excerpt the site cut off with an ellipsis), and the evaluation's comparison of typographic
quotes and dashes as their plain forms. Each drop names its rule; article sentences that use the
same words are kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from translate.boilerplate import EXCERPT_TEASERS_ID, match_rule, strip_boilerplate
from translate.model import Article, Block

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("This post contains affiliate links. Click here to read my full disclosure.",
         "en:disclosure"),
        ("Products are chosen independently by our editors. Purchases made through our links"
         " may earn us a commission.", "en:disclosure"),
        ("This article contains affiliate links that may earn us a commission at no extra cost"
         " to you.", "en:disclosure"),
        ("Prices were accurate at the time this article was published but may change over time.",
         "en:disclosure"),
        ("Sign up today and make this your healthiest fall yet.", "en:newsletter"),
        ("Subscribe to stay up to date with our latest news, resources and best practices.",
         "en:newsletter"),
        ("* To unsubscribe at any time, please use the link in the footer of our emails.",
         "en:newsletter"),
        ("Expert advice and our favorite products dropped right in your inbox.", "en:newsletter"),
        ("Related: Cybersecurity M&A Roundup: 40 Deals Announced in September 2025",
         "en:read-more"),
        ("Last updated: April 21, 2025", "en:page-furniture"),
        ("This post was last updated July 2021.", "en:page-furniture"),
        ("Photo Courtesy of Noble Desktop", "common:photo-credit"),
    ],
)  # fmt: skip
def test_site_furniture_of_many_sites_is_dropped_with_its_rule(text: str, rule: str) -> None:
    found = match_rule(text, "en")
    assert found is not None and found.id == rule, text


@pytest.mark.parametrize(
    "text",
    [
        "The regulator said the company had updated its policy on affiliate marketing in July"
        " 2021, after complaints from consumer groups that readers could not tell an"
        " advertisement from an article and that sites earned money on every link they clicked"
        " without saying so anywhere on the page.",
        "The company updated its policy in July 2021.",
        "Sign-ups for the program rose sharply last year, officials said.",
        "Related companies in the sector reported similar losses.",
        "Photos taken by the crew show the damage to the hull.",
    ],
)
def test_article_sentences_with_those_words_are_kept(text: str) -> None:
    assert match_rule(text, "en") is None, text


BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take.",
    "Construction is expected to begin next spring and to last about three years, the transport"
    " department said in a statement.",
]


def _article(extra: list[Block]) -> Article:
    blocks = [Block(kind="title", text="Council backs tram extension")]
    blocks += [Block(kind="paragraph", text=t) for t in BODY] + extra
    return Article(
        id="t", source="t.html", format="html", title="Council backs tram extension",
        blocks=blocks,
    )


def test_headlines_with_cut_off_excerpts_ending_the_article_are_teasers() -> None:
    teasers = [
        Block(kind="heading", text="Finding His Path: A Conversation With a Tutor"),
        Block(kind="paragraph", text="Caleb comes from a family of educators, but even so, when"
              " he signed up to be a tutor…"),
        Block(kind="heading", text="STEM Career Fair Promotes New Opportunities"),
        Block(kind="paragraph", text="In partnership with a local firm, the program hosted its"
              " first virtual career fair [...]"),
    ]  # fmt: skip
    out = strip_boilerplate(_article(teasers), "en")
    assert [b.text for b in out.blocks if b.kind != "title"] == BODY
    assert [d.rule for d in out.dropped] == [EXCERPT_TEASERS_ID] * 4


def test_one_teaser_or_a_heading_with_a_whole_paragraph_is_kept() -> None:
    one = [
        Block(kind="heading", text="What comes next"),
        Block(kind="paragraph", text="The council will vote again in May…"),
    ]
    out = strip_boilerplate(_article(one), "en")
    assert not out.dropped
    whole = [
        Block(kind="heading", text="What comes next"),
        Block(kind="paragraph", text="The council will vote again in May."),
        Block(kind="heading", text="And after that"),
        Block(kind="paragraph", text="Work would start…"),
    ]
    out = strip_boilerplate(_article(whole), "en")
    assert not out.dropped  # the run must end the article and every excerpt be cut off


def test_scorer_compares_typographic_quotes_and_dashes_as_plain() -> None:
    import eval_realworld as ev  # type: ignore[import-not-found]

    assert ev.key("What Is Catering’s Future?") == ev.key("What Is Catering's Future?")
    assert ev.key("“Quoted” — said") == ev.key('"Quoted" - said')
    assert ev.key("cut off…") == ev.key("cut off...")
    assert ev.key("a | b") == ev.key("a b")
