"""A pt-PT word rewritten into the pt-BR one of another gender keeps its determiner in
agreement (probe30, lee-02 b0.s0 of gensim's Lee corpus: the engine's "A portagem nacional ..."
was published as "A pedágio nacional ...": "pedágio" is masculine). The determiner right before
the noun takes the new gender (``[agreement]`` of ``locales/spelling/pt.toml``); where a word
may agree that the rewrite cannot reach, the noun is left as the engine wrote it."""

from __future__ import annotations

import pytest

from translate.spelling import normalize

LEE_02 = ("A portagem nacional para o período de férias de Natal e Ano Novo é de 45, oito a "
          "menos do que pela mesma vez no ano passado.")


def test_determiner_takes_the_new_nouns_gender() -> None:
    text, changes = normalize(LEE_02, "pt-BR")
    assert text.startswith("O pedágio nacional para o período")
    assert changes == [{"from": "A portagem", "to": "O pedágio", "span": [0, 9]}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ver no ecrã.", "Ver na tela."),
    ("O sector da portagem", "O setor do pedágio"),
    ("Pagou portagens em Lisboa", "Pagou pedágios em Lisboa"),  # no determiner
    ("O ecrã do telefone", "A tela do telefone"),
])
def test_agreeing_rewrites(text: str, expected: str) -> None:
    assert normalize(text, "pt-BR")[0] == expected


@pytest.mark.parametrize("text", [
    "Paguei a portagem cara ontem",  # "cara" agrees with "portagem"
    "Comprei uma nova portagem",  # "nova" agrees with it, before it
])
def test_noun_left_where_an_agreeing_word_is_out_of_reach(text: str) -> None:
    assert normalize(text, "pt-BR") == (text, [])


def test_same_gender_pairs_are_rewritten_as_before() -> None:
    assert normalize("A equipa e o telemóvel dela", "pt-BR", source="The team and her phone")[0] \
        == "A equipe e o celular dela"
