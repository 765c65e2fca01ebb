"""Amounts written with a currency symbol and a short scale glued to them ("R50bn", "£3bn",
"$2.5bn", "€10m", "R7.5bn"; the probe31 sweep's fundus TimesLive page, a development set): the
number reader reads them as amounts (the symbol from CLDR through Babel, the scale from
locales/facts/en.toml ``short_scales``), so the facts gate compares their value and the localize
stage writes them the target's way; a code glued to letters ("R2", "K9") stays a code."""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.locales import get_profile
from translate.localize.stage import localize_text, localizer_for, source_numbers


def _messages(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings]


@pytest.mark.parametrize(("source", "target", "locale"), [
    # en-timeslive-v1 b3.s0, b7.s0 (fundus za/TimesLive)
    ("Tax agency will hire more than 1,000 debt collectors to claw back up to R50bn per year "
     "in revenue owed to it",
     "A agência fiscal contratará mais de 1.000 cobradores de dívidas para recuperar até R50 "
     "bilhões por ano em receitas devidas a ela", "pt-BR"),
    ("Sars collected R95bn during the previous financial year.",
     "A Sars arrecadou R95 bilhões durante o ano fiscal anterior.", "pt-BR"),
    ("The deficit reached £3bn last year.", "O défice atingiu £3 mil milhões no ano passado.",
     "pt-PT"),
    ("It raised $2.5bn in May.", "Ela levantou US$ 2,5 bilhões em maio.", "pt-BR"),
    ("A fund of €10m was set up.", "Foi criado um fundo de € 10 milhões.", "pt-BR"),
])
def test_glued_amount_is_a_number_not_a_code(source: str, target: str, locale: str) -> None:
    messages = _messages(source, target, "en", locale)
    assert not [m for m in messages if "not in the target as written" in m], messages
    assert not [m for m in messages if "not found" in m], messages


@pytest.mark.parametrize(("source", "target", "written"), [
    ("Sars collected R95bn last year.", "A Sars arrecadou R59 bilhões no ano passado.", "95"),
    ("It raised $2.5bn in May.", "Ela levantou US$ 2,5 milhões em maio.", "2,5 bilhões"),
    ("The agency will receive R7.5bn more.", "A agência receberá mais R75 bilhões.",
     "7,5 bilhões"),
])
def test_changed_glued_amount_is_caught(source: str, target: str, written: str) -> None:
    """A changed value is caught as it is for "7.5 billion" spelled out: held, or rewritten to
    the source's amount with a warning to check the sentence."""
    result = check_pair(source, target, "en", "pt-BR")
    caught = [f.message for f in result.blocking] or [
        f.message for f in result.findings if f"replaced with '{written}" in f.message]
    assert caught, [f.message for f in result.findings]


@pytest.mark.parametrize(("source", "target", "locale", "written"), [
    # en-timeslive-v1 b8.s0: the pt-PT scale word in a pt-BR edition
    ("the agency will receive an additional R7.5bn relative to the baseline.",
     "a agência receberá um adicional de R7,5 mil milhões em relação à linha de base.",
     "pt-BR", "R7,5 bilhões"),
    ("It raised $2.5bn in May.", "Ela levantou US$ 2,5 mil milhões em maio.", "pt-BR",
     "US$ 2,5 bilhões"),
    # the other direction of the same word: pt-BR's "bilhões" in a pt-PT edition
    ("The deficit reached £3bn last year.", "O défice atingiu £3 bilhões no ano passado.",
     "pt-PT", "£3 mil milhões"),
])
def test_localize_writes_the_targets_scale(source: str, target: str, locale: str,
                                          written: str) -> None:
    loc = localizer_for(get_profile(locale), "en")
    assert written in localize_text(source, target, loc).text


@pytest.mark.parametrize(("source", "value"), [
    ("up to R50bn per year", 50 * 10**9),
    ("an additional R7.5bn", 7_500_000_000),
    ("a £3bn deficit", 3 * 10**9),
    ("a €10m fund", 10**7),
    ("RM4.5bn in bonds", 4_500_000_000),
    ("a $250k salary", 250_000),
])
def test_reader_reads_symbol_and_suffix(source: str, value: int) -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    assert [value in n.values for n in source_numbers(source, loc, [])] == [True]


@pytest.mark.parametrize("source", ["the R2 road", "a K9 unit", "the P3 lab", "5m people"])
def test_codes_and_bare_letters_are_not_amounts(source: str) -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    assert [n.scale for n in source_numbers(source, loc, [])] in ([], [1])
