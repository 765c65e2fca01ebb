"""probe38: a word an English source negates with "non" whose stem is a dictionary word with a
derivational ending ("Nonprecedential": "precedent" + "ial") may be written with a negation word
("Não precedente"). probe38's sweep (the Federal Circuit's opinions feed, pt-BR and pt-PT) held 12
of 20 editions for it: the feed's HTML translates the piece "Nonprecedential" on its own, and the
added-negation check read its "Não" as a negation the source does not have."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _findings(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f"{f.severity} {f.check}" for f in check_pair(source, target, "en", locale).findings]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Nonprecedential", "Não precedente"),
        ("ALLEN v. US [OPINION], Nonprecedential", "ALLEN v. US [OPINION], Não precedencial"),
        ("The decision is nonappealable.", "A decisão não é recorrível."),
    ],
)
def test_a_derived_word_negated_by_non_may_be_written_with_a_negation(
    source: str, target: str
) -> None:
    assert "error negation" not in _findings(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Precedential", "Não precedente"),  # no prefix: the negation is added
        # one word negated by its prefix, two negations in the target: one is added
        ("Nonprecedential rulings were found.", "Decisões não precedentes não foram encontradas."),
    ],
)
def test_a_negation_added_elsewhere_is_still_held(source: str, target: str) -> None:
    assert "error negation" in _findings(source, target)
