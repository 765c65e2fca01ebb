"""struct38: brackets and angle brackets inside a Markdown code span are code, not a link.

CommonMark reads code spans before links, images, footnote references and autolinks (6.1:
"code span backticks have higher precedence than any other inline constructs except HTML tags
and autolinks", and an autolink's ``<`` inside a code span is code). The reader ran its link
patterns over a code span's content: "`[text](https://x.org)`" became a link over "text" inside
the code, "`meta['atom:subtitle']['#']`" lost its brackets, "`[^note]`" became a footnote
reference and "`<https://x.org>`" an autolink. struct37 hid emphasis markers and backslashes in
code spans; this pass hides ``[``, ``]`` and ``<`` the same way, so every format writes the
source's code and no link the source does not have.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from translate import engines
from translate.api import RunOptions, read_article, translate_article
from translate.read import parse_article
from translate.write import get_writer

CODES = ["[docs](https://x.org/docs)", "meta['atom:subtitle']['#']", "[^note]", "<https://x.org>"]
SOURCE = (
    "# Gauges\n\n"
    "Write `[docs](https://x.org/docs)` for a link, read `meta['atom:subtitle']['#']`, "
    "mark `[^note]` and quote `<https://x.org>`; see [the guide](https://x.org/guide).\n"
)


@pytest.fixture
def word_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "words", "fakes:WordEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def test_the_reader_reads_no_link_inside_a_code_span() -> None:
    para = parse_article(SOURCE, fmt="md", source="a.md", article_id="a").blocks[1]
    assert [para.text[s.start : s.end] for s in para.inline if s.kind == "code"] == CODES
    links = [s for s in para.inline if s.kind == "link"]
    assert [(para.text[s.start : s.end], s.attrs) for s in links] == [
        ("the guide", {"href": "https://x.org/guide"})
    ]
    # a code span that starts inside a link's brackets ends that link (CommonMark example 342:
    # "[not a `link](/foo`)" is no link); a link whose text holds a code span is still a link
    page = "# T\n\n[not a `link](/foo`) and [the `a[0]` page](https://x.org/a).\n"
    text = parse_article(page, fmt="md", source="b.md", article_id="b").blocks[1]
    assert text.text == "[not a link](/foo) and the a[0] page."
    assert [(s.kind, text.text[s.start : s.end], s.attrs) for s in text.inline] == [
        ("code", "link](/foo", {}),
        ("link", "the a[0] page", {"href": "https://x.org/a"}),
        ("code", "a[0]", {}),
    ]


def test_every_format_writes_the_code_and_only_the_sources_link(
    tmp_path: Path, word_engines: None
) -> None:
    path = tmp_path / "a.md"
    path.write_text(SOURCE, encoding="utf-8")
    options = RunOptions(engine="words", use_cache=False, use_tm=False, builtin_glossary=False)
    edition = translate_article(read_article(path), "pt-BR", options)[0]
    # Markdown, read back as CommonMark: the code spans as written, one link
    tokens = MarkdownIt("commonmark").parse(get_writer("md").render(edition))
    children = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert [c.content for c in children if c.type == "code_inline"] == CODES
    assert [c.attrs["href"] for c in children if c.type == "link_open"] == ["https://x.org/guide"]
    # HTML
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert [c.text_content() for c in doc.iter("code")] == CODES
    assert [a.get("href") for a in doc.iter("a")] == ["https://x.org/guide"]
    # JSON: the target's code spans, one link
    data = json.loads(get_writer("json").render(edition))
    para = data["blocks"][1]
    spans = [(s["start"], s["end"]) for s in para["inline"] if s["kind"] == "code"]
    assert [para["target"][a:b] for a, b in spans] == CODES
    assert [s["attrs"]["href"] for s in para["inline"] if s["kind"] == "link"] == [
        "https://x.org/guide"
    ]
    # XLIFF and PO carry the source's code inside their placeholders
    xliff = get_writer("xliff").render(edition)
    po = get_writer("po").render(edition)
    for code in CODES:
        assert code in xliff.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
        assert code.replace('"', '\\"') in po
