"""Ordinal indicators the embedded engine writes as plain letters ("14o lugar": its training
text was NFKC-normalized, which folds "º" to "o") are written the locale's way by localize.

The sentences are real: corpus sentences and the embedded engine's own output for them
(benchmarks/data/facts_heldout_*.jsonl; `python benchmarks/audit_ordinals.py` prints all).
"""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _seg(source: str, target: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)


@pytest.mark.parametrize(("locale", "want"), [
    ("pt-BR", "contra seu 30º oponente, na 3ª fileira, o 102º Esquadrão"),
    ("pt-PT", "contra seu 30.º oponente, na 3.ª fileira, o 102.º Esquadrão"),
])
def test_glued_letters_become_the_locales_ordinal_indicator(locale: str, want: str) -> None:
    seg = _seg("against his 30th opponent, on the 3rd row, the 102nd Rescue Squadron",
               "contra seu 30o oponente, na 3a fileira, o 102o Esquadrão")
    report, _ = localize_segments([seg], get_profile(locale), "en")
    assert seg.target == want
    assert [c["kind"] for c in report["changes"]["b0.s0"]] == ["ordinal"]


def test_what_is_no_ordinal_is_left_alone() -> None:
    # a token the source has as written (an identifier), a URL, letters after a word, digits
    # inside a longer token, a number followed by a word that starts with o/a
    source = "Flat 3a of block B12o is at https://example.org/1o; item A1a, 5 ovos."
    target = "O apartamento 3a do bloco B12o fica em https://example.org/1o; item A1a, 5 ovos."
    seg = _seg(source, target)
    localize_segments([seg], get_profile("pt-BR"), "en")
    assert seg.target == target


def test_locales_without_the_rule_are_unchanged() -> None:
    seg = _seg("the 14th place", "der 14o Platz")
    localize_segments([seg], get_profile("de"), "en")
    assert seg.target == "der 14o Platz"


def test_code_is_held_out_of_the_rule() -> None:
    seg = _seg("Run step 2a then rank 3rd.", "Execute step 2a depois fique em 3o.")
    localize_segments([seg], get_profile("pt-BR"), "en", {"b0.s0": ["step 2a"]})
    assert seg.target == "Execute step 2a depois fique em 3º."


@pytest.mark.parametrize(("locale", "want"), [
    ("pt-BR", "Em 1º de dezembro, Conway sugeriu; em 11 de dezembro, não."),
    ("pt-PT", "Em 1 de dezembro, Conway sugeriu; em 11 de dezembro, não."),
])
def test_the_first_day_of_a_month_is_an_ordinal_in_brazil(locale: str, want: str) -> None:
    """CLDR's patterns write every day as a cardinal; Brazil writes the first as "1º"
    (``[dates] first_day_mark``). The engine's own "1o de dezembro" (a real output)."""
    seg = _seg("On Dec. 1, Conway suggested; on Dec. 11, not.",
               "Em 1o de dezembro, Conway sugeriu; em 11 de dezembro, não.")
    localize_segments([seg], get_profile(locale), "en")
    assert seg.target == want


def test_a_first_day_with_weekday_and_year() -> None:
    seg = _seg("It opened on Monday, June 1, 2020.", "Abriu na segunda-feira, 1 de junho de 2020.")
    localize_segments([seg], get_profile("pt-BR"), "en")
    assert seg.target == "Abriu na segunda-feira, 1º de junho de 2020."


@pytest.mark.parametrize(("source", "target", "want"), [
    # real: 68 of the facts sets' 1338 engine outputs split the symbol this way
    ('"A day ski pass can cost more than $300," adds Moura-George.',
     '"Um passe de esqui pode custar mais de US $ 300", acrescenta Moura-George.',
     "“Um passe de esqui pode custar mais de US$ 300”, acrescenta Moura-George."),
    ("It cost 5 reais.", "Custou R $ 5.", "Custou R$ 5."),
    ("It cost US$5.", "Custou US$ 5.", "Custou US$ 5."),
])
def test_a_split_currency_symbol_is_joined(source: str, target: str, want: str) -> None:
    """CLDR's pt symbols "US$", "R$" are one word; the engine often writes "US $"."""
    seg = _seg(source, target)
    localize_segments([seg], get_profile("pt-BR"), "en")
    assert seg.target == want
