"""Sixteenth structure pass: links and headings of an HTML article that trafilatura's second
extraction (with links) or the JSON-LD articleBody lost are read from the page's own elements,
and stand in every edition format."""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
from markdown_it import MarkdownIt

from translate.model import Edition
from translate.read import parse_article
from translate.read_media import ld_page_blocks, page_links
from translate.write import get_writer

Y = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "html_structure_y" / "html"

PAGE = """<html><body><nav><p>Read <a href="https://ex.org/menu">the menu</a> now.</p></nav>
<main><h2>Havenly</h2>
<p>Havenly starts you off with a <a href="https://ex.org/quiz">style quiz</a> and a call.</p>
<p>LEARN MORE</p>
<ul><li><p>Fee: <a href="/fees">$99</a> for mini.</p></li></ul>
<p>Best for: the budget-conscious homeowner.</p>
<p>Best for: the <a href="https://ex.org/other">budget-conscious</a> homeowner.</p>
</main></body></html>"""


def test_page_links_reads_the_pages_own_blocks_outside_furniture() -> None:
    own = page_links(PAGE, "https://ex.org/a/b")
    text, spans, tag = own["Havenlystartsyouoffwithastylequizandacall."]
    assert tag == "p" and [text[s.start : s.end] for s in spans] == ["style quiz"]
    assert spans[0].attrs["href"] == "https://ex.org/quiz"
    # a relative address made absolute; an item holding its paragraph reads the same
    text, spans, _ = own["Fee:$99formini."]
    assert [(text[s.start : s.end], s.attrs["href"]) for s in spans] == [
        ("$99", "https://ex.org/fees")
    ]
    assert "Readthemenunow." not in own  # in a <nav>
    # the same words twice, once with a link and once without: which one is meant is unknown
    assert "Bestfor:thebudget-conscioushomeowner." not in own
    assert page_links("<p>No link here at all.</p>", None) == {}


def test_json_ld_body_in_one_run_is_read_from_the_pages_elements() -> None:
    body = ("Havenly Havenly starts you off with a style quiz and a call. LEARN MORE "
            "Fee: $99 for mini.")  # fmt: skip
    blocks = ld_page_blocks(body, PAGE, "https://ex.org/a/b")
    assert blocks is not None
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 2, "Havenly"),
        ("paragraph", 0, "Havenly starts you off with a style quiz and a call."),
        ("paragraph", 0, "LEARN MORE"),
        ("list_item", 0, "Fee: $99 for mini."),
    ]
    assert [s.attrs["href"] for b in blocks for s in b.inline] == [
        "https://ex.org/quiz", "https://ex.org/fees",
    ]  # fmt: skip
    # a line break between two words is a space between them
    br = ld_page_blocks("Best for: you.LEARN MORE", '<p>Best for: you.<br><a href="https://'
                        'ex.org/m">LEARN MORE</a></p>', None)  # fmt: skip
    assert br is not None and [b.text for b in br] == ["Best for: you. LEARN MORE"]
    # a body the elements do not cover wholly is not taken from them
    assert ld_page_blocks(body + " A sentence the page does not hold.", PAGE, None) is None
    assert ld_page_blocks("", PAGE, None) is None


def _article_links(html: str) -> list[str]:
    doc = lxml.html.document_fromstring(html)
    return [str(a.get("href")) for a in doc.iter("a") if str(a.get("href")).startswith("http")]


def _md(text: str) -> tuple[list[str], list[str]]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    links: list[str] = []
    headings: list[str] = []
    tokens = MarkdownIt("commonmark").parse(body)
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            headings.append(tokens[i + 1].content)
        for child in tok.children or []:
            if child.type == "link_open":
                links.append(str(child.attrs["href"]))
    return links, headings


def _in_every_format(edition: Edition, hrefs: list[str], headings: int) -> None:
    links, heads = _md(get_writer("md").render(edition))
    assert all(h in links for h in hrefs)
    assert len(heads) >= headings
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert all(h in [a.get("href") for a in doc.iter("a")] for h in hrefs)
    assert len(doc.xpath("//h2|//h3|//h4|//h5|//h6")) >= headings
    data = json.loads(get_writer("json").render(edition))
    attrs = [s.get("attrs", {}).get("href") for b in data["blocks"] for s in b.get("inline", [])]
    assert all(h in attrs for h in hrefs)
    xliff = "".join(ET.fromstring(get_writer("xliff").render(edition)).itertext())
    assert all(h in xliff for h in hrefs)
    comments = "\n".join(e.comment for e in polib.pofile(get_writer("po").render(edition)))
    assert all(h in comments for h in hrefs)


def test_a_json_ld_article_keeps_its_headings_and_links(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """ELLE Decor's page (set Y): the HTML extraction kept one paragraph, so the article came
    from the JSON-LD articleBody, one run of plain text: one paragraph of 456 words, no
    heading, no link. The page's elements cover that text: 2 of its headings and 6 links."""
    html = gzip.decompress((Y / "wceb-0133-elledecor.html.gz").read_bytes()).decode()
    article = parse_article(html, fmt="html", source="elledecor.html")
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert {"Havenly", "Pottery Barn", "The Expert"} <= set(headings)
    hrefs = [str(s.attrs["href"]) for b in article.blocks for s in b.inline if s.kind == "link"]
    assert "https://www.elledecor.com/home-remodeling-renovating/" in hrefs
    path = tmp_path / "elledecor.html"
    path.write_text(html, encoding="utf-8")
    _in_every_format(build_edition(path, "pt-BR"), ["https://www.elledecor.com/shopping/"], 3)


def test_a_kept_paragraph_the_marked_extraction_left_out_keeps_its_link(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """FullStack's page (set Y): the extraction with links settles on another part of the page,
    so the first paragraph came without its link; it is read from the paragraph itself."""
    html = gzip.decompress((Y / "wceb-0183-fullstack.html.gz").read_bytes()).decode()
    article = parse_article(html, fmt="html", source="fullstack.html")
    first = next(b for b in article.blocks if b.text.startswith("To stay competitive"))
    assert [first.text[s.start : s.end] for s in first.inline] == ["custom software solutions"]
    path = tmp_path / "fullstack.html"
    path.write_text(html, encoding="utf-8")
    href = "https://www.fullstack.com/labs/service/custom-software-development"
    _in_every_format(build_edition(path, "pt-BR"), [href], 1)
