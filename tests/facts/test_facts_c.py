"""The engine-like errors of held-out sets C and D (benchmarks/build_facts_heldout_c.py): a unit
swapped, a number written twice, the separators misread, a negation dropped. Each check blocks
the wrong fact and leaves the real, correct engine output alone (sentences of the real-world
corpus, tests/data/realworld/heldout_c and heldout_d, with the embedded engine's Portuguese)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate.check import check_pair
from translate.facts import _duration_words

KAYAK = (
    "Police released dramatic video showing the rescue of a 8-year-old Fort Worth girl who was "
    "ripped from her mother's arms and kidnapped in broad daylight.",
    "A polícia divulgou um vídeo dramático mostrando o resgate de uma menina de 8 anos de Fort "
    "Worth que foi arrancada dos braços de sua mãe e sequestrada em plena luz do dia.",
)
OXYGEN = (
    "According to reports, this bar is offering oxygen to anyone who is ready to pay Rs 300 for "
    "fresh air for 15 minutes.",
    "De acordo com relatórios, esta barra está oferecendo oxigênio para qualquer um que esteja "
    "pronto para pagar Rs 300 por ar fresco por 15 minutos.",
)
THITU = (
    "It took place about 9.3km from Thitu Island, a Philippine-garrisoned island in the Spratly "
    "group.",
    "Aconteceu cerca de 9,3 km da Ilha de Thitu, uma ilha de guarnição filipina no grupo Spratly.",
)
TANF = (
    "The al-Tanf base is located inside a 55-kilometer “de-confliction zone” on the "
    "Baghdad-Damascus (M2) highway.",
    "A base de al-Tanf está localizada dentro de uma zona de dé-conflito de 55 quilômetros na "
    "rodovia Baghdad-Damascus (M2).",
)
SENTRA = (
    "With more than 6 million Sentra vehicles sold, we believe the all-new Sentra will reach new "
    "heights offering refinement and quality, technology and performance not seen before.",
    "Com mais de 6 milhões de veículos da Sentra vendidos, acreditamos que a nova Sentra "
    "alcançará novas alturas que oferecem refinamento e qualidade, tecnologia e desempenho não "
    "vistos antes.",
)
DISPLAY = (
    "The report claims the display size will remain 13.3 inches, although given the source is "
    "DigiTimes, we would not completely rule out hopes of a larger 14-inch display.",
    "O relatório afirma que o tamanho da tela permanecerá 13,3 polegadas, embora dada a fonte "
    "seja o DigiTimes, não descartaremos completamente as esperanças de uma exibição maior de 14 "
    "polegadas.",
)
SIMULATION = (
    "The simulation tracked more than 20 billion particles over a 13.8-billion-year period.",
    "A simulação rastreou mais de 20 bilhões de partículas durante um período de 13,8 bilhões de "
    "anos.",
)
CROWD = (
    "Boudreau said before the Wild’s 4-1 win over the Sabres in front of 15,522 in KeyBank Center.",
    "Boudreau disse antes da vitória Wild's por 4-1 sobre o Sabres na frente de 15,522 no KeyBank "
    "Center.",
)


def _blocking(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).blocking]


@pytest.mark.parametrize("pair", [KAYAK, OXYGEN, THITU, TANF, SENTRA, DISPLAY, SIMULATION, CROWD])
@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_real_outputs_pass(pair: tuple[str, str], locale: str) -> None:
    assert _blocking(*pair, locale=locale) == []


@pytest.mark.parametrize(
    ("pair", "old", "new"),
    [
        (KAYAK, "8 anos", "8 meses"),  # "8-year-old": a hyphenated unit of time
        (OXYGEN, "15 minutos", "15 segundos"),
        (TANF, "55 quilômetros", "55 milhas"),  # a hyphenated unit of measure
        (THITU, "9,3 km", "9,3 milhas"),  # a unit glued to its number
    ],
)
def test_unit_swapped_is_blocking(pair: tuple[str, str], old: str, new: str) -> None:
    source, target = pair
    found = _blocking(source, target.replace(old, new))
    assert any("the unit changed" in m for m in found), found


def test_number_glued_to_its_unit_keeps_its_value() -> None:
    source, target = THITU
    found = _blocking(source, target.replace("9,3 km", "9,6 km"))
    assert any("9.3km" in m for m in found), found


@pytest.mark.parametrize(
    ("pair", "old", "new"),
    [(SENTRA, "6 milhões", "6 6 milhões"), (KAYAK, "8 anos", "8 8 anos")],
)
def test_number_written_twice_is_blocking(pair: tuple[str, str], old: str, new: str) -> None:
    source, target = pair
    found = _blocking(source, target.replace(old, new))
    assert any("times in the target" in m for m in found), found


def test_number_spelled_in_the_source_is_not_a_repeat() -> None:
    source = "The team scored two goals in the first 2 minutes."
    target = "A equipe marcou 2 gols nos primeiros 2 minutos."
    assert _blocking(source, target) == []


@pytest.mark.parametrize(
    ("pair", "old", "new"),
    [
        (DISPLAY, "13,3 polegadas", "13.300 polegadas"),  # reads 13300 in Portuguese
        (SIMULATION, "13,8 bilhões", "13.800 bilhões"),  # the source's number has a hyphen
    ],
)
def test_separator_misread_is_never_published(pair: tuple[str, str], old: str, new: str) -> None:
    """Either the localizer writes the source's value back ("13,3") or the gate holds it."""
    source, target = pair
    result = check_pair(source, target.replace(old, new), "en", "pt-BR")
    if new.split()[0] in result.text:
        assert any("reads" in f.message for f in result.blocking), result.findings
    else:
        assert old in result.text


