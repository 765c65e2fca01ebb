"""probe39: a race's times and gaps with thousandths of a second.

The 2008 British motorcycle Grand Prix's classification tables, pt-BR: the leader's time
"44:44.982" and a gap "+1:22.186", copied as written, were held as "reads 44982"; a gap
"+5.789" alone in its table cell was left with a warning "may be 5.789 or 5789" and held
(56 false blocking findings and 44 false warnings in one edition). A time's seconds settle the
decimal symbol: in the sentence and in the article.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _blocking(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.severity == "error"]


@pytest.mark.parametrize("cell", ["44:44.982", "+1:22.186", "1:38.232", "1:02:03.5"])
def test_a_race_time_copied_as_written_is_no_amount(cell: str) -> None:
    assert _blocking(cell, cell) == []


def test_a_gap_in_a_sentence_with_a_race_time_is_a_decimal() -> None:
    done = check_pair("Stoner won in 44:44.982, Rossi was +5.789 behind.",
                      "Stoner venceu em 44:44.982, Rossi ficou +5.789 atrás.", "en", "pt-BR")
    assert [f for f in done.findings if f.check == "numbers"] == []


def _table(cells: list[str], locale: str = "pt-BR") -> list[TranslatedSegment]:
    segs = [TranslatedSegment(Segment(f"b{i}.s0", i, 0, c, 0, len(c), "en"), c, origin="mt")
            for i, c in enumerate(cells)]
    localize_segments(segs, get_profile(locale), "en")
    return segs


def test_a_gap_alone_in_its_cell_takes_the_articles_decimal() -> None:
    segs = _table(["Time/Retired", "44:44.982", "+5.789", "+1:22.186"])
    assert [s.target for s in segs[1:]] == ["44:44.982", "+5,789", "+1:22.186"]
    assert not [f for s in segs for f in s.findings if "may be" in f.message]


def test_an_article_that_groups_with_the_point_keeps_the_gap_ambiguous() -> None:
    segs = _table(["44:44.982", "A crowd of 2.000 watched.", "+5.789"])
    assert segs[2].target == "+5.789"
    assert any("may be" in f.message for f in segs[2].findings)


def test_a_gap_with_no_time_in_the_article_stays_ambiguous() -> None:
    segs = _table(["Gap", "+5.789"])
    assert segs[1].target == "+5.789"
    assert any("may be" in f.message for f in segs[1].findings)


def test_a_changed_time_is_still_held() -> None:
    assert _blocking("44:44.982", "44:45.982")
