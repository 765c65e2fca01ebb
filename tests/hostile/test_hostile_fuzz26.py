"""The twenty-fifth pass's hostile inputs: what stays under the article size limit.

A paragraph of thousands of links in sentences of news length made the engine translate each
link's whole sentence again, marked (15-19 ms of CPU a link): ``inline._AskBudget`` bounds what
the engine is asked for an article's spans by the article's own size.
"""

from __future__ import annotations

from typing import Any

import pytest

from translate import inline
from translate.model import (
    Article,
    Block,
    Edition,
    EditionBlock,
    InlineSpan,
    Segment,
    Signature,
    TranslatedSegment,
)


def _paragraph(words: list[str], per_sentence: int) -> tuple[Edition, EditionBlock]:
    """One block of links on ``words``, cut into sentences of ``per_sentence`` links; the
    target says every word otherwise (``artigoN`` for ``itemN``), so no link is found
    directly and each one is asked for."""
    source = " ".join(words)
    spans: list[InlineSpan] = []
    at = 0
    for i, w in enumerate(words):
        spans.append(InlineSpan(at, at + len(w), "link", {"href": f"/p{i}"}))
        at += len(w) + 1
    segs: list[TranslatedSegment] = []
    for k in range(0, len(words), per_sentence):
        start = sum(len(w) + 1 for w in words[:k])
        text = " ".join(words[k : k + per_sentence])
        target = text.replace("item", "artigo")
        n = len(segs)
        segs.append(TranslatedSegment(
            Segment(f"b0.s{n}", 0, n, text, start, start + len(text), "en"), target))  # fmt: skip
    block = EditionBlock("paragraph", 0, source, segs, source_inline=spans, joiner=" ")
    article = Article("a", [Block("paragraph", source, inline=spans)], "a.md", "md")
    edition = Edition(article, "pt-BR", "en", "pt", "ltr", [block],
                      Signature("fake", "m", "1", None, "none", "47", "0"),
                      "2020-01-01T00:00:00Z")  # fmt: skip
    return edition, block


def _engine(asked: list[str]) -> inline.PhraseTranslator:
    def phrases(batch: list[str]) -> list[str]:
        asked.extend(batch)
        return [p.replace("item", "artigo") for p in batch]

    return phrases


def test_thousands_of_links_in_news_length_sentences_ask_the_engine_in_proportion() -> None:
    """2,000 links, 100 to a sentence of about 850 characters: before the allowance each link
    sent its sentence, marked (2,000 texts, 1.7 million characters); now the engine reads at
    most about the article again, and every link keeps its address."""
    words = [f"item{i}" for i in range(2000)]
    edition, block = _paragraph(words, 100)
    asked: list[str] = []
    findings = inline.restore(edition, _engine(asked), trailing=True)
    size = sum(len(s.source) for s in block.segments)
    # at most 64 texts and one per sentence and per 20 characters; 4,000 characters and one
    # per character of the sentences (main asked for 2,000 texts of 1.7 million characters)
    assert len(set(asked)) <= 64 + len(block.segments) + size // 20
    assert sum(len(t) for t in set(asked)) <= 4_000 + size
    linked = {s.attrs["href"] for s in block.inline if s.kind == "link"}
    assert linked == {f"/p{i}" for i in range(2000)}  # placed, or after its sentence on ↗
    spent = [f for f in findings if "allowance" in f.message]
    assert spent and all(f.severity == "warning" for f in spent)


def test_a_few_links_are_asked_for_as_before() -> None:
    """Inside the allowance nothing changes: each link not found directly is asked for with
    its sentence marked, then alone, and placed."""
    words = [f"item{i}" for i in range(30)]
    edition, block = _paragraph(words, 10)
    asked: list[str] = []
    findings = inline.restore(edition, _engine(asked), trailing=True)
    assert findings == []
    assert sum(1 for t in asked if "[" in t or "(" in t) == 30  # each sentence marked per link
    assert len(block.inline) == 30 and inline.TRAILING not in block.target


def test_the_text_of_a_paragraph_of_thousands_of_links_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``read_media._runs`` (a page's link lines, its links' places) summed the text read so far
    at each element: a paragraph of 3,000 links was 40 million additions (the size benchmark's
    ``many-links-html`` shape of 194,000 characters: over 400 s with the fake engine). The
    result is the same; what is added up stays in proportion to the paragraph."""
    import builtins

    import lxml.html

    from translate import read_media

    summed = [0]

    def counting(items: Any, *args: Any) -> Any:
        values = list(items)
        summed[0] += len(values)
        return builtins.sum(values, *args)

    monkeypatch.setattr(read_media, "sum", counting, raising=False)
    n = 3000
    html = "<p>The minister spoke. " + "".join(
        f'<a href="/p{i}">link <b>{i}</b></a> and ' for i in range(n)) + "more.</p>"
    el = lxml.html.fromstring(html)
    text, spans = read_media._runs(el, "https://news.example.org/a")
    assert summed[0] <= 10 * n  # main: 40.5 million here
    assert len(spans) == n
    assert [text[s.start : s.end] for s in spans[:3]] == ["link 0", "link 1", "link 2"]
    assert spans[-1].attrs["href"] == f"https://news.example.org/p{n - 1}"
    assert text.startswith("The minister spoke. link 0 and link 1") and text.endswith("more.")
