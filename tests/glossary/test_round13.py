"""The thirteenth round of issue 14 (rules from the spent set m and the other development sets;
never from held-out set n). Sentences here are new, written for the rules' classes."""

from __future__ import annotations

from translate.glossary import Glossary, find_mentions
from translate.glossary.words import subdivisions


def _found(text: str, glossary: Glossary, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


def test_postal_region_letters_come_from_iso_3166_2() -> None:
    postal = subdivisions().postal
    assert postal["TX"] == frozenset({"US"})
    assert postal["ON"] == frozenset({"CA"})
    assert postal["NSW"] == frozenset({"AU"})
    assert "RJ" not in postal  # Brazil's letters are a Portuguese-text rule of their own


def test_a_place_followed_by_another_country_s_region_letters_is_a_namesake(
        builtin: Glossary) -> None:
    assert _found("The plant in Paris, KY, closed last year.", builtin) == []
    assert _found("Warehouse jobs in Moscow, ID 83843 pay more.", builtin) == []
    assert _found("3. Athens, GA 12.4", builtin) == []
    assert _found("She grew up in Victoria, BC.", builtin) == []


def test_a_place_in_its_own_country_or_letters_that_are_a_word_stay(builtin: Glossary) -> None:
    assert ("Washington", "washington") in _found("Offices: Washington, DC 20001", builtin)
    # "OR" read as a word, not Oregon: no address closes after it
    assert ("Paris", "paris") in _found("Fly to Paris, OR take the train to Lyon.", builtin)
    # lower case is no region code
    assert ("Paris", "paris") in _found("We met in Paris, in the spring.", builtin)


def test_typed_official_names_give_the_acronym_a_language_s_press_writes(
        builtin: Glossary) -> None:
    assert ("MFW", "imf") in _found("Misja MFW przyjechała do Kijowa.", builtin, "pl")
    assert ("SZO", "who") in _found("Podle SZO se nákaza šíří.", builtin, "cs")
    assert ("ΔΝΤ", "imf") in _found("Το ΔΝΤ αναθεώρησε την πρόβλεψη.", builtin, "el")
    assert ("AMB", "ecb") in _found("AMB faizleri sabit tuttu.", builtin, "tr")
    assert ("Europejski Bank Centralny", "ecb") in _found(
        "Europejski Bank Centralny podniósł stopy.", builtin, "pl")


def test_a_compound_name_s_acronym_is_typed_not_made_from_initials(builtin: Glossary) -> None:
    assert ("EZB", "ecb") in _found("Die EZB hob die Zinsen an.", builtin, "de")
    assert ("IAEO", "iaea") in _found("Inspektoren der IAEO reisten ab.", builtin, "de")
    assert ("NAVO", "nato") in _found("De NAVO-top begint morgen.", builtin, "nl") or \
        ("NAVO", "nato") in _found("De NAVO vergadert morgen.", builtin, "nl")
    # the initials of the compound ("EZ" of Europäische Zentralbank) are no acronym
    assert _found("Der EZ-Wert und die IW-Studie.", builtin, "de") == []


def test_another_language_s_acronyms_stay_out_of_english_text(builtin: Glossary) -> None:
    assert _found("The IWF removed the images.", builtin) == []
    assert _found("An MFW filter was fitted.", builtin) == []
    assert _found("The AMB sensor failed.", builtin) == []


def test_a_country_s_name_ending_a_region_s_name_is_the_region(builtin: Glossary) -> None:
    assert _found("She studied at the University of Western Australia.", builtin) == []
    assert _found("Belfast is the capital of Northern Ireland.", builtin) == []
    assert ("Australia", "country-au") in _found("She moved to Australia in May.", builtin)
    # a capitalised word that makes no region's name leaves the country alone
    assert ("Australia", "country-au") in _found("Visit Australia now.", builtin)


def test_a_czech_soft_stem_name_in_the_locative(builtin: Glossary) -> None:
    assert ("Paříži", "paris") in _found("Ministři se sešli v Paříži.", builtin, "cs")
    # only where the stem gives back a listed place ("Brně", Brno, is none)
    assert _found("Ministři se sešli v Brně.", builtin, "cs") == []
