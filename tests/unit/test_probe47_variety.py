"""probe47: variety slips in the editions of White House economy and labour releases.

- pt-PT editions wrote Brazil's "Cúpula" for a summit ("Na recente Cúpula do G7", "Na Cúpula
  das Américas"), and probe45's pt-BR editions Portugal's "Cimeira": a guarded pair of
  ``locales/spelling/pt.toml`` (only where the English source says summit: "cúpula" is also a
  dome and a leadership in both varieties).
- pt-BR editions wrote Portugal's progressive "estar a" + infinitive ("Os Estados Unidos estão
  a traduzir", "está a estabelecer", "estou a olhar", "estou a falar"): ``[progressive]
  gerund_locales`` writes it "estar" + gerund in pt-BR, where the source says a progressive.
"""

from __future__ import annotations

import pytest

from translate.spelling import normalize


@pytest.mark.parametrize(("engine", "source", "locale", "want"), [
    ("Na recente Cúpula do G7 em Cornwall, os líderes uniram-se.",
     "At the recent G7 Summit in Cornwall, leaders came together.", "pt-PT",
     "Na recente Cimeira do G7 em Cornwall, os líderes uniram-se."),
    ("Na Cúpula das Américas, o Presidente vai falar.",
     "At the Summit of the Americas, the President will speak.", "pt-PT",
     "Na Cimeira das Américas, o Presidente vai falar."),
    ("A Cimeira de Ministros da Ásia Oriental.", "The East Asia Summit Ministers' Meeting.",
     "pt-BR", "A Cúpula de Ministros da Ásia Oriental."),
    ("As duas cimeiras terminaram.", "The two summits ended.", "pt-BR",
     "As duas cúpulas terminaram."),
])
def test_a_summit_is_written_as_each_variety_writes_it(engine: str, source: str, locale: str,
                                                       want: str) -> None:
    text, changes = normalize(engine, locale, source=source)
    assert text == want
    for c in changes:
        assert text[slice(*c["span"])] == c["to"]


@pytest.mark.parametrize(("engine", "source", "locale"), [
    # a dome or a leadership is "cúpula" in both varieties: no summit in the source, left
    ("A cúpula do partido reuniu-se.", "The party's leadership met.", "pt-PT"),
    ("A cúpula da basílica foi restaurada.", "The basilica's dome was restored.", "pt-PT"),
    ("O ponto cimeiro da serra.", "The summit of the ridge.", "pt-BR"),  # another word
])
def test_a_dome_or_a_leadership_is_left(engine: str, source: str, locale: str) -> None:
    assert normalize(engine, locale, source=source) == (engine, [])


@pytest.mark.parametrize(("engine", "source", "brazil"), [
    ("Os Estados Unidos estão a traduzir estes compromissos em ação.",
     "The United States is translating these commitments into action.",
     "Os Estados Unidos estão traduzindo estes compromissos em ação."),
    ("Hoje, o Presidente Biden está a estabelecer a sua visão.",
     "Today, President Biden is setting out his vision.",
     "Hoje, o Presidente Biden está estabelecendo a sua visão."),
    ("O Congresso - estou a olhar para o Capitólio - e estou a falar sério.",
     "Congress - I'm looking at the Capitol - and I'm talking seriously.",
     "O Congresso - estou olhando para o Capitólio - e estou falando sério."),
    ("A lei está a ser usada.", "The law is being used.", "A lei está sendo usada."),
    ("Ela está a pôr a mesa.", "She is laying the table.", "Ela está pondo a mesa."),
])
def test_portugal_s_progressive_is_written_as_brazil_writes_it(engine: str, source: str,
                                                               brazil: str) -> None:
    text, changes = normalize(engine, "pt-BR", source=source)
    assert text == brazil
    for c in changes:
        assert text[slice(*c["span"])] == c["to"]


@pytest.mark.parametrize(("engine", "source", "locale"), [
    ("A lei está a ser usada.", "The law is being used.", "pt-PT"),  # Portugal's own
    ("A lei está a ser usada.", "The law was used.", "pt-BR"),  # no progressive in the source
    ("Ele está a tornar-se raro.", "It is becoming rare.", "pt-BR"),  # a clitic: left
    ("O relatório está a par dos dados.", "The report is keeping pace.", "pt-BR"),
    ("O preço está a partir de hoje em vigor.", "The price is taking effect from today.",
     "pt-BR"),
    ("A fábrica está a 5 km.", "The plant is sitting 5 km away.", "pt-BR"),
])
def test_other_uses_of_estar_a_are_left(engine: str, source: str, locale: str) -> None:
    assert normalize(engine, locale, source=source) == (engine, [])


def test_the_rewrites_stay_linear() -> None:
    """20,000 repetitions of each trigger: one pass each, a result for every one."""
    text = "Eles estão a traduzir a Cúpula. " * 20_000
    out, changes = normalize(text, "pt-BR", source="They are translating the summit.")
    assert out.count("estão traduzindo") == 20_000 and "Cúpula" in out
    out, changes = normalize(text, "pt-PT", source="They are translating the summit.")
    assert out.count("Cimeira") == 20_000 and out.count("estão a traduzir") == 20_000
    # Portugal's rule, the other way, moved the spans of every earlier change at each match
    # ("every change x every match": 86 s here before probe47); one walk now
    text = "Ele está contatando os usuários. " * 20_000
    out, changes = normalize(text, "pt-PT", source="He is contacting the users.")
    assert out.count("está a contactar os utilizadores") == 20_000
    words = [c for c in changes if c["to"] == "utilizadores"]
    assert len(words) == 20_000
    assert all(out[slice(*c["span"])] == "utilizadores" for c in words)
