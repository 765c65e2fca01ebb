"""probe38: legal text's numbers that name, not count. probe38's sweep (US federal decisions and
Brazilian court decisions, both ways) held a Board of Veterans' Appeals decision in pt-BR for its
regulation sections ("38 C.F.R. §§ 3.102, 4.130": "number '3.102' reads 3102 in pt-BR"), and
rewrote the engine's "§ 4,30" for "§ 4.130" as "§ 4,130", a section that is no number of any
reader; a Brazilian decision's "MP 2.200-2/2001" (a provisional measure's number, its reissue and
year), copied as written, was held as "2.200 reads 2.2 in en-US"."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _published(source: str, target: str, locale: str, lang: str = "en") -> tuple[str, list[str]]:
    done = check_pair(source, target, lang, locale)
    return done.text, [f"{f.severity} {f.check}" for f in done.findings]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("38 C.F.R. § 4.130, Diagnostic Code 9411.",
         "38 C.F.R. § 4.130, Código de Diagnóstico 9411."),
        ("See 38 C.F.R. §§ 3.102, 4.1-4.10, 4.130.", "Ver 38 C.F.R. §§ 3.102, 4.1-4.10, 4.130."),
        ("See 38 C.F.R. §§ 20.300, 20.301, 20.801.", "Ver 38 C.F.R. §§ 20.300, 20.301, 20.801."),
        ("under 38 C.F.R. § 4.16(a) and § 3.400", "nos termos do 38 C.F.R. § 4.16(a) e § 3.400"),
        # the engine dropped the sign: the number still names the section the source names
        ("See 38 C.F.R. § 20.301.", "Ver 38 C.F.R. 20.301."),
    ],
)
def test_a_section_number_is_copied_as_written(source: str, target: str, locale: str) -> None:
    text, findings = _published(source, target, locale)
    assert text == target
    assert not [f for f in findings if f.endswith("numbers")]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_section_number_the_engine_changed_is_written_back_as_the_source_has_it(
    locale: str,
) -> None:
    text, findings = _published(
        "Diagnostic Code 9411 of 38 C.F.R. § 4.130 applies.",
        "Aplica-se o Código de Diagnóstico 9411 de 38 C.F.R. § 4,30.",
        locale,
    )
    assert "§ 4.130" in text
    assert "4,130" not in text and "4,30" not in text
    assert "warning numbers" in findings


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It sold 4.130 lamps.", "Vendeu 4.130 lâmpadas."),  # no section sign: still ambiguous
        # the number after "§ 2" is not the section's
        ("§ 2 says it sold 4.130 lamps.", "O § 2 diz que vendeu 4.130 lâmpadas."),
    ],
)
def test_a_figure_that_names_no_section_is_still_held(source: str, target: str) -> None:
    text, findings = _published(source, target, "pt-BR")
    assert "4.130" in text
    assert "error numbers" in findings


def test_an_acts_number_with_its_reissue_and_year_is_no_amount() -> None:
    text, findings = _published(
        "Firmado por assinatura digital (MP 2.200-2/2001)",
        "Signed by digital signature (MP 2.200-2/2001)", "en-US", lang="pt",
    )
    assert text == "Signed by digital signature (MP 2.200-2/2001)"
    assert "error numbers" not in findings


def test_an_acts_number_the_engine_changed_is_still_held() -> None:
    _, findings = _published(
        "Firmado por assinatura digital (MP 2.200-2/2001)",
        "Signed by digital signature (MP 2.200-3/2001)", "en-US", lang="pt",
    )
    assert "error numbers" in findings
