"""Thirty-second pass (glossary32): false warnings of `--harm` ("appears more often in the
translation than in the source") where the source writes the name again inside a longer name
that is no mention, or the engine copied a source word, and a one-letter word read as a name.

The sentences are real: the source and the engine's output of `bench_glossary.py --harm`'s pages
(tests/data/realworld/pages: np4k-cnn-002, traf-wikimediafoundation.org.turkey,
np4k-article-with-br, traf-phys.org.tool, traf-scmp.com.playbook)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _findings(glossary: Glossary, source: str, target: str) -> list[str]:
    prepared = protect_segments([Segment("b0.s0", 0, 0, source, 0, len(source), "en")],
                                glossary, "pt-BR")
    result = restore_segments(prepared, [target])
    assert result.targets == [target]
    return [f.message for f in result.findings[0]]


@pytest.mark.parametrize(("source", "target"), [
    # "Trump" of "Trump Tower": a longer name, no mention, translated as it stands
    ("Trump acknowledges changing valuation of Trump Tower triplex",
     "Trump reconhece a mudança de avaliação da Trump Tower triplex"),
    ("Wallace spent the final hour of questioning Trump focused on multiple loans the Trump "
     "Organization received from Deutsche Bank, which hit at the heart of the civil case "
     "against the former president.",
     "Wallace passou a última hora de questionar Trump focado em vários empréstimos que a "
     "Organização Trump recebeu do Deutsche Bank, que atingiu o coração do caso civil contra o "
     "ex-presidente."),
    # "Turkey" of "the Constitutional Court of Turkey"
    ("Today, on Wikipedia’s 19th birthday, the Wikimedia Foundation has received reports that "
     "access to Wikipedia in Turkey is actively being restored.* This latest development follows "
     "a 26 December 2019 ruling by the Constitutional Court of Turkey.",
     "Hoje, no aniversário de 19 anos da Wikipédia, a Wikimedia Foundation recebeu relatórios "
     "de que o acesso à Wikipédia na Turquia está sendo restaurado ativamente.* Este último "
     "desenvolvimento segue uma decisão de 26 de dezembro de 2019 do Tribunal Constitucional "
     "da Turquia."),
    # "US" of "the US Secret Service"
    ("During his lengthy career in the US Secret Service, Nagel worked at the nexus of federal "
     "law enforcement and US intelligence.",
     "Durante sua longa carreira no Serviço Secreto dos EUA, Nagel trabalhou no nexo da "
     "aplicação da lei federal e na inteligência dos EUA."),
    # "Hongkongers" copied by the engine: a people, no further Hong Kong
    ("She aligned Hongkongers’ fear of mainland encroachment with Taiwan’s “fate”, and "
     "amplified Hong Kong’s misfortunes to her own advantage.",
     "Ela alinhou o medo de Hongkongers de invasão continental com o \"fate\" de Taiwan, e "
     "ampliou os infortúnios de Hong Kong para sua própria vantagem."),
    # the article "A" opening the sentence is no Haia (The Hague)
    ("The tool was found on Zandmotor beach near The Hague prior to the arrival of modern "
     "humans—carbon dating showed it to be approximately 50,000 years old.",
     "A ferramenta foi encontrada na praia de Zandmotor, perto de Haia, antes da chegada da "
     "moderna datação por hidrocarbonetos humanos, mostrou que tinha aproximadamente 50.000 "
     "anos de idade."),
])
def test_no_false_warning_of_a_name_the_engine_did_not_add(
        builtin: Glossary, source: str, target: str) -> None:
    assert _findings(builtin, source, target) == []


def test_a_name_the_engine_adds_is_still_flagged(builtin: Glossary) -> None:
    # The source names Trump and Berlin once each; the output twice: the engine added them.
    found = _findings(builtin, "Trump went to Berlin.", "Trump foi a Berlim. Trump foi a Berlim.")
    assert found == ["Donald Trump appears more often in the translation than in the source",
                     "Berlin appears more often in the translation than in the source"]


def test_the_longer_name_accounts_only_for_its_own_occurrence(builtin: Glossary) -> None:
    # One further "Turquia" is the Constitutional Court's; a third is the engine's own.
    found = _findings(
        builtin, "Access in Turkey follows a ruling by the Constitutional Court of Turkey.",
        "O acesso na Turquia segue uma decisão do Tribunal Constitucional da Turquia, na Turquia.")
    assert found == ["Turkey appears more often in the translation than in the source"]



# The state's own name, "Republic" + the country, in the text's language: development set x's
# UD_Belarusian-HSE sentence, whose "Рэспублiкi" is written with a Latin "i". The word for a
# republic comes from CLDR's names of the Central African and Dominican Republics.
BELARUS = (
    "Асобы радавога і начальнiцкага складу прымаюцца на службу ў органы і падраздзяленнi па "
    "надзвычайных сiтуацыях на кантрактнай аснове па конкурсу і праходзяць службу ў "
    "адпаведнасцi з палажэннем аб праходжаннi службы ў органах і падраздзяленнях па "
    "надзвычайных сiтуацыях Рэспублiкi Беларусь, якое зацвярджаецца Прэзiдэнтам Рэспублiкi "
    "Беларусь.")


def test_a_country_after_the_word_for_republic_is_a_mention(builtin: Glossary) -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(BELARUS, builtin, source_lang="be")]
    # the first, after a lower-case word; the second follows a capitalised word (a title
    # here, but "Demokratska" before "Republika" names another state), so it stays unread
    assert found == [("Беларусь", "belarus")]
    assert find_mentions(BELARUS, builtin, source_lang="be")[0].start == BELARUS.index("Беларусь")


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Указ подписал глава Республики Казахстан.", "ru", [("Казахстан", "kazakhstan")]),
    ("Ustav Republike Hrvatske je donesen.", "hr", [("Hrvatske", "country-hr")]),
    # a capitalised word before "Republic" qualifies it: another state, no mention
    ("Vlada Demokratske Republike Kongo je pala.", "hr", []),
])
def test_the_word_for_republic_in_other_languages(
        builtin: Glossary, text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.entry.id) for m in find_mentions(text, builtin, source_lang=lang)] == want
