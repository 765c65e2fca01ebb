"""A place's target form follows the locale's own spelling data (glossary24, probe27's gv-11).

The glossary takes a place's Portuguese name from CLDR, whose ``pt`` list writes "Singapura";
the Brazilian press writes "Cingapura", and ``locales/spelling/pt.toml`` pairs the two. On
main's code the engine's correct pt-BR "Cingapura" was a blocking error (Singapore missing)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.forms import locale_spelling, regional_forms, target_form
from translate.glossary.model import Entry
from translate.model import Segment
from translate.protect import protect_segments, restore_segments

SOURCE = "Qantas flight QF72 from Singapore to Perth landed."


def _segments(text: str) -> list[Segment]:
    return [Segment("b0.s0", 0, 0, text, 0, len(text), "en")]


def _entry(glossary: Glossary, eid: str) -> Entry:
    return next(e for e in glossary if e.id == eid)


def test_target_forms_follow_the_locales_spelling_pairs(builtin: Glossary) -> None:
    singapore = _entry(builtin, "country-sg")
    assert target_form(singapore, "pt-BR") == "Cingapura"
    assert target_form(singapore, "pt-PT") == "Singapura"
    # a form typed for the language is respelt for the variety whose data writes it otherwise
    assert target_form(_entry(builtin, "new-delhi"), "pt-PT") == "Nova Deli"
    assert target_form(_entry(builtin, "new-delhi"), "pt-BR") == "Nova Délhi"
    # English names are the canonical names, never respelt
    assert target_form(singapore, "en-GB") == "Singapore"
    assert "Cingapura" in regional_forms(singapore, "pt")


def test_locale_spelling_takes_whole_capitalised_names_only() -> None:
    assert locale_spelling("Singapura", "pt-BR") == "Cingapura"
    assert locale_spelling("Irão", "pt-BR") == "Irã"
    assert locale_spelling("irão", "pt-BR") == "irão"  # the verb, not Iran
    assert locale_spelling("Singapura", "es") == "Singapura"  # no pair for the locale


@pytest.mark.parametrize(("locale", "output", "target", "status"), [
    ("pt-BR", "O voo QF72 de Cingapura para Perth pousou.",
     "O voo QF72 de Cingapura para Perth pousou.", "kept"),
    ("pt-PT", "O voo QF72 de Singapura para Perth aterrou.",
     "O voo QF72 de Singapura para Perth aterrou.", "kept"),
    # the Brazilian form in a European edition is another variety's spelling: respelt
    ("pt-PT", "O voo QF72 de Cingapura para Perth aterrou.",
     "O voo QF72 de Singapura para Perth aterrou.", "repaired"),
], ids=["pt-BR-Cingapura", "pt-PT-Singapura", "pt-PT-Cingapura"])
def test_the_varietys_own_form_is_no_finding(builtin: Glossary, locale: str, output: str,
                                             target: str, status: str) -> None:
    prepared = protect_segments(_segments(SOURCE), builtin, locale)
    result = restore_segments(prepared, [output])
    assert result.targets == [target]
    assert result.report["items"][0]["status"] == status
    assert [f for f in result.findings[0] if f.severity == "error"] == []
