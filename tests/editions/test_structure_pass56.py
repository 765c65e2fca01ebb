"""struct56: inline structure carried through translation (issue 15), fifty-sixth structure pass.

1. The HTML writer wrote a footnote reference that follows a linked word inside the link:
   ``<a href="…">raise rates<sup><a href="#fn-1">1</a></sup></a>``, an ``<a>`` inside an
   ``<a>``, which HTML forbids (a parser closes the outer link at the inner one). It is now
   written after the link, as the Markdown writer writes it since struct55.
2. A footnote whose indented lines open a list or a fenced code block (the footnote extension of
   markdown-it, Pandoc and GFM reads them as the note's blocks) was read as one indented code
   block: never translated, its links lost, its fence marks written as code. The list's items
   are now the note's, translated with their links; the code is code.
3. ``benchmarks/eval_structure_v.py`` read every page as UTF-8: a page saved as ISO-8859-1 made
   no edition. It now reads a page that is no UTF-8 with the charset it declares.

The pages and documents are written for the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.locales import parse_targets
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import parse_article
from translate.write import get_writer

ROOT = Path(__file__).resolve().parents[2]

# struct55's page (tests/editions/test_structure_pass55.py): references after linked words
PAGE = (
    '<html lang="en"><head><title>The cost of cheap water</title></head><body><article>'
    '<h1 class="post-title">The cost of cheap water</h1><div class="body markup">'
    "<p>The city's water utility has lost money for nine years in a row, according to its own "
    'annual reports, and the council has again declined to <a href="https://example.org/rates">'
    "raise rates</a>{r1}. The shortfall is now covered by the general budget of the city.</p>"
    "<p>Engineers say the pipes under the old town are more than a century old, and that a "
    'third of the treated water <a href="https://example.org/leaks">leaks away</a>{r2} before '
    "it reaches a tap. Repairs have been postponed every year since 2016.</p>"
    "<p>The council will vote on the budget again in March, when the utility's new director "
    "is expected to present a plan for the next decade of repairs.{r3} Residents are divided."
    '</p><div class="footnote"><hr /><ol>{notes}</ol></div></div></article></body></html>'
)
REF = '<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup>'
NOTES = (
    '<li id="fn:1"><p>The reports are published on the <a href="https://example.org/reports">'
    "utility's website</a>; the figures are from the 2024 edition.</p></li>"
    '<li id="fn:2"><p>An estimate by the <a href="https://example.org/engineers">regional '
    "engineering board</a>, which inspected the network in 2023.</p></li>"
    '<li id="fn:3"><p>The director took office in January, after the previous director '
    "resigned.</p></li>"
)

NOTE_LIST = """# Water prices

The utility lost money again[^1] and the council met[^2].

