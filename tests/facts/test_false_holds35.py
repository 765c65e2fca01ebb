"""False holds of probe33's judged sweep (medium lambs-quarter, a development set), each mended
by a general rule, and the true findings of the same checks kept.

* A page range glued to its abbreviation and written with another dash ("pp.79–87" written
  "pp.79-87"): one end of a range, not a number lost (``facts.in_joined_range``);
* a reference line whose Title Case words are a journal's name before its volume(issue) and
  pages ("Food Chemistry, 126(4), 1850-1855. doi:..."): a name, the same in every language,
  not an untranslated sentence (``check._without_citation``)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_pair(source, target, src, locale).blocking]


_PEPTIDE = ("Dermaseptin S 4 derivative K 4 K 20 S 4 : A potential candidate for development of a "
            "new microbicide contraceptive agent — an in vitro study, Zaïri, Amira ; Tangy, "
            "Frédéric ; Hani, Khaled, The European Journal of Contraception & Reproductive Health "
            "Care, 04/2013, Vol.18(2), pp.79–87[Peer Reviewed Journal]")
_PEPTIDE_PT = ("Dermaseptin S 4 K 4 K 20 S 4 : Um potencial candidato para o desenvolvimento de um "
               "novo agente contraceptivo de microbicida - um estudo in vitro, Zaïri, Amira ; "
               "Tangy, Frédéric ; Hani, Khaled, The European Journal of Contraception & "
               "Reproductive Health Care, 04/2013, Vol.18(2), pp.79-87[Peer Avaliado Journal]")


def test_a_page_range_after_its_abbreviation_is_not_a_number_lost() -> None:
    assert [m for m in _blocking(_PEPTIDE, _PEPTIDE_PT) if m.startswith("numbers")] == []


def test_a_page_lost_from_the_range_is_still_held() -> None:
    wrong = _PEPTIDE_PT.replace("pp.79-87", "pp.79-8")
    assert any("'87'" in m for m in _blocking(_PEPTIDE, wrong))


@pytest.mark.parametrize(("source", "target"), [
    # the pipeline's title mask kept the journal's name (b62.s2, b65.s2); the engine copied
    # it (b63.s2)
    ("Food Chemistry, 126(4), 1850–1855. doi:10.1016/j.foodchem.2010.11.165",
     "Food Chemistry, 126(4), 1850-1855. doi:10.1016/j.foodchem.2010.11.165"),
    ("Bioresource Technology,98(2), 442–446. doi:10.1016/j.biortech.2006.01.015",
     "Bioresource Technology,98(2), 442-446. doi:10.1016/j.biortech.2006.01.015"),
    ("Journal of Food Science and Technology, 52(7), 3977–3985. "
     "http://doi.org/10.1007/s13197-014-1553-x",
     "Journal of Food Science and Technology, 52 (7), 3977 a 3985. "
     "http://doi.org/10.1007/s13197-014-1553-x"),
])
def test_a_journal_name_in_a_citation_is_not_untranslated(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target) if m.startswith("untranslated")] == []


@pytest.mark.parametrize(("source", "target"), [
    # a book's title with no volume(issue) nor pages: a question for the editor (b64.s1)
    ("The Journals of the Lewis & Clark Expedition.",
     "The Journals of the Lewis & Clark Expedition."),
    # a sentence that cites a journal is still a sentence
    ("The study was published in Food Chemistry, 126(4), 1850–1855.",
     "The study was published in Food Chemistry, 126(4), 1850-1855."),
])
def test_what_is_not_a_journal_name_is_still_untranslated(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target) if m.startswith("untranslated")] != []


def _warnings(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.data.get("kind") == "name-case"]


_UNODC = ("Os dados foram divulgados hoje (16), em diagnóstico preliminar sobre o tráfico de "
          "pessoas no Brasil elaborado pela Secretaria Nacional de Justiça do Ministério da "
          "Justiça e pelo Escritório das Nações Unidas sobre Drogas e Crime (Unodc).")
_UNODC_EN = ("The data were released today (16), in a preliminary diagnosis on human trafficking "
             "in Brazil prepared by the National Secretariat of Justice of the Ministry of "
             "Justice and the United Nations Office on Drugs and Crime (UNodc).")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # probe33's pt-gsd-dev11 b0.s1: the engine's real output, published with no finding
    (_UNODC, _UNODC_EN, "pt", "en-US"),
    ("The report of the UNODC was published on Monday.",
     "O relatório do UNodc foi publicado na segunda-feira.", "en", "pt-BR"),
])
def test_a_name_written_in_a_mixed_case_is_warned(
    source: str, target: str, src: str, locale: str
) -> None:
    warned = _warnings(source, target, src, locale)
    assert len(warned) == 1 and "'UNodc'" in warned[0]
    assert not any(m.startswith("names") for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # how languages write an acronym: capitals, a capital first (Portuguese's "Unodc", "Nasa")
    (_UNODC, _UNODC_EN.replace("UNodc", "UNODC"), "pt", "en-US"),
    ("The NASA probe landed.", "A sonda da Nasa pousou.", "en", "pt-BR"),
    # a source in capitals: a headline's brand may be written its own way
    ("NEW IPHONE SALES SOAR", "Vendas do novo iPhone disparam", "en", "pt-BR"),
    # the source writes the mixed case itself
    ("McDonald's opened a store.", "O McDonald's abriu uma loja.", "en", "pt-BR"),
])
def test_a_name_in_a_case_of_its_language_is_not_warned(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _warnings(source, target, src, locale) == []
