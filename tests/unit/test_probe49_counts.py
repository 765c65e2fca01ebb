"""probe49: a charge's "count" written as a nobleman ("18 Counts Title Fraud" -> "18 Condes",
"18 Condessas", "1 Count – Grand Theft" -> "1 Conde") in both varieties: a [[guarded]] entry
of three forms (pt-BR, pt-PT, the wrong word) rewrites the wrong word into each locale's form,
only where the source puts a number before "Count(s)"."""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("18 Counts Title Fraud 3rd Degree Felony", "18 Condes Título Fraude 3º Grau Felony",
         "18 Acusações Título Fraude 3º Grau Felony"),
        ("18 Counts Official Misconduct 3rd Degree Felony",
         "18 Condessas Funcionário Conduta 3º Grau Felony",
         "18 Acusações Funcionário Conduta 3º Grau Felony"),
        ("1 Count – Grand Theft 1st Degree Felony", "1 Conde - Grande Theft 1º Grau Felony",
         "1 Acusação - Grande Theft 1º Grau Felony"),
        ("He faces 3 counts of fraud.", "Ele enfrenta 3 condes de fraude.",
         "Ele enfrenta 3 acusações de fraude."),
    ],
)
def test_a_charges_count_is_no_nobleman(locale: str, source: str, target: str,
                                        expected: str) -> None:
    text, changes = normalize(target, locale, source=source)
    assert text == expected
    assert len(changes) == 1


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Count Dracula arrived.", "O Conde Drácula chegou."),  # no number before it
        ("The Count of Monte Cristo is a novel.", "O Conde de Monte Cristo é um romance."),
        ("The count of votes took 3 days.", "O conde de votos levou 3 dias."),
    ],
)
def test_an_earl_stays(locale: str, source: str, target: str) -> None:
    assert normalize(target, locale, source=source) == (target, [])


def test_without_a_source_nothing_changes() -> None:
    assert normalize("18 Condes Título Fraude", "pt-BR") == ("18 Condes Título Fraude", [])


def test_linear_on_20000_repetitions() -> None:
    source = "18 Counts Title Fraud. " * 20000
    text, changes = normalize("18 Condes Título Fraude. " * 20000, "pt-PT", source=source)
    assert len(changes) == 20000 and "Condes" not in text
