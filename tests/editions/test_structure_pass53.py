"""struct53: inline structure carried through translation (issue 15), fifty-third structure pass.

Two footnote losses (struct52's leads). (1) A Markdown footnote's second paragraph, indented four
spaces after a blank line (the footnote extension's continuation, as markdown-it, Pandoc and GFM
read it), was read as an indented code block: never translated, its links lost. It is now read
as the note's next paragraph, written back indented under it; an indented code block anywhere
else is still code. (2) The footnotes of Substack's pages (``<a class="footnote-anchor">``
references, ``<div class="footnote">`` notes whose ``id`` stands on their number's anchor) and
of Python-Markdown's, kramdown's, goldmark's, Pandoc's and WordPress's markup (a ``footnotes``
holder of a list of ``fn`` items) were not recognised: the references stayed as links to
``#footnote-1`` and the notes as paragraphs. They are read as footnotes now, a note of two
paragraphs as a definition and its continuation, the links inside kept. The texts are written
for the tests; each test also holds what must stay as it was.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.locales import parse_targets
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import parse_article
from translate.read_media import page_footnotes
from translate.write import get_writer

BODY = (
    "# The cost of cheap water\n\n"
    "The city's water utility has lost money for nine years in a row, according to its own "
    "annual reports.[^1] The shortfall is now covered by the general budget.\n\n"
    "Engineers say a third of the treated water leaks away before it reaches a tap.[^2]\n\n"
)
NOTES = (
    "[^1]: The reports are published on the utility's website every spring.\n\n"
    "    The figures were later corrected, as the [editors noted](https://example.org/fix) in "
    "a statement.\n\n"
    "[^2]: An estimate by the regional engineering board, which inspected the network.\n"
)


def _edition(text: str, fmt: str, fmt_in: str = "md") -> str:
    article = parse_article(text, fmt=fmt_in, source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _md(markdown: str) -> list[tuple[str, list[str], list[str]]]:
    """(label, its paragraphs' texts, its links) of each footnote, and the document's code
    blocks under the label "code", as an independent parser reads them."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(body)
    notes: list[tuple[str, list[str], list[str]]] = []
    for t in tokens:
        if t.type == "footnote_open":
            notes.append((str(t.meta.get("label")), [], []))
        elif t.type == "footnote_close":
            notes.append(("", [], []))  # text after the note is no note's
        elif t.type in ("code_block", "fence"):
            notes.append(("code", [t.content], []))
        elif t.type == "inline" and notes and notes[-1][0] not in ("", "code"):
            notes[-1][1].append(t.content)
            notes[-1][2].extend(str(c.attrs.get("href")) for c in t.children or []
                                if c.type == "link_open")  # fmt: skip
    return [n for n in notes if n[0]]


def test_a_footnotes_second_paragraph_is_the_notes_text_not_code() -> None:
    blocks = parse_article(BODY + NOTES, fmt="md", source="t", article_id="t").blocks
    assert not [b for b in blocks if b.kind == "code"]
    more = [b for b in blocks if b.text.startswith("The figures were later corrected")]
    assert more and more[0].kind == "paragraph"
    assert {"footnote": "1", "definition": "1", "continued": "1"} in [x.attrs for x in
                                                                      more[0].inline]  # fmt: skip
    notes = _md(_edition(BODY + NOTES, "md"))
    assert [n[0] for n in notes] == ["1", "2"]
    assert len(notes[0][1]) == 2  # the note's two paragraphs, in the note
    assert "https://example.org/fix" in notes[0][2]
    assert "The figures were later corrected" not in _edition(BODY + NOTES, "md")
    html = _edition(BODY + NOTES, "html")
    assert html.count('<sup id="fn-1">') == 1 and "https://example.org/fix" in html


def test_indented_code_elsewhere_is_still_code() -> None:
    code = "    $ make install\n    $ make test\n"
    after_paragraph = BODY + "Build it with:\n\n" + code
    assert _md(_edition(after_paragraph, "md"))[-1] == ("code", ["$ make install\n$ make test\n"],
                                                      [])  # fmt: skip
    # under a note: code indented past the note's content is left as before
    for inside in ("        $ make install\n",):
        blocks = parse_article(BODY + "[^1]: A note.\n\n" + inside, fmt="md", source="t",
                               article_id="t").blocks  # fmt: skip
        assert blocks[-1].kind == "code"
    # a list under a note: code until struct56, now the note's list, as markdown-it's footnote
    # plugin reads it (tests/editions/test_structure_pass56.py)
    blocks = parse_article(BODY + "[^1]: A note.\n\n" + "    - one item\n    - another\n",
                           fmt="md", source="t", article_id="t").blocks  # fmt: skip
    assert [b.kind for b in blocks[-2:]] == ["list_item", "list_item"]
    assert [b.text for b in blocks[-2:]] == ["one item", "another"]
    assert all(any(x.attrs.get("continued") for x in b.inline) for b in blocks[-2:])
    blocks = parse_article(BODY + "Not a note.\n\n" + code, fmt="md", source="t",
                           article_id="t").blocks  # fmt: skip
    assert blocks[-1].kind == "code"


SUBSTACK = (
    '<html lang="en"><head><title>The cost of cheap water</title></head><body><article>'
    '<h1 class="post-title">The cost of cheap water</h1><div class="body markup">'
    "<p>The city's water utility has lost money for nine years in a row, according to its own "
    "annual reports, and the council has again declined to raise rates.{r1} The shortfall is "
    "now covered by the general budget of the city.</p>"
    "<p>Engineers say the pipes under the old town are more than a century old, and that a "
    "third of the treated water leaks away before it reaches a tap.{r2} Repairs have been "
    "postponed every year since 2016.</p>"
    "<p>The council will vote on the budget again in March, when the utility's new director "
    "is expected to present a plan for the next decade of repairs.{r3} Residents are divided."
    "</p>{notes}</div></article></body></html>"
)
N1 = ('The reports are published on the <a href="https://example.org/reports">utility\'s '
      "website</a>; the figures are from the 2024 edition.")  # fmt: skip
N2 = ('An estimate by the <a href="https://example.org/engineers">regional engineering '
      "board</a>, which inspected the network in 2023.")  # fmt: skip
N3 = ['The director took office in January, after the <a href="https://example.org/quit">'
      "previous director resigned</a>.", "She has not yet given an interview to the press."]


def _page(ref: str, note: str, holder: str) -> str:
    def notes(n: int, paragraphs: list[str]) -> str:
        return note.format(n=n, text="".join(f"<p>{p}</p>" for p in paragraphs))

    body = holder.format(notes(1, [N1]) + notes(2, [N2]) + notes(3, N3))
    return SUBSTACK.format(r1=ref.format(n=1), r2=ref.format(n=2), r3=ref.format(n=3),
                           notes=body)  # fmt: skip


SHAPES = {
    "substack": (
        '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
        'id="footnote-anchor-{n}" href="#footnote-{n}" target="_self">{n}</a>',
        '<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}" '
        'href="#footnote-anchor-{n}" class="footnote-number" contenteditable="false" '
        'target="_self">{n}</a><div class="footnote-content">{text}</div></div>',
        "{}",
    ),
    "python-markdown": (
        '<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup>',
        '<li id="fn:{n}">{text}</li>',
        '<div class="footnote"><hr /><ol>{}</ol></div>',
    ),
    "goldmark": (
        '<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a>'
        "</sup>",
        '<li id="fn:{n}">{text}</li>',
        '<div class="footnotes" role="doc-endnotes"><hr><ol>{}</ol></div>',
    ),
    # WordPress's block editor: a note's id is a UUID; its label is the mark the page shows
    "wordpress": (
        '<sup data-fn="0f3c9a2e-5b1d-4c8e-9a7f-5e0{n}" class="fn"><a href="#0f3c9a2e-5b1d-4c8e-'
        '9a7f-5e0{n}" id="0f3c9a2e-5b1d-4c8e-9a7f-5e0{n}-link">{n}</a></sup>',
        '<li id="0f3c9a2e-5b1d-4c8e-9a7f-5e0{n}">{text}<a href="#0f3c9a2e-5b1d-4c8e-9a7f-5e0{n}'
        '-link" aria-label="Jump to footnote reference {n}">↩︎</a></li>',
        '<ol class="wp-block-footnotes">{}</ol>',
    ),
}


def test_substack_and_other_cms_footnotes_are_read_as_footnotes() -> None:
    for name, (ref, note, holder) in SHAPES.items():
        page = _page(ref, note, holder)
        notes = _md(_edition(page, "md", "html"))
        assert [n[0] for n in notes] == ["1", "2", "3"], name
        assert [len(n[1]) for n in notes] == [1, 1, 2], name  # note 3's two paragraphs
        links = [a for n in notes for a in n[2]]
        assert {"https://example.org/reports", "https://example.org/engineers",
                "https://example.org/quit"} <= set(links), name  # fmt: skip
        md = _edition(page, "md", "html")
        assert "#footnote-" not in md and "](#fn" not in md, name  # no dead links left
        assert md.count("[^3]") == 2, name  # the reference and the definition


def test_two_references_in_one_paragraph_leave_no_stray_link() -> None:
    ref = SHAPES["substack"][0]
    page = _page(ref, SHAPES["substack"][1], "{}").replace(
        "Residents are divided.", "Residents are divided." + ref.format(n=1))
    blocks = parse_article(page, fmt="html", source="t", article_id="t").blocks
    third = next(b for b in blocks if b.text.startswith("The council will vote"))
    assert [x.attrs for x in third.inline] == [{"footnote": "3"}, {"footnote": "1"}]
    assert third.text.endswith("repairs. Residents are divided.")
    md = _edition(page, "md", "html")
    assert "](#" not in md and md.count("[^1]") == 3  # two references and the definition


def test_a_holder_of_notes_is_no_note_and_unnamed_markup_is_no_footnote() -> None:
    # Pandoc's holder carries id="footnotes": its items are the notes, never the holder
    page = _page('<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref">'
                 "<sup>{n}</sup></a>", '<li id="fn{n}">{text}</li>',
                 '<section id="footnotes" class="footnotes" role="doc-endnotes"><hr /><ol>{}'
                 "</ol></section>")  # fmt: skip
    notes, ids, _ = page_footnotes(page)
    assert sorted(ids) == ["fn1", "fn2", "fn3"] and "footnotes" not in ids
    assert sorted(set(notes.values())) == ["1", "2", "3"]
    # control: the same notes in markup that names no footnote stay paragraphs and links
    plain = _page('<a href="#n{n}">{n}</a>', '<div id="n{n}">{text}</div>', "{}")
    assert page_footnotes(plain) == ({}, {}, {})
    md = _edition(plain, "md", "html")
    assert "[^" not in md and "https://example.org/quit" in md


def test_twenty_thousand_note_paragraphs_and_notes_in_linear_time() -> None:
    text = "# Notes\n\nText.[^1]\n\n[^1]: The first paragraph of the note.\n\n"
    text += "    Another paragraph of the same note.\n\n" * 20_000
    blocks = parse_article(text, fmt="md", source="t", article_id="t").blocks
    assert sum(1 for b in blocks for x in b.inline if x.attrs.get("continued")) == 20_000
    note = ('<div class="footnote"><a id="footnote-{n}" class="footnote-number" '
            'href="#footnote-anchor-{n}">{n}</a><div class="footnote-content"><p>Note {n} of '
            "the board.</p><p>Its second part {n}.</p></div></div>")  # fmt: skip
    page = "<html><body><article>" + "".join(note.format(n=i) for i in range(20_000))
    notes, ids, more = page_footnotes(page + "</article></body></html>")
    assert len(notes) == len(ids) == len(more) == 20_000
