"""Court citations and case titles (glossary43), found by probe38's sweep of US federal
decisions (juriscraper's fixtures; now a development set). A law reporter's abbreviation
between a volume and a page ("549 U.S. 183", the United States Reports) is no mention of the
country: the pipeline rewrote it "549 EUA." in eight segments. A word beside the "v." of a case
title is a party's name, never a misspelt place to repair ("United States v. Turley" was
published "Estados Unidos - Turquia"), and a one-word acronym party ("ALLEN v. US") is the
party as the court wrote it. The country in prose, a number before "U.S." that is no
citation, a misspelling outside a case title and a party spelt out in full are read as
before. A place's foreign gazetteer spelling that the text's own dictionary lists as a
proper name, before a surname ("Ministro Sidnei Beneti"), is a given name, not Sydney."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry.id, m.match)
            for m in find_mentions(text, glossary, source_lang=lang)]


# real: probe38's sweep, Matter of Alday-Dominguez b11.s1 and Matter of Laguerre b8.s2, b8.s4
@pytest.mark.parametrize("text", [
    "See, e.g., Gonzales v. Duenas-Alvarez, 549 U.S. 183, 189 (2007); Lopez-Valencia, 798 "
    "F.3d at 868.",
    "Moncrieffe v. Holder, 569 U.S. 184, 190 (2013).",
    "See Mellouli v. Lynch, 575 U.S. 798, 813 (2015); Matter of P-B-B-, 28 I&N Dec. 43.",
    "Veja Mellouli v. Lynch, 575 U.S. 798, 813 (2015).",  # the engine's output, pt
])
def test_a_reporter_between_volume_and_page_is_no_country(text: str,
                                                          glossary: Glossary) -> None:
    lang = "pt" if text.startswith("Veja") else "en"
    assert all(entry != "united-states" for _, entry, _ in _found(text, glossary, lang))


def test_a_citation_the_segmenter_cut_after_the_reporter(glossary: Glossary) -> None:
    # real: Alday-Dominguez b16.s1, the segment ends at "U.S." (the page opens the next)
    found = _found("United States v. Turley, 352 U.S.", glossary)
    assert found == [("United States", "united-states", "exact")], found


@pytest.mark.parametrize("text", [
    "He flew to the U.S. in 2019.",
    "In 2019 U.S. 500 companies paid less tax.",  # a page is never followed by a word
    "Profits at 2019 U.S. 10-year yields rose.",
])
def test_the_country_beside_a_number_in_prose_is_read_as_before(text: str,
                                                                glossary: Glossary) -> None:
    assert any(entry == "united-states" for _, entry, _ in _found(text, glossary))


def test_a_party_of_a_case_title_is_no_misspelt_place(glossary: Glossary) -> None:
    found = _found("United States v. Turley, 352 U.S. 407 (1957).", glossary)
    assert all(entry != "turkey" for _, entry, _ in found), found
    assert ("United States", "united-states", "exact") in found
    assert _found("The court heard Smith vs. Turley on Monday.", glossary) == []


def test_an_acronym_party_is_left_as_the_court_wrote_it(glossary: Glossary) -> None:
    # real: the Federal Circuit's feed, "ALLEN v. US" (20 warnings "left as the engine wrote it")
    assert all(entry != "united-states" for _, entry, _ in
               _found("ALLEN v. US [OPINION]", glossary))


def test_outside_a_case_title_and_in_full_read_as_before(glossary: Glossary) -> None:
    assert ("Turley", "turkey", "misspelling") in _found("Flights to Turley resumed.", glossary)
    # a match's "vs." keeps an acronym; a party spelt in full is still the country
    assert any(e == "united-states" for _, e, _ in _found("USA vs. Mexico ends 2-1.", glossary))
    found = _found("Descamps v. United States, 570 U.S. 254, 257 (2013).", glossary)
    assert found == [("United States", "united-states", "exact")], found


def test_a_given_name_of_the_texts_language_before_a_surname_is_no_place(
        glossary: Glossary) -> None:
    # real: probe38's sweep, an STJ decision (LeNER-Br), "Sidnei Beneti" warned as Sydney:
    # "Sidnei" is Sydney's Lithuanian/Esperanto spelling and a Brazilian given name
    # (hunspell-pt-br lists it as a proper name)
    found = _found("Relator: Ministro Sidnei Beneti.", glossary, "pt")
    assert all(entry != "sydney" for _, entry, _ in found), found


def test_the_spelling_alone_is_read_as_before(glossary: Glossary) -> None:
    assert ("Sidnei", "sydney", "alias") in _found("Ele voou para Sidnei ontem.", glossary, "pt")


def test_a_portuguese_pronoun_in_a_caption_in_capitals_is_no_acronym(
        glossary: Glossary) -> None:
    # real: probe38's sweep, the Federal District's budget law (LeNER-Br), held for the
    # European Union "missing" from "AND I SANCTION THE FOLLOWING LAW"
    found = _found("O GOVERNADOR DO DISTRITO FEDERAL, FAÇO SABER QUE A CÂMARA LEGISLATIVA "
                   "DO DISTRITO FEDERAL DECRETA E EU SANCIONO A SEGUINTE LEI:", glossary, "pt")
    assert all(entry != "european-union" for _, entry, _ in found), found


def test_the_same_capitals_in_english_and_in_prose_read_as_before(glossary: Glossary) -> None:
    assert any(e == "european-union" for _, e, _ in
               _found("EU LEADERS AGREE ON A DEAL", glossary))
    assert any(e == "european-union" for _, e, _ in
               _found("A EU e os EUA assinaram o acordo.", glossary, "pt"))
