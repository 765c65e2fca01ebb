"""A title's or brand's word counts as one the engine translates when it is a common word of the
source language's spelling dictionary, though the engine's vocabulary holds it only in pieces
(untrans38; development items o007 and o017: "Textual apps" -> "aplicativos textuais", the
product noun's rule had left "Textual" to the engine because "textual" is no whole piece).
"""

from __future__ import annotations

from translate.glossary.words import plain_word_test
from translate.untranslatable import engine_lexicon, mask_segments, title_spans

TEXT = "Input in Textual apps is handled, at the lowest level, by driver classes."


def test_a_common_word_the_engine_has_in_pieces_is_masked_before_a_product_noun() -> None:
    masked = mask_segments([TEXT], ["paragraph"], "en", plain=plain_word_test("en"))
    assert masked.words.get(0) == ["Textual"]
    assert masked.rules.get(0) == ["title-product"]


def test_title_spans_take_the_dictionary_test() -> None:
    lex = engine_lexicon("en")
    assert "textual" not in lex  # the premise: the engine's vocabulary has it in pieces
    assert [TEXT[s:e] for s, e, _ in title_spans(TEXT, "en", lexicon=lex,
                                                 plain=plain_word_test("en"))] == ["Textual"]


def test_a_name_that_is_no_common_word_is_still_left_to_the_engine() -> None:
    # "Reedline" is in neither the engine's lexicon nor the dictionary: the engine keeps it
    text = "You can now configure the Reedline menus and build Reedline apps from the shell."
    assert mask_segments([text], ["paragraph"], "en",
                         plain=plain_word_test("en")).words.get(0) is None