[^1]: The figures come from three reports.

    - the [annual report](https://example.org/annual) of 2024;
    - the [audit](https://example.org/audit) of the regional board;
    - a letter to the council.

    The reports agree on the total.

[^2]: The council's minutes give the vote.

    ```python
    total = 3
    ```

    Its last paragraph names the members who voted.

After the notes, a closing paragraph about the city budget.
"""


def _edition(text: str, fmt: str, fmt_in: str = "html") -> str:
    article = parse_article(text, fmt=fmt_in, source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _md_read(markdown: str) -> tuple[list[str], list[str], int, int]:
    """Links, code blocks, list items and footnote references as markdown-it (with footnotes)
    reads them."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    links: list[str] = []
    code: list[str] = []
    items = refs = 0
    for t in MarkdownIt("commonmark").use(footnote_plugin).parse(body):
        code += [t.content] if t.type in ("fence", "code_block") else []
        items += t.type == "list_item_open"
        for c in t.children or []:
            links += [str(c.attrs.get("href"))] if c.type == "link_open" else []
            refs += c.type == "footnote_ref"
    return links, code, items, refs


# 1. the HTML writer: a reference after a linked word is written after the link


def test_html_writes_a_reference_after_the_link_it_follows() -> None:
    page = PAGE.format(r1=REF.format(n=1), r2=REF.format(n=2), r3=REF.format(n=3), notes=NOTES)
    html = _edition(page, "html")
    body = html.split("<article>", 1)[1].split("</article>", 1)[0]
    # no <a> inside an <a>: one link open at a time, the reference's after the link's end
    assert body.count("<a ") == body.count("</a>")
    for chunk in body.split("</a>"):
        assert chunk.count("<a ") <= 1, chunk[-120:]
    assert '</a><sup><a href="#fn-1">1</a></sup>' in body
    # a parser reads every link with its own address: both article links and three references
    doc = lxml.html.fromstring(html)
    hrefs = [a.get("href") for a in doc.iter("a")]
    assert "https://example.org/rates" in hrefs and "https://example.org/leaks" in hrefs
    assert hrefs.count("#fn-1") == 1 and hrefs.count("#fn-2") == 1 and hrefs.count("#fn-3") == 1
    rates = next(a for a in doc.iter("a") if a.get("href") == "https://example.org/rates")
    assert not any(x.tag == "a" for x in rates.iterdescendants())  # the reference is not in it


def test_html_writes_a_reference_outside_a_link_as_before() -> None:
    # control (passes on the base too): a reference on a word that is no link's
    page = PAGE.format(r1="", r2="", r3=REF.format(n=3), notes=NOTES)
    html = _edition(page, "html")
    assert '<sup><a href="#fn-3">3</a></sup>' in html
    assert html.count('href="#fn-3"') == 1


# 2. a note's list or fenced code


def test_a_note_that_opens_a_list_keeps_its_items_and_links() -> None:
    source_links, source_code, source_items, _ = _md_read(NOTE_LIST)
    md = _edition(NOTE_LIST, "md", "md")
    links, code, items, refs = _md_read(md)
    assert links == source_links == ["https://example.org/annual", "https://example.org/audit"]
    assert items == source_items == 3
    assert len(code) == len(source_code) == 1
    assert code[0].strip() == "total = 3"  # the fence's content, not its marks
    assert refs == 2
    # the items are translated (the fake engine turns "report" into Portuguese)
    assert "relatório anual" in md
    html = _edition(NOTE_LIST, "html", "md")
    doc = lxml.html.fromstring(html)
    assert [a.get("href") for a in doc.iter("a") if a.get("href", "").startswith("https")] == [
        "https://example.org/annual",
        "https://example.org/audit",
    ]
    assert len(list(doc.iter("li"))) == 3
    assert next(p.text_content().strip() for p in doc.iter("code")) == "total = 3"


def test_a_note_list_is_the_notes_in_json_and_blocks() -> None:
    import json

    article = parse_article(NOTE_LIST, fmt="md", source="t", article_id="t")
    kinds = [(b.kind, b.text[:12]) for b in article.blocks]
    assert ("list_item", "the annual r") in kinds and ("code", "total = 3") in kinds
    items = [b for b in article.blocks if b.kind == "list_item"]
    assert all(any(s.attrs.get("continued") for s in b.inline) for b in items)
    data = json.loads(_edition(NOTE_LIST, "json", "md"))
    notes = [b for b in data["blocks"] if b.get("footnote_continued")]
    assert len(notes) >= 4  # three items and a paragraph of note 1, a paragraph of note 2


def test_indented_lists_and_code_elsewhere_stay_as_before() -> None:
    # control (passes on the base too): indented lines after an ordinary paragraph are code
    source = "# T\n\nA paragraph of text here.\n\n    - not a list\n    - code\n\nEnd of it.\n"
    article = parse_article(source, fmt="md", source="t", article_id="t")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "code", "paragraph"]
    assert article.blocks[2].text == "- not a list\n- code"


def test_twenty_thousand_note_items_in_linear_time() -> None:
    lines = ["# T", "", "Text[^1].", "", "[^1]: A note.", ""]
    lines += [f"    - item {k} [link](https://x.org/{k})" for k in range(20_000)]
    article = parse_article("\n".join(lines) + "\n", fmt="md", source="t", article_id="t")
    items = [b for b in article.blocks if b.kind == "list_item"]
    assert len(items) == 20_000
    assert items[-1].text == "item 19999 link"


# 3. eval_structure_v reads a page's declared charset


def test_eval_structure_v_reads_a_latin_1_page() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_structure_v import page_text

    page = '<html><head><meta charset="ISO-8859-1"></head><body><p>Café à São Paulo</p>'
    assert "Café à São Paulo" in page_text(page.encode("latin-1"))
    declared = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">Ça'
    assert page_text(declared.encode("latin-1")).endswith("Ça")
    assert page_text("naïve".encode()) == "naïve"  # UTF-8 read as before
    assert page_text(b"caf\xe9") == "café"  # no charset named: Windows-1252


def test_eval_structure_v_measures_a_latin_1_page(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_structure_v import measure

    page = (
        '<html lang="en"><head><meta charset="iso-8859-1"><title>Café</title></head><body>'
        "<article><h1>The café of São Paulo</h1><h2>A new menu for the city</h2>"
        '<p>The owners said the <a href="https://example.org/menu">new menu</a> would open '
        "in March, after a year of work on the old building.</p></article></body></html>"
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    (tmp_path / "latin.expected.txt").write_text(
        "The café of São Paulo\nA new menu for the city\nThe owners said the new menu would "
        "open in March, after a year of work on the old building.\n",
        encoding="utf-8",
    )
    counts, _notes = measure(path, "html", False)
    assert counts["link"] == 1 and counts["heading"] == 2
    assert counts["link_html"] == 1
