"""probe33: in an English edition, a place's adjective or people the engine wrote ("the Taiwanese
company" for "a companhia de Taiwan", UD_Portuguese-GSD dev) is kept as written: English has no
case endings, and rewriting it into the name made "the Taiwan company", published with exit 0.
A misspelt or copied name is still repaired, and a name lost is still missing."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _restore(glossary: Glossary, source: str, output: str, locale: str = "en-US",
             lang: str = "pt") -> tuple[str, list[dict[str, object]], list[str]]:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), lang)
    prepared = protect_segments([seg], glossary, locale, lang)
    result = restore_segments(prepared, [output])
    return result.targets[0], list(result.terms[0]), [
        f"{f.severity} {f.message}" for f in result.all_findings if f.check == "glossary"]


@pytest.mark.parametrize(("source", "output", "word"), [
    ("A companhia de Taiwan não especificou.", "The Taiwanese company did not specify.",
     "Taiwanese"),
    ("A fábrica do Brasil fechou.", "The Brazilian factory closed.", "Brazilian"),
    ("O governo da Ucrânia respondeu.", "The Ukrainian government responded.", "Ukrainian"),
    ("O presidente da Argentina falou.", "The Argentinian president spoke.", "Argentinian"),
    ("A economia da China cresce.", "The Chinese economy grows.", "Chinese"),
    ("O povo do Sudão votou.", "The Sudanese people voted.", "Sudanese"),
    ("O time de Portugal venceu.", "The Portuguese team won.", "Portuguese"),
])
def test_the_places_adjective_is_kept(builtin: Glossary, source: str, output: str,
                                      word: str) -> None:
    target, terms, findings = _restore(builtin, source, output)
    assert target == output
    assert terms[0]["status"] == "kept" and word in str(terms[0]["found_as"])
    assert not any(f.startswith("error") for f in findings)


def test_a_copied_or_misspelt_name_is_still_repaired(builtin: Glossary) -> None:
    target, terms, _ = _restore(builtin, "A fábrica do Brasil fechou.",
                                "The Brazill factory closed.")
    assert target == "The Brazil factory closed." and terms[0]["status"] == "repaired"


def test_a_lost_name_is_still_missing(builtin: Glossary) -> None:
    _, terms, findings = _restore(builtin, "O time de Portugal venceu.", "The team won.")
    assert terms[0]["status"] == "missing"
    assert any(f.startswith("error") and "Portugal" in f for f in findings)


def test_portuguese_editions_are_not_read_so(builtin: Glossary) -> None:
    # the rule is English's: a Portuguese edition keeps its own forms (accepted.toml)
    target, terms, _ = _restore(builtin, "The Taiwan company did not say.",
                                "A empresa de Taiwan não disse.", "pt-BR", "en")
    assert target == "A empresa de Taiwan não disse." and terms[0]["status"] == "kept"
