"""struct44: the copyright rules drop a line only on evidence that it is the notice, and no
boilerplate rule drops an item of a lettered or numbered list.

Seen by struct43: ``common:copyright`` read "(c)" as the sign and dropped "(c) any agent acting
for either of them;", the third item of an enumeration; and ``<lang>:copyright`` dropped any
short paragraph that began with the word ("Copyright law protects ..."). The notices themselves
(a year, the sign, an owner written as a name, "All rights reserved") still go.
"""

from __future__ import annotations

import pytest

from translate.boilerplate import match_rule
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

PROSE = (
    "The agreement was signed on Monday by both parties after months of talks, and the full"
    " text of its clauses, published by the ministry, is reproduced below for our readers."
)


def _kept(html: str, lang: str = "en") -> list[str]:
    article = parse_article(html, fmt="html", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang=lang, use_cache=False, use_tm=False))
    return [b.text for b in prepared.article.blocks]


def _page(middle: str, tail: str = "") -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(4))
    return (
        "<html><head><title>The treaty</title></head><body><main><article>"
        f"<h1>The treaty</h1><p>{PROSE}</p>{middle}{body}{tail}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    "items",
    [
        ["(a) the buyer;", "(b) the seller;", "(c) any agent acting for either of them;",
         "(d) their heirs."],
        ["(a) The Buyer", "(b) The Seller", "(c) The Agent", "(d) The Heirs"],
        ["(a) 2019", "(b) 2020", "(c) 2021", "(d) 2022"],
    ],
)  # fmt: skip
def test_lettered_list_items_are_kept(items: list[str]) -> None:
    """Every item of a lettered list stays, as paragraphs or as list items, whatever follows
    its "(c)" (running words, a name, a year)."""
    for html in (
        "".join(f"<p>{item}</p>" for item in items),
        "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>",
    ):
        kept = _kept(_page(html))
        for item in items:
            assert item in kept, (item, kept)


def test_lone_enumeration_item_with_running_words_is_no_copyright() -> None:
    """A "(c)" followed by running words in lower case is no notice, even alone."""
    assert match_rule("(c) any agent acting for either of them;", "en") is None
    assert match_rule("(c) The Company shall indemnify the buyer", "en") is None


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt", "ru"])
def test_sentence_about_copyright_is_kept(lang: str) -> None:
    """A short sentence that begins with the word is article text, in every language that has
    the word rule (English is every language's fallback too)."""
    for text in (
        "Copyright law protects works of authorship for the life of the author.",
        "Copyright infringement claims rose by a fifth last year.",
        "Copyright Office rules of 1998 were changed by Congress.",
    ):
        assert match_rule(text, lang) is None, (lang, text)


@pytest.mark.parametrize(
    "text",
    [
        "(c) 2024 Reuters",
        "(C) The Associated Press",
        "(c) 2019-2024 Acme Inc.",
        "(c) dpa",
        "© 2024 Owner",
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be"
        " published.",
        "Copyright © 2023 Example Media",
        "Copyright Reuters",
        "Copyright: AFP, 2023",
        "Copyright (c) Microsoft Corporation. All rights reserved.",
        # two notices of set c (development) the first version of the rules let through
        "Copyright \u24d2 Example.co.kr. All rights belong to the site",
        "copyright Example 2019 - ISSN: 1234-5678",
        "\u24d2 Example News",
    ],
)
def test_copyright_notices_still_go(text: str) -> None:
    rule = match_rule(text, "en")
    assert rule is not None and rule.id.endswith(":copyright"), (text, rule)


def test_notice_at_the_end_still_dropped_beside_a_list() -> None:
    """The guard needs a neighbouring item: a notice under a lettered list is still dropped."""
    items = "".join(
        f"<p>{m} clause {m} of the treaty applies;</p>" for m in ("(a)", "(b)", "(c)")
    )
    kept = _kept(_page(items, tail="<p>(c) 2024 Example Media</p>"))
    assert "(c) 2024 Example Media" not in kept
    assert "(c) clause (c) of the treaty applies;" in kept
