from __future__ import annotations

from pathlib import Path

import pytest

from translate.errors import EmptyInputError, InputError
from translate.read import decode, markdown_inline_to_text, parse_article, read_article, slugify


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


TEXT = (
    "Talks resume in Tbilisi\n\nFirst paragraph is here.\nIt wraps a line.\n\n\n"
    "Second one, after two blank lines.\n"
)


def test_text_paragraphs_title_and_offsets(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "talks.txt", TEXT))
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert article.title == "Talks resume in Tbilisi"
    assert article.blocks[1].text == "First paragraph is here. It wraps a line."
    for block in article.blocks:
        assert (
            article.text[block.start : block.start + len(block.text)].replace("\n", " ")
            == block.text
        )
    assert article.id == "talks"


def test_text_crlf_offsets_are_kept(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", "One line.\r\nSame para.\r\n\r\nNext para."))
    assert [b.text for b in article.blocks] == ["One line.  Same para.", "Next para."]
    assert article.text[article.blocks[1].start :] == "Next para."


def test_text_long_first_paragraph_is_not_a_title(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", "Baku has vowed to fight on.\n\nMore."))
    assert article.blocks[0].kind == "paragraph"
    assert article.title is None


MARKDOWN = """---
title: "Border talks"
author: desk
---

Intro paragraph with **bold** and a [link](https://example.org/a_b).

## Background

- first point
- second point

> A quoted line
> that continues.

```
code is not translated
```

Setext heading
--------------

Last *paragraph*.
"""


def test_markdown_structure(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.md", MARKDOWN))
    got = [(b.kind, b.level, b.text) for b in article.blocks]
    assert got == [
        ("title", 0, "Border talks"),
        ("paragraph", 0, "Intro paragraph with bold and a link."),
        ("heading", 2, "Background"),
        ("list_item", 0, "first point"),
        ("list_item", 0, "second point"),
        ("quote", 0, "A quoted line that continues."),
        ("code", 0, "code is not translated"),  # carried verbatim, never translated
        ("heading", 2, "Setext heading"),
        ("paragraph", 0, "Last paragraph."),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("[text](http://x.org/(a))", "text"),
        ("![alt](img.png)", "alt"),
        ("a `code` b", "a code b"),
        ("snake_case_word stays", "snake_case_word stays"),
        ("<b>tag</b> gone", "tag gone"),
        ("escaped \\*star\\*", "escaped *star*"),
    ],
    ids=["nested-parens", "image", "code", "underscores", "html", "escapes"],
)
def test_markdown_inline(source: str, expected: str) -> None:
    assert markdown_inline_to_text(source) == expected


HTML = """<!doctype html><html lang="en"><head><title>Border talks resume | Example News</title>
</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Border talks resume</h1>
<p>Armenian and Azerbaijani diplomats met in Tbilisi on Tuesday for the first round of talks
since the fighting ended.</p>
<h2>What comes next</h2>
<p>Both sides said the next meeting would be held before the end of the month, according to
officials in Baku.</p>
<script>alert('x')</script>
</article>
<footer>Copyright 2024 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"""


def test_html_extracts_article_body(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "page.html", HTML))
    kinds = [b.kind for b in article.blocks]
    texts = " ".join(b.text for b in article.blocks)
    assert kinds[0] == "title"
    assert "heading" in kinds
    assert "Tbilisi on Tuesday" in texts
    assert "alert" not in texts and "Sport" not in texts
    assert article.dropped and article.dropped[0].rule == "html:extract"


def test_html_without_article_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(EmptyInputError):
        read_article(
            write(tmp_path, "empty.html", "<html><body><script>x()</script></body></html>")
        )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "no article text"),
        ("blank.txt", b"  \n\n \t\n", "no article text"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\xe9 news".encode("latin-1"), "not valid UTF-8"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary"),
    ],
    ids=["empty", "whitespace", "png", "latin1", "control-chars"],
)
def test_bad_input(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_article(write(tmp_path, name, data))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfHello", "Hello"),
        ("Olá".encode("utf-16"), "Olá"),
        ("Ərazi".encode(), "Ərazi"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf8"],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data) == text


def test_format_sniffing_without_extension() -> None:
    assert parse_article("<html><body><p>x</p></body></html>", fmt="txt").format == "txt"
    with pytest.raises(InputError):
        parse_article("x", fmt="docx")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ünïcode Tïtle", "unicode-title"),
        ("../../x", "x"),
        ("\x00\x01", "article"),
        ("a" * 100, "a" * 60),
    ],
    ids=["diacritics", "traversal", "controls", "long"],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


ATX_HEADINGS = [
    ("closing-hashes", "## Background ##", "Background"),
    ("hash-ends-a-word", "## Newsrooms move to C#", "Newsrooms move to C#"),
    ("hash-only-word", "## Ranked #", "Ranked"),
    ("escaped-hash", "## Newsrooms move to C\\#", "Newsrooms move to C#"),
]


@pytest.mark.parametrize(("line", "text"), [c[1:] for c in ATX_HEADINGS],
                         ids=[c[0] for c in ATX_HEADINGS])
def test_markdown_heading_keeps_a_hash_that_ends_a_word(line: str, text: str) -> None:
    """Only a closing run of ``#`` after a space ends an ATX heading (CommonMark): "C#" is
    the heading's last word, not a closing sequence."""
    article = parse_article(f"# Title\n\n{line}\n\nBody text here.\n", fmt="md")
    assert [b.text for b in article.blocks if b.kind == "heading"] == [text]


REFERENCE_LINKS = """# Report

See [the report][r1] and [the annex][] and [Appendix B], or [an undefined one][nope].

![The chart][fig]

[r1]: https://example.org/report "The report"
[The Annex]:   <https://example.org/annex>
[appendix  b]: https://example.org/b 'B'
[fig]: https://example.org/chart.png
"""


def test_markdown_reference_links_resolve_and_definitions_are_not_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "refs.md", REFERENCE_LINKS))
    body = [b for b in article.blocks if b.kind != "title"]
    assert [b.text for b in body] == [
        "See the report and the annex and Appendix B, or an undefined one.",
        "The chart",
    ]  # the definition lines are never article text
    links = [(body[0].text[s.start:s.end], s.attrs) for s in body[0].inline]
    assert links == [
        ("the report", {"href": "https://example.org/report"}),
        ("the annex", {"href": "https://example.org/annex"}),  # labels match case-folded
        ("Appendix B", {"href": "https://example.org/b"}),  # inner whitespace collapsed
    ]
    assert [(s.kind, s.attrs) for s in body[1].inline] == [
        ("image", {"src": "https://example.org/chart.png"})
    ]


