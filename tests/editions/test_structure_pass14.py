"""Fourteenth structure pass: body headings keep their level, lists a kept paragraph or heading
announces are read from the page, a Markdown document's own lines of links are not menus, and
a long address stays on its placeholder's line in PO."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.boilerplate import strip_boilerplate
from translate.model import Edition
from translate.read import parse_article
from translate.write import get_writer

ROOT = Path(__file__).resolve().parents[2]
SET_V = ROOT / "benchmarks" / "data" / "html_structure_v" / "html"

SETEXT = """langdetect
==========

Port of a language detection library to Python.


Installation
============

Install it with pip.


Languages
=========

It supports 55 languages.

### Notes

A third-level heading stays one.
"""


def _md_levels(text: str) -> list[int]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return [int(t.tag[1]) for t in MarkdownIt("commonmark").parse(body) if t.type == "heading_open"]


def test_body_headings_keep_the_source_level_in_markdown_and_html(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """A README of setext ``====`` sections (langdetect's, set U) had its level-1 sections
    written as level 2; markdown-it-py and lxml now read the source's levels back."""
    assert _md_levels(SETEXT) == [1, 1, 1, 3]
    path = tmp_path / "s.md"
    path.write_text(SETEXT, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    assert _md_levels(get_writer("md").render(edition)) == [1, 1, 1, 3]
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    body = doc.xpath("//body")[0]
    assert [int(h.tag[1]) for h in body.iter("h1", "h2", "h3", "h4", "h5", "h6")] == [1, 1, 1, 3]


def _links(blocks: list) -> list[str]:  # type: ignore[type-arg]
    return [str(s.attrs.get("href")) for b in blocks for s in b.inline if s.kind == "link"]


def test_a_list_a_kept_paragraph_announces_is_read_with_its_links() -> None:
    """rustc's thumbv8m page (set V): "Processors in this family include the:" and a list of
    four links to Arm's site, which the extraction pruned; and the maintainers' list under
    its kept heading. The same processors' names stand again in a table further down (its
    headings), which is no reason to leave the list out."""
    page = SET_V / "rustc--platform-support--thumbv8m.main-none-eabi.html"
    article = parse_article(page.read_text(encoding="utf-8"), fmt="html", source=page.name)
    texts = [b.text for b in article.blocks]
    links = _links(article.blocks)
    at = texts.index("Processors in this family include the:")
    assert texts[at + 1 : at + 5] == [
        "Arm Cortex-M33", "Arm Cortex-M35P", "Arm Cortex-M55", "Arm Cortex-M85",
    ]  # fmt: skip
    assert [b.kind for b in article.blocks[at + 1 : at + 5]] == ["list_item"] * 4
    for cpu in ("M33", "M35P", "M55", "M85"):
        assert f"https://developer.arm.com/Processors/Cortex-{cpu}" in links
    assert any("arm-maintainers" in href for href in links)


def test_a_line_of_links_under_a_kept_heading_is_read() -> None:
    """rustc's Xtensa page (set V): "Target maintainers" and a paragraph that is two links."""
    page = SET_V / "rustc--platform-support--xtensa.html"
    article = parse_article(page.read_text(encoding="utf-8"), fmt="html", source=page.name)
    links = _links(article.blocks)
    assert "https://github.com/MabezDev" in links
    assert "https://github.com/SergioGasquez" in links


def test_an_unannounced_list_of_other_sites_links_is_still_only_reported() -> None:
    story = "".join(
        f"<p>Paragraph {i} of the story, with enough words to be prose here.</p>" for i in range(6)
    )
    partners = "".join(
        f'<li><a href="https://other{i}.example/">Partner {i}</a></li>' for i in range(4)
    )
    html = (
        f"<html><body><main><h1>Story</h1>{story}<ul>{partners}</ul>"
        "<p>The story goes on after the list with more words of its own.</p></main></body></html>"
    )
    article = parse_article(html, fmt="html", source="s.html")
    assert not any("other" in href for href in _links(article.blocks))


MENU = """# Argos

[Demo](https://demo.example) | [Website](https://www.example.org) | [Docs](https://docs.example.org)

Argos is an offline translation library written in Python for everyone.
"""


def test_a_markdown_documents_own_line_of_links_is_no_menu() -> None:
    article = parse_article(MENU, fmt="md", source="a.md", article_id="a")
    kept = strip_boilerplate(article, "en")
    assert _links(kept.blocks) == [
        "https://demo.example", "https://www.example.org", "https://docs.example.org",
    ]  # fmt: skip
    # the same line without links is still a menu
    bare = "# Argos\n\nDemo | Website | Docs\n\nArgos is an offline translation library.\n"
    dropped = strip_boilerplate(parse_article(bare, fmt="md", source="b.md", article_id="b"), "en")
    assert [d.text for d in dropped.dropped if d.rule.endswith("menu")] == ["Demo | Website | Docs"]


def test_a_long_address_stays_on_its_placeholders_line_in_po(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """Babel wrapped "inline <1>: link URL" at 76 columns, leaving the address on a line of
    its own (41 of set W's 169 links)."""
    url = "https://github.com/rust-lang/cc-rs#compile-time-requirements"
    path = tmp_path / "c.md"
    path.write_text(
        f"# Cargo\n\nYou need a C compiler [for your platform]({url}) to build it.\n",
        encoding="utf-8",
    )
    po = get_writer("po").render(build_edition(path, "pt-BR"))
    comments = [e.comment for e in polib.pofile(po)]
    assert any(f"inline <1>: link {url}" in c.splitlines() for c in comments), comments


def test_a_link_is_never_placed_across_a_separator_its_words_do_not_hold() -> None:
    """rust's README (set W): "Learn | Documentation" came back as "Aprender | A
    documentação" and the link "Learn" was placed on "Aprender | A"."""
    from translate.inline import _project

    target = "Site | Introdução | Aprender | A documentação"
    marked = "Site | Introdução | [Aprender | A] documentação"
    assert _project(marked, target, "Learn", ("[", "]")) is None
    got = _project("Site | Introdução | [Aprender] | A documentação", target, "Learn", ("[", "]"))
    assert got is not None and target[got[0] : got[1]] == "Aprender"
    # a span whose own words hold the bar is placed across it
    both = _project(marked, target, "Learn | A", ("[", "]"))
    assert both is not None and target[both[0] : both[1]] == "Aprender | A"


def test_an_announced_item_the_extraction_kept_is_not_read_twice() -> None:
    """A corpus page (changelog.blog): "Weiterführende Links:" and one linked line that the
    extraction kept; the line was put back a second time under it."""
    import gzip

    page = ROOT / "tests/data/realworld/pages/traf-changelog.blog.zwischenbilanz.html.gz"
    html = gzip.decompress(page.read_bytes()).decode("utf-8")
    article = parse_article(html, fmt="html", source=page.name)
    line = "Jan Kegelberg am 21. Mai 2019 auf dem ECD in München"
    assert [b.text for b in article.blocks].count(line) == 1
