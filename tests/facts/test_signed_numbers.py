"""A number after a plus sign is a quantity ("+9.7%", "(+3)", "+15 points"), read and checked
like any other; a telephone number's country code is not ("+1 555 0100"). Found by the
pofilter sweep of real editions (benchmarks/sweep_pofilter.py): the embedded engine wrote
"+7,7%" for a chart's "+9.7%", and the numbers check, which skipped every number after "+",
published it with no finding."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    ("+9.7%", "+7,7%"),  # the engine's real output
    ("Shares closed +2.3% higher.", "As ações fecharam +3,2% mais altas."),
    ("The index moved (+15) points.", "O índice moveu (+51) pontos."),
])  # fmt: skip
def test_a_changed_signed_number_is_blocking(source: str, target: str) -> None:
    assert any("not found" in m for m in _blocking(source, target))


@pytest.mark.parametrize(("source", "target", "published"), [
    ("+9.7%", "+9.7%", "+9,7%"),  # localized as a quantity
    ("Shares closed +2.3% higher.", "As ações fecharam +2,3% mais altas.",
     "As ações fecharam +2,3% mais altas."),
    # telephone numbers and C++ are no quantities: copied as written, no finding
    ("Call +1 555 0100 now.", "Ligue para +1 555 0100 agora.", "Ligue para +1 555 0100 agora."),
    ("Call +44 (0)20 7946 0958.", "Ligue +44 (0)20 7946 0958.", "Ligue +44 (0)20 7946 0958."),
    ("Call +351 912 345 678.", "Ligue +351 912 345 678.", "Ligue +351 912 345 678."),
    ("C++11 is out.", "C++11 está fora.", "C++11 está fora."),
])  # fmt: skip
def test_a_signed_number_is_read_and_a_phone_number_is_not(
    source: str, target: str, published: str
) -> None:
    result = check_pair(source, target, "en", "pt-BR")
    assert result.text == published
    assert not [f for f in result.findings if f.severity == "error"], result.findings
