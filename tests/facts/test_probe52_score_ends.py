"""probe52: a tennis score mangled by the engine ("7–6(7–4), 7–5" written "7-6 (n.o) 7º, 7 a
5", "4–6, 6–4, 6–0" written "por 4, 6 a 4, 6 a 0") was published with an info only ("number
'4' not found in the target (it may be written out in words)"): a small number missing may be
written out in words, but not an end of a score or a range of digits joined by a dash, where
the target spells no number (``translate/check.py``, ``_dash_paired``). A target that spells
numbers ("por três a um") is read as before; a score kept passes.
"""
from __future__ import annotations

import pytest

from translate.check import _dash_paired, check_pair


def _errors(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error" and f.check == "numbers"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("In tennis, Jannik Sinner defeats his rival Carlos Alcaraz in the final, 7–6(7–4), 7–5, "
         "to defend his title.", "No tênis, Jannik Sinner derrota seu rival Carlos Alcaraz na "
         "final, 7-6 (n.o) 7º, 7 a 5, para defender seu título."),
        ("Alexandra Eala wins after defeating Jessica Pegula 4–6, 6–4, 6–0 in the final.",
         "Alexandra Eala vence depois de derrotar Jessica Pegula por 4, 6 a 4, 6 a 0 na final."),
        ("Italy defeat Bulgaria 3–1 in the final.", "A Itália derrota a Bulgária por 3 na final."),
    ],
)
def test_a_score_end_missing_is_held(source: str, target: str) -> None:
    assert any("an end of a score or a range" in m for m in _errors(source, target))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Sinner won 7–6(7–4), 7–5.", "Sinner venceu por 7-6 (7-4), 7-5."),
        ("Sinner won 7–6(7–4), 7–5.", "Sinner venceu por 7 a 6 (7 a 4), 7 a 5."),
        ("The team won 3–1 at home.", "A equipe venceu por três a um em casa."),
        ("The U-20 team won.", "A equipe sub-20 venceu."),
        ("It took six weeks, 3 of them at sea.", "Levou seis semanas, três delas no mar."),
    ],
)
def test_a_score_kept_or_spelled_passes(source: str, target: str) -> None:
    assert _errors(source, target) == []


def test_a_small_number_alone_is_still_an_info() -> None:
    found = check_pair("She won 3 titles.", "Ela venceu títulos.", "en", "pt-BR").findings
    assert [f.severity for f in found if f.check == "numbers"] == ["info"]


def test_linear_on_many_scores() -> None:
    # the new rule reads two characters either side of a number: 20,000 numbers of a text of
    # 20,000 scores, each read in constant time
    source = "won 6–4, " * 20_000
    starts = [i for i, ch in enumerate(source) if ch.isdigit()]
    assert sum(_dash_paired(source, i, i + 1) for i in starts) == 40_000
    short = "won 6–4, " * 200
    assert _errors(short, "venceu 6 a 4, " * 200) == []
