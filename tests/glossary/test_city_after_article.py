"""A city's name after a Portuguese masculine article names the club or firm called after it
(probe32's sweep, Porttinari's dev file: "o desempenho do São Paulo", the football club, was
listed by ``translate check`` as the city; untrans33)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _ids(text: str, glossary: Glossary) -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang="pt")]


@pytest.mark.parametrize(
    "text",
    [
        # probe32's sweep (UD_Portuguese-Porttinari dev, Folha de S.Paulo, CC BY 4.0)
        "Em números de gols tomados, o desempenho do São Paulo só é melhor do que o Atlético-GO.",
        "O São Paulo se enervou em campo, mas quase venceu nos acréscimos com cabeçada de Militão.",
        # UD_Portuguese-GSD dev (CC BY-SA 4.0)
        "Se conquistar o título da Copa Sul - Americana, o São Paulo ficará fora da Copa do "
        "Brasil de 2013.",
    ],
)
def test_a_city_after_a_masculine_article_is_the_club(text: str, glossary: Glossary) -> None:
    assert "sao-paulo" not in _ids(text, glossary)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # no article: the city
        ("Ele chegou a São Paulo no sábado (7).", "sao-paulo"),
        ("Quem mora em São Paulo sabe disso.", "sao-paulo"),
        # a city whose name begins with a common noun takes the article (glossary/words/pt.txt)
        ("Eduardo Paes é o prefeito do Rio de Janeiro, uma cidade bela.", "rio-de-janeiro"),
        # a region takes the article (no time zone, not a capital): UD_Portuguese-GSD test
        ("Esta Legião Islâmica foi composta de imigrantes de países mais pobres do Sahel.",
         "sahel"),
        # a country takes the article
        ("O presidente do Brasil falou.", "country-br"),
    ],
)
def test_a_city_without_the_article_region_or_country_stays(
    text: str, entry: str, glossary: Glossary
) -> None:
    assert entry in _ids(text, glossary)


def test_english_text_is_not_read_so(glossary: Glossary) -> None:
    ids = [m.entry.id for m in find_mentions("He flew to São Paulo on Monday.", glossary)]
    assert "sao-paulo" in ids
