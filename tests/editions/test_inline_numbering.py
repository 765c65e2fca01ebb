"""A target span is numbered after the source span of its own sentence: when an earlier sentence
lost its emphasis, the PO edition had written ``<2>apenas</2>`` for the source's ``<4>only</4>``
(a real page, postlight-bustle-com; found by translate-toolkit's pofilter, ``python
benchmarks/sweep_pofilter.py --every 5``: 35 units of 5 pages had a target number the source
does not have). XLIFF's ``<pc id>`` takes the same number."""

from __future__ import annotations

from translate.inline import numbered, segment_spans, to_tags
from translate.model import EditionBlock, InlineSpan, Segment, TranslatedSegment


def _block() -> EditionBlock:
    first = "You should read all of it."
    second = "Only the end matters."
    source = f"{first} {second}"
    segs = [
        TranslatedSegment(Segment("b0.s0", 0, 0, first, 0, len(first), "en"),
                          "Você deveria ler tudo."),
        TranslatedSegment(Segment("b0.s1", 0, 1, second, len(first) + 1, len(source), "en"),
                          "Só o final importa."),
    ]  # fmt: skip
    spans = [
        InlineSpan(source.index("all"), source.index("all") + 3, "em"),
        InlineSpan(source.index("Only"), source.index("Only") + 4, "em"),
    ]
    block = EditionBlock("paragraph", 0, source, segs, source_inline=spans)
    target = "Você deveria ler tudo. Só o final importa."
    assert block.target == target
    # the first sentence's emphasis is lost; the second's lands on "Só"
    block.inline = [InlineSpan(target.index("Só"), target.index("Só") + 2, "em")]
    return block


def test_a_kept_span_takes_the_number_of_its_own_sentence() -> None:
    block = _block()
    _, tgt = numbered(block)
    assert [k for _, k in tgt] == [1]
    src = segment_spans(block, source=True)["b0.s1"]
    assert [(a, b, k) for a, b, k, _ in src] == [(0, 4, 1)]
    assert [(a, b, k) for a, b, k, _ in segment_spans(block)["b0.s1"]] == [(0, 2, 1)]


def test_the_po_target_uses_the_source_number() -> None:
    block = _block()
    seg = block.segments[1]
    src = [(a, b, k + 1) for a, b, k, _ in segment_spans(block, source=True)[seg.id]]
    tgt = [(a, b, k + 1) for a, b, k, _ in segment_spans(block)[seg.id]]
    assert to_tags(seg.segment.source, src) == "<2>Only</2> the end matters."
    assert to_tags(seg.target, tgt) == "<2>Só</2> o final importa."  # was <1>
