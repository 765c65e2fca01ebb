"""probe43: "celular" is the adjective of a biological cell in both varieties ("tipo celular",
"paredes celulares"); a pt-PT edition rewrote it "telemóvel" (mobile phone). The rewrite is now
guarded: only where the English source says a phone.
"""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A expressão gênica muda em cada organismo e tipo celular.",
         "Gene expression changes in every organism and cell type."),
        ("Mudanças nas paredes celulares das raízes.", "Changes in cell walls of roots."),
        ("A divisão celular acelera no espaço.", "Cell division speeds up in space."),
    ],
)
def test_the_cell_adjective_is_kept_in_pt_pt(text: str, source: str) -> None:
    assert normalize(text, "pt-PT", source=source)[0] == text


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Ela perdeu o celular.", "She lost her cell phone.", "Ela perdeu o telemóvel."),
        ("Os celulares foram apreendidos.", "The mobiles were seized.",
         "Os telemóveis foram apreendidos."),
    ],
)
def test_the_phone_is_still_rewritten(text: str, source: str, expected: str) -> None:
    assert normalize(text, "pt-PT", source=source)[0] == expected