def test_markdown_reference_definition_rules(tmp_path: Path) -> None:
    source = (
        "A paragraph line\n[x]: https://interrupts.example\n\n"  # cannot interrupt a paragraph
        "```\n[y]: https://fenced.example\n```\n\n"  # code holds no definitions
        "[x] and [y] stay as written.\n\n[x]: https://first.example\n[x]: https://second.example\n\n"
        "Then [x].\n"
    )
    article = read_article(write(tmp_path, "defs.md", source))
    texts = [b.text for b in article.blocks]
    assert texts[0] == "A paragraph line [x]: https://interrupts.example"
    assert article.blocks[1].kind == "code" and texts[1] == "[y]: https://fenced.example"
    assert "[y] stay as written." in texts[2]
    last = article.blocks[-1]
    assert last.text == "Then x."
    assert [s.attrs["href"] for s in last.inline] == ["https://first.example"]  # first wins


LINKED_HTML = """<!doctype html><html lang="en"><head><title>Border talks resume</title>
<link rel="canonical" href="https://news.example.org/world/talks-resume"></head>
<body><article><h1>Border talks resume</h1>
<p>Armenian and Azerbaijani diplomats met in Tbilisi on Tuesday, after the
<a href="/world/earlier-round">first round of talks</a> ended without a deal in the spring.</p>
<p>Both sides said the next meeting, <a href="#schedule">listed below</a>, would follow the
<a href="https://other.example.com/report">mediators' report</a> published on Monday.</p>
<p>Officials in Baku and Yerevan said the <a href="notes/agenda">agenda</a> would stay
unchanged for the rest of the year, whatever the outcome of the vote.</p>
</article></body></html>"""


def test_html_relative_links_are_made_absolute_against_the_page_url(tmp_path: Path) -> None:
    """An edition is published away from the source site: a link that only makes sense there
    ("/world/...") points at the page the site meant; a fragment and an absolute URL stay."""
    article = read_article(write(tmp_path, "linked.html", LINKED_HTML))
    hrefs = {
        block.text[s.start : s.end]: s.attrs["href"]
        for block in article.blocks
        for s in block.inline
        if s.kind == "link"
    }
    assert hrefs["first round of talks"] == "https://news.example.org/world/earlier-round"
    assert hrefs["agenda"] == "https://news.example.org/world/notes/agenda"
    assert hrefs["listed below"] == "#schedule"
    assert hrefs["mediators' report"] == "https://other.example.com/report"


def test_a_blockquote_with_its_own_heading_is_read_as_a_boxed_section() -> None:
    """A blockquote holding a heading and a list is a boxed section of the article: its heading
    a heading, its items list items, its links kept (realnews20b: it was one quote block, the
    heading run into the list); a blockquote without a heading stays one quote."""
    from translate.read import parse_article

    filler = "Enough words for the extractor to keep this paragraph of the article body text."
    page = (
        f"<html><head><title>T</title></head><body><article><h1>T</h1><p>{filler}</p>"
        "<blockquote><h3>HR actions to take</h3><ul><li><strong>Audit:</strong> Review"
        ' the <a href="https://example.org/a">hiring workflows</a> for bias.</li>'
        "<li><strong>Claim your seat:</strong> Join the AI centre of excellence.</li></ul>"
        f"</blockquote><blockquote><p>A real quotation of words.</p><p>Somebody</p></blockquote>"
        f"<p>{filler}</p></article></body></html>"
    )
    blocks = [(b.kind, b.text) for b in parse_article(page, fmt="html").blocks]
    assert ("heading", "HR actions to take") in blocks
    assert ("list_item", "Audit: Review the hiring workflows for bias.") in blocks
    assert ("quote", "A real quotation of words. Somebody") in blocks
    item = next(b for b in parse_article(page, fmt="html").blocks if b.text.startswith("Audit"))
    assert [s.attrs.get("href") for s in item.inline if s.kind == "link"] == [
        "https://example.org/a"
    ]
