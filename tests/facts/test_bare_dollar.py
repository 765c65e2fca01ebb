"""A bare "$" where the target locale's CLDR symbol for the source's dollar is another
(``facts.check_bare_dollar``): flagged, the text left as the engine wrote it. The first case is
TechCrunch's real headline (Angie's List, 2011) through the engine to pt-BR, whose edition
writes the same range "US$ 11 a US$ 13" in the body."""

from __future__ import annotations

import pytest

from translate.check import check_pair

HEADLINE = "Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M"
ENGINE = ("Angie's List define faixa de preço IPO em $11 a $13 por ação; valorado em mais de "
          "$600\u00a0mi")


def _bare(source: str, target: str, locale: str = "pt-BR") -> list[tuple[str, str, dict]]:
    res = check_pair(source, target, "en", locale)
    return [(f.severity, f.message, f.data) for f in res.findings
            if f.data.get("kind") == "bare-dollar"]  # fmt: skip


def test_real_headline_flagged_with_the_locale_symbol() -> None:
    found = _bare(HEADLINE, ENGINE)
    assert "$11 a $13" in check_pair(HEADLINE, ENGINE, "en", "pt-BR").text  # never rewritten
    assert len(found) == 1
    severity, message, data = found[0]
    assert severity == "warning"
    assert data["locale_symbol"] == "US$" and data["count"] == 3
    assert "'$11'" in message


@pytest.mark.parametrize("source,target", [
    ("It costs $11 to $13.", "Custa US$ 11 a US$ 13."),
    ("It costs $11-$13.", "Custa US$ 11-13."),
    ("It costs between $11 and $13.", "Custa entre 11 e 13 dólares."),
    ("It costs 5 to 7 million dollars.", "Custa de 5 a 7 milhões de dólares."),
    ("It costs €5–7.", "Custa 5–7 €."),
    ("It costs R$5.", "Custa R$ 5."),  # the real's own sign, not a bare dollar
])
def test_the_locale_way_passes(source: str, target: str) -> None:
    assert _bare(source, target) == []


@pytest.mark.parametrize("source,target,locale,flagged", [
    ("It costs $11-$13.", "Custa $11-13.", "pt-BR", True),
    ("It costs between $11 and $13.", "Custa entre $11 e US$ 13.", "pt-BR", True),
    ("It costs $11 to $13.", "Cuesta $11 a $13.", "es", True),
    ("It costs $11 to $13.", "Il coûte $11 à $13.", "fr", True),
    ("It costs $11 to $13.", "Es kostet $11 bis $13.", "de", False),  # CLDR de writes "$"
    ("It costs 11 to 13 euros.", "Custa $11 a $13.", "pt-BR", False),  # no "$" in the source
])
def test_bare_dollar_by_locale(source: str, target: str, locale: str, flagged: bool) -> None:
    assert bool(_bare(source, target, locale)) is flagged


def test_the_amount_quoted_without_the_sentence_end() -> None:
    """lifehacker's "If it was a gift, mark it as $0." (editions_identity.py's input)."""
    ((_, message, _),) = _bare("If it was a gift, mark it as $0.",
                               "Se fosse um presente, marque-o como $0.")
    assert "'$0'" in message
