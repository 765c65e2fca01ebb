"""A unit word turned into another of the same kind, with no number next to it or with
"square" in between ("several hundred miles" written "várias centenas de quilômetros", "14,000
square feet" written "14.000 metros quadrados"), is blocking; the same unit, in any of its
words, passes, and so do both units of a source that gives both."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The island lies several hundred miles from Taiwan.",
     "A ilha fica a várias centenas de quilômetros de Taiwan.", "en", "pt-BR"),
    ("It has 14,000 square feet of bookable space.",
     "Tem 14.000 metros quadrados de espaço reservável.", "en", "pt-BR"),
    ("Você pode dirigir uma quantidade ilimitada de milhas.",
     "You can drive an unlimited amount of kilometers.", "pt", "en"),
])
def test_a_unit_word_turned_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert any("the unit changed" in m for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The island lies several hundred miles from Taiwan.",
     "A ilha fica a várias centenas de milhas de Taiwan.", "en", "pt-BR"),
    ("It has 14,000 square feet of bookable space.",
     "Tem 14.000 pés quadrados de espaço reservável.", "en", "pt-BR"),
    ("They shipped 300 tons of grain.", "Enviaram 300 toneladas de grãos.", "en", "pt-BR"),
    ("The island lies 500 miles (805 km) from Taiwan.",
     "A ilha fica a 805 quilômetros (500 milhas) de Taiwan.", "en", "pt-BR"),
])
def test_the_same_unit_passes(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale) == []
