"""The facts checks read a Portuguese source too (the embedded pt->en direction): Portuguese
idioms that look like facts are no facts. Each case is a false alarm seen when 520 real news
sentences in Portuguese were translated to English (benchmarks/results/honest7-*)."""

from __future__ import annotations

import pytest

from translate.check import missing_numbers
from translate.facts import negatives_in
from translate.localize.quantities import measures_in


def test_pelo_menos_is_at_least_not_minus() -> None:
    text = "levantaria pelo menos 88 bilhões; ao menos 3 mortos; mais ou menos 40 pessoas"
    assert negatives_in(text, "pt") == []
    assert [d for *_, d in negatives_in("a temperatura chegou a menos 10 graus", "pt")] == ["10"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Emergindo na década de 1990 com a internet.", "Emerging in the 1990s with the internet."),
        ("no início dos anos 2000 e em sua ilha", "in the early 2000s and on his island"),
        ("Nos anos 90 ele saiu.", "In the '90s he left."),
    ],
)
def test_a_portuguese_decade_written_the_english_way_is_found(source: str, target: str) -> None:
    assert missing_numbers(source, target, "pt", "en") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("no início dos anos 2000 e em sua ilha", "in the early 1990s and on his island"),
        ("Em 1990 ele saiu.", "In the 1990s he left."),  # a year is not its decade
        ("Nos anos 90 ele saiu.", "In the 80s he left."),
    ],
)
def test_a_changed_or_invented_decade_is_still_reported(source: str, target: str) -> None:
    assert missing_numbers(source, target, "pt", "en")


def test_new_is_no_currency() -> None:
    """CLDR's "Novo dólar taiwanês": "novos" is the adjective, "dólares" the currency."""
    assert measures_in("venderam 30.154 novos carros", ("pt",)) == []
    assert measures_in("30 nuevos casos", ("es",)) == []
    assert [m.ids for m in measures_in("7 novos dólares taiwaneses", ("pt",))] == [
        frozenset({"cur:TWD"})]
    assert measures_in("pagou 7 dólares", ("pt",))  # the head noun still names a currency


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("É válido até 10 de dezembro de 2025.", "It is valid until December 10, 2025."),
        ("O mercado deve dobrar até 2030.", "The market is expected to double by 2030."),
        ("Em adultos com 26 anos ou mais, o uso caiu.", "In adults aged 26 or older, use fell."),
    ],
)
def test_a_portuguese_bound_read_the_english_way_is_no_alarm(source: str, target: str) -> None:
    """"até" is "until" as often as "up to", and "ou mais" after an age is "or older": seen
    as blocking false alarms on the pt->en audit (benchmarks/audit_pt_en.py)."""
    from translate.check import check_pair

    blocking = [f for f in check_pair(source, target, "pt", "en").findings
                if f.severity == "error"]  # fmt: skip
    assert blocking == []


def test_a_contradicted_portuguese_bound_is_still_blocking() -> None:
    from translate.check import check_pair

    found = check_pair("Custa até 10 dólares.", "It costs more than 10 dollars.", "pt", "en")
    assert any(f.severity == "error" for f in found.findings)
