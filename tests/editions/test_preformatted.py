"""A preformatted block of an HTML page (``<pre>``: a code listing) through the reader into the
editions (tenth boilerplate pass of issue 15): its lines are kept, in place, each a paragraph,
and a line that reads as code carries a code span into every edition (the fake engine tags
every sentence "[pt] ", the masked code included)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html

from translate.model import Edition
from translate.write import html as html_writer
from translate.write import markdown as md_writer

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern districts,"
    " after two years of debate about its cost and the route it should take.",
    "The transport department published the small program it uses to price a ticket by zone,"
    " so that anyone can check the fares it will charge on the new line.",
    "Construction is expected to begin next spring and to last about three years, the"
    " department said in a statement, adding that most of the work would be done at night.",
]
CODE = "def fare(zone):\n    return 2.5 * zone\n\nprint(fare(3))\n"


def test_a_pre_block_reaches_every_edition_unchanged(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    page = tmp_path / "tram.html"
    page.write_text(
        "<html><head><title>Tram line</title></head><body><article><h1>Tram line</h1>"
        f"<p>{BODY[0]}</p><p>{BODY[1]}</p><pre>{CODE}</pre><p>{BODY[2]}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    edition = build_edition(page, "pt-BR")
    targets = [b.target.removeprefix("[pt] ") for b in edition.blocks]
    at = targets.index("def fare(zone):")
    assert targets[at + 2] == "print(fare(3))" and targets[at + 3].endswith("at night.")
    assert targets[at - 1].endswith("on the new line.")
    assert "print(fare(3))`" in md_writer.render(edition)  # the code span around the line
    doc = lxml_html.document_fromstring(html_writer.render(edition))
    assert any((c.text or "").endswith("print(fare(3))") for c in doc.xpath("//article//code"))
