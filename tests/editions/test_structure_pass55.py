"""struct55: inline structure carried through translation (issue 15), fifty-fifth structure pass.

A footnote reference that follows a linked word (``<a href="…">the report</a><sup><a
href="#fn:1">1</a></sup>``) is read as a footnote reference on that word, which is the link's
last word: the Markdown writer wrote the reference inside the link's text, ``[the
report[^1]](url)``, which a Markdown reader with footnotes (markdown-it's footnote plugin, the
structure evaluators' reader) reads as text, a reference and text: the Markdown edition lost the
link that its HTML and JSON editions keep. The reference is now written after the link,
``[the report](url)[^1]``. The pages are written for the tests.
"""

from __future__ import annotations

import json

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from translate.locales import parse_targets
from translate.model import InlineSpan
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import parse_article
from translate.write import get_writer

# struct53's Python-Markdown page (tests/editions/test_structure_pass53.py), its first two
# references after a linked word
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


def _edition(text: str, fmt: str, fmt_in: str = "html") -> str:
    article = parse_article(text, fmt=fmt_in, source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _md_links(markdown: str) -> tuple[list[str], int]:
    """The links and the footnote references markdown-it (with footnotes) reads."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    links: list[str] = []
    refs = 0
    for t in MarkdownIt("commonmark").use(footnote_plugin).parse(body):
        for c in t.children or []:
            links += [str(c.attrs.get("href"))] if c.type == "link_open" else []
            refs += c.type == "footnote_ref"
    return links, refs


def test_a_reference_after_a_linked_word_keeps_the_link_in_markdown() -> None:
    page = PAGE.format(r1=REF.format(n=1), r2=REF.format(n=2), r3=REF.format(n=3), notes=NOTES)
    md = _edition(page, "md")
    links, refs = _md_links(md)
    assert "https://example.org/rates" in links and "https://example.org/leaks" in links
    assert refs == 3  # every reference, once
    assert md.count("[^1]") == 2 and md.count("[^2]") == 2  # reference and definition
    assert "[^1]](" not in md and "[^2]](" not in md  # no reference inside a link's text
    # the HTML and JSON editions keep the links as before
    html = _edition(page, "html")
    assert 'href="https://example.org/rates"' in html and 'href="https://example.org/leaks"' in html
    data = json.loads(_edition(page, "json"))
    assert "https://example.org/rates" in json.dumps(data)


def test_a_markdown_reference_after_a_link_stays_after_it() -> None:
    # control (passes on the base too): the Markdown reader puts "[link](url)[^1]"'s reference
    # on the word after the link, so it was written after the link already
    source = ("# Water\n\nAccording to [its own annual reports](https://example.org/r)[^1] the "
              "utility has lost money.\n\n[^1]: Published every spring.\n")  # fmt: skip
    links, refs = _md_links(_edition(source, "md", "md"))
    assert links == ["https://example.org/r"] and refs == 1


def test_a_reference_outside_a_link_and_a_link_without_a_reference_stay() -> None:
    from translate.write.markdown import _notes_after_links

    link = InlineSpan(0, 10, "link", {"href": "https://x.org"})
    ref = InlineSpan(12, 16, "link", {"footnote": "1"})
    definition = InlineSpan(0, 20, "link", {"footnote": "2", "definition": "1"})
    assert _notes_after_links([link, ref]) == [link, ref]
    assert _notes_after_links([definition, link]) == [definition, link]
    inner = InlineSpan(4, 10, "link", {"footnote": "1"})
    assert _notes_after_links([link, inner]) == [InlineSpan(0, 10, "link", {"footnote": "1"}),
                                                 link]  # fmt: skip


def test_twenty_thousand_references_after_links_in_linear_time() -> None:
    from translate.write.markdown import _notes_after_links

    spans: list[InlineSpan] = []
    for k in range(20_000):
        spans.append(InlineSpan(10 * k, 10 * k + 6, "link", {"href": f"https://x.org/{k}"}))
        spans.append(InlineSpan(10 * k + 3, 10 * k + 6, "link", {"footnote": str(k)}))
    out = _notes_after_links(spans)
    assert len(out) == 40_000
    assert out[0] == InlineSpan(0, 6, "link", {"footnote": "0"})
    assert out[19_999] == InlineSpan(199_990, 199_996, "link", {"footnote": "19999"})
