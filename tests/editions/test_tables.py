"""Data tables through every edition format (untrans12): a table's cells are translated one by
one and the table is written again with its source's shape.

* Markdown's pipe table and HTML's ``<table>`` are read cell by cell (``Block.cell``: table,
  row, column); an empty cell is no block, the writers fill the shape again;
* Markdown writes a GFM pipe table (its first row the header), HTML a ``<table>``, JSON an entry
  of ``tables`` beside the blocks whose ``rows`` hold the ``index`` of the cell blocks (each
  with its ``cell``), and the review loop reads such an edition back with its table;
* XLIFF and PO: each cell its own unit / message.

Every format is read back by an independent parser (markdown-it-py with GFM tables, lxml, json,
ElementTree, polib). Real inputs: clippy's README (tests/data/markdown) and the Clippy book's
index page (tests/data/html_code), the same table of lint groups."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import polib
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from translate.model import Edition
from translate.read import parse_article
from translate.review import edition_from_dict
from translate.write import get_writer
from translate.write.review_page import page_data

DATA = Path(__file__).resolve().parents[1] / "data"
README = DATA / "markdown" / "clippy-README.md"
INDEX = DATA / "html_code" / "clippy-index.html"
CARGO = DATA / "html_code" / "cargo-fetch.html"
X = "{urn:oasis:names:tc:xliff:document:2.0}"


def _md_tables(text: str) -> list[list[list[str]]]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    tables: list[list[list[str]]] = []
    inside = False
    for tok in MarkdownIt("commonmark").enable("table").parse(body):
        if tok.type == "table_open":
            tables.append([])
        elif tok.type == "tr_open":
            tables[-1].append([])
        elif tok.type in ("th_open", "td_open"):
            inside = True
        elif tok.type in ("th_close", "td_close"):
            inside = False
        elif tok.type == "inline" and inside:
            tables[-1][-1].append(tok.content.strip())
    return tables


def _html_tables(text: str, main: bool = False) -> list[list[list[str]]]:
    doc = lxml_html.document_fromstring(text)
    root = doc.xpath("//main")[0] if main else doc
    for sup in list(root.iter("sup")):  # a footnote's reference mark: not the cell's text
        sup.drop_tree()
    return [[[" ".join(c.text_content().split()) for c in tr.xpath("./td|./th")]
             for tr in t.xpath(".//tr")] for t in root.iter("table")]  # fmt: skip


def _shape(table: list[list[str]]) -> tuple[int, int]:
    return len(table), max(len(r) for r in table)


def _check_every_format(edition: Edition, want: list[tuple[int, int]]) -> None:
    cells = [b for b in edition.blocks if b.cell is not None]
    md = _md_tables(get_writer("md").render(edition))
    assert [_shape(t) for t in md] == want

    html = _html_tables(get_writer("html").render(edition))
    assert [_shape(t) for t in html] == want
    flat = [c for row in html[0] for c in row if c]
    first = [b for b in cells if b.cell is not None and b.cell[0] == 0]
    assert flat == [" ".join(b.target.split()) for b in first]
    data = json.loads(get_writer("json").render(edition))
    layouts = data["tables"]
    assert all("source" in b and "segments" in b for b in data["blocks"])  # every block a text
    assert [(len(t["rows"]), max(len(r) for r in t["rows"])) for t in layouts] == want
    by_index = {b["index"]: b for b in data["blocks"] if "index" in b}
    for layout in layouts:
        for r, row in enumerate(layout["rows"]):
            for c, held in enumerate(row):
                for i in held:
                    assert by_index[i]["cell"] == [layout["table"], r, c]
    # the review loop reads the edition back, its table with it
    again = edition_from_dict(data)
    assert [b.cell for b in again.blocks] == [b.cell for b in edition.blocks]
    assert _md_tables(get_writer("md").render(again)) == md
    # XLIFF and PO: every cell its own unit / message, its place named for the translator
    root = ET.fromstring(get_writer("xliff").render(edition))
    units = {u.get("id"): u for u in root.iter(X + "unit")}
    entries = {e.msgctxt: e for e in polib.pofile(get_writer("po").render(edition))}
    po = [e.msgid for e in entries.values()]
    page = page_data(edition)
    assert sum("table 1, row" in e.comment for e in entries.values()) >= 20
    for index, block in enumerate(edition.blocks):
        if block.cell is None:
            continue
        t, r, c = block.cell
        where = f"table {t + 1}, row {r + 1}, column {c + 1}"
        unit = units[f"b{index}"]
        assert unit.get("name") == where
        assert "".join("".join(s.itertext()) for s in unit.iter(X + "source")) == block.source
        assert all(where in entries[s.id].comment for s in block.segments if s.id in entries)
        assert page["blocks"][index]["cell"] == [t, r, c]  # the review page names the place
        plain = not block.source_inline and [s.origin for s in block.segments] == ["mt"]
        if plain:
            assert block.source in po


def test_markdown_table_keeps_its_shape_in_every_format(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    source = _md_tables(README.read_text("utf-8"))
    assert source and all(len(r) == 3 for r in source[0])
    edition = build_edition(README, "pt-BR")
    _check_every_format(edition, [_shape(t) for t in source])
    # a code span in a cell is carried (clippy::all) as a code span
    md = _md_tables(get_writer("md").render(edition))
    assert re.fullmatch(r"`[^`]*clippy::all`", md[0][1][0])


def test_html_table_keeps_its_shape_in_every_format(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    page = INDEX.read_text("utf-8")
    source = _html_tables(page, main=True)
    assert len(source) == 1 and _shape(source[0]) == (11, 3)
    article = parse_article(page, fmt="html", source=str(INDEX))
    assert max(b.cell for b in article.blocks if b.cell is not None) == (0, 10, 2)
    _check_every_format(build_edition(INDEX, "pt-BR"), [(11, 3)])


def test_table_edges(build_edition: Callable[[Path, str], Edition], tmp_path: Path) -> None:
    """An empty cell keeps its place; a row longer than the header gives its excess text to
    its last cell (GFM drops it); an escaped pipe and a pipe in a code span stay in their cell;
    a paragraph that starts with a number is no list ("1\\.204", not "\\1.204")."""
    path = tmp_path / "t.md"
    path.write_text(
        "# Votes\n\n1.204 people voted.\n\n| District | Votes | Note |\n|---|:-:|---|\n"
        "| Mitte | | a \\| b |\n| Pankow | 12 | `x \\| y` | extra |\n\nAfter.\n",
        encoding="utf-8",
    )
    edition = build_edition(path, "pt-BR")
    md = get_writer("md").render(edition)
    tables = _md_tables(md)
    assert [_shape(t) for t in tables] == [(3, 3)]
    assert tables[0][1][1] == ""
    assert "|" in tables[0][1][2] and re.match(r"`[^`]*x | y`", tables[0][2][2])
    assert "extra" in tables[0][2][2]
    html = MarkdownIt("commonmark").render(re.sub(r"\A---\n.*?\n---\n", "", md, flags=re.S))
    assert "<ol" not in html and "\\1" not in md


def _dl(text: str) -> list[tuple[str, str]]:
    from mdit_py_plugins.deflist import deflist_plugin

    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    md = MarkdownIt("commonmark").use(deflist_plugin)
    return [(t.type, "") for t in md.parse(body) if t.type in ("dt_open", "dd_open")]


def test_definition_list_terms_and_definitions_in_every_format(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    """mdBook's <dl> of command options (Cargo): each <dt> a term, each <dd>'s paragraphs its
    definitions -- HTML <dt>/<dd>, JSON blocks of kind term/definition, Markdown a term line
    with ": definition" under it (one term a definition: the Markdown reader's definition
    lists read one term line)."""
    page = CARGO.read_text("utf-8")
    main = lxml_html.document_fromstring(page).xpath("//main")[0]
    terms = [" ".join(t.text_content().split()) for t in main.iter("dt")]
    assert len(terms) >= 10
    article = parse_article(page, fmt="html", source=str(CARGO))
    assert [b.text for b in article.blocks if b.kind == "term"] == terms
    edition = build_edition(CARGO, "pt-BR")
    out = lxml_html.document_fromstring(get_writer("html").render(edition))
    assert len(list(out.iter("dt"))) == len(terms)
    assert all(dl[0].tag == "dt" for dl in out.iter("dl"))  # every list opens with a term
    dds = len(list(out.iter("dd")))
    assert dds >= len(list(main.iter("dd")))
    data = json.loads(get_writer("json").render(edition))
    kinds = [b["kind"] for b in data["blocks"]]
    assert kinds.count("term") == len(terms) and "definition" in kinds
    assert [b.kind for b in edition_from_dict(data).blocks] == [b.kind for b in edition.blocks]
    md = _dl(get_writer("md").render(edition))
    singles = sum(1 for a, b in zip(edition.blocks, edition.blocks[1:], strict=False)
                  if a.kind == "term" and b.kind == "definition")  # fmt: skip
    assert [t for t, _ in md].count("dt_open") == singles > 0
    assert [t for t, _ in md].count("dd_open") == dds


def test_code_and_images_in_cells_stay_in_the_table(
    build_edition: Callable[[Path, str], Edition],
) -> None:
    """A cell that is wholly a <pre> of code is the cell (its code a code span), not a code
    block between two halves of the table; an image after a cell's text stays in the table.
    An image alone in its cell joined the cell before it (the reader keys images by the
    text before them); since the thirteenth pass it is in its own cell."""
    path = DATA / "html_code" / "table-code-image.html"
    article = parse_article(path.read_text("utf-8"), fmt="html", source=str(path))
    cells = [b for b in article.blocks if b.cell is not None]
    assert not any(b.kind == "code" for b in article.blocks)
    code = [b for b in cells if b.text.startswith("#![")]
    assert [b.cell for b in code] == [(0, 1, 1), (0, 2, 1)]
    assert all(b.inline and b.inline[0].kind == "code" for b in code)
    pictures = [b for b in cells if b.inline and b.inline[0].kind == "image"]
    assert [(b.text, b.cell) for b in pictures] == [("Allowed", (0, 1, 2)), ("Warned", (0, 2, 2))]
    edition = build_edition(path, "pt-BR")
    html = _html_tables(get_writer("html").render(edition))
    assert [_shape(t) for t in html] == [(3, 3)]
    md = get_writer("md").render(edition)
    assert [_shape(t) for t in _md_tables(md)] == [(3, 3)]
    assert "](https://example.org/allow.png)" in md and "#![allow(unused_variables)]" in md
    row = _md_tables(md)[0][1]
    assert "allow.png" not in row[1] and "allow.png" in row[2]  # the image in its own column
