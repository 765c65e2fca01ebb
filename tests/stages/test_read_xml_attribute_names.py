"""A page whose markup carries attribute names XML does not allow (a word processor's markup
pasted into a CMS: ``<ul style='"MARGIN-TOP:' 34b3f3ffd1714b54a7848a8a3dd49191>``) is read,
not a crash: trafilatura's XML output carries some attributes over and then fails to parse
itself (lxml XMLSyntaxError), so the reader extracts such a page again with those attributes
removed (translate.read._extract_xml; issue 15, twenty-eighth boilerplate pass)."""

from __future__ import annotations

import gzip
from pathlib import Path

from translate.read import _extract_xml, _xml_safe_tree, parse_article

CORPUS = Path(__file__).resolve().parents[1] / "data" / "realworld"
# capital.gr (Greek), one of held-out set t's pages (SmartReader's own test pages): main's reader
# raised lxml.etree.XMLSyntaxError on it, which stopped the set's evaluation
CAPITAL = CORPUS / "heldout_t" / "pages" / "smartreader-capital-gr.html.gz"

WORD_MARKUP = (
    "<html><body><article>"
    '<ul style=\'"MARGIN-TOP:\' 34b3f3ffd1714b54a7848a8a3dd49191 type="disc">'
    '<li class="MsoNormal" style=\'"MARGIN:\' 9fad2661fa574de0b72f2fcbd38326b6>'
    "The council approved the pipeline on Tuesday.</li></ul>"
    "</article></body></html>"
)


def test_the_real_page_that_crashed_the_reader_is_read() -> None:
    html = gzip.decompress(CAPITAL.read_bytes()).decode("utf-8")
    article = parse_article(html, fmt="html", source="capital", article_id="capital")
    body = [b for b in article.blocks if b.kind != "title"]
    assert len(body) >= 5
    # the Greek article itself, not furniture: its opening words are among the blocks
    assert any("αγωγού πετρελαίου" in b.text for b in body)
    # the inline links of the article are read too (the extraction with links is what crashed)
    assert any(s.kind == "link" for b in body for s in b.inline)


def test_only_the_attribute_names_xml_refuses_are_removed() -> None:
    tree = _xml_safe_tree(WORD_MARKUP)
    ul = tree.find(".//ul")
    li = tree.find(".//li")
    assert sorted(ul.attrib) == ["style", "type"]
    assert sorted(li.attrib) == ["class", "style"]
    assert li.text == "The council approved the pipeline on Tuesday."


def test_a_page_that_extracts_is_extracted_exactly_as_before() -> None:
    import trafilatura

    page = (
        "<html><body><article>"
        + "<p>The council met on Monday evening to discuss the new bridge over the river.</p>" * 4
        + "</article></body></html>"
    )
    options = {"output_format": "xml", "include_links": True, "with_metadata": False}
    assert _extract_xml(page, **options) == trafilatura.extract(page, **options)
