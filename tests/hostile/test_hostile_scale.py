"""Scale pass (``benchmarks/scale_hostile.py``): inputs whose cost grew faster than their size.

* A Markdown paragraph of thousands of emphasis or code spans was quadratic: joining touching
  spans of one kind (``read._joined``) looked for the span just before each one by scanning
  every span kept so far. It now finds it in a table keyed by (kind, end), with the same
  result as the old scan (checked here against it on random input). The work is counted, not
  timed: reads of the spans' fields grow linearly with the number of spans.
* An HTML paragraph (or a <div> with no block inside) holding tens of thousands of inline
  elements is quadratic inside trafilatura (libxml2's ``//p//text()``): 20,000 cost 1.1 s per
  extraction, 160 kB of them 17 s of CPU in ``translate run``, a few MB hours. It is refused at
  once (exit 3) past ``read.MAX_PARAGRAPH_ELEMENTS``, counted in one pass of lxml.
* The code and italic spans inside each sentence (``pipeline._code_pieces``, ``_italic_pieces``)
  were found by reading every span of the block for every sentence of it: quadratic in one long
  paragraph. They are found by bisection in an index of the block's spans, built once.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hostile.helpers import invoke, tree

from translate import pipeline, read
from translate.model import Block, InlineSpan, Segment


def _joined_by_scan(spans: list[InlineSpan]) -> list[InlineSpan]:
    """The old ``read._joined``: each span compared with every span kept before it."""
    out: list[InlineSpan] = []
    for span in spans:
        prior = next((i for i in range(len(out) - 1, -1, -1)
                      if out[i].kind == span.kind and out[i].end == span.start), None)
        if span.kind in read._JOINABLE and prior is not None and out[prior].attrs == span.attrs:
            out[prior] = InlineSpan(out[prior].start, span.end, span.kind, span.attrs)
            continue
        out.append(span)
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def test_joined_spans_same_as_the_old_scan_on_random_spans() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 30)
            spans.append(InlineSpan(start, start + rng.randint(1, 6),
                                    rng.choice(["em", "strong", "code", "link"]),
                                    rng.choice([{}, {"href": "a"}, {"href": "b"}])))
        spans.sort(key=lambda s: (s.start, -s.end))
        assert read._joined(list(spans)) == _joined_by_scan(list(spans))


class _Counted(InlineSpan):
    """An InlineSpan that counts every read of its fields."""

    reads: ClassVar[int] = 0

    def __getattribute__(self, name: str) -> Any:
        if name in ("start", "end", "kind", "attrs"):
            _Counted.reads += 1
        return super().__getattribute__(name)


def _reads_for(n: int) -> int:
    # n emphasis spans of one kind, none touching the one before: nothing joins, so the old
    # scan compared each span with all the ones before it
    spans: list[InlineSpan] = [_Counted(3 * i, 3 * i + 1, "em", {}) for i in range(n)]
    _Counted.reads = 0
    read._joined(spans)
    return _Counted.reads


def test_joining_spans_reads_each_span_a_bounded_number_of_times() -> None:
    small, large = _reads_for(500), _reads_for(4000)
    assert large <= 8 * small * 1.1  # linear (n log n at most for the sort); the scan was 64x
    assert large <= 40 * 4000


def test_a_paragraph_of_many_emphasis_spans_keeps_them_all() -> None:
    text = " and ".join(f"*word{i}* **bold{i}** `c{i}`" for i in range(3000))
    plain, spans = read.markdown_inline(text)
    assert len(spans) == 9000
    assert plain.startswith("word0 bold0 c0 and word1")
    assert [plain[s.start:s.end] for s in spans[:3]] == ["word0", "bold0", "c0"]


def _inline_page(n: int, block: str = "p") -> str:
    inner = " ".join(f"<b>word</b> <i>{i}</i>" for i in range(n // 2))
    return (f"<html><body><article><h1>City news</h1><{block}>The council said {inner}.</{block}>"
            "<p>The council met on Monday.</p></article></body></html>")


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("block", ["p", "div"])
def test_a_paragraph_of_too_many_inline_elements_is_refused_at_once(
    tmp_path: Path, block: str
) -> None:
    source = tmp_path / "inline.html"
    source.write_text(_inline_page(200_000, block), encoding="utf-8")  # 2.7 MB: hours
    out = tmp_path / "out"
    # the page's text (889,000 characters) is also over fuzz45's page-text limit, refused with
    # exit 12 first; lifted here, the crowded paragraph is still refused at once on its own
    invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--out", out,
           "--max-article-chars", "-1").refused(
        3, "an HTML paragraph with 200,000 elements in it (more than 10,000)"
    )
    assert tree(out) == []
    invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--out", out).refused(
        12, "more than 2 times the article limit"
    )
    assert tree(out) == []


def test_paragraph_elements_are_counted_per_paragraph() -> None:
    assert read._most_paragraph_elements(_inline_page(read.MAX_PARAGRAPH_ELEMENTS)) == (
        read.MAX_PARAGRAPH_ELEMENTS
    )
    # many paragraphs of a few elements each are a long page, not a crowded paragraph
    page = "<div>" + "".join(f"<p><a href='/{i}'>link</a> <b>{i}</b></p>" for i in range(8000))
    assert read._most_paragraph_elements(page + "</div>") == 2
    # elements in a <p> inside a <div> count for the <p> only
    assert read._most_paragraph_elements("<div><span>a</span><p><b>b</b><i>c</i></p></div>") == 2


def test_a_paragraph_at_the_limit_is_read() -> None:
    text = _inline_page(read.MAX_PARAGRAPH_ELEMENTS)
    read._refuse_crowded_paragraphs(text, "ok.html")  # no error
    with pytest.raises(read.InputError, match="10,002 elements"):
        read._refuse_crowded_paragraphs(_inline_page(read.MAX_PARAGRAPH_ELEMENTS + 2), "x.html")


def _pieces_by_scan(block: Block, seg: Segment, kind: str) -> list[str]:
    """The old ``pipeline._code_pieces`` / ``_italic_pieces``: every span read for each segment."""
    if kind == "em":
        italic = [x for x in block.inline if x.kind == "em"]
        if sum(x.end - x.start for x in italic) * 2 >= max(1, len(block.text)):
            return []
    return [block.text[x.start:x.end] for x in block.inline
            if x.kind == kind and seg.start <= x.start and x.end <= seg.end]


def _block(spans: list[InlineSpan], length: int) -> Block:
    return Block(kind="paragraph", text="abcdefghij" * (length // 10 + 1), inline=spans)


def _segment(start: int, end: int) -> Segment:
    return Segment(id="b0.s0", block=0, index=0, source="", start=start, end=end, lang="en")


def test_pieces_in_a_segment_same_as_the_old_scan_on_random_spans() -> None:
    rng = random.Random(5)
    for _ in range(1500):
        spans = []
        for _ in range(rng.randint(0, 20)):
            start = rng.randint(0, 60)
            kind = rng.choice(["em", "code", "link"])
            spans.append(InlineSpan(start, start + rng.randint(0, 8), kind))
        if rng.random() < 0.5:
            spans.sort(key=lambda s: (s.start, -s.end))
        block = _block(spans, rng.choice([40, 80, 400]))
        cuts = sorted(rng.sample(range(0, 70), 4))
        for a, b in itertools.pairwise(cuts):
            seg = _segment(a, b)
            assert pipeline._code_pieces(block, seg) == _pieces_by_scan(block, seg, "code")
            assert pipeline._italic_pieces(block, seg) == _pieces_by_scan(block, seg, "em")


def _piece_reads(n: int) -> int:
    # n code spans in one paragraph, a segment every 4 spans: the old scan read all n spans
    # for each of the n/4 segments
    spans: list[InlineSpan] = [_Counted(10 * i, 10 * i + 4, "code", {}) for i in range(n)]
    block = _block(spans, 10 * n)
    _Counted.reads = 0
    for k in range(0, n, 4):
        pipeline._code_pieces(block, _segment(10 * k, 10 * (k + 4)))
        pipeline._italic_pieces(block, _segment(10 * k, 10 * (k + 4)))
    return _Counted.reads


def test_finding_the_pieces_of_every_segment_reads_each_span_a_bounded_number_of_times() -> None:
    small, large = _piece_reads(400), _piece_reads(3200)
    assert large <= 8 * small * 1.2  # linear (n log n for the index); the scan was 64x
    assert large <= 20 * 3200
