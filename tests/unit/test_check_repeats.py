"""The checks run once per distinct sentence: a repeated sentence gets the same findings as if
checked alone, each copy under its own segment id; a sentence that differs in anything the
checks read (target, name spans) is checked again."""

from __future__ import annotations

from translate.check import CheckContext, run_checks
from translate.model import Segment, TranslatedSegment

SOURCE = 'Prices rose 12.5% in October, and 2,000 people left "the city".'
TARGET = "Os preços subiram 13,5% em outubro e pessoas saíram da cidade."  # wrong, lost, unquoted
CTX = CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


def _seg(i: int, source: str, target: str, terms: list[dict[str, object]] | None = None
         ) -> TranslatedSegment:  # fmt: skip
    seg = TranslatedSegment(Segment(f"s{i}", 0, i, source, 0, len(source), "en"), target,
                            origin="mt")  # fmt: skip
    seg.terms.extend(terms or [])
    return seg


def _view(seg: TranslatedSegment) -> list[tuple[object, ...]]:
    return [(f.check, f.severity, f.message, f.source_span, f.target_span, f.data)
            for f in seg.findings]  # fmt: skip


def test_repeats_get_the_findings_they_would_get_alone() -> None:
    other = "Nothing changed."
    together = [_seg(0, SOURCE, TARGET), _seg(1, other, "Nada mudou."), _seg(2, SOURCE, TARGET),
                _seg(3, SOURCE, TARGET.replace("13,5", "12,5"))]  # fmt: skip
    found = run_checks(together, CTX)
    alone = [_seg(0, SOURCE, TARGET), _seg(1, other, "Nada mudou."), _seg(2, SOURCE, TARGET),
             _seg(3, SOURCE, TARGET.replace("13,5", "12,5"))]  # fmt: skip
    for seg in alone:
        run_checks([seg], CTX)
    assert _view(together[0]) and _view(together[0]) == _view(together[2])
    assert _view(together[3]) != _view(together[0])  # a different target is checked anew
    for mine, single in zip(together, alone, strict=True):
        assert _view(mine) == _view(single)
        assert all(f.segment == mine.id for f in mine.findings)
    assert together[0].findings[0] is not together[2].findings[0]
    assert together[0].findings[0].data is not together[2].findings[0].data
    assert len(found) == sum(len(s.findings) for s in together)


def test_a_name_span_is_part_of_what_is_compared() -> None:
    source = "Flight 2024 left; 2024 was a hard year."
    target = "O voo partiu; foi um ano difícil."
    named = [{"source_span": [0, 11]}]  # "Flight 2024" is a name: its digits are not a number
    a, b = _seg(0, source, target), _seg(1, source, target, named)
    run_checks([a, b], CTX)
    c = _seg(1, source, target, named)
    run_checks([c], CTX)
    assert _view(b) == _view(c) != _view(a)  # the name's digits are not reported


def test_a_repeated_sentence_with_an_injected_name_is_flagged_in_every_copy() -> None:
    from translate.glossary import load_glossary
    from translate.pipeline import _injected_name_findings

    source, target = "The talks resumed on Monday.", "As conversas em Tbilisi recomeçaram."
    segs = [_seg(0, source, target), _seg(1, "Nothing changed.", "Nada mudou."),
            _seg(2, source, target)]  # fmt: skip
    found = _injected_name_findings(segs, load_glossary(), "pt-BR")
    alone = _seg(2, source, target)
    _injected_name_findings([alone], load_glossary(), "pt-BR")
    assert [f.segment for f in found] == ["s0", "s2"]
    assert _view(segs[2]) == _view(alone) == _view(segs[0]) and "Tbilisi" in _view(alone)[0][2]


def test_checker_by_checker_keeps_the_sentence_by_sentence_order() -> None:
    # run_checks runs each checker over all sentences in turn; the findings must come out as a
    # sentence-by-sentence pass through CHECKERS gives them, segment by segment and overall
    from translate.check import CHECKERS

    pairs = [(SOURCE, TARGET), ("Nothing changed.", "Nada mudou."), (SOURCE, TARGET),
             ("The 3 ministers met on Tuesday, March 4.", "Os 5 ministros se reuniram."),
             (SOURCE, TARGET.replace("13,5", "12,5"))]  # fmt: skip
    together = [_seg(i, s, t) for i, (s, t) in enumerate(pairs)]
    found = run_checks(together, CTX)
    expected: list[tuple[object, ...]] = []
    for i, (s, t) in enumerate(pairs):
        seg = _seg(i, s, t)
        for checker in CHECKERS:
            expected += [(seg.id, f.check, f.severity, f.message, f.source_span, f.data)
                         for f in checker(seg, CTX)]  # fmt: skip
    got = [(f.segment, f.check, f.severity, f.message, f.source_span, f.data) for f in found]
    assert len({e[1] for e in expected}) >= 3  # findings of several checkers, interleaved
    assert got == expected
    assert [f for s in together for f in s.findings] == found
