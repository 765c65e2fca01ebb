"""The tenth round of issue 14 (rules from the spent set j and the other development sets;
never from held-out set k). Sentences here are new, written for the rules' classes."""

from __future__ import annotations

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


def test_a_place_before_an_unknown_capitalised_word_on_a_title_line_is_a_given_name(
        builtin: Glossary) -> None:
    assert _found("Guests: Tom Ruiz, Sofia Marchetti, Ana Bell", builtin) == []
    # a word of the dictionary after it leaves the headline's place alone
    assert ("Russia", "russia") in _found("Russia Warns Ukraine Over Drone Strikes", builtin)
    # scripts without capitals are never read so
    assert ("طهران", "tehran") in _found("قال الوزير إن طهران مستعدة.", builtin, "ar")


def test_a_kinship_or_pet_apposition_makes_a_name_a_person_or_an_animal(
        builtin: Glossary) -> None:
    assert _found("Bolívia, a irmã caçula, mora em Belém.", builtin, "pt") == []
    assert _found("Chile, o gato da vizinha, sumiu.", builtin, "pt") == []
    assert _found("Macron, the neighbours' dog, barked all night.", builtin) == []
    # a role of a person after a place, or a place noun, leaves the place alone
    assert ("Ukraine", "ukraine") in _found("Ukraine, the player's home country, sent aid.",
                                            builtin)
    assert ("Kyiv", "kyiv") in _found("Kyiv, the capital of Ukraine, was shelled.", builtin)


def test_a_two_word_region_after_a_comma_makes_a_namesake(builtin: Glossary) -> None:
    assert _found("Berlin, New Hampshire, lost its paper mill.", builtin) == []
    assert ("Berlin", "berlin") in _found("Berlin, Paris and Rome agreed.", builtin)


def test_an_acronym_spelt_out_before_or_is_that_phrase(builtin: Glossary) -> None:
    text = "The firm filed an Interim Management Form or IMF for the fund."
    assert all(entry != "imf" for _, entry in _found(text, builtin))
    assert ("IMF", "imf") in _found("The IMF or the World Bank may lend.", builtin)


def test_a_capitalised_compass_word_after_a_place_ends_a_longer_name(
        builtin: Glossary) -> None:
    assert _found("Kenya Western Railways raised fares.", builtin) == []
    assert ("Kenya", "country-ke") in _found("Western Kenya had floods.", builtin)


def test_a_surname_before_a_family_noun_is_another_family(builtin: Glossary) -> None:
    assert _found("The Macron brothers run a bakery in Lyon.", builtin) == []
    assert ("Macron", "emmanuel-macron") in _found("Macron said the plan would pass.", builtin)


def test_a_classification_code_after_an_acronym_is_no_organisation(builtin: Glossary) -> None:
    assert _found("Enter the FAO code of each fish species.", builtin) == []


def test_a_surname_of_the_other_gender_is_another_person(builtin: Glossary) -> None:
    # a misspelling match of Maria Zakharova without it
    assert _found("Maria Zakharov won the cup in Riga.", builtin) == [("Riga", "riga")]
    assert ("Mariya Zakharova", "maria-zakharova") in _found(
        "Mariya Zakharova said the talks failed.", builtin)


def test_a_title_of_nobility_before_a_place_makes_it_a_given_name(builtin: Glossary) -> None:
    assert _found("O duque Chile chegou à corte.", builtin, "pt") == []
