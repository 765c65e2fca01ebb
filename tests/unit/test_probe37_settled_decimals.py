"""probe37: an English figure with three digits after its point ("32.845") is a decimal when
the same sentence writes another number with that point where only a decimal can stand
("-96.9511"). probe37's sweep (a National Weather Service tornado survey, pt-BR) left
"End Lat/Lon: 32.845 / -96.9511" as "32.845 / -96,9511": 32,845 thousand by Brazil's usage,
with a warning and a blocking finding, where pt-PT's edition had "32,845 / -96,9511"."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _published(source: str, target: str, locale: str, lang: str = "en") -> tuple[str, list[str]]:
    done = check_pair(source, target, lang, locale)
    return done.text, [f"{f.severity} {f.check}" for f in done.findings]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("End Lat/Lon: 32.845 / -96.9511", "Fim Lat/Lon: 32.845 / -96.9511",
         "Fim Lat/Lon: 32,845 / -96,9511"),
        ("Start Lat/Lon: 32.1319 / -96.495", "Iniciar Lat/Lon: 32.1319 / -96.495",
         "Iniciar Lat/Lon: 32,1319 / -96,495"),
        ("The peak was 6.125 metres, up from 5.9 metres.",
         "O pico foi 6.125 metros, contra 5.9 metros.",
         "O pico foi 6,125 metros, contra 5,9 metros."),
    ],
)
def test_a_figure_the_sentence_settles_is_localized(
    source: str, target: str, expected: str
) -> None:
    text, findings = _published(source, target, "pt-BR")
    assert text == expected
    assert findings == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It sold 1.000 led lights.", "Vendeu 1.000 luzes led."),  # nothing settles it
        ("It sold 1.000 led lights at 2.5 watts.", "Vendeu 1.000 luzes led a 2.5 watts."),  # "000"
        ("It sold 1.000.000 lamps and 32.845 at 2.5 watts.",
         "Vendeu 1.000.000 lâmpadas e 32.845 a 2.5 watts."),  # the sentence groups with "."
        ("iOS 12.1 sold 32.845 phones.", "iOS 12.1 vendeu 32.845 telefones."),  # a version
    ],
)
def test_an_unsettled_figure_is_still_left_and_held(source: str, target: str) -> None:
    text, findings = _published(source, target, "pt-BR")
    assert ("1.000" in text) or ("32.845" in text)
    assert "warning numbers" in findings
    assert "error numbers" in findings


def test_money_quoted_as_written_is_still_left() -> None:
    """The case the ambiguity rule was made for: "$59,011" in a Portuguese sentence is an
    English figure quoted as written; a decimal comma elsewhere in the sentence ("2,5%") does
    not make it 59 dollars and a cent."""
    text, findings = _published("cobra $59,011 por ano e 2,5%", "charges $59,011 per year and 2,5%",
                                "en-US", "pt")
    assert text == "charges $59,011 per year and 2.5%"
    assert "warning numbers" in findings


def test_pt_pt_was_already_right() -> None:
    text, findings = _published("End Lat/Lon: 32.845 / -96.9511", "Fim Lat/Lon: 32.845 / -96.9511",
                                "pt-PT")
    assert text == "Fim Lat/Lon: 32,845 / -96,9511"
    assert findings == []
