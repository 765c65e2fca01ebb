"""struct54: inline structure carried through translation (issue 15), fifty-fourth structure pass.

A footnote whose definition line holds no text (``[^1]:`` alone) and whose text follows after a
blank line, indented four spaces (as markdown-it's footnote extension, Pandoc and GFM read it):
the text was read as an indented code block (never translated, its links lost) and the note
had no definition. It is now the note's text. A paragraph at the left edge after such a line is
no note's (markdown-it reads an empty note there), and an indented list or code after it is read
as before. The texts are written for the tests.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.locales import parse_targets
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import parse_article
from translate.write import get_writer

BODY = (
    "# Water losses\n\n"
    "Engineers say a third of the treated water leaks away before it reaches a tap.[^1] The "
    "city has promised to replace the oldest mains within ten years.[^2]\n\n"
)


def _edition(text: str, fmt: str, fmt_in: str = "md") -> str:
    article = parse_article(text, fmt=fmt_in, source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _notes(markdown: str) -> tuple[dict[str, list[str]], list[str]]:
    """Each footnote's links by label, and the document's code blocks, as markdown-it reads
    them (an empty note has no entry)."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(body)
    notes: dict[str, list[str]] = {}
    code: list[str] = []
    label = ""
    for t in tokens:
        if t.type == "footnote_open":
            label = str(t.meta.get("label"))
        elif t.type == "footnote_close":
            label = ""
        elif t.type in ("code_block", "fence"):
            code.append(t.content)
        elif t.type == "inline" and label:
            links = [str(c.attrs.get("href")) for c in t.children or [] if c.type == "link_open"]
            notes.setdefault(label, []).extend([*links, "text"])
    return notes, code


def test_a_notes_text_after_an_empty_definition_line_is_its_text_not_code() -> None:
    source = BODY + (
        "[^1]:\n\n"
        "    An estimate by the regional engineering board, published in its "
        "[yearly report](https://example.org/report).\n\n"
        "[^2]:\n\n"
        "    The promise was made in the mayor's budget speech.\n"
    )
    notes, code = _notes(source)  # the independent parser: two notes with text, no code
    assert set(notes) == {"1", "2"} and not code
    md = _edition(source, "md")
    notes, code = _notes(md)
    assert set(notes) == {"1", "2"}, md
    assert "https://example.org/report" in notes["1"], md
    assert not code, md
    assert "budget speech" not in md  # translated, not carried as code
    html = _edition(source, "html")
    assert html.count('class="footnote-definition"') == 2, html


def test_what_is_no_notes_text_after_an_empty_definition_is_read_as_before() -> None:
    # a left-edge paragraph is no note's (markdown-it reads the note as empty)
    source = BODY + "[^1]:\n\nA closing paragraph of the article, not the note.\n"
    notes, _ = _notes(source)
    assert "1" not in notes
    md = _edition(source, "md")
    notes, _ = _notes(md)
    assert "1" not in notes, md
    # an indented list after the empty line: read as before (code), no note made of it
    source = BODY + "[^1]:\n\n    - first item\n    - second item\n"
    md = _edition(source, "md")
    notes, code = _notes(md)
    assert "1" not in notes and code, md


def test_empty_definitions_with_their_text_in_linear_time() -> None:
    from translate.read import _markdown_blocks

    text = "".join(f"[^n{i}]:\n\n    Note number {i} of the page.\n\n" for i in range(20_000))
    blocks, _, _ = _markdown_blocks(text)
    assert len(blocks) == 20_000
    assert all(b.kind == "paragraph" and b.inline[0].attrs.get("definition") for b in blocks)


PANDOC = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Water losses in the '
    'city</title></head>\n<body><header><nav><a href="/">Home</a> <a href="/about">About</a>'
    "</nav></header>\n<main><article>\n<h1>Water losses in the city</h1>\n"
    "<p>Engineers say a third of the treated water leaks away before it reaches a tap, "
    "according to an estimate by the regional engineering board"
    '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> that '
    "inspected the network last year.</p>\n"
    "<p>The city has promised to replace the oldest mains within ten years, and the council "
    "approved the first contracts in March."
    '<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>\n'
    "<p>Residents have complained about low pressure in the northern districts for more than a "
    "decade, and the utility says repairs will begin there in 2027.</p>\n"
    "<p>The board's report also names the pumping stations that need new equipment first"
    '<a href="#fn3" class="footnote-ref" id="fnref3" role="doc-noteref"><sup>3</sup></a></p>\n'
    '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">\n'
    "<hr />\n<ol>\n"
    '<li id="fn1"><p>The board publishes its <a href="https://example.org/report">yearly '
    'report</a> every spring.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a>'
    "</p></li>\n"
    '<li id="fn2"><p>The contracts are listed on the council\'s website.'
    '<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>\n'
    '<li id="fn3"><p>Four stations are named in the report\'s second chapter.'
    '<a href="#fnref3" class="footnote-back" role="doc-backlink">↩︎</a></p></li>\n'
    "</ol>\n</section></article></main>\n<footer><p>© 2026 The City Paper</p></footer>\n"
    "</body></html>\n"
)


def test_a_reference_that_closes_its_paragraph_is_a_footnote_reference() -> None:
    article = parse_article(PANDOC, fmt="html", source="t", article_id="t")
    refs = [
        (b.text[x.start : x.end], x.attrs["footnote"])
        for b in article.blocks
        for x in b.inline
        if x.attrs.get("footnote") and not x.attrs.get("definition")
    ]
    assert refs == [("board", "1"), ("March", "2"), ("first", "3")]
    texts = [b.text for b in article.blocks]
    assert not any(t.endswith(("March.2", "first3")) for t in texts), texts
    assert any(t.endswith("in 2027.") for t in texts)  # a number that is no mark stays
    md = _edition(PANDOC, "md", "html")
    assert md.count("[^2]") == 2 and md.count("[^3]") == 2, md  # the reference and its note


def test_a_closing_mark_is_read_only_where_the_page_puts_a_reference() -> None:
    # the same text with the mark as plain text in the page (no link): read as before
    plain = PANDOC.replace(
        '<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>',
        "2",
    )
    article = parse_article(plain, fmt="html", source="t", article_id="t")
    assert any(b.text.endswith("in March.2") for b in article.blocks)
    from translate.read_media import closing_references

    assert closing_references(plain, {"fn2": "2"}) == {}
    assert list(closing_references(PANDOC, {"fn2": "2", "fn3": "3"}).values()) == [
        ("2", "fn2"), ("3", "fn3")]  # fmt: skip


def test_closing_references_in_linear_time() -> None:
    from translate.read_media import closing_references

    paragraphs = "".join(
        f'<p>Paragraph {i} of the page ends with its note.<a href="#fn{i}"><sup>{i % 999}</sup>'
        "</a></p>"
        for i in range(20_000)
    )
    html = f"<html><body>{paragraphs}</body></html>"
    found = closing_references(html, {f"fn{i}": str(i) for i in range(20_000)})
    assert len(found) == 20_000
