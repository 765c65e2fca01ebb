"""probe33's sweep (WCXB pages, UD_Portuguese-GSD's dev sentences, a Medium feed): false holds
of the check stage, each a general rule (see docs/evaluation/probes.md, probe33)."""

from __future__ import annotations

from translate.check import check_pair
from translate.glossary.words import plain_word_test
from translate.untranslatable import is_signature, repair


def _blocking(source: str, target: str, source_lang: str, locale: str) -> list[str]:
    result = check_pair(source, target, source_lang, locale)
    return [f"{f.check}: {f.message}" for f in result.blocking]


# --- "2 ouros": the plural of a currency CLDR names "Ouro zimbabueano", written "2 golds" ----

def test_a_currency_word_said_by_its_own_names_word_is_not_lost() -> None:
    source = ("Até agora o Brasil conquistou 8 medalhas (2 ouros, 1 prata e 5 bronzes) e tem mais "
              "quatro pódios garantidos.")
    target = ("So far Brazil has won 8 medals (2 golds, 1 silver and 5 bronzes) and has four more "
              "podiums guaranteed.")
    assert _blocking(source, target, "pt", "en-US") == []


def test_a_currency_dropped_or_changed_is_still_held() -> None:
    lost = _blocking("A consulta custa 450 reais.", "The consultation costs 450.", "pt", "en-US")
    assert any("lost its currency" in f for f in lost)
    changed = _blocking("A consulta custa R$ 450.", "The consultation costs $450.", "pt", "en-US")
    assert any("the currency changed" in f for f in changed)
    golds = _blocking("Ganhou 2 ouros.", "He won 2.", "pt", "en-US")
    assert any("lost its currency" in f for f in golds)


# --- "no último domingo ... da próxima partida": both sides, no future made past ------------

def test_ultimo_before_a_period_is_the_past() -> None:
    source = ("Autor do primeiro gol do Bahia na vitória sobre o Botafogo por 2 a 0, no último "
              "domingo, em Pituaçu, o volante Fahel pode ficar de fora da próxima partida.")
    target = ("Author of Bahia's first goal in the victory over Botafogo 2-0 last Sunday in "
              "Pituaçu, midfielder Fahel may miss the next match.")
    assert not any(f.startswith("dates") for f in _blocking(source, target, "pt", "en-US"))


def test_relative_time_flips_are_still_held() -> None:
    past = _blocking("O preço subiu na última semana.", "The price will rise next week.", "pt",
                     "en-US")
    assert any("'última semana' is past in the source" in f for f in past)
    future = _blocking("O preço vai subir na próxima semana.", "The price rose last week.", "pt",
                       "en-US")
    assert any("is future in the source" in f for f in future)
    # "o último capítulo" is the final one, no time: nothing read on either side
    assert _blocking("Ele leu o último capítulo.", "He read the last chapter.", "pt", "en-US") == []


# --- "the few things that matter most": a degree, no share ---------------------------------

def test_most_ending_its_clause_is_a_degree() -> None:
    source = ("Call it what you will, but the most important thing is driving focus and alignment "
              "on the few things that matter most.")
    target = ("Chame-o como quiser, mas o mais importante é dirigir o foco e o alinhamento nas "
              "poucas coisas que mais importam.")
    assert _blocking(source, target, "en", "pt-BR") == []


def test_most_as_a_share_is_still_read() -> None:
    held = _blocking("Most people stayed.", "Algumas pessoas ficaram.", "en", "pt-BR")
    assert any("the share is said otherwise" in f for f in held)
    held = _blocking("Most voters were there, and it matters most.",
                     "Alguns eleitores estavam lá, e isso importa mais.", "en",
                     "pt-BR")
    assert any("the share is said otherwise" in f for f in held)


# --- "AI adds ..." written "A IA adiciona ...": the acronym in the target's order -----------

def test_an_acronym_speaker_written_in_the_other_order_is_named() -> None:
    source = ("AI adds intelligence on top, enabling agents to interpret documents, classify data "
              "and make recommendations.")
    target = ("A IA adiciona inteligência no topo, permitindo que os agentes interpretem "
              "documentos, classifiquem dados e façam recomendações.")
    assert _blocking(source, target, "en", "pt-BR") == []


def test_an_acronym_speaker_lost_is_still_held() -> None:
    source = ("AI adds intelligence on top, enabling agents to interpret documents, classify data "
              "and make recommendations.")
    lost = _blocking(source, "A tecnologia adiciona inteligência no topo, permitindo que os "
                     "agentes interpretem documentos, classifiquem dados e façam recomendações.",
                     "en", "pt-BR")
    assert any("whom the target does not name" in f for f in lost)
    other = _blocking(source, "A UE adiciona inteligência no topo, permitindo que os agentes "
                      "interpretem documentos, classifiquem dados e façam recomendações.",
                      "en", "pt-BR")
    assert any("whom the target does not name" in f for f in other)


# --- a heading of common words is no signature line ------------------------------------------

def test_a_heading_of_common_words_is_not_kept_as_a_signature() -> None:
    source = "Deterministic First, Non-Deterministic Second"
    engine = "Deterministic Primeiro, Não-Determinístico Segundo"
    assert not is_signature(source, plain_word_test("en"))
    assert repair(source, engine, plain_word=plain_word_test("en"))[0] == engine


def test_a_signature_line_is_still_kept() -> None:
    for line in ("Ninfa Wood, Walnut Creek", "John Smith, Walnut Creek"):
        assert is_signature(line, plain_word_test("en"))
        engine = "Ninfa Madeira, Riacho da Nogueira"
        assert repair(line, engine, plain_word=plain_word_test("en"))[0] == line
