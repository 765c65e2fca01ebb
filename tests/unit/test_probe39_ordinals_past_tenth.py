"""probe39: an ordinal word past the tenth keeps its value.

Charlie Milstead's page: "drafted in the fourteenth round" was published "selecionado na quarta
rodada" (the 4th) in both Portuguese editions with no finding: the ordinal-word check knew no
word past "tenth". Portuguese writes the 11th to the 19th in two words ("décima quarta"), read
as one ordinal.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _messages(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f"{f.severity} {f.check}: {f.message}"
            for f in check_pair(source, target, src, locale).findings]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He was drafted in the fourteenth round of the 1960 NFL Draft.",
         "Ele foi selecionado na quarta rodada do Draft da NFL de 1960."),
        ("She finished twelfth in the final.", "Ela terminou em segundo na final."),
        ("It was the nineteenth win of the season.", "Foi a nona vitória da temporada."),
    ],
)
def test_an_ordinal_past_the_tenth_changed_is_blocking(
    source: str, target: str, locale: str
) -> None:
    msgs = _messages(source, target, locale=locale)
    assert any(m.startswith("error numbers") and "changed" in m for m in msgs)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He was drafted in the fourteenth round.", "Ele foi selecionado na décima quarta rodada."),
        ("He was drafted in the fourteenth round.", "Ele foi selecionado na 14.ª ronda."),
        ("She finished twelfth in the final.", "Ela terminou em duodécimo lugar na final."),
        ("It was the tenth win.", "Foi a décima vitória."),
        ("It is the twenty-first edition.", "É a vigésima primeira edição."),
    ],
)
def test_the_same_ordinal_is_no_finding(source: str, target: str) -> None:
    assert not [m for m in _messages(source, target) if "changed" in m]


def test_a_portuguese_compound_ordinal_read_as_one() -> None:
    msgs = _messages("Foi a décima quarta vitória do clube.", "It was the club's fourteenth win.",
                     "pt", "en-US")
    assert not [m for m in msgs if "changed" in m]
    msgs = _messages("Foi a décima quarta vitória do clube.", "It was the club's fourth win.",
                     "pt", "en-US")
    assert any("changed" in m for m in msgs)
