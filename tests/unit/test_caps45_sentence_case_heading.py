"""caps45: a heading in sentence case that holds a name of capitalised common words ("Down
Under") is not read as title case when it writes a word of five letters or more in lower case,
whether the spelling dictionary knows the word or not ("skink" it does not). caps44 counted
only known words, read "Kicking up a skink Down Under" (a real gallery caption of
benchmarks/data/html_structure_r/bug-1255978, development data) as title case and sent "down
under" to the engine ("para baixo": Australia lost).

The pipeline tests do not import translate.titlecase."""

from __future__ import annotations

import pytest

from translate.api import RunOptions, parse_targets, translate_object

BODY = ("An Australian court has overturned approval for Adani’s Carmichael coal mine in north "
        "Queensland, based on concerns over the impact of the project on the endangered yakka "
        "skink (pictured).")


def _sent(text: str, engine: object) -> list[str]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, source_lang="en")
    translate_object({"id": "t", "text": text, "format": "markdown"}, parse_targets("pt-BR"),
                     options, None)
    return [s for call in engine.calls for s in call[2]]  # type: ignore[attr-defined]


def test_sentence_case_heading_with_a_name_of_common_words_is_sent_as_written(
    fake_engine: object,
) -> None:
    sent = _sent(f"# Kicking up a skink Down Under\n\n{BODY}\n", fake_engine)
    assert "Kicking up a skink Down Under" in sent
    assert "Kicking up a skink down under" not in sent


def test_a_title_case_heading_with_a_capitalised_unknown_name_is_still_sentence_cased(
    fake_engine: object,
) -> None:
    # a caps44 development headline: "Amalthea" is no dictionary word, capitalised
    sent = _sent("# NASA’s Juno Mission Spots Jupiter’s Tiny Moon Amalthea\n\n"
                 "The Juno spacecraft imaged the small moon during a flyby.\n", fake_engine)
    assert "NASA’s Juno mission spots Jupiter’s tiny moon Amalthea" in sent


@pytest.mark.parametrize("line", [
    "Kicking up a skink Down Under",  # real (bug-1255978's gallery)
    "7/50 Kicking up a skink Down Under",
    "Rangers Spot a Rare quokka Near Perth",  # constructed: one long unknown word in lower case
])
def test_a_long_word_in_lower_case_known_or_not_means_not_title_case(line: str) -> None:
    from translate import titlecase
    from translate.capitals import common_test

    plain = common_test("en")
    assert plain is not None
    assert not titlecase.titled(line, plain)


@pytest.mark.parametrize("line", [
    "NASA’s Juno Mission Spots Jupiter’s Tiny Moon Amalthea",
    "Webb Hints at Water on Distant World",
    "Scientists Pursue the Total Solar Eclipse with NASA Jet Planes",
])
def test_title_case_lines_with_short_lower_case_words_stay_title_case(line: str) -> None:
    from translate import titlecase
    from translate.capitals import common_test

    plain = common_test("en")
    assert plain is not None
    assert titlecase.titled(line, plain)
