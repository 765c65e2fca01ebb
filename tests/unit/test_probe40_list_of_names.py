"""probe40: a line of names whose "and" the engine translated is no text passed through.

A National Weather Service snow squall warning (Des Moines, 19 October 2020), both Portuguese
editions: "Des Moines, West Des Moines, Ankeny, ..., Saylorville and Mitchellville." written
"..., Saylorville e Mitchellville." was held as "7 of 7 words are the source's: the sentence was
not translated": the words of two letters or more were all the source's, and the one-letter
"e" the engine wrote for "and" was not read. A one-letter word the source does not have shows
the engine translated some of a line of names: a warning ("perhaps not translated"), not a
block. In running text, English words in lower case left beside a translated "a" (the damage
survey's "EF0...Weak......65 to 85 mph" written "65 a 85 mph", "Weak" kept) still block.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _untranslated(source: str, target: str, locale: str = "pt-BR") -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_pair(source, target, "en", locale).findings
            if f.check == "untranslated"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_list_of_names_with_its_and_translated_is_not_blocked(locale: str) -> None:
    source = ("Des Moines, West Des Moines, Ankeny, Urbandale, Johnston, Clive, Newton, Altoona, "
              "Waukee, Norwalk, Pleasant Hill, Grimes, Perry, Adel, Windsor Heights, Carlisle, "
              "Bondurant, Polk City, Saylorville and Mitchellville.")
    target = source.replace(" and ", " e ")
    assert all(sev != "error" for sev, _ in _untranslated(source, target, locale))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the English copied whole: still blocking
        ("Flooding of homes and widespread landslides are possible in the area.",
         "Flooding of homes and widespread landslides are possible in the area."),
        # a one-letter word the source has too ("a") shows nothing
        ("Use extra caution when driving a high profile vehicle.",
         "Use extra caution when driving a high profile vehicle."),
        # lower-case English words left beside a translated "to": not a line of names
        ("EF0...Weak......65 to 85 mph EF1...Weak......86 to 110 mph EF2...Strong....111 to 135",
         "EF0...Weak......65 a 85 mph EF1...Weak......86 a 110 mph EF2...Strong....111 a 135"),
    ],
)
def test_text_passed_through_is_still_blocked(source: str, target: str) -> None:
    assert any(sev == "error" for sev, _ in _untranslated(source, target))
