"""An item of a list dropped ("paper, pencil and eraser" written "papel e borracha") is
blocking in both directions; the list kept (an item said in more words, a serial comma, items
joined by "e" alone), a clause joined by commas ("Earth orbit, despite cost and schedule") and
"A, B or C" pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _lists(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "list-item"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("You can leave the paper, pencil and eraser behind.",
     "Você pode deixar o papel e a borracha para trás.", "en", "pt-BR"),
    ("It consulted businesses, developers, researchers and Indigenous groups.",
     "Consultou empresas, desenvolvedores e grupos indígenas.", "en", "pt-BR"),
    ("Houve protestos em Kiev, Lviv, Odesa e outras cidades.",
     "There were protests in Kyiv, Odesa and other cities.", "pt", "en"),
])
def test_an_item_dropped_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _lists(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("You can leave the paper, pencil and eraser behind.",
     "Você pode deixar o papel, o lápis e a borracha para trás.", "en", "pt-BR"),
    ("Cost does not include parts, emergency calls, weekend hours, and electrical work.",
     "O custo não inclui peças, chamadas de emergência, horas de fim de semana e trabalho "
     "elétrico.", "en", "pt-BR"),
    ("You will be amazed by the sweet, juicy flavors and vibrant textures.",
     "Você ficará surpreso com os sabores doces e suculentos e texturas vibrantes.", "en",
     "pt-BR"),
    ("It is essential beyond Earth orbit, despite cost and schedule issues.",
     "É essencial além da órbita da Terra, apesar das questões de custo e cronograma.", "en",
     "pt-BR"),
    ("In those cases, a vertical or roller-ball mouse might be better.",
     "Nesses casos, um mouse vertical de bola de rolagem pode ser melhor.", "en", "pt-BR"),
    ("O Nordeste (por exemplo, Nova York e Connecticut) deve crescer.",
     "The Northeast (e.g., New York and Connecticut) should grow.", "pt", "en"),
])
def test_a_list_kept_or_no_list_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _lists(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the engine left the sentence (or the list) in the source's language: the list is there
    ("The city bought paper, pencils and erasers for the schools.",
     "[pt-BR] The city bought paper, pencils and erasers for the schools.", "en", "pt-BR"),
    ("Ele citou YouTube, Snapchat e TikTok.",
     "He cited YouTube, Snapchat e TikTok.", "pt", "en"),
])
def test_a_list_left_in_the_source_language_passes(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _lists(source, target, src, locale)
