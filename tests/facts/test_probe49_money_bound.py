"""probe49: "over" is a weak bound in English ("over 4 days" is "ao longo de 4 dias"), so a
target that dropped it was never held; before a money amount it is always the bound. "Exploitation
of Elderly in an amount over $50,000 (1st degree felony)" was published "Exploração de Idosos em
um valor de US$ 50.000" (a threshold made an exact sum) in a court report whose edition the
dateline fix let through."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _bounds(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    res = check_pair(source, target, "en", locale)
    return [f.message for f in res.findings
            if f.severity == "error" and f.data.get("kind") == "approximator"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Exploitation of Elderly in an amount over $50,000 (1st degree felony)",
         "Exploração de Idosos em um valor de US$ 50.000 (1º grau de crime)"),
        ("He stole over $14,000 from the association.", "Ele roubou US$ 14.000 da associação."),
        ("Fines of up to $500 apply.", "Aplicam-se multas de US$ 500."),
        ("Tickets cost under £20.", "Os bilhetes custam £ 20."),
    ],
)
def test_a_bound_on_money_dropped_blocks(locale: str, source: str, target: str) -> None:
    assert _bounds(source, target, locale)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the bound kept: no finding
        ("Exploitation of Elderly in an amount over $50,000.",
         "Exploração de Idosos em um valor superior a US$ 50.000."),
        ("He stole over $14,000.", "Ele roubou mais de US$ 14.000."),
        # "over" without money stays weak: a duration or a span may drop it
        ("The talks ran over 4 days.", "As negociações duraram 4 dias."),
        ("Fines of up to 500 euros apply.", "Aplicam-se multas de 500 euros."),
    ],
)
def test_kept_or_weak(source: str, target: str) -> None:
    assert not _bounds(source, target)


def test_linear_on_20000_repetitions() -> None:
    """The new test reads a 40-character window before each number: 20,000 bounds on money
    in one text are read once each (the whole check_pair on such a text is other checks')."""
    from translate.facts import _bounded, _weak_bound

    source = "Fines were set over $50,000 in all cases. " * 20000
    bounded = _bounded(source, "en")
    assert len(bounded) == 20000
    assert not any(_weak_bound(source, start, "en") for start, _, _, _ in bounded)


def test_a_range_closed_by_a_weak_word_before_money_stays_weak() -> None:
    """facts set M, mp074: "variar de US $ 1.200 até US $ 29.000" is a range, its "até" no
    bound; the money rule must not make it one (a range written "from $1,200 to $29,000")."""
    res = check_pair("Custos podem variar de US $ 1.200 até US $ 29.000, dependendo da distância.",
                     "Costs can range from $1,200 to $29,000 depending on distance.", "pt", "en")
    assert not [f for f in res.findings if f.data.get("kind") == "approximator"]
