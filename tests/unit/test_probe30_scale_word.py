"""A scale word that CLDR writes alike in its long and short forms ("mil" in Portuguese and
Spanish) is read as the long one (probe30, Jornal de Notícias' feed, item "... malas de tabaco
...": "a apreensão de 124 mil cigarros" was written "124 thousand cigarettes" by the engine and
turned into "124K cigarettes" by the localize stage, as if the source had written "124K")."""

from __future__ import annotations

from babel import Locale

from translate.localize.numbers import find_numbers, format_number, scale_locales_of


def test_mil_is_the_long_scale_word() -> None:
    [m] = find_numbers("a apreensão de 124 mil cigarros", Locale.parse("pt_PT"),
                       scale_locales=scale_locales_of("pt"))  # fmt: skip
    assert m.scale == 1000 and m.scale_form == "long"
    assert format_number(m, Locale.parse("en_US")) == "124 thousand"


def test_a_short_form_stays_short() -> None:
    [m] = find_numbers("sold 124K units", Locale.parse("en"), scale_locales=("en",))
    assert m.scale_form == "short"
    assert format_number(m, Locale.parse("en_US")) == "124K"
