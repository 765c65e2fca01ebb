"""Scale pass (``benchmarks/scale_hostile.py``): inputs whose cost grew faster than their size.

* A Markdown paragraph of thousands of emphasis or code spans was quadratic: joining touching
  spans of one kind (``read._joined``) looked for the span just before each one by scanning
  every span kept so far. It now finds it in a table keyed by (kind, end), with the same
  result as the old scan (checked here against it on random input). The work is counted, not
  timed: reads of the spans' fields grow linearly with the number of spans.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from translate import read
from translate.model import InlineSpan


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
