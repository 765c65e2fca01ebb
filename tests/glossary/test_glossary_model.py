"""The seed article through the real embedded en->pt engine: names right in both editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.model import Edition
from translate.options import RunOptions
from translate.pipeline import translate_article
from translate.read import read_article

pytestmark = pytest.mark.model

SEED = Path(__file__).parent / "data" / "seed.txt"


@pytest.fixture(scope="module")
def editions() -> dict[str, Edition]:
    article = read_article(SEED)
    options = RunOptions(engine="embedded", use_cache=False, use_tm=False)
    return {e.locale: e for e in translate_article(article, "pt-BR,pt-PT", options)}


@pytest.mark.parametrize(("locale", "forms"), [
    ("pt-BR", ["Azerbaijão", "Armênia", "Rússia", "Turquia", "Moscou"]),
    ("pt-PT", ["Azerbaijão", "Arménia", "Rússia", "Turquia", "Moscovo"]),
])
def test_seed_country_names(editions: dict[str, Edition], locale: str,
                            forms: list[str]) -> None:
    text = " ".join(s.target for s in editions[locale].segments)
    assert [f for f in forms if f not in text] == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_seed_canonical_names_and_report(editions: dict[str, Edition], locale: str) -> None:
    edition = editions[locale]
    text = " ".join(s.target for s in edition.segments)
    for wrong in ("Poshinian", "Pashinian", "Karbakh", "Qarabakh", "Nicholas", "Arménia"
                  if locale == "pt-BR" else "Armênia"):
        assert wrong not in text
    assert "Nikol Pashinyan" in text
    report = edition.reports["glossary"]
    assert (report["mentions"], report["wrong"]) == (45, 0)
    repaired = {i["surface"] for i in report["items"] if i["status"] == "repaired"}
    assert {"Nicholas Pashinian", "Poshinian", "Qarabakh", "Nagorno-Karbakh"} <= repaired
    assert edition.signature.glossary == report["glossary"]
    flagged = [f for f in edition.findings if f.check == "glossary"]
    assert len([f for f in flagged if f.severity == "warning"]) == 5
