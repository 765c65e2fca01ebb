"""glossary56: a Portuguese text may name a place as another variety of Portuguese writes it.
The glossary's Portuguese names come from CLDR's ``pt`` list (one variety's); the names CLDR
gives the other regional locales (pt-PT "Koweit", "Listenstaine", "Baamas", "São Marinho") and
the spellings the project's spelling data pairs with them (pt-BR "Cingapura", pt-PT "Nova Deli")
are read too, unless another entry owns the form or it is one word of a longer name of the
entry ("Salvador" of "El Salvador"). Rows agp026, agp102 and zp118 are stored engine outputs of
the facts sets (development), the added-name census's false warnings (names47)."""

from __future__ import annotations

import pytest

from translate.glossary import find_mentions, load_glossary
from translate.glossary.model import Entry
from translate.model import Segment, TranslatedSegment
from translate.pipeline import _injected_name_findings


def _found(text: str, lang: str = "pt") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, load_glossary(), source_lang=lang)]


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("A cúpula de junho em Cingapura terminou.", "Cingapura", "country-sg"),
    ("Ele liderou a filial do Banco em Nova Deli.", "Nova Deli", "new-delhi"),
    ("O Koweit anunciou novas medidas.", "Koweit", "country-kw"),
    ("O Listenstaine é um principado.", "Listenstaine", "country-li"),
    ("As Baamas receberam turistas.", "Baamas", "bahamas"),
    ("A seleção de São Marinho perdeu.", "São Marinho", "country-sm"),
    ("A polícia de Adis-Abeba confirmou.", "Adis-Abeba", "addis-ababa"),
])
def test_another_varietys_name_is_read(text: str, surface: str, entry: str) -> None:
    assert (surface, entry) in _found(text)


def test_san_marino_in_portugal_is_not_saint_martin_misspelt() -> None:
    assert not any(e == "country-mf" for _, e in _found("A seleção de São Marinho perdeu."))


@pytest.mark.parametrize("text", [
    "Salvador Allende morreu em 1973.",        # a given name
    "Ele nasceu em Salvador, na Bahia.",       # the Brazilian city
])
def test_a_word_of_a_longer_name_is_not_read_alone(text: str) -> None:
    assert not any(e == "country-sv" for _, e in _found(text))


def test_a_form_another_entry_owns_stays_that_entrys() -> None:
    # pt-PT writes Sint Maarten "São Martinho (Sint Maarten)"; "São Martinho" is pt-BR's
    # Saint Martin, so it stays Saint Martin's
    assert ("São Martinho", "country-mf") in _found("A ilha de São Martinho.")
    assert not any(e == "country-sx" for _, e in _found("A ilha de São Martinho."))


def test_english_text_is_not_given_portuguese_forms() -> None:
    from translate.glossary.forms import variety_forms

    assert variety_forms(Entry("country-sg", "Singapore", "place", territory="SG"), "en") == ()


def _seg(source: str, target: str, lang: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("b1.s0", 0, 0, source, 0, len(source), lang), target,
                             origin="mt")  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    (  # facts set ag, agp026
        "Mais de três meses após a cúpula de junho em Cingapura, o principal diplomata da Coreia "
        "do Norte, Ri Yong Ho, disse aos líderes mundiais na Assembleia Geral da ONU no sábado que "
        'o Norte não vê uma "resposta correspondente" dos EUA para os primeiros movimentos de '
        "desarmamento da Coreia do Norte.",
        "More than three months after the June summit in Singapore, North Korea's top diplomat Ri "
        "Yong Ho told world leaders at the UN General Assembly on Saturday that the North does not "
        'see a "componsing" U.S. response to North Korea\'s first disarmament movements.',
    ),
    (  # facts set ag, agp102
        "Ele observou que Kim está interessado em uma segunda reunião após sua reunião inicial em "
        "Cingapura em junho foi saudado por Trump como um grande passo para a desnuclearização da "
        "Coreia do Norte.",
        "He noted that Kim is interested in a second meeting after his initial meeting in "
        "Singapore in June was hailed by Trump as a major step towards the denuclearization of "
        "North Korea.",
    ),
    (  # facts set z, zp118
        "Ele foi elevado como gerente-chefe em junho de 2002 e liderou a filial do Banco em Nova "
        "Deli.",
        "He was raised as chief manager in June 2002 and led the Bank's branch in New Delhi.",
    ),
], ids=["agp026", "agp102", "zp118"])
def test_the_census_rows_add_no_name(source: str, target: str) -> None:
    assert _injected_name_findings([_seg(source, target, "pt")], load_glossary(), "en") == []


def test_reading_variety_forms_is_linear() -> None:
    found = _found("Cingapura. " * 20_000)
    assert len(found) == 20_000