def test_separator_misread_is_blocking() -> None:
    source, target = SIMULATION
    found = _blocking(source, target.replace("13,8 bilhões", "13.800 bilhões"))
    assert any("reads 13800 in pt-BR" in m for m in found), found


def test_a_copied_number_is_localized_not_blocked() -> None:
    """The engine copied "15,522": the localizer writes it "15.522", nothing is held."""
    result = check_pair(*CROWD, "en", "pt-BR")
    assert "15.522" in result.text and not result.blocking


def test_negation_dropped_is_blocking() -> None:
    source, target = SENTRA
    found = _blocking(source, target.replace("não vistos", "vistos"))
    assert any("negation" in m for m in found), found


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He said he had no doubt.", "Ele disse que não tinha dúvida."),
        ("She left without a word.", "Ela saiu sem uma palavra."),
        ("He didn’t see anyone.", "Ele não viu ninguém."),
        ("No. 5 seed Alex de Minaur won.", "O número 5 Alex de Minaur venceu."),
    ],
)
def test_negation_kept_or_absent_passes(source: str, target: str) -> None:
    assert not [m for m in _blocking(source, target) if "negation" in m]


def test_durations_come_from_cldr() -> None:
    words = _duration_words("pt")
    assert words["meses"] == "duration-month" and words["anos"] == "duration-year"
    assert _duration_words("en")["minutes"] == "duration-minute"


def test_a_rating_copied_untranslated_is_not_a_misread_number() -> None:
    """"4.96" has no Portuguese reading (groups have three digits): nothing to flag."""
    source = "Top Local Mover in NY: Seka Moving (4.96/5 rating)"
    target = "Top Local Mover in NY: Seka Moving (4.96/5 rating)"
    assert not [m for m in _blocking(source, target) if "reads" in m]


def test_portuguese_no_is_not_a_copied_negation() -> None:
    """"no exterior" (in the) does not keep "did not pay" negated."""
    source = "Private companies did not pay for the Prime Minister’s recent travels abroad."
    target = "As empresas privadas pagaram pelas viagens recentes do primeiro-ministro no exterior."
    assert any("negation" in m for m in _blocking(source, target))


ARTICLE = (
    "Rescue at the lake\n\n"
    "Police said the 8-year-old girl was found after 15 minutes in the water. "
    "The driver did not stop at the 55-kilometer mark. "
    "More than 6 million people watched the rescue on television.\n"
)


@pytest.mark.parametrize(
    ("rule", "check"),
    [
        ((r"8-year-old", "8-month-old"), "the unit changed"),
        ((r"15 minutes", "15 seconds"), "the unit changed"),
        ((r"55-kilometer", "55-mile"), "the unit changed"),
        ((r"6 million", "6 6 million"), "times in the target"),
        ((r"did not stop", "did stop"), "negation"),
        (None, None),
    ],
)
def test_a_wrong_fact_never_exits_0_under_the_default_policy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rule: tuple[str, str] | None,
    check: str | None,
) -> None:
    from facts.mutating_engine import MutatingEngine
    from hostile.helpers import invoke

    from translate import engines

    monkeypatch.setitem(engines.ENGINES, "mutating", "facts.mutating_engine:MutatingEngine")
    monkeypatch.setattr(MutatingEngine, "RULES", [rule] if rule else [])
    engines.close_engines()
    source = tmp_path / "rescue.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    try:
        outcome = invoke("run", source, "--to", "pt-BR", "--engine", "mutating", "--out", out,
                         "--no-cache", "--format", "md,json")  # fmt: skip
    finally:
        engines.close_engines()
    edition = json.loads((out / "rescue.pt-BR.json").read_text(encoding="utf-8"))
    if rule is None:
        assert outcome.code == 0, outcome.stdout + outcome.stderr
        return
    assert outcome.code == 9, outcome.stdout + outcome.stderr
    assert edition["review"]["required"] is True and edition["review"]["blocking"] >= 1
    errors = [f["message"] for b in edition["blocks"] for s in b["segments"]
              for f in s["findings"] if f["severity"] == "error"]  # fmt: skip
    assert check is not None and any(check in m for m in errors), errors
    front = (out / "rescue.pt-BR.md").read_text(encoding="utf-8")
    assert "review_required: true" in front
