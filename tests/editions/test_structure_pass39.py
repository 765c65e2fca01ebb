"""struct39: five boilerplate rules made narrower where they took article text with its links.

Each was found on a development structure set (struct38's "left"): a page's layout column named
"sidebar" round the article's first paragraphs (``html:markup``), the copyright pattern on a
changelog line that names the sign ("Allow © in copyright notices"), the tags rule on a sentence
that begins "tag: string:", the standfirst run on a document's closing table of terms, and the
read-more rule on a Markdown document's own "Click here for more information" line. The texts
here are written for the tests (not the sets' pages); each test also holds what the rule must
still take.
"""

from __future__ import annotations

from translate.boilerplate import match_rule
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import _markup_furniture, _squash_key, parse_article

PROSE = (
    "The committee met on Tuesday to weigh the plan for the river crossing, and its members"
    " asked the engineers to explain the cost of each design in detail."
)


def _kept_links(text: str, fmt: str) -> tuple[list[str], list[str]]:
    article = parse_article(text, fmt=fmt, source="t", article_id="t")
    kept = prepare(article, RunOptions(source_lang="en")).article
    links = [
        str(s.attrs.get("href"))
        for b in kept.blocks
        for s in b.inline
        if s.kind == "link"
    ]
    return links, [b.text for b in kept.blocks]


def _page(column: str) -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in range(14))
    return (
        "<html><body><header><nav>Home News Sport</nav></header><main><article>"
        f"<h1>The river crossing</h1>{column}<div class='article-body'>{body}</div>"
        "</article></main></body></html>"
    )


def test_a_layout_column_round_the_article_text_is_not_furniture() -> None:
    lede = (
        "<div class='page-container page-container-sidebar'><div class='ad-slot-sidebar'></div>"
        "<div class='article-content-cols'>"
        "<p>Ana Ruiz was a surveyor for twenty years before she joined the council, and the"
        " <a href='https://example.org/bridge'>bridge study</a> she wrote then is still cited.</p>"
        "<p>That study became the basis of the design the council adopted last spring, after"
        " two years of public meetings and a vote of the whole city.</p></div></div>"
    )
    furniture, _, _ = _markup_furniture(_page(lede))
    assert _squash_key("Ana Ruiz was a surveyor") not in furniture.replace("\0", "")
    assert "thatstudybecamethebasis" not in furniture


def test_a_box_named_for_what_it_is_stays_furniture() -> None:
    related = (
        "<div class='related-sidebar'><div class='article-text'>"
        "<p>Another story about the city council and its long debate over the budget for the"
        " coming year, which ended on Monday.</p>"
        "<p>A second story about the weather and the floods that closed three roads in the"
        " north of the county this week.</p></div></div>"
    )
    furniture, _, _ = _markup_furniture(_page(related))
    assert "anotherstoryaboutthecitycouncil" in furniture
    lone = (
        "<div class='sidebar'><p>Sign up for our morning briefing and get the news of the"
        " day in your inbox before breakfast, every day.</p></div>"
    )
    furniture, _, _ = _markup_furniture(_page(lone))
    assert "signupforourmorningbriefing" in furniture


def test_the_copyright_sign_named_in_a_sentence_is_not_a_copyright_line() -> None:
    line = "[`lint-copyright`] Allow © in copyright notices ([#412](https://example.org/pull/412))"
    assert match_rule(line, "en") is None
    notices = (
        "© 2024 Example News",
        "Example News © Reuters",
        "Site © copyright 2020",
        "Photo credit: ©iStock.com/example, ©iStock.com/other",
        "Traffic © photographer / Example Agency",
    )
    for notice in notices:
        found = match_rule(notice, "en")
        assert found is not None and found.id.endswith("copyright"), notice


def test_a_sentence_that_begins_with_tag_is_not_a_tags_line() -> None:
    doc = (
        "# Options\n\nThe element takes the following options, each of them optional:\n\n"
        "- `tag: string`: an optional tag for the element's name. If set, the element is"
        " defined with this name when the module loads.\n"
        "- `mode`: how the root is made. See [the guide](https://example.org/guide) for"
        " more.\n"
    )
    links, _ = _kept_links(doc, "md")
    assert links == ["https://example.org/guide"]
    rule = match_rule("Tags: politics, economy, budget", "en")
    assert rule is not None and rule.id.endswith("tags")


def test_a_closing_table_of_terms_is_not_a_run_of_standfirsts() -> None:
    para = "".join(f"{PROSE} It is the point number {i} of the note.\n\n" for i in range(4))
    doc = (
        f"# Notes\n\n{para}## Terms used in the code\n\n| | |\n|---|---|\n"
        "| `minus` | a removed line in a diff hunk and the lines that start with a sign |\n"
        "| `style` | a record of the colours and other attributes taken from the escape codes |\n"
        "| `hunk` | a [diff hunk](https://example.org/hunk) |\n"
        "| `paint` | to take a string without colour codes and give back one with codes in it |\n"
    )
    links, texts = _kept_links(doc, "md")
    assert links == ["https://example.org/hunk"]
    assert any(t.startswith("a removed line") for t in texts)


def test_a_markdown_document_s_own_click_here_line_is_kept() -> None:
    doc = (
        f"# Project\n\n{PROSE}\n\n"
        "Click [here](https://example.org/sponsors) for more information on sponsorship.\n\n"
        "Read more: another story of the site\n"
    )
    links, texts = _kept_links(doc, "md")
    assert links == ["https://example.org/sponsors"]
    assert not any(t.startswith("Read more") for t in texts)
