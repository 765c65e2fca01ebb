"""Thirty-seventh structure pass: emphasis markers inside a Markdown code span are code.

CommonMark reads a code span before emphasis (its backticks bind tighter), and a backslash in a
code span is a backslash. The Markdown reader read emphasis inside code spans
("`f(*args, **kwargs)`" came out "f(args, *kwargs)", "`_private_`" as "private") and took a
backslash in one for an escape; struct36 kept tags in code spans as written, and this pass does
the same for ``*``, ``_``, ``~`` and ``\\``, so every format writes the code as the source has it.
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

CODES = ["f(*args, **kwargs)", "_private_", "a*b*c", "~~x~~", "\\*x", "__init__"]
SOURCE = (
    "# Gauges\n\n"
    "Call `f(*args, **kwargs)` and `_private_` then `a*b*c` or `~~x~~` with *real* emphasis, "
    "`\\*x` and `__init__`.\n\n"
    "```python\ndef f(*args, **kwargs):\n    return _x_ * 2\n```\n"
)
FENCED = "def f(*args, **kwargs):\n    return _x_ * 2"


@pytest.fixture
def word_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "words", "fakes:WordEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def test_the_reader_keeps_emphasis_markers_in_code_spans() -> None:
    blocks = parse_article(SOURCE, fmt="md", source="a.md", article_id="a").blocks
    para = blocks[1]
    assert [para.text[s.start : s.end] for s in para.inline if s.kind == "code"] == CODES
    # emphasis outside code is still emphasis, and none is read inside code
    assert [para.text[s.start : s.end] for s in para.inline if s.kind in ("em", "strong")] == [
        "real"
    ]
    assert [b.text for b in blocks if b.kind == "code"] == [FENCED]
    # an escaped backtick opens no code span: the emphasis after it is emphasis
    page = "# T\n\nA \\` and *b* and `c*d*`.\n"
    text = parse_article(page, fmt="md", source="b.md", article_id="b").blocks[1]
    assert text.text == "A ` and b and c*d*."
    assert [(s.kind, text.text[s.start : s.end]) for s in text.inline] == [
        ("em", "b"),
        ("code", "c*d*"),
    ]


def test_every_format_writes_the_code_as_the_source_has_it(
    tmp_path: Path, word_engines: None
) -> None:
    path = tmp_path / "a.md"
    path.write_text(SOURCE, encoding="utf-8")
    options = RunOptions(engine="words", use_cache=False, use_tm=False, builtin_glossary=False)
    edition = translate_article(read_article(path), "pt-BR", options)[0]
    # Markdown, read back as CommonMark
    tokens = MarkdownIt("commonmark").parse(get_writer("md").render(edition))
    inline = [t for t in tokens if t.type == "inline"]
    codes = [c.content for t in inline for c in t.children or [] if c.type == "code_inline"]
    assert codes == CODES
    assert [t.content.rstrip("\n") for t in tokens if t.type == "fence"] == [FENCED]
    # HTML
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert [c.text_content() for c in doc.iter("code")] == [*CODES, FENCED]
    assert len(list(doc.iter("em"))) == 1 and not list(doc.iter("strong"))
    # JSON: the code spans of the target
    data = json.loads(get_writer("json").render(edition))
    para = data["blocks"][1]
    spans = [(s["start"], s["end"]) for s in para["inline"] if s["kind"] == "code"]
    assert [para["target"][a:b] for a, b in spans] == CODES
    assert data["blocks"][2]["target"] == FENCED
    # XLIFF and PO carry the source's code inside its placeholders
    xliff = get_writer("xliff").render(edition)
    po = get_writer("po").render(edition)
    for code in CODES:
        assert code.replace("\\", "\\\\") in po or code in po
        assert code in xliff
