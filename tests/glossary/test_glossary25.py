"""glossary25 (the twenty-ninth pass) of issue 14: developed on the development sets x and y and
the probe28 findings (docs/evaluation/names.md); held-out sets z and aa untouched."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry.id, m.match)
            for m in find_mentions(text, glossary, source_lang=lang)]


# -- Greek declines a name: genitive -ας/-ης/-ου, accusative without -ς ------------------------

@pytest.mark.parametrize(("text", "surface", "entry"), [
    # set y (development), UD_Greek-GUD
    ("Τώρα τη γεωγραφία της Ελλάδας δεν την ξέρω καλά , αλλά είναι λιμάνια που είναι κοντά σε "
     "πόλεις.", "Ελλάδας", "country-gr"),
    ("Η πρωτεύουσα της Γαλλίας είναι μεγάλη.", "Γαλλίας", "country-fr"),
    ("Ο πρέσβης του Βελγίου έφτασε χθες.", "Βελγίου", "country-be"),
    ("Ο υπουργός του Λιβάνου μίλησε χθες.", "Λιβάνου", "country-lb"),
    ("Ταξίδεψε στην Κύπρο χθες.", "Κύπρο", "country-cy"),
])
def test_a_greek_name_in_a_case_is_the_name(builtin: Glossary, text: str, surface: str,
                                              entry: str) -> None:
    assert (surface, entry, "inflected") in _found(builtin, text, "el")


def test_greek_endings_are_read_only_in_greek(builtin: Glossary) -> None:
    assert not any(s == "Ελλάδας" for s, _, _ in _found(
        builtin, "Στην εφημερίδα: Ελλάδας.", "ru"))


# -- the text's own endings before the English word list ---------------------------------------

def test_an_icelandic_genitive_that_is_an_english_word_is_the_name(builtin: Glossary) -> None:
    # set y (development), UD_Icelandic-Modern: "Íslands" (Iceland's genitive) folds to the
    # English word "islands"
    text = ("Bjarki Már missti af leik Íslands og Danmerkur í Árósum á sunnudag eftir að meiðsli "
            "tók sig upp.")
    assert ("Íslands", "country-is", "inflected") in _found(builtin, text, "is")


def test_an_english_word_in_an_english_text_is_still_no_name(builtin: Glossary) -> None:
    assert not any(e == "country-is" for _, e, _ in _found(
        builtin, "The Islands were quiet that summer.", "en"))
