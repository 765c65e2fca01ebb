"""variety39: wrong-variety words left by the spelling stage in the engine's Portuguese for
development texts (set dev_a, 18F blog posts; the facts sets' stored output), found with
``benchmarks/variety_candidates.py`` and each direction checked against both varieties' hunspell
dictionaries (``benchmarks/variety_pairs_check.py``).

- two-way pairs (é/ê, ó/ô; the consonants Portugal dropped in 1990): "turné", "Macedónia",
  "receção" in pt-BR editions; "turnê", "recepção", "interceptados" in pt-PT ones;
- ``[[one_way]]`` pairs, rewritten into one variety only: pt-PT's preterite "quebrámos" is
  "quebramos" in Brazil ("quebramos" is also pt-PT's present tense: left in pt-PT); Brazil's
  "aspectos", "infecção", "detectados", "planeja", "registra", "dezesseis" in pt-PT editions
  (Portugal's "aspetos", "planeia"... are double spellings the pt-BR dictionary also has: left
  in pt-BR).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from translate import spelling
from translate.errors import DataError
from translate.spelling import normalize

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("br", "pt"), [
    ("uma turnê pela Macedônia e por Mônaco", "uma turné pela Macedónia e por Mónaco"),
    ("a recepção do receptor", "a receção do recetor"),
    ("mísseis interceptados", "mísseis intercetados"),
    ("notas anônimas e gêmeos idênticos", "notas anónimas e gémeos idênticos"),
    ("os artefatos", "os artefactos"),
    ("a detecção", "a deteção"),
])
def test_two_way_pairs(br: str, pt: str) -> None:
    assert normalize(pt, "pt-BR")[0] == br
    assert normalize(br, "pt-PT")[0] == pt


def test_one_way_into_pt_br() -> None:
    out, changes = normalize("Nós quebrámos o recorde e aprimorámos o processo.", "pt-BR")
    assert out == "Nós quebramos o recorde e aprimoramos o processo."
    assert [c["to"] for c in changes] == ["quebramos", "aprimoramos"]
    # pt-PT's present tense: no rewrite into the preterite
    assert normalize("Hoje quebramos o recorde.", "pt-PT") == ("Hoje quebramos o recorde.", [])


@pytest.mark.parametrize(("br", "pt"), [
    ("Os aspectos da infecção foram detectados.", "Os aspetos da infeção foram detetados."),
    ("Ele planeja e registra tudo.", "Ele planeia e regista tudo."),
    ("Dezesseis agências, respectivamente", "Dezasseis agências, respetivamente"),
    ("eu planejei a ruptura", "eu planeei a rutura"),
])
def test_one_way_into_pt_pt(br: str, pt: str) -> None:
    assert normalize(br, "pt-PT")[0] == pt
    assert normalize(pt, "pt-BR") == (pt, [])  # double spellings of Brazil's dictionary: left


def test_case_is_kept() -> None:
    assert normalize("A culinária macedônia. MACEDÔNIA.", "pt-PT")[0] == (
        "A culinária macedónia. MACEDÓNIA.")


def test_linear_on_many_triggers() -> None:
    text = "quebrámos aspectos " * 20_000
    out, changes = normalize(text, "pt-BR")
    assert out == "quebramos aspectos " * 20_000
    assert len(changes) == 20_000
    out, changes = normalize(text, "pt-PT")
    assert out == "quebrámos aspetos " * 20_000


@pytest.mark.parametrize("bad", [
    {"pairs": [["a", "b"]]},  # no into
    {"into": ["pt-XX"], "pairs": [["a", "b"]]},  # not a locale of the file
    {"into": ["pt-BR"], "pairs": "ab"},
    {"into": [], "pairs": [["a", "b"]]},
])
def test_bad_one_way_is_a_data_error(monkeypatch: pytest.MonkeyPatch, bad: Any) -> None:
    monkeypatch.setattr(spelling, "_load", lambda lang: {
        "locales": ["pt-BR", "pt-PT"], "pairs": [["x", "y"]], "one_way": [bad]})
    with pytest.raises(DataError, match="one_way"):
        spelling.table_for.__wrapped__("pt-BR")


def test_held_out_words_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import variety_heldout
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    data = ROOT / "benchmarks/data/variety_heldout_a.jsonl"
    assert variety_heldout.main(["--data", str(data), "--words"]) == 2
    assert "refused" in capsys.readouterr().err
