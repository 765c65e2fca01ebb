"""caps43: in a sentence in capitals, a title or place abbreviation of the language's data
(``[segment] prefixes`` / ``[names] titles``: "FT", "MT", "ST", "DR") that is no common word
goes to the engine with the word in capitals after it as one name ("FT WORTH" -> "Ft Worth";
caps41 sent "Ft worth", and the engine translated "worth")."""

from __future__ import annotations

import pytest

from translate.capitals import sentence_cased


def _cased(source: str) -> str:
    return sentence_cased([source], [source], [0], "en")[0][0]


@pytest.mark.parametrize(("source", "name"), [
    ("FLASH FLOODING IS EXPECTED IN FT WORTH THIS EVENING.", "Ft Worth"),
    ("SNOW WILL FALL ON MT HOOD AND THE CASCADES TONIGHT.", "Mt Hood"),
    ("THE RIVER AT PT PLEASANT WILL CREST ON FRIDAY.", "Pt Pleasant"),
])
def test_a_place_abbreviation_keeps_its_name(source: str, name: str) -> None:
    assert name in _cased(source)


@pytest.mark.parametrize(("source", "lowered"), [
    # a determiner after the abbreviation is no name
    ("THE STORM HIT FT THE WORST OF IT.", "Ft the worst"),
    # a common word in capitals with no abbreviation before it stays lower
    ("IT IS WORTH A LOOK AT THE RIVER.", "worth a look"),
    # an abbreviation that is also a common word ("NO") is no title
    ("THERE IS NO WATER IN THE RIVER.", "no water"),
    # an abbreviation written after a name ("JR") heads nothing
    ("JOHN SMITH JR SAID THE RIVER IS HIGH.", "Jr said"),
])
def test_other_words_stay_in_sentence_case(source: str, lowered: str) -> None:
    assert lowered in _cased(source)
