"""Markdown sources through translation: footnotes, reference-style links, autolinks, images,
nested lists, blockquotes and code, in every edition format (md, html, json, xliff, po), each
read back with an independent parser (markdown-it-py with its footnote plugin, lxml, json,
ElementTree, polib). Real documents of tests/data/markdown (see its NOTICE.md) and a small one."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.model import Edition
from translate.read import parse_article
from translate.write import get_writer

DATA = Path(__file__).resolve().parents[1] / "data" / "markdown"
CLIPPY = DATA / "clippy-README.md"
PIP = DATA / "pip-installation.md"

SMALL = """# Storm hits the coast

The storm reached the coast on Monday[^1], officials said. See the [forecast][fc] and [the map].
More at <https://example.org/storm>.

![Waves over the pier](https://example.org/pier.jpg "Pier")

- First point with a [link](https://example.org/a)
  - Nested point one
  - Nested point two
    1. Deep ordered item
- Second point

> A quote from the mayor.
>
> > A nested quote.

```python
def storm(): return "never translated"
```

    indented_code_never_translated()

[^1]: The national weather service confirmed the landfall.

[fc]: https://example.org/forecast "Forecast"
[the map]: https://example.org/map
"""


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(footnote_plugin)


def _md_facts(text: str) -> dict[str, Any]:
    """What an independent CommonMark parser reads in ``text``: link and image addresses,
    footnote references and definitions (labels), list nesting depth, quote count."""
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    tokens = _md().parse(body)
    links: list[str] = []
    images: list[str] = []
    refs: list[str] = []
    depth = deepest = quotes = 0
    code: list[tuple[str, str]] = []
    ordered: list[int] = []
    for tok in tokens:
        if tok.type in ("fence", "code_block"):
            code.append((tok.info.strip(), tok.content.rstrip("\n")))
        if tok.type == "ordered_list_open":
            ordered.append(int(tok.attrs.get("start", 1) or 1))
        if tok.type == "bullet_list_open" or tok.type == "ordered_list_open":
            depth += 1
            deepest = max(deepest, depth)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "blockquote_open":
            quotes += 1
        for child in tok.children or []:
            if child.type == "link_open":
                links.append(str(child.attrs.get("href", "")))
            elif child.type == "image":
                images.append(str(child.attrs.get("src", "")))
            elif child.type == "footnote_ref":
                refs.append(str(child.meta["label"]))
    env: dict[str, Any] = {}
    _md().parse(body, env)
    defined = sorted(k.lstrip(":") for k in (env.get("footnotes") or {}).get("refs", {}))
    return {"links": links, "images": images, "refs": refs, "defined": defined,
            "deepest": deepest, "quotes": quotes, "code": code, "ordered": ordered}  # fmt: skip


def _editions(
    build: Callable[[Path, str], Edition], path: Path
) -> tuple[Edition, dict[str, str]]:
    edition = build(path, "pt-BR")
    formats = ("md", "html", "json", "xliff", "po")
    return edition, {f: get_writer(f).render(edition) for f in formats}


# -- the reader -------------------------------------------------------------------------------


def test_real_readme_footnote_reference_links_badge_and_code() -> None:
    text = CLIPPY.read_text("utf-8")
    article = parse_article(text, fmt="md", source=str(CLIPPY))
    spans = [(b, s) for b in article.blocks for s in b.inline]
    # the footnote: its reference on the word it follows, its definition a block with its label
    ref = [(b.text[s.start : s.end], s.attrs) for b, s in spans if s.attrs.get("footnote")]
    assert ("features", {"footnote": "restrict"}) in ref
    definition = [b for b, s in spans if s.attrs.get("definition")]
    assert len(definition) == 1 and definition[0].text.startswith("Some use cases for restriction")
    # no footnote mark, link definition or fence reaches the text the engine sees
    texts = "\n".join(b.text for b in article.blocks if b.kind != "code")
    assert "[^" not in texts and "]: https://" not in texts
    assert "rustup component add clippy" not in texts and "cargo clippy --fix" not in texts
    # fenced code is a code block of its own, as written, its info string kept (untrans10)
    code = [(b.info, b.text) for b in article.blocks if b.kind == "code"]
    assert ("terminal", "rustup component add clippy") in code
    # reference-style links with code labels resolve, and keep their code span
    hrefs = {s.attrs.get("href") for _, s in spans if s.kind == "link"}
    assert "https://rust-lang.github.io/rust-clippy/master/index.html#todo" in hrefs
    # the badge: an image inside a link is both, over the alt text (not "![...](#license)")
    badge = article.blocks[1]
    assert badge.text == "License: MIT OR Apache-2.0"
    assert {s.kind for s in badge.inline} == {"image", "link"}
    assert any(s.attrs.get("src", "").endswith("clippy.svg") for s in badge.inline)


def test_real_document_with_a_footnote_and_roles(tmp_path: Path) -> None:
    article = parse_article(PIP.read_text("utf-8"), fmt="md", source=str(PIP))
    labels = [(s.attrs["footnote"], bool(s.attrs.get("definition")))
              for b in article.blocks for s in b.inline if s.attrs.get("footnote")]  # fmt: skip
    assert labels == [("python", False), ("python", True)]
    assert "[^" not in "\n".join(b.text for b in article.blocks)


def test_nested_lists_quotes_and_indented_code() -> None:
    article = parse_article(SMALL, fmt="md", source="small.md")
    items = [(b.level, b.text) for b in article.blocks if b.kind == "list_item"]
    assert items == [(0, "First point with a link"), (1, "Nested point one"),
                     (1, "Nested point two"), (2, "Deep ordered item"), (0, "Second point")]
    quote = next(b for b in article.blocks if b.kind == "quote")
    assert quote.text == "A quote from the mayor. A nested quote."  # no stray ">" for the engine
    texts = "\n".join(b.text for b in article.blocks if b.kind != "code")
    assert "never translated" not in texts and "indented_code" not in texts
    # the indented code block: one code block, its lines as written (indent taken off)
    assert [(b.info, b.text) for b in article.blocks if b.kind == "code"] == [
        ("python", 'def storm(): return "never translated"'),
        ("", "indented_code_never_translated()")]
    assert [b.number for b in article.blocks if b.kind == "list_item"] == [None] * 3 + [1, None]


def test_a_one_word_footnote_is_not_read_as_a_link_definition() -> None:
    article = parse_article("Text of the story[^a].\n\n[^a]: Reuters.\n", fmt="md")
    assert [b.text for b in article.blocks] == ["Text of the story.", "Reuters."]
    assert not [s for b in article.blocks for s in b.inline if s.attrs.get("href")]


# -- every edition format, read back by independent parsers ------------------------------------


@pytest.mark.parametrize("path", [CLIPPY, None], ids=["clippy-readme", "small"])
def test_markdown_structure_survives_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, path: Path | None
) -> None:
    if path is None:
        path = tmp_path / "small.md"
        path.write_text(SMALL, "utf-8")
    source = _md_facts(path.read_text("utf-8"))
    edition, out = _editions(build_edition, path)
    got = _md_facts(out["md"])
    # every footnote reference points at a definition, with the labels of the source
    assert got["refs"] and set(got["refs"]) <= set(got["defined"])
    assert set(got["defined"]) == set(source["defined"])
    assert sorted(got["refs"]) == sorted(source["refs"])
    # links and images: the same addresses (markdown-it normalizes both the same way)
    assert sorted(got["links"]) == sorted(source["links"])
    assert sorted(got["images"]) == sorted(source["images"])
    assert got["deepest"] == source["deepest"] and got["quotes"] >= 1
    # code blocks: written back byte for byte as code, never offered for translation
    assert got["code"] == source["code"] and source["code"]
    assert got["ordered"] == source["ordered"]  # ordered lists stay ordered, same start
    assert not any("never translated" in s.source for s in edition.segments)

    doc = lxml_html.document_fromstring(out["html"])
    article = doc.xpath("//article")[0]
    for label in source["defined"]:
        assert article.xpath(f'.//sup[@id="fn-{label}"]'), label
        assert article.xpath(f'.//sup/a[@href="#fn-{label}"]'), label
    if source["deepest"] >= 2:
        assert len(article.xpath(".//ul//ul")) >= 1  # the nested list stays nested

    data = json.loads(out["json"])
    kinds = [x.get("attrs", {}).get("footnote") for b in data["blocks"]
             for x in b.get("inline", [])]  # fmt: skip
    assert set(source["defined"]) <= set(filter(None, kinds))
    ET.fromstring(out["xliff"].encode("utf-8"))
    assert "<footnote reference=" in out["xliff"].replace("&lt;", "<")
    po_path = tmp_path / "e.po"
    po_path.write_text(out["po"], "utf-8")
    comments = " ".join(e.comment for e in polib.pofile(str(po_path)))
    assert re.search(r"footnote definition \[\^\w+\]", comments)
    assert not [f for f in edition.findings if f.check == "inline"]
