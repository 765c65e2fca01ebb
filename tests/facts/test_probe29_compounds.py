"""probe29's sweep (AP's and UD_Portuguese-GSD's real sentences): two false blocking findings
that held right editions, each from a word read out of the compound it is part of.

- "Last month's election ... Prime Minister Benjamin Netanyahu" written "... do mês passado ...
  ao primeiro-ministro Benjamin Netanyahu": main read "primeiro" of "primeiro-ministro" as a
  "first" against the source's "last". A sense word joined by a hyphen to the next word is part
  of a compound, whose sense is the compound's (``check_direction``).
- "o Palmeiras iria ser bicampeão" written "Palmeiras would be two-time champion": main said
  the target's "two" is not in the source. A word formed with a multiplying prefix ("bi", "tri",
  ... ``prefixes`` in ``[number_words]``) before a word the engine knows carries that number
  (``check_invented_number_words``); "tribunal", "bilhão", "triste" do not."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Last month's election seemed to have promised Prime Minister Benjamin Netanyahu another "
     "fresh mandate to rule.",
     "A eleição do mês passado parecia ter prometido ao primeiro-ministro Benjamin Netanyahu "
     "outro novo mandato para governar.", "en", "pt-BR"),
    ("O último discurso da primeira-ministra foi ontem.",
     "The prime minister's last speech was yesterday.", "pt", "en"),
    ("Ele falou, antes do rebaixamento, que o Palmeiras iria ser bicampeão.",
     "He spoke, before the relegation, that Palmeiras would be two-time champion.", "pt", "en"),
    ("O Brasil é pentacampeão mundial.", "Brazil is a five-time world champion.", "pt", "en"),
])
def test_a_word_inside_a_compound_is_read_as_the_compound(source: str, target: str, src: str,
                                                           locale: str) -> None:  # fmt: skip
    assert _blocking(source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The last time he met the prime minister.",
     "A primeira vez que ele encontrou o primeiro-ministro.", "en", "pt-BR"),
    ("Ele falou que o Palmeiras iria ser bicampeão.",
     "He said that Palmeiras would be three-time champion.", "pt", "en"),
    ("O tribunal decidiu ontem.", "The two courts decided yesterday.", "pt", "en"),
    ("O governo gastou um bilhão de reais.", "The government spent two billion reais.", "pt",
     "en"),
])
def test_the_same_words_outside_a_compound_are_still_read(source: str, target: str, src: str,
                                                          locale: str) -> None:  # fmt: skip
    assert _blocking(source, target, src, locale)
