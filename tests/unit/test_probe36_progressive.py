"""probe36: pt-PT editions written with Brazil's progressive ("estar" + gerund).

The embedded model is Brazilian: every pt-PT edition of probe34's and probe36's sweeps wrote "estão
sendo usados", "está se aproximando", "estiver usando" where Portugal writes "estar a" + infinitive
("estão a ser usados", "está a aproximar-se", "estiver a usar"). The ``[progressive]`` table of
``locales/spelling/pt.toml`` rewrites the periphrasis for pt-PT only, where the English source
says a progressive, and leaves words in -ndo that are no gerund.
"""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize(("engine", "source", "portugal"), [
    # probe34's feed and pages (the engine's pt-PT output, the source sentence)
    ("Os itens estão sendo usados.", "The items are being used.", "Os itens estão a ser usados."),
    ("Se você estiver usando o Java 6, migre.", "If you are still using Java 6, migrate.",
     "Se estiver a usar o Java 6, migre."),  # variety42: the reader's "você" left out
    ("O suporte está se aproximando de algumas datas.", "Support is approaching some dates.",
     "O suporte está a aproximar-se de algumas datas."),
    ("Hoje estamos anunciando o lançamento.", "Today we’re announcing the release.",
     "Hoje estamos a anunciar o lançamento."),
    ("Os especialistas estavam olhando para ele.", "Its experts were looking into it.",
     "Os especialistas estavam a olhar para ele."),
    ("Ele está tornando-se raro.", "It is becoming rare.", "Ele está a tornar-se raro."),
    ("Estão construindo e estão propondo.", "They are building it and are proposing more.",
     "Estão a construir e estão a propor."),
    ("Ela está pondo a mesa.", "She is laying the table.", "Ela está a pôr a mesa."),
])
def test_the_progressive_is_written_as_portugal_writes_it(engine: str, source: str,
                                                          portugal: str) -> None:
    text, changes = normalize(engine, "pt-PT", source=source)
    assert text == portugal
    for change in changes:  # each change reported where it now stands
        assert text[change["span"][0]:change["span"][1]] == change["to"]


def test_a_word_rewritten_inside_the_periphrasis_keeps_a_true_span() -> None:
    text, changes = normalize("Ele está contatando os usuários.", "pt-PT",
                              source="He is contacting the users.")
    assert text == "Ele está a contactar os utilizadores."
    assert [c["to"] for c in changes] == ["contactando", "utilizadores", "está a contactar"]
    assert text[slice(*changes[1]["span"])] == "utilizadores"
    assert text[slice(*changes[2]["span"])] == "está a contactar"


@pytest.mark.parametrize(("engine", "source"), [
    ("Os dados estão sendo usados.", "The data are being used."),  # pt-BR: its own usage
])
def test_brazilian_editions_keep_the_gerund(engine: str, source: str) -> None:
    assert normalize(engine, "pt-BR", source=source) == (engine, [])


@pytest.mark.parametrize(("engine", "source"), [
    ("Os dados estão sendo usados.", None),  # no source sentence: nothing rewritten
    # words in -ndo that are no gerund
    ("O dia está lindo e está tremendo.", "The day is beautiful and he is shaking."),
    ("O resultado está estupendo.", "The result is looking great."),
    # a gerund with an enclitic whose infinitive changes form ("fazê-lo"): left
    ("Eles estão fazendo-o.", "They are doing it."),
    # no "estar" right before the gerund
    ("Ele saiu correndo.", "He was running out."),
])
def test_what_is_no_progressive_or_cannot_be_rewritten_is_left(engine: str,
                                                               source: str | None) -> None:
    assert normalize(engine, "pt-PT", source=source) == (engine, [])


def test_no_progressive_in_the_source_leaves_the_gerund() -> None:
    # no progressive in the source: the gerund is left ("what you're up against"); since
    # variety43 the reader's "você" after "Agora que" is left out, the only change
    text, changes = normalize("Agora que você sabe o que está enfrentando, mude.", "pt-PT",
                              source="Now that you know what you're up against, change.")
    assert text == "Agora que sabe o que está enfrentando, mude."
    assert [c["to"] for c in changes] == ["sabe"]
