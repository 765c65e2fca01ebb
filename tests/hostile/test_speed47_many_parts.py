"""A paragraph of thousands of hard line breaks (fuzz46's slow case 256: a 157 kB Markdown
page of "line 7 of the river  " lines) was read whole for each break three times: the sentence
cut at the breaks looked at every break for each sentence and each gap, the inline stage looked
at every sentence for each break, and a span not placed counted its number from the block's
first span. These tests count the reads (no timing) and check that the answers are the ones the
whole reads give."""

from __future__ import annotations

from typing import Any

import pytest

from translate import inline, segment
from translate.model import (
    Article,
    Block,
    Edition,
    EditionBlock,
    InlineSpan,
    LanguageGuess,
    Segment,
    Signature,
    TranslatedSegment,
)
from translate.segment import segment_article


class _Counted(list):  # type: ignore[type-arg]
    """A list that counts the times it is read from its start."""

    reads = 0

    def __iter__(self) -> Any:
        type(self).reads += 1
        return super().__iter__()


def _lines(n: int) -> Block:
    lines = [f"Line {i} of the river." if i % 3 else f"line {i} of the court" for i in range(n)]
    spans, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        spans.append(InlineSpan(at, at + 1, "br"))
        at += 1
    return Block(kind="paragraph", text=" ".join(lines), inline=spans)


def _reference_cut(
    text: str, spans: list[tuple[int, int]], breaks: list[int], rules: Any
) -> list[tuple[int, int]]:
    """segment._cut_at_line_breaks as it read the breaks before (whole, for each sentence)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo = start
        for at in sorted(b for b in breaks if start < b < end):
            if segment._ends_line(text, lo, at, end, rules):
                piece = segment._trim(text, lo, at)
                if piece[0] < piece[1]:
                    out.append(piece)
                lo = at
        piece = segment._trim(text, lo, end)
        if piece[0] < piece[1]:
            out.append(piece)
    joined: list[tuple[int, int]] = []
    for piece in out:
        prior = joined[-1] if joined else None
        if prior is None or any(prior[1] <= b < piece[0] for b in breaks):
            joined.append(piece)
        elif segment._LIST_NUMBER.fullmatch(text, *prior):
            joined[-1] = (prior[0], piece[1])
        elif lead := segment._LEAD_NUMBER.search(text, *prior):
            joined[-1] = segment._trim(text, prior[0], lead.start(1))
            joined.append((lead.start(1), piece[1]))
        else:
            joined.append(piece)
    return segment._merge_fragments(text, joined)


@pytest.mark.parametrize("text", [
    "Circular Motion Alex Foster (Grove) Alex Foster’s novel. 2. Norway and 3. Finland",
    "As follows: 1. Finland, then 2. Norway said the mayor that day. Ninfa Wood Walnut Creek",
])
def test_the_cut_at_line_breaks_is_the_whole_read_s(text: str) -> None:
    rules = segment.segment_rules("en")
    spans = segment.split_sentences(text, "en")
    for step in (1, 2, 3, 5, 7):
        breaks = [i for i in range(0, len(text), step) if text[i] == " "]
        breaks += breaks[:3]  # the same break twice
        assert segment._cut_at_line_breaks(text, spans, breaks, rules) == _reference_cut(
            text, spans, breaks, rules)


def test_the_breaks_are_read_once_per_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    block = _lines(300)
    seen: list[int] = []
    real = segment._cut_at_line_breaks

    def cut(text: str, spans: Any, breaks: list[int], rules: Any) -> Any:
        counted = _Counted(breaks)
        _Counted.reads = 0
        got = real(text, spans, counted, rules)
        seen.append(_Counted.reads)
        assert got == _reference_cut(text, spans, breaks, rules)
        return got

    monkeypatch.setattr(segment, "_cut_at_line_breaks", cut)
    article = Article(id="a", source="a", format="text", blocks=[block])
    article.lang = LanguageGuess("en", 1.0)
    assert len(segment_article(article)) >= 100
    assert seen and max(seen) <= 2  # was once per sentence and once per piece: hundreds


def _edition(n: int, empty: frozenset[int] = frozenset()) -> tuple[Edition, EditionBlock]:
    """One block of ``n`` sentences "Line i." with a line break after each but the last, and a
    span ``b`` over a word of each; the sentences in ``empty`` have no target."""
    text, segs, spans = "", [], []
    for i in range(n):
        start = len(text)
        src = f"Line {i}."
        text += src
        seg = Segment(f"b0.s{i}", 0, i, src, start, start + len(src), "en")
        segs.append(TranslatedSegment(seg, "" if i in empty else f"Linha {i}."))
        spans.append(InlineSpan(start, start + 4, "strong"))
        if i < n - 1:
            spans.append(InlineSpan(len(text), len(text) + 1, "br"))
            text += " "
    article = Article("a", [Block("paragraph", text, inline=spans)], "a.md", "md")
    block = EditionBlock("paragraph", 0, text, segs, source_inline=spans)
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    edition = Edition(article, "pt-BR", "en", "pt", "ltr", [block], signature,
                      "2020-01-01T00:00:00Z")
    return edition, block


def test_a_break_by_bisection_is_where_the_whole_read_puts_it() -> None:
    _, block = _edition(8, empty=frozenset({0, 3, 4, 7}))
    placed = inline._segment_offsets(block)
    order = inline._Order.of([s.segment.end for s in block.segments], placed)
    for start in range(len(block.source) + 1):
        for width in (0, 1, 2):
            span = InlineSpan(start, start + width, "br")
            assert inline._break(block, span, placed, order) == inline._break(
                block, span, placed)


def test_the_sentences_are_not_read_for_each_break() -> None:
    edition, block = _edition(300)
    block.segments = _Counted(block.segments)
    _Counted.reads = 0
    inline.restore(edition, lambda batch: ["" for _ in batch])
    assert _Counted.reads < 20  # was one read per line break: 299 and more


def test_a_lost_span_s_number_is_not_counted_from_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edition, block = _edition(200)
    for seg in block.segments:
        seg.target = "Sem palavras."  # no span's words: every "strong" is lost
    calls: list[int] = []
    real = inline._number

    def counted(block: EditionBlock, span: InlineSpan) -> int:
        calls.append(1)
        return real(block, span)

    monkeypatch.setattr(inline, "_number", counted)
    findings = inline.restore(edition, lambda batch: ["" for _ in batch])
    numbers = [f.data["span"] for f in findings if f.data.get("kind") == "strong"]
    want = [k + 1 for k, s in enumerate(block.source_inline) if s.kind == "strong"]
    assert numbers == want
    assert len(calls) == 0  # was one scan of the block's spans per lost span
