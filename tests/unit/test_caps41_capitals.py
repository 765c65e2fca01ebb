"""caps41: translate.capitals, the rules one by one (the pipeline's behaviour is in
test_caps41_pipeline.py)."""

from __future__ import annotations

import pytest

from translate.capitals import (
    common_test,
    evidence,
    restore,
    sentence_case,
    sentence_cased,
    shouting,
)

PLAIN = common_test("en")


def _plain(word: str) -> bool:
    assert PLAIN is not None
    return PLAIN(word)


@pytest.mark.parametrize("text", [
    "FIRE DANGER WILL BE HIGH TODAY.",
    "PEOPLE WITH HEART DISEASE SHOULD LIMIT PROLONGED EXERTION.",
    "THE RIVER AT FORT WORTH WILL CREST AT 30 FEET mph",  # a unit in lower case
])
def test_shouting(text: str) -> None:
    assert shouting(text, _plain)


@pytest.mark.parametrize("text", [
    "The river will crest tonight, the NWS said.",
    "NASA ESA JAXA CNES",  # acronyms, no common word
    "FIRE DANGER",  # two words
    "Meet the NWS, FEMA and USGS teams today.",
    "Biden Signs The Bill Into Law",  # title case
])
def test_not_shouting(text: str) -> None:
    assert not shouting(text, _plain)


def test_common_words_lower_names_capitalised_codes_kept() -> None:
    ev = evidence([], "en")
    out = sentence_case("FLOODING IS EXPECTED IN TARRANT COUNTY UNTIL 1130 PM CDT.", ev, _plain)
    assert out == "Flooding is expected in Tarrant county until 1130 PM CDT."


def test_evidence_from_the_article() -> None:
    ev = evidence(["Officials of the NWS met in Des Moines on Monday."], "en")
    out = sentence_case("THE NWS SAYS DES MOINES WILL SEE SNOW.", ev, _plain)
    assert out == "The NWS says Des Moines will see snow."


def test_title_case_line_is_no_evidence() -> None:
    ev = evidence(["Snow Will Fall Across Iowa Tonight"], "en")
    assert sentence_case("SNOW WILL FALL TONIGHT.", ev, _plain) == "Snow will fall tonight."


def test_glossary_name_of_several_words() -> None:
    ev = evidence([], "en", ["United Nations", "UN"])
    assert sentence_case("THE UN AND THE UNITED NATIONS AGREE.", ev, _plain) == (
        "The UN and the United Nations agree.")


def test_placeholders_digits_and_addresses_stay() -> None:
    ev = evidence([], "en")
    text = "SEE XNAME51X AND WWW.WEATHER.GOV OR I-35 FOR EF0 DAMAGE."
    out = sentence_case(text, ev, _plain)
    assert out == "See XNAME51X and WWW.WEATHER.GOV or I-35 for EF0 damage."
    assert len(out) == len(text)


def test_restore_capitals_keeps_source_lower_case_tokens() -> None:
    assert restore("Ventos de 20 mph perto de Fairbanks.", "WINDS OF 20 mph NEAR FAIRBANKS.") == (
        "VENTOS DE 20 mph PERTO DE FAIRBANKS.")
    assert restore("Veja https://x.org/a.", "SEE https://x.org/a.") == "VEJA https://x.org/a."


def test_restore_keeps_length() -> None:
    target = "A rua é estreita: straße."
    assert len(restore(target, "THE STREET")) == len(target)


def test_no_word_list_no_change() -> None:
    texts = ["O RIO VAI TRANSBORDAR HOJE À NOITE", "ok"]
    assert sentence_cased(texts, texts, [0, 1], "xx") == (texts, set())


def test_ordinary_text_untouched() -> None:
    texts = ["The river will crest tonight.", "NASA ESA JAXA"]
    assert sentence_cased(texts, texts, [0, 1], "en") == (texts, set())


def test_glossary_acronym_that_is_a_common_word_is_lower_case() -> None:
    ev = evidence([], "en", ["US", "NASA"], _plain)
    assert sentence_case("YOU CAN VISIT US AT NASA.", ev, _plain) == "You can visit us at NASA."


def test_code_that_is_a_word_only_after_a_number() -> None:
    ev = evidence([], "en")
    assert sentence_case("I AM SURE IT ENDS AT 5 AM EDT.", ev, _plain) == (
        "I am sure it ends at 5 AM EDT.")
