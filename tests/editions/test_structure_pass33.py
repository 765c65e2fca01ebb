"""Thirty-third structure pass: a link's address holding an entity reference's letters.

A page's ``href`` may hold the letters "&amp;" (the ampersand escaped twice in its HTML: a
development page of set AG, ``...?utm_medium=website&amp;utm_source=shi-blog``). HTML and JSON
kept that address; the Markdown edition wrote it as it is, and CommonMark decodes entity
references in a link destination, so the edition's link was read back as another address
("...&utm_source=..."). The writer now escapes such an ``&`` with a backslash."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

from translate import inline
from translate.model import Edition, InlineSpan
from translate.write import get_writer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_inline import _edition, _phrases

SHI = "https://www.shi.com/partners/crowdstrike?utm_medium=website&amp;utm_source=shi-blog"
PLAIN = "https://x.org/?a=1&b=2&copy=3"


def _md_hrefs(text: str) -> list[str]:
    """Every link destination of a Markdown text as CommonMark reads it (no normalization)."""
    md = MarkdownIt("commonmark")
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    out: list[str] = []
    for token in md.parse(text):
        for child in token.children or []:
            if child.type == "link_open":
                out.append(str(child.attrs["href"]))
    return out


def _two_links() -> Edition:
    source = "Tap into the CrowdStrike ecosystem and the plain one."
    spans = [
        InlineSpan(13, 34, "link", {"href": SHI}),
        InlineSpan(43, 52, "link", {"href": PLAIN}),
    ]
    assert source[13:34] == "CrowdStrike ecosystem" and source[43:52] == "plain one"
    edition = _edition(source, spans, ["Aproveite o ecossistema CrowdStrike e o simples."])
    table = {"CrowdStrike ecosystem": "ecossistema CrowdStrike", "plain one": "simples"}
    inline.restore(edition, _phrases(table), trailing=True)
    return edition


def test_an_address_holding_amp_is_read_back_whole_from_every_format() -> None:
    edition = _two_links()
    md = get_writer("md").render(edition)
    assert _md_hrefs(md) == [SHI, PLAIN]
    html = get_writer("html").render(edition)
    assert [a.get("href") for a in lxml.html.document_fromstring(html).iter("a")] == [SHI, PLAIN]
    data = json.loads(get_writer("json").render(edition))
    hrefs = [x["attrs"]["href"] for b in data["blocks"] for x in b.get("inline", [])
             if "href" in x.get("attrs", {})]  # fmt: skip
    assert hrefs == [SHI, PLAIN]


def test_an_ampersand_that_begins_no_entity_is_written_as_it_is() -> None:
    md = get_writer("md").render(_two_links())
    assert f"]({PLAIN})" in md  # "&b=2", "&copy=3": no entity reference, nothing escaped
    assert "\\&amp;utm_source" in md
