"""caps42: in a sentence in capitals, a run of words after a name that ends in a kind of place
(the ``[names] place_nouns`` of the language's data), with words between, is the place's name
and goes to the engine capitalised ("FAIRBANKS NORTH STAR BOROUGH" was sent "Fairbanks north
star borough" and translated word by word); a run with a determiner, with no name before it,
or a name right before its kind of place ("Ellis county": "condado de Ellis") is not."""

from __future__ import annotations

import pytest

from translate.capitals import sentence_cased


def _cased(source: str) -> str:
    return sentence_cased([source], [source], [0], "en")[0][0]


@pytest.mark.parametrize(("source", "name"), [
    ("THE FAIRBANKS NORTH STAR BOROUGH AIR QUALITY DIVISION HAS ISSUED AN ALERT.",
     "Fairbanks North Star Borough"),
    ("SMOKE WILL LINGER OVER THE KENAI PENINSULA BOROUGH THROUGH FRIDAY.",
     "Kenai Peninsula Borough"),
])
def test_a_place_name_after_a_name_keeps_its_capitals(source: str, name: str) -> None:
    assert name in _cased(source)


@pytest.mark.parametrize(("source", "lowered"), [
    # no name before the kind of place
    ("FOR MORE ABOUT AIR QUALITY IN THE BOROUGH VISIT THE WEBSITE.", "in the borough"),
    # a determiner between the name and the kind of place
    ("FLOODING IN FAIRBANKS AND THE BOROUGH IS EXPECTED.", "and the borough"),
    # a name right before its kind of place: the engine writes "condado de Ellis"
    ("FLOODING IS EXPECTED IN NORTHEASTERN ELLIS COUNTY THIS EVENING.", "Ellis county"),
    # a kind of place too far after the name
    ("FAIRBANKS HAS HEAVY SMOKE OVER THE WHOLE NORTH STAR BOROUGH.", "north star borough"),
])
def test_other_runs_stay_in_sentence_case(source: str, lowered: str) -> None:
    assert lowered in _cased(source)
