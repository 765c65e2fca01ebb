"""A court citation's circuit and reporter abbreviations end no sentence (langcheck40): probe38's
decisions were split at "Cir." in "(9th Cir. 2016)" and the engine then added "(a)" to each half.
The citations are probe38's (a Board of Immigration Appeals decision, public domain) or of their
form; a sentence that ends with one before a sentence's first word still ends there."""

from __future__ import annotations

import pytest

from translate.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, "en")]


@pytest.mark.parametrize("text", [
    "Verdugo-Gonzalez v. Holder, 581 F.3d 1059, 1061–62 (9th Cir. 2016) (citing Verdugo-Gonzalez,"
    " 581 F.3d at 1061–62).",
    "See Smith v. Jones, 123 F. Supp. 2d 456 (S.D.N.Y. 2000).",
    "Lopez v. Garland, 17 F.4th 1232 (9th Cir. 2021); Doe v. Roe, 45 F. Supp. 3d 100 (2014).",
])
def test_a_citation_is_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_an_abbreviation_before_a_sentences_first_word_still_ends_it() -> None:
    assert _sentences("He argued before the 9th Cir. The court ruled for him.") == [
        "He argued before the 9th Cir.", "The court ruled for him."]
