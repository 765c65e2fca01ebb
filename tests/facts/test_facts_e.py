"""Checks added on the fourth red-team pass (held-out set E): decades, ordinal words, scale
words next to a range, percentage points, a unit of time from nowhere, one of two negations
lost, a range's end changed. Each wrong case has a right twin that must pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    res = check_pair(source, target, "en", locale)
    return [f.message for f in res.findings if f.severity == "error"]


WRONG = [
    ("decade", "Sales peaked in the 1980s across Europe.",
     "As vendas atingiram o pico na década de 1970 em toda a Europa."),
    ("decade digit dropped", "The band was formed in the 1960s in Leeds.",
     "A banda foi formada na década de 960 em Leeds."),
    ("ordinal word", "It was the third attempt this year.",
     "Foi a quarta tentativa este ano."),
    ("ordinal digits", "The club celebrates its 75th anniversary.",
     "O clube celebra seus 78 anos."),
    ("scale after a range", "Analysts expect $120-130 billion in losses.",
     "Os analistas esperam US$ 120-130 milhões em perdas."),
    ("scale lost after a range", "Analysts expect $120-130 billion in losses.",
     "Os analistas esperam US$ 120-130 em perdas."),
    ("points as percent", "Unemployment rose 2 percentage points in May.",
     "O índice de desemprego subiu 2% em maio."),
    ("percent as points", "Prices rose 7 percent last year.",
     "Os preços subiram 7 pontos percentuais no ano passado."),
    ("time unit from nowhere", "She moved to Lisbon when she was 18.",
     "Ela se mudou para Lisboa quando tinha 18 meses."),
    ("hours as minutes", "Take one dose every 4-6 hours.",
     "Tome uma dose a cada 4 a 6 minutos."),
    ("range start changed", "Applications are open 12-19 March.",
     "As inscrições estão abertas de 14 a 19 de março."),
    ("range end changed", "The trial runs for 8-10 weeks.",
     "O teste é executado por 8 a 11 semanas."),
    ("one of two negations", "The mayor did not resign, nor did he apologise.",
     "O prefeito não renunciou, ele pediu desculpas."),
    ("number glued to a word", "Tickets cost 20euros each.", "Os bilhetes custam 30euros cada."),
]  # fmt: skip

RIGHT = [
    ("decade", "Sales peaked in the 1980s across Europe.",
     "As vendas atingiram o pico na década de 1980 em toda a Europa."),
    ("decade short", "Sales peaked in the '80s across Europe.",
     "As vendas atingiram o pico nos anos 80 em toda a Europa."),
    ("decade two digits", "Sales peaked in the 1980s across Europe.",
     "As vendas atingiram o pico nos anos 80 em toda a Europa."),
    ("ordinal word", "It was the third attempt this year.", "Foi a terceira tentativa este ano."),
    ("ordinal word and weekday", "The first session is on Monday.",
     "A primeira sessão é na segunda-feira."),
    ("ordinal digits", "The club celebrates its 75th anniversary.",
     "O clube celebra seu 75º aniversário."),
    ("scale after a range", "Analysts expect $120-130 billion in losses.",
     "Os analistas esperam US$ 120-130 bilhões em perdas."),
    ("scale pt-PT", "Analysts expect $120-130 billion in losses.",
     "Os analistas esperam 120-130 mil milhões de dólares em perdas."),
    ("points", "Unemployment rose 2 percentage points in May.",
     "O desemprego subiu 2 pontos percentuais em maio."),
    ("percent", "Prices rose 7 percent last year.", "Os preços subiram 7% no ano passado."),
    ("age", "She moved to Lisbon when she was 18.",
     "Ela se mudou para Lisboa quando tinha 18 anos."),
    ("hours", "Take one dose every 4-6 hours.", "Tome uma dose a cada 4 a 6 horas."),
    ("daily", "Take 2 tablets daily.", "Tome 2 comprimidos por dia."),
    ("range", "Applications are open 12-19 March.",
     "As inscrições estão abertas de 12 a 19 de março."),
    ("two negations kept", "The mayor did not resign, nor did he apologise.",
     "O prefeito não renunciou, nem pediu desculpas."),
    ("idiom", "You must cancel no later than 48 hours before, and not after.",
     "Você deve cancelar o mais tardar 48 horas antes, e não depois."),
    ("a dash for a quote mark", "Alito cut her off: “No, I’m not making that point.",
     "Alito a cortou: -Não, eu não estou fazendo esse ponto."),
    ("number glued to a word", "Tickets cost 20euros each.", "Os bilhetes custam 20 euros cada."),
    ("article before a dollar", "A $20 ticket can turn into a $100 one.",
     "Um bilhete de US$ 20 pode virar um de US$ 100."),
    ("article before a dollar, engine spacing", "A $2bn-a-year business.",
     "Um negócio de US $ 2 bilhões por ano."),
]  # fmt: skip


# what the new checks say (a length or unit finding alone would not prove them)
_SAYS = ("decade", "changed: the target has", "is lost in the target", "percentage points",
         "the source names no", "negates 2 clauses",
         "'20euros' changed")


@pytest.mark.parametrize(("what", "source", "target"), WRONG, ids=[w[0] for w in WRONG])
def test_wrong_fact_is_blocking(what: str, source: str, target: str) -> None:
    found = _blocking(source, target)
    assert any(k in m for m in found for k in _SAYS), (what, found)


@pytest.mark.parametrize(("what", "source", "target"), RIGHT, ids=[r[0] for r in RIGHT])
def test_right_twin_passes(what: str, source: str, target: str) -> None:
    locale = "pt-PT" if "pt-PT" in what else "pt-BR"
    assert _blocking(source, target, locale) == [], what
