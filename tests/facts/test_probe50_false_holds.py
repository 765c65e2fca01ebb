"""probe50: two false holds and a misquoted amount of probe49's court reports.

- "between October 31,2018 and November 4, 2022" (no space after the comma) was held as the
  number "31,2018" not found, though the target's "31 de outubro de 2018" is right: CLDR's
  "MMMM d, y" wanted the space. A comma may now lose its space (or the comma its place: "Oct 31
  2018"), never both ("October 312018"), and a number the source language cannot read inside a
  source date is the date check's, which compares the day and the year.
- "No one could ever imagine" -> "Ninguém jamais poderia imaginar" was held as ability made a
  prohibition: "poder" after a negative subject and a negator of its own is the source's modal
  under its subject's negation, its classes and a prohibition (``[modality]`` of
  ``locales/facts/pt.toml``); "nada não pode" (a negation added) is still a prohibition alone.
- pt-PT's "$3 385 000" was warned as "'$3' writes the dollar as '$'": the amount is quoted with
  its groups.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.localize.dates import find_dates

SRC = ("Cue served as a consultant to the Hammocks HOA board between October 31,2018 and "
       "November 4, 2022.")
TGT = ("Cue atuou como consultor para o conselho Hammocks HOA entre {} e 4 de novembro de "
       "2022.")


def _errors(source: str, target: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.severity == "error"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_date_without_a_space_after_its_comma_is_no_number(locale: str) -> None:
    assert _errors(SRC, TGT.format("31 de outubro de 2018"), locale) == []


@pytest.mark.parametrize(
    "written", ["31 de outubro de 2019", "30 de outubro de 2018", "outubro de 2018"]
)
def test_a_changed_or_cut_date_still_blocks(written: str) -> None:
    errors = _errors(SRC, TGT.format(written), "pt-BR")
    assert any("October 31,2018" in e for e in errors), errors


def test_the_date_shape() -> None:
    found = find_dates("from October 31,2018, Oct 31 2018 and Monday,October 3,2011",
                       ["en"], ["en"])
    assert [d.parts for d in found] == [(2018, 10, 31), (2018, 10, 31), (2011, 10, 3)]
    assert found[0].text == "October 31,2018"


def test_no_comma_and_no_space_is_no_date() -> None:
    found = find_dates("on October 312018 we met", ["en"], ["en"])
    assert all(d.year is None for d in found)


def _modal_errors(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").findings
            if f.check == "modality"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("No one could ever imagine that a trained nurse would beat them.",
         "Ninguém jamais poderia imaginar que uma enfermeira treinada os agrediria."),
        ("Nothing can stop us now.", "Nada jamais nos pode parar agora."),
        ("Nobody could ever have known it.", "Ninguém nunca poderia ter sabido disso."),
    ],
)
def test_a_negative_subject_is_a_prohibition(source: str, target: str) -> None:
    assert _modal_errors(source, target) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the modal's own classes are kept too
        ("No one could ever imagine that a trained nurse would beat them.",
         "Ninguém poderia imaginar que uma enfermeira treinada os agrediria."),
        ("Nobody may enter the room.", "Ninguém pode entrar na sala."),
    ],
)
def test_the_modal_keeps_its_classes(source: str, target: str) -> None:
    assert _modal_errors(source, target) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("No one could enter the building.", "Todos deviam entrar no edifício."),
        # facts set L's mutations l025 and lp034: a negation added after the negative subject
        ("Women feel that nothing can harm us where there is light.",
         "As mulheres sentem que nada não pode nos prejudicar onde há luz."),
        ("You must register.", "Você pode se registrar."),
    ],
)
def test_an_obligation_still_blocks(source: str, target: str) -> None:
    assert _modal_errors(source, target)


def test_pt_pt_quotes_the_whole_amount() -> None:
    source = "The total value was $3,385,000, all of it."
    for locale, target, written in [
        ("pt-PT", "O valor total foi de $3\u00a0385\u00a0000, tudo.", "$3\u00a0385\u00a0000"),
        ("pt-BR", "O valor total foi de $3.385.000, tudo.", "$3.385.000"),
    ]:
        found = [f for f in check_pair(source, target, "en", locale).findings
                 if f.data.get("kind") == "bare-dollar"]
        assert len(found) == 1
        assert found[0].message.startswith(repr(written)), found[0].message
        assert found[0].target_span is not None
        start, end = found[0].target_span
        assert target[start:end] == written


def test_linear_on_20000_repetitions() -> None:
    """The comma's alternation and the negative subject are bounded (one comma, one adverb):
    20,000 of each trigger in one text are read once each."""
    import re

    from translate.facts import _modal_data, _modals
    from translate.localize.dates import _names, _pattern_regex

    # the shape's regex itself (find_dates pairs each match with those taken before it)
    regex = _pattern_regex("MMMM d, y", _names("en"), "")
    assert regex is not None
    shape = re.compile(regex, _names("en").flags)
    assert len(shape.findall("October 31,2018 " * 20000)) == 20000
    data = _modal_data("pt")
    assert data is not None
    found = _modals("Ninguém jamais poderia imaginar isso. " * 20000, data)
    assert len(found) == 20000
    assert all({"ability", "prohibition"} <= classes for _, classes in found)
