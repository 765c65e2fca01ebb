"""Integration of the forty-sixth pass: three costs of the matcher that grew with the text
(glossary56's 20,000-repetition test took minutes): ``is_sentence_start`` copied the text
before each candidate, ``_inside_local_place`` matched the source language's town names over
the whole text once per candidate, and ``_other_sense`` joined two word sets per candidate.
The answers are the same; these tests pin the answers and run each shape 20,000 times."""

from __future__ import annotations

import random

from translate.glossary import find_mentions, load_glossary
from translate.glossary.normalize import Token, is_sentence_start, tokenize


def _old_is_sentence_start(text: str, token: Token) -> bool:
    # the definition before the integration (a copy of the text before the token)
    before = text[: token.start].rstrip(" \t\"“‘'«(„[—–-")
    if not before:
        return True
    closed = before.rstrip("”’»)]")
    return before[-1] in ".!?:\n…" or (closed != before and closed[-1:] in (".", "!", "?", "…"))


def test_sentence_start_answers_as_before_on_random_punctuated_text() -> None:
    rng = random.Random(41)
    pieces = ["Word", "word", " ", ".", "!", "?", ":", "\n", "…", "”", "’", "»", ")", "]",
              "“", "‘", "«", "(", "„", "[", "—", "–", "-", "\t", "\"", "'", ",", ";"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for token in tokenize(text):
            assert is_sentence_start(text, token) == _old_is_sentence_start(text, token), text


def test_sentence_start_is_linear() -> None:
    text = "He left. “Turkey said so” (Peru) — Chile. " * 20_000
    tokens = tokenize(text)
    starts = sum(is_sentence_start(text, t) for t in tokens)
    assert starts == 2 * 20_000  # "He" and "Turkey"... and "Chile" after a dash is not


def test_a_town_name_holding_a_place_is_read_as_before() -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(
        "Ele mora em Nova Lima e trabalha em Lima.", load_glossary(), source_lang="pt")]
    assert found == [("Lima", "lima")]


def test_town_names_holding_a_place_are_linear() -> None:
    text = "Ele mora em Nova Lima e trabalha em Lima. " * 20_000
    found = find_mentions(text, load_glossary(), source_lang="pt")
    assert len(found) == 20_000 and all(m.surface == "Lima" for m in found)
    assert all(text[m.start - 5 : m.start] != "Nova " for m in found)


def test_a_common_word_opening_a_sentence_is_linear() -> None:
    # "Peru" opens each sentence: a Portuguese common word ("turkey"), read by _other_sense
    text = "Peru venceu. " * 20_000
    found = find_mentions(text, load_glossary(), source_lang="pt")
    assert len(found) == len(find_mentions("Peru venceu. " * 3, load_glossary(),
                                           source_lang="pt")) * 20_000 // 3


def test_a_common_word_opening_every_sentence_is_linear() -> None:
    # each one-word candidate asked whether another, strong name stands in the text by
    # comparing every chosen candidate with every weak one: cubic before the integration
    found = find_mentions("Peru venceu. " * 20_000, load_glossary(), source_lang="pt")
    assert len(found) == 20_000 and {m.surface for m in found} == {"Peru"}


def test_support_by_another_name_is_read_as_before() -> None:
    glossary = load_glossary()
    # "Turkey" opening a sentence with nothing to support it is no mention; another name of
    # the glossary in the text supports it
    alone = [m.surface for m in find_mentions("Turkey prices rose.", glossary, source_lang="en")]
    with_other = [m.surface for m in find_mentions("Turkey prices rose in Armenia.", glossary,
                                                   source_lang="en")]
    assert alone == [] and with_other == ["Turkey", "Armenia"]
