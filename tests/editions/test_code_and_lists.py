"""Code blocks and ordered lists through reading and every edition format (untrans10).

Code (a Markdown fence with its info string, an indented block, an HTML ``<pre>`` of code) is
carried byte for byte and never translated: a fence in Markdown, ``<pre><code>`` in HTML, a
``code`` block in JSON, an XLIFF 2 unit with ``translate="no"``, a ``<pre>`` on the review
page, and no PO msgid. Ordered lists keep their numbers (``start``, ``3)`` delimiters, nested
in bullet lists). Every format is read back by an independent parser (markdown-it-py, lxml,
json, ElementTree, polib). Real inputs: tests/data/markdown (dom-distiller's README: numbered
steps with fenced code inside them) and tests/data/html_code (the rustdoc book's Lints page)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from translate.model import Edition
from translate.read import parse_article
from translate.review import edition_from_dict, read_review_file
from translate.write import get_writer

DATA = Path(__file__).resolve().parents[1] / "data"
DISTILLER = DATA / "markdown" / "dom-distiller-README.md"
LINTS = DATA / "html_code" / "rustdoc-lints.html"
X = "{urn:oasis:names:tc:xliff:document:2.0}"

STEPS = """# How to cut a release

Before you start, read this.

3) Create a release branch.

```bash
git checkout -b release-1.x.x # (where 1.x.x reflects the release)
```

4) Build it
   - check the output
     1. first look
     2. second look
5) Publish

