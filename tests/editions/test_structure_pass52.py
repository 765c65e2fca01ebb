"""struct52: inline structure carried through translation (issue 15), fifty-second structure pass.

A document that ends with its footnotes ("[^1]: ...", three or more in a row) lost every one of
them: a footnote definition is read as a span over its whole text (the writers turn it back into
footnote markup), and ``Block.link_share`` counted that span as a link, so the notes were "lines
that are each a link and nothing else, to the end" (``shape:link-run``) and dropped as page
furniture, the links inside them with them. A footnote's spans (a definition's, a reference's)
are no links to another page and are no longer counted as links. The texts are written for the
tests; each test also holds what must stay as it was.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.locales import parse_targets
from translate.model import Block, InlineSpan
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import parse_article
from translate.write import get_writer

ARTICLE = (
    "# The flood of March\n\n"
    "The river rose three metres overnight, the highest level since records began.[^1] "
    "Engineers opened the sluices at dawn.[^gauge]\n\n"
    "## The response\n\n"
    "The council said the barriers held, though two farms were cut off for a day.[^2]\n\n"
)
NOTES = (
    "[^1]: Figures from the [national gauge network](https://example.org/gauges).\n"
    "[^gauge]: The gauge at the old mill, read every hour.\n"
    "[^2]: As reported by the regional water board on Monday.\n"
)


def _edition(text: str, fmt: str) -> str:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _md_footnotes(markdown: str) -> tuple[list[str], list[str]]:
    """Footnote definitions (labels) and link addresses an independent parser reads."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(body)
    labels = [str(t.meta.get("label")) for t in tokens if t.type == "footnote_open"]
    links = [
        str(c.attrs.get("href"))
        for t in tokens
        if t.type == "inline"
        for c in t.children or []
        if c.type == "link_open"
    ]
    return labels, links


def test_footnotes_that_end_a_document_are_kept_with_their_links() -> None:
    labels, links = _md_footnotes(_edition(ARTICLE + NOTES, "md"))
    assert sorted(labels) == ["1", "2", "gauge"]
    assert "https://example.org/gauges" in links
    html = _edition(ARTICLE + NOTES, "html")
    assert html.count("footnote-definition") + html.count("doc-endnote") >= 3
    assert "https://example.org/gauges" in html
    assert "regional water board" not in _edition(ARTICLE + NOTES, "md").split("[^2]:")[0]


def test_many_footnotes_in_a_row_are_all_kept() -> None:
    refs = " ".join(f"Claim number {i} is sourced.[^n{i}]" for i in range(12))
    notes = "".join(f"[^n{i}]: Source {i}, a report of the board.\n" for i in range(12))
    labels, _ = _md_footnotes(_edition(ARTICLE + refs + "\n\n" + notes, "md"))
    assert sorted(labels) == sorted(f"n{i}" for i in range(12))


def test_a_run_of_link_lines_that_ends_a_page_is_still_furniture() -> None:
    # control: three lines that are each a link to another page and nothing else
    run = (
        "[Other story about the storm](https://example.org/a)\n\n"
        "[Another story about the valley](https://example.org/b)\n\n"
        "[A third story about the farms](https://example.org/c)\n"
    )
    _, links = _md_footnotes(_edition(ARTICLE + run, "md"))
    assert not {"https://example.org/a", "https://example.org/b"} & set(links)


def test_link_share_leaves_out_footnote_spans_only() -> None:
    text = "Figures from the national gauge network."
    whole = InlineSpan(0, len(text), "link", {"footnote": "1", "definition": "1"})
    inner = InlineSpan(17, 39, "link", {"href": "https://example.org/gauges"})
    note = Block(kind="paragraph", text=text, inline=[whole, inner])
    assert 0.4 < note.link_share() < 0.7  # the note's own link, not its definition span
    ref = Block(kind="paragraph", text="Sluices opened.", inline=[InlineSpan(0, 7, "link",
                {"footnote": "2"})])  # fmt: skip
    assert ref.link_share() == 0.0
    title = Block(kind="paragraph", text="Other story", inline=[InlineSpan(0, 11, "link",
                  {"href": "https://example.org/a"})])  # fmt: skip
    assert title.link_share() == 1.0


def test_twenty_thousand_footnote_spans_in_linear_time() -> None:
    text = "word " * 20_000
    spans = [InlineSpan(5 * i, 5 * i + 4, "link", {"footnote": str(i)}) for i in range(20_000)]
    assert Block(kind="paragraph", text=text, inline=spans).link_share() == 0.0
    notes = "".join(f"[^{i}]: Note {i} of the board.\n" for i in range(20_000))
    article = parse_article("# Notes\n\nText.[^1]\n\n" + notes, fmt="md", source="t",
                            article_id="t")  # fmt: skip
    assert sum(1 for b in article.blocks if b.link_share() == 0.0) >= 20_000
