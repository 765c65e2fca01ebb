"""Checks of the ninth red-team pass: invisible characters and bidi controls that make a name or
a number read otherwise than it displays (``facts.hidden_characters``), and the number-order
check made linear. Each wrong case has a right twin that must pass; the sentences are written
for the tests, not taken from set J (held out)."""

from __future__ import annotations

import time

import pytest

from translate.check import check_pair
from translate.facts import hidden_characters


def _findings(source: str, target: str, source_lang: str = "en",
              locale: str = "pt-BR") -> list[tuple[str, str]]:  # fmt: skip
    res = check_pair(source, target, source_lang, locale)
    return [(f.severity, f.message) for f in res.findings if f.data.get("kind", "").startswith(
        "hidden-") or f.severity == "error"]  # fmt: skip


def _blocking(source: str, target: str, source_lang: str = "en",
              locale: str = "pt-BR") -> list[str]:  # fmt: skip
    return [m for s, m in _findings(source, target, source_lang, locale) if s == "error"]


# (id, source, wrong target, right target)
CASES = [
    ("zero-width space inside a name",
     "Ana Silva paid 300 dollars for the tickets.",
     "Ana Sil\u200bva pagou 300 dólares pelos ingressos.",
     "Ana Silva pagou 300 dólares pelos ingressos."),
    ("word joiner inside a name",
     "The mayor, Pedro Costa, opened the bridge.",
     "O prefeito, Pedro Co\u2060sta, inaugurou a ponte.",
     "O prefeito, Pedro Costa, inaugurou a ponte."),
    ("right-to-left override spells a name backwards",
     "The mayor, Pedro Costa, opened the bridge.",
     "O prefeito, Pedro \u202eatsoC\u202c, inaugurou a ponte.",
     "O prefeito, Pedro Costa, inaugurou a ponte."),
    ("right-to-left embedding reorders two words",
     "Pedro Costa opened the bridge.",
     "\u202bPedro Costa\u202c inaugurou a ponte.",
     "Pedro Costa inaugurou a ponte."),
    ("left-to-right mark inside a name",
     "Maria Souza won the race.",
     "Maria Sou\u200eza venceu a corrida.",
     "Maria Souza venceu a corrida."),
    ("a changed number hidden behind a zero-width space",
     "The council spent 15 dollars on each meal.",
     "O conselho gastou 15\u200b000 dólares em cada refeição.",
     "O conselho gastou 15 dólares em cada refeição."),
    ("a number split by a zero-width joiner",
     "About 1,500 people attended.",
     "Cerca de 1.5\u200d00 pessoas compareceram.",
     "Cerca de 1.500 pessoas compareceram."),
]


@pytest.mark.parametrize(("name", "source", "wrong", "right"), CASES, ids=[c[0] for c in CASES])
def test_hidden_characters_are_blocking_and_the_plain_twin_passes(
    name: str, source: str, wrong: str, right: str
) -> None:
    found = _blocking(source, wrong)
    assert any("reads" in m or "display" in m for m in found), (name, found)
    assert _blocking(source, right) == [], name


def test_the_message_shows_the_hidden_character_and_what_the_reader_sees() -> None:
    (msg,) = _blocking("Ana Silva paid.", "Ana Sil\u200bva pagou.")
    assert "U+200B" in msg and "Sil\\u200bva" in msg and '"Silva"' in msg
    (msg,) = _blocking("Pedro Costa paid.", "Pedro \u202eatsoC\u202c pagou.")
    assert "U+202E" in msg and 'displays as "Costa"' in msg


def test_an_invisible_character_only_in_the_source_is_a_warning_when_the_target_is_plain() -> None:
    found = _findings("Ana Sil\u200bva paid 300 dollars.", "Ana Silva pagou 300 dólares.")
    assert [s for s, _ in found] == ["warning"], found
    assert "the source has" in found[0][1]


def test_a_bidi_override_in_the_source_blocks_even_when_the_engine_dropped_it() -> None:
    # the source's reader saw "Costa"; the engine read "atsoC" and wrote it plainly
    found = _blocking("The mayor, Pedro \u202eatsoC\u202c, opened it.",
                      "O prefeito, Pedro atsoC, inaugurou.")  # fmt: skip
    assert any("source has" in m and "U+202E" in m for m in found), found


@pytest.mark.parametrize("text", [
    "President Vladi\u00admir Putin met Benjamin Netan\u00adyahu.",  # soft hyphens (real pages)
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian ZWNJ
    "Family: \U0001f468\u200d\U0001f469\u200d\U0001f467",  # an emoji ZWJ sequence
    "\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22",  # Thai words split by a ZWSP
    "O presidente disse\u200b: \u200fola",  # between words, not inside one
])
def test_legitimate_invisible_characters_are_left_alone(text: str) -> None:
    assert hidden_characters(text, "pt") == []


