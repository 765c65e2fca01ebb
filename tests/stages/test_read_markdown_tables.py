"""Markdown that static-site generators write: a front-matter title repeated as the H1, and
GFM tables (read cell by cell, as an HTML table is), found by running a Markdown article."""

from __future__ import annotations

from translate.read import parse_article

PAGE = """---
title: "Floods hit Porto Alegre as Guaíba river rises"
author: Jane Doe
---

# Floods hit Porto Alegre as Guaíba river rises

At least 83 people have died after record rains, the state's civil defence said on Monday.

| City | Deaths |
|---|---:|
| Porto Alegre | 5 |
| [Canoas](https://example.com/canoas) | 12 |

More than 121,000 people have been displaced.
"""


def test_the_front_matter_title_and_its_h1_are_one_headline() -> None:
    article = parse_article(PAGE, fmt="md")
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[0] == ("title", "Floods hit Porto Alegre as Guaíba river rises")
    assert sum(1 for _, t in kinds if t.startswith("Floods hit")) == 1


def test_an_h1_that_differs_from_the_title_stays() -> None:
    text = PAGE.replace("# Floods hit Porto Alegre as Guaíba river rises", "# A state under water")
    article = parse_article(text, fmt="md")
    assert ("heading", "A state under water") in [(b.kind, b.text) for b in article.blocks]


def test_a_table_is_read_cell_by_cell_with_its_links() -> None:
    article = parse_article(PAGE, fmt="md")
    texts = [b.text for b in article.blocks]
    start = texts.index("City")
    assert texts[start : start + 6] == ["City", "Deaths", "Porto Alegre", "5", "Canoas", "12"]
    assert not any("|" in t or "---" in t for t in texts)
    canoas = article.blocks[start + 4]
    assert [(s.kind, s.attrs.get("href")) for s in canoas.inline] == [
        ("link", "https://example.com/canoas")
    ]
    assert texts[-1] == "More than 121,000 people have been displaced."


def test_a_pipe_in_prose_or_a_setext_rule_is_no_table() -> None:
    text = "Scores | results of the day\n---\n\nIt rained | it poured.\n"
    article = parse_article(text, fmt="md")
    assert (article.blocks[0].kind, article.blocks[0].text) == (
        "heading", "Scores | results of the day"
    )
    assert "It rained | it poured." in [b.text for b in article.blocks]
