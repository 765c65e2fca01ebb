"""Twenty-sixth structure pass: a link is never placed inside another link's words.

A source's links never nest. When the engine translates a link's words ("pre-commit" as
"pré-compromisso", "retext" as "retexto") and keeps the same letters inside another link's name
or code (`` [`ruff-pre-commit`](url) ``, `` [`remark-retext`](url) ``), the placement by the
link's own words put it inside the other link: HTML wrote an ``<a>`` inside an ``<a>`` and the
Markdown edition, whose code span holds no markup, lost it (Ruff's README, development set V;
remark's plugin list, development set AF). Such a link is placed again like a span not found
(the sentence marked, its words alone, the run of words that covers them)."""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

from translate import inline
from translate.model import Edition, InlineSpan
from translate.write import get_writer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_inline import _edition, _phrases, _spans

PRE = "https://pre-commit.com/"
RUFF = "https://github.com/astral-sh/ruff-pre-commit"
RETEXT = "https://github.com/retextjs/retext"
PLUGIN = "https://github.com/remarkjs/remark-retext"


def _md_links(text: str) -> list[tuple[str, str]]:
    """(text, href) of every link of a Markdown edition, read back by markdown-it."""
    out: list[tuple[str, str]] = []
    for token in MarkdownIt().parse(text):
        children = token.children or []
        for k, child in enumerate(children):
            if child.type == "link_open":
                words = []
                for later in children[k + 1 :]:
                    if later.type == "link_close":
                        break
                    words.append(later.content)
                out.append(("".join(words), str(child.attrs["href"])))
    return out


def _html_links(text: str) -> list[tuple[str, str]]:
    root = lxml.html.document_fromstring(text)
    assert not root.xpath("//a//a"), "a link inside a link"
    return [(a.text_content(), a.get("href") or "") for a in root.iter("a")]


def _ruff() -> Edition:
    source = "Ruff can also be used as a pre-commit hook via ruff-pre-commit:"
    spans = [
        InlineSpan(27, 37, "link", {"href": PRE}),
        InlineSpan(47, 62, "link", {"href": RUFF}),
        InlineSpan(47, 62, "code"),
    ]
    assert source[27:37] == "pre-commit" and source[47:62] == "ruff-pre-commit"
    target = "Ruff também pode ser usado como um gancho pré-compromisso via ruff-pre-commit:"
    return _edition(source, spans, [target])


def test_a_link_found_inside_a_later_links_code_is_placed_on_its_translation() -> None:
    edition = _ruff()
    assert inline.restore(edition, _phrases({"pre-commit": "pré-compromisso"})) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [
        ("link", "pré-compromisso", PRE),
        ("link", "ruff-pre-commit", RUFF),
        ("code", "ruff-pre-commit", ""),
    ]


def test_a_link_found_inside_an_earlier_links_code_is_placed_on_its_translation() -> None:
    source = "remark-retext — transform to retext"
    spans = [
        InlineSpan(0, 13, "link", {"href": PLUGIN}),
        InlineSpan(0, 13, "code"),
        InlineSpan(29, 35, "link", {"href": RETEXT}),
    ]
    assert source[29:35] == "retext"
    edition = _edition(source, spans, ["remark-retext — transforma-se em retexto"])
    assert inline.restore(edition, _phrases({"retext": "retexto"})) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [
        ("link", "remark-retext", PLUGIN),
        ("code", "remark-retext", ""),
        ("link", "retexto", RETEXT),
    ]


def test_both_links_are_written_in_markdown_and_html_none_inside_the_other() -> None:
    edition = _ruff()
    inline.restore(edition, _phrases({"pre-commit": "pré-compromisso"}))
    md = get_writer("md").render(edition)
    assert _md_links(md) == [("pré-compromisso", PRE), ("ruff-pre-commit", RUFF)]
    html = get_writer("html").render(edition)
    assert _html_links(html) == [("pré-compromisso", PRE), ("ruff-pre-commit", RUFF)]
    json_links = [
        x["attrs"]["href"]
        for b in json.loads(get_writer("json").render(edition))["blocks"]
        for x in b.get("inline", [])
        if "href" in x.get("attrs", {})
    ]
    assert json_links == [PRE, RUFF]


def test_a_link_with_no_other_place_is_written_after_its_sentence_not_nested() -> None:
    # the engine gives nothing for the span's words: no place but inside the other link, so
    # with ``trailing`` the address goes after the sentence (never lost), and never nested
    edition = _ruff()
    findings = inline.restore(edition, _phrases({}), trailing=True)
    block = edition.blocks[0]
    links = [(s.start, s.end) for s in block.inline if s.kind == "link"]
    assert all(not (a < d and c < b) for (a, b), (c, d) in combinations(links, 2))
    assert [f.data["href"] for f in findings] == [PRE]
    assert PRE in [s.attrs.get("href") for s in block.inline]


def test_links_beside_each_other_and_a_link_over_code_are_placed_as_before() -> None:
    source = "Use ruff and black together."
    spans = [
        InlineSpan(4, 8, "link", {"href": "https://x.org/ruff"}),
        InlineSpan(4, 8, "code"),
        InlineSpan(13, 18, "link", {"href": "https://x.org/black"}),
    ]
    edition = _edition(source, spans, ["Use ruff e black juntos."])
    assert inline.restore(edition, _phrases({})) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [
        ("link", "ruff", "https://x.org/ruff"),
        ("code", "ruff", ""),
        ("link", "black", "https://x.org/black"),
    ]