~~~
a line with ``` inside
~~~

The end of the steps, as the team wrote them.
"""


def _md_facts(text: str) -> dict[str, Any]:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    code: list[tuple[str, str]] = []
    ordered: list[tuple[int, int]] = []
    stack: list[list[Any]] = []
    for tok in MarkdownIt("commonmark").parse(body):
        if tok.type in ("fence", "code_block"):
            code.append((tok.info.strip(), tok.content.rstrip("\n")))
        elif tok.type in ("ordered_list_open", "bullet_list_open"):
            start = int(tok.attrs.get("start", 1) or 1) if tok.type[0] == "o" else None
            stack.append([start, 0, tok.level])
        elif tok.type == "list_item_open" and tok.level == stack[-1][2] + 1:
            stack[-1][1] += 1
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            start, n, _ = stack.pop()
            if start is not None:
                ordered.append((start, n))
    return {"code": code, "ordered": sorted(ordered)}


def _every_format(edition: Edition) -> dict[str, str]:
    return {f: get_writer(f).render(edition) for f in ("md", "html", "json", "xliff", "po",
                                                       "review")}  # fmt: skip


def _check_formats(edition: Edition, code: list[str], ordered: list[tuple[int, int]]) -> None:
    out = _every_format(edition)
    # Markdown: the code blocks (and fences' info strings) and ordered lists of the source
    got = _md_facts(out["md"])
    assert [c for _, c in got["code"]] == code
    assert got["ordered"] == ordered
    # HTML: <pre><code> as written, <ol start> with its items
    doc = lxml_html.document_fromstring(out["html"])
    assert [p.text_content().rstrip("\n") for p in doc.iter("pre")] == code
    ols = sorted((int(o.get("start", "1")), sum(1 for li in o if li.tag == "li"))
                 for o in doc.iter("ol"))  # fmt: skip
    assert ols == ordered
    # JSON: code blocks untranslated, list items numbered
    data = json.loads(out["json"])
    assert [b["source"] for b in data["blocks"] if b["kind"] == "code"] == code
    assert all(b["target"] == b["source"] and not b["segments"]
               for b in data["blocks"] if b["kind"] == "code")  # fmt: skip
    # XLIFF: each code block a unit the translator must not translate, its text whole
    root = ET.fromstring(out["xliff"])
    units = [u for u in root.iter(X + "unit") if u.get("translate") == "no"]
    assert ["".join(u.iter(X + "source").__next__().itertext()) for u in units] == code
    assert all(u.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve" for u in units)
    # PO: no code offered as a message to translate
    msgids = [e.msgid for e in polib.pofile(out["po"])]
    assert not any(c in m for c in code if len(c) > 20 for m in msgids)
    # the review page shows them as written
    page = lxml_html.document_fromstring(out["review"])
    assert [p.text_content().rstrip("\n") for p in page.iter("pre")] == [c for c in code if c]
    # the JSON edition reads back (review apply rebuilds from it) with code and numbers intact
    again = edition_from_dict(data)
    assert [b.target for b in again.blocks if b.kind == "code"] == code
    assert [b.number for b in again.blocks] == [b.number for b in edition.blocks]


def test_real_numbered_steps_with_fenced_code(
    build_edition: Callable[[Path, str], Edition]
) -> None:
    source = _md_facts(DISTILLER.read_text("utf-8"))
    edition = build_edition(DISTILLER, "pt-BR")
    assert source["code"] and source["ordered"]
    code = [c for _, c in source["code"]]
    _check_formats(edition, code, source["ordered"])
    # no line of code reached the engine
    assert not any(c in s.source for c in code if len(c) > 30 for s in edition.segments)
    got = _md_facts(get_writer("md").render(edition))
    assert got["code"] == source["code"]  # the fences' info strings ("bash") kept


def test_start_values_delimiters_nesting_and_fences_with_backticks(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "steps.md"
    path.write_text(STEPS, "utf-8")
    article = parse_article(STEPS, fmt="md")
    items = [(b.level, b.number, b.info) for b in article.blocks if b.kind == "list_item"]
    assert items == [(0, 3, ")"), (0, 4, ")"), (1, None, ""), (2, 1, ""), (2, 2, ""),
                     (0, 5, ")")]  # fmt: skip
    source = _md_facts(STEPS)
    assert source["ordered"] == [(1, 2), (3, 1), (4, 2)]  # the fence at column 0 ends a list
    edition = build_edition(path, "pt-BR")
    _check_formats(edition, [c for _, c in source["code"]], source["ordered"])
    md = get_writer("md").render(edition)
    assert "\n3) " in md and "\n5) " in md and "````" in md  # a fence longer than the code's


def test_real_html_pre_code_is_carried_and_ol_start_kept(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    page = LINTS.read_text("utf-8")
    main = lxml_html.document_fromstring(page).xpath("//main")[0]
    pres = [p.text_content().rstrip("\n") for p in main.iter("pre")]
    article = parse_article(page, fmt="html", source=str(LINTS))
    code = [b for b in article.blocks if b.kind == "code"]
    assert [b.text for b in code] == pres  # every listing, byte for byte, in page order
    assert {b.info for b in code} == {"rust", "text"}  # language-rust / language-text
    # an ordered list's start, and a <pre> without code markup (a poem) read as its lines
    path = tmp_path / "steps.html"
    path.write_text(
        "<html><head><title>Steps</title></head><body><article><h1>Steps</h1>"
        "<p>The council listed what residents should do when the river rises again.</p>"
        "<ol start='4'><li>Move the car to higher ground now</li><li>Call the hotline</li></ol>"
        "<p>Officials said the list would be updated every hour during the storm.</p>"
        "<pre><code class='language-sh'>curl -s https://example.org/levels | head -n 3\n"
        "  echo done</code></pre>"
        "<p>The weather service expects the water to fall by the evening of Tuesday.</p>"
        "</article></body></html>", "utf-8")  # fmt: skip
    edition = build_edition(path, "pt-BR")
    numbers = [b.number for b in edition.blocks if b.kind == "list_item"]
    assert numbers == [4, 5]
    _check_formats(edition, ["curl -s https://example.org/levels | head -n 3\n  echo done"],
                   [(4, 2)])  # fmt: skip


def test_xliff_code_units_do_not_block_review_apply(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "steps.md"
    path.write_text(STEPS, "utf-8")
    edition = build_edition(path, "pt-BR")
    xlf = tmp_path / "steps.xlf"
    xlf.write_text(get_writer("xliff").render(edition), "utf-8")
    review = read_review_file(xlf)
    ids = {s.id for s in review.segments}
    assert ids == {s.id for s in edition.segments}  # the code units are not sentences to apply


PARA = "<p>The council said residents should follow the steps below when the river rises again.</p>"


def _page(box: str) -> str:
    return (f"<html><body><article><h1>Steps</h1>{PARA}{PARA.replace('council', 'mayor')}{box}"
            f"{PARA.replace('council', 'agency')}<p>The weather service expects the water to "
            "fall by the evening of Tuesday next week.</p></article></body></html>")  # fmt: skip


def test_highlighter_markup_is_code_and_a_poem_stays_text() -> None:
    # Pygments' box (Sphinx, MkDocs): a <pre> without <code>, named code by its box's class; the
    # extraction leaves it out, and it is put back where it stands, byte for byte
    pygments = ('<div class="highlight-python notranslate"><div class="highlight"><pre><span>'
                '</span><span class="kn">import</span> os\nprint(os.getcwd())\n</pre></div></div>')
    blocks = parse_article(_page(pygments), fmt="html").blocks
    assert [b.kind for b in blocks][2:5] == ["paragraph", "code", "paragraph"]
    assert blocks[3].text == "import os\nprint(os.getcwd())"
    # a table of highlighted code (line numbers beside it): the cell is the code, verbatim
    table = ('<table class="highlighttable"><tr><td class="code"><div class="highlight"><pre>'
             "levels = fetch_levels(river)\nprint(levels)\n</pre></div></td></tr></table>")
    code = [b.text for b in parse_article(_page(table), fmt="html").blocks if b.kind == "code"]
    assert code == ["levels = fetch_levels(river)\nprint(levels)"]
    # a <br> inside code is a new line, as a browser shows it (lxml's text_content drops it)
    br = "<pre><code>levels = fetch_levels(river)<br>print(levels)<br/>done()</code></pre>"
    code = [b.text for b in parse_article(_page(br), fmt="html").blocks if b.kind == "code"]
    assert code == ["levels = fetch_levels(river)\nprint(levels)\ndone()"]
    # a <pre> with no code markup is text (a poem, a listing): read, and translated, as before
    poem = "<pre>The river rose over the old stone bridge\nand the town went quiet that night</pre>"
    blocks = parse_article(_page(poem), fmt="html").blocks
    assert not [b for b in blocks if b.kind == "code"]
    assert any("old stone bridge" in b.text for b in blocks)
