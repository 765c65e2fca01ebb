"""Thirteenth structure pass: Markdown definition lists read, a data table's cell kept from the
notice rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.deflist import deflist_plugin

from translate.boilerplate import strip_boilerplate
from translate.model import Edition
from translate.read import parse_article
from translate.write import get_writer

DEFLIST = """# Options

Intro paragraph here.

-v
: Use verbose output.
  More about it.

--quiet

: Do not print anything.

: Second definition.

A normal paragraph
that has two lines.

: stays a paragraph: its term would be two lines.

Time: 10:00 is no definition.
"""


def _dl_tokens(text: str) -> list[str]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    md = MarkdownIt("commonmark").use(deflist_plugin)
    return [t.type for t in md.parse(body) if t.type in ("dt_open", "dd_open")]


def test_markdown_definition_lists_are_read_as_mdit_deflist_reads_them() -> None:
    article = parse_article(DEFLIST, fmt="md", source="o.md", article_id="o")
    got = [(b.kind, b.text) for b in article.blocks]
    assert got == [
        ("title", "Options"),
        ("paragraph", "Intro paragraph here."),
        ("term", "-v"),
        ("definition", "Use verbose output. More about it."),
        ("term", "--quiet"),
        ("definition", "Do not print anything."),
        ("definition", "Second definition."),
        ("paragraph", "A normal paragraph that has two lines."),
        ("paragraph", ": stays a paragraph: its term would be two lines."),
        ("paragraph", "Time: 10:00 is no definition."),
    ]
    # the independent parser finds the same terms and definitions in the source
    assert _dl_tokens(DEFLIST) == ["dt_open", "dd_open", "dt_open", "dd_open", "dd_open"]


def test_markdown_definition_lists_through_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "o.md"
    path.write_text(DEFLIST, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    md = get_writer("md").render(edition)
    assert _dl_tokens(md) == ["dt_open", "dd_open", "dt_open", "dd_open", "dd_open"]
    html = get_writer("html").render(edition)
    assert html.count("<dt") == 2 and html.count("<dd") == 3


def test_a_data_table_cell_is_no_cookie_notice() -> None:
    """rustc's lint-level table (set V's kind of page): "Allow" is a cell, not a button."""
    md = (
        "# Lint levels\n\nEach lint has a level.\n\n| Level | Meaning |\n|---|---|\n"
        "| Allow | The lint is silent. |\n| Deny | The lint is an error. |\n\nAfter the table.\n"
    )
    article = strip_boilerplate(parse_article(md, fmt="md", source="l.md", article_id="l"), "en")
    cells = [b.text for b in article.blocks if b.cell is not None]
    assert "Allow" in cells and len(cells) == 6
    # a block "Allow" outside a table is still a cookie banner's button
    banner = "# News\n\nWe use cookies to improve the site.\n\nAllow\n\nThe story begins here.\n"
    kept = strip_boilerplate(parse_article(banner, fmt="md", source="b.md", article_id="b"), "en")
    assert "Allow" not in [b.text for b in kept.blocks]
    # a table whose every cell is a notice's words stays boilerplate
    buttons = "# News\n\nText.\n\n| Accept | Reject |\n|---|---|\n| Allow | Decline |\n"
    kept = strip_boilerplate(parse_article(buttons, fmt="md", source="c.md", article_id="c"), "en")
    assert [b.text for b in kept.blocks if b.cell is not None] == []