def test_embeddings_are_normal_in_right_to_left_text_but_overrides_are_not() -> None:
    assert hidden_characters("\u202bJohn Smith\u202c \u05d0\u05de\u05e8", "he") == []
    assert hidden_characters("\u202eatsoC\u202c \u05d0\u05de\u05e8", "he") != []


def test_a_number_under_a_bidi_override_is_reported_once() -> None:
    found = _blocking("They paid 1000 dollars.", "Pagaram \u202e0001\u202c dólares.")
    assert len([m for m in found if "U+202E" in m]) == 1, found


def test_number_order_on_thousands_of_numbers_is_linear_and_still_finds_a_swap() -> None:
    values = list(range(1001, 4001))
    source = "Counts: " + ", ".join(f"{v} cases" for v in values) + "."
    right = "Contagens: " + ", ".join(f"{v} casos" for v in values) + "."
    swapped = [*values[:-2], values[-1], values[-2]]
    wrong = "Contagens: " + ", ".join(f"{v} casos" for v in swapped) + "."
    start = time.process_time()
    assert not any("other order" in m for m in _blocking(source, right))
    found = _blocking(source, wrong)
    assert time.process_time() - start < 60  # quadratic: 9 million comparisons a call before
    assert any("'3999' and '4000' stand in the other order" in m for m in found), found[:3]


# False alarms on the development sets' real outputs (G, H, I), each fixed by a general rule, with
# a wrong twin the gate must still hold: (id, source language, locale, source, right, wrong)
TWINS = [
    ("'whether or not' negates nothing", "en", "pt-BR",
     "The board did not say whether or not the accounts comply with the rules.",
     "O conselho não disse se as contas cumprem as regras.",
     "O conselho disse se as contas cumprem as regras."),
    ("'não se esqueça de' says 'be sure to'", "en", "pt-BR",
     "Be sure to bring your passport to the airport.",
     "Não se esqueça de trazer o seu passaporte para o aeroporto.",
     "Não traga o seu passaporte para o aeroporto."),
    ("'não deixe de' says 'be sure to'", "en", "pt-BR",
     "Be sure to visit the old town on your first day.",
     "Não deixe de visitar a cidade velha no seu primeiro dia.",
     "Não visite a cidade velha no seu primeiro dia."),
    ("'whether or not' in an English target", "pt", "en",
     "Os eleitores votam se o novo parque será construído.",
     "Voters vote on whether or not the new park will be built.",
     "Voters vote on whether the new park will not be built."),
    ("a source's 'não se esqueça de' kept as 'don't forget' must keep its negation", "pt", "en",
     "Não se esqueça de levar o passaporte para o aeroporto.",
     "Don't forget to bring your passport to the airport.",
     "Do forget to bring your passport to the airport."),
    ("nights are counted, not a clock time", "en", "pt-BR",
     "The package includes 5 nights of accommodation and 3 dinners.",
     "O pacote inclui 5 noites de hospedagem e 3 jantares.",
     "O pacote inclui 6 noites de hospedagem e 3 jantares."),
    ("a title's negation copied with a curly apostrophe", "en", "pt-BR",
     "Don’t Look Up was seen by 1.2 million households.",
     "Don't Look Up foi visto por 1,2 milhão de lares.",
     "Look Up foi visto por 1,2 milhão de lares."),
    ("a decade in words carries its number", "en", "pt-BR",
     "The novel is set in the Roaring Twenties in New York.",
     "O romance se passa nos anos vinte em Nova York.",
     "O romance se passa nos anos trinta em Nova York."),
    ("'scores of' is tens", "en", "pt-BR",
     "Scores of volunteers and hundreds of soldiers joined the rescue.",
     "Dezenas de voluntários e centenas de soldados juntaram-se ao resgate.",
     "Milhares de voluntários e centenas de soldados juntaram-se ao resgate."),
]


@pytest.mark.parametrize(("name", "src_lang", "locale", "source", "right", "wrong"), TWINS,
                         ids=[t[0] for t in TWINS])  # fmt: skip
def test_development_false_alarms_pass_and_their_wrong_twins_are_held(
    name: str, src_lang: str, locale: str, source: str, right: str, wrong: str
) -> None:
    assert _blocking(source, right, src_lang, locale) == [], name
    assert _blocking(source, wrong, src_lang, locale) != [], name
