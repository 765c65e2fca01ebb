"""probe35: a lap or race time written with its unit letters glued to the digits
("1m44,084s") takes the edition's decimal separator. probe34's sweep (Bosque's Público
document CP0893, en-US and en-GB) published the engine's "1m44,084s" with Portugal's comma."""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _localized(source: str, target: str, locale: str, lang: str) -> str:
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), lang), target)
    localize_segments([seg], get_profile(locale), lang)
    return seg.target


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_a_glued_lap_time_takes_the_english_decimal_point(locale: str) -> None:
    source = "Schumacher fez a volta em 1m44,084s, contra 1m45,887s de Hakkinen."
    target = "Schumacher did the lap in 1m44,084s, against 1m45,887s by Hakkinen."
    assert _localized(source, target, locale, "pt") == (
        "Schumacher did the lap in 1m44.084s, against 1m45.887s by Hakkinen."
    )


def test_a_glued_lap_time_takes_the_portuguese_comma() -> None:
    assert _localized("He set 1h02m03.5s.", "Ele fez 1h02m03.5s.", "pt-PT", "en") == (
        "Ele fez 1h02m03,5s."
    )


@pytest.mark.parametrize(("source", "target"), [
    # the source says another time: left to the check, not rewritten
    ("Ele fez 1m44,084s.", "He did 1m44,085s."),
    # already the target's separator
    ("Ele fez 1m44,084s.", "He did 1m44.084s."),
    # no minutes before the seconds: not read as a glued duration
    ("Ele fez 44,084s.", "He did 44,084s."),
])
def test_other_glued_numbers_are_left(source: str, target: str) -> None:
    assert _localized(source, target, "en-US", "pt") == target
