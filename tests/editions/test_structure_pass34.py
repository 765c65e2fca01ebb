"""Thirty-fourth structure pass: a sentence the engine answers with a language note only.

A changelog's list item ends with its issue's link in parentheses ("Improved UI for the
progress bars. ([#1324](https://github.com/httpie/cli/pull/1324))", HTTPie's changelog, set
AJ). The segmenter makes "(#1324)" a sentence of its own; the embedded model answers it with
"(em inglês)", a note the untranslatable stage removes as invented, which left the sentence
empty: its words and the link on them were out of the md, html and json editions (the XLIFF
and PO editions, which carry the source's placeholders, still counted the link). An answer
that is nothing but such a note now gives way to the source as written."""

from __future__ import annotations

import json

import lxml.html
from markdown_it import MarkdownIt

from translate import untranslatable

URLS = [
    "https://github.com/example/tool/pull/1317",
    "https://github.com/example/tool/pull/1324",
]
CHANGELOG = f"""# Changes

## 3.2.0 (2022-05-05)

- Added support for man pages (and auto generation of them from the parser declaration). ([#1317]({URLS[0]}))
- Improved UI for the progress bars. ([#1324]({URLS[1]}))
"""  # noqa: E501


def _md_hrefs(text: str) -> list[str]:
    md = MarkdownIt("commonmark")
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    return [
        str(child.attrs["href"])
        for token in md.parse(text)
        for child in token.children or []
        if child.type == "link_open"
    ]


def test_an_answer_that_is_only_a_language_note_keeps_the_source() -> None:
    text, changes = untranslatable.repair("(#1324)", "(em inglês)")
    assert text == "(#1324)"
    assert [c["rule"] for c in changes] == ["invented-answer"]
    # a note beside the engine's words is still removed, the words kept
    assert untranslatable.repair("Ninfa Wood", "Ninfa Wood (em inglês)")[0] == "Ninfa Wood"


def test_a_changelogs_issue_links_reach_every_edition() -> None:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.write import get_writer

    article = parse_article(CHANGELOG, fmt="md", source="CHANGELOG.md", article_id="c")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    md = get_writer("md").render(edition)
    assert _md_hrefs(md) == URLS
    html = get_writer("html").render(edition)
    hrefs = [a.get("href") for a in lxml.html.document_fromstring(html).iter("a")]
    assert [h for h in hrefs if h in URLS] == URLS
    data = json.loads(get_writer("json").render(edition))
    placed = [s["attrs"]["href"] for b in data["blocks"] for s in b.get("inline", [])]
    assert placed == URLS
    for block in data["blocks"]:
        for seg in block["segments"]:
            assert seg["target"].strip(), seg  # no sentence left empty
