"""variety41 (forty-sixth pass, issue 15): grammar of the two varieties counted in the Bosque
treebank's halves (``benchmarks/count_variety_grammar.py``): Público writes "num"/"numa" 226
times and "em um"/"em uma" once, Folha writes both; so "em um/uma/uns/umas" become
"num/numa/nuns/numas" in pt-PT editions (a ``[[one_way]]`` block of ``locales/spelling/pt.toml``
with ``grammar = true``), never inside a quotation nor where a later word has a capital, and
nothing is rewritten into pt-BR. Clitic placement is counted and left alone (see the docs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from translate.spelling import normalize, variant_slips

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "expected"), [
    ("Acreditamos em um futuro melhor.", "Acreditamos num futuro melhor."),
    ("Trabalhamos em uma ampla variedade de projetos.",
     "Trabalhamos numa ampla variedade de projetos."),
    ("Em um ano, em umas semanas, em uns dias.", "Num ano, numas semanas, nuns dias."),
    ("O ministério disse em um comunicado que em uma escola",
     "O ministério disse num comunicado que numa escola"),
    # (variety43: the article before a possessive too, "de seus" -> "dos seus")
    ("um em cada sete, em um de seus projetos", "um em cada sete, num dos seus projetos"),
])
def test_contraction_into_pt_pt(text: str, expected: str) -> None:
    assert normalize(text, "pt-PT")[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation is a speaker's words: left as written, the text around it is not
    ('Ele disse: "Eu vivo em um barco" em uma casa.',
     'Ele disse: "Eu vivo em um barco" numa casa.'),
    ("O livro «Em um dia» saiu em uma data.", "O livro «Em um dia» saiu numa data."),
    ("“Em uma casa”, disse ele em um tom calmo.", "“Em uma casa”, disse ele num tom calmo."),
    # a later word with a capital: a title's words, or a shouted heading
    ("Em Um Mundo Novo em um dia", "Em Um Mundo Novo num dia"),
    ("EM UM ANO", "EM UM ANO"),
    # a longer word is no contraction's word
    ("vivem em umbral", "vivem em umbral"),
])
def test_contraction_left_where_it_must_be(text: str, expected: str) -> None:
    assert normalize(text, "pt-PT")[0] == expected


def test_pt_br_untouched_both_ways() -> None:
    # Folha writes "num"/"numa" (63) more than "em um"/"em uma" (33): no rule into pt-BR
    for text in ("Acreditamos em um futuro.", "Vivemos numa era digital."):
        assert normalize(text, "pt-BR") == (text, [])


def test_change_is_reported_with_its_span() -> None:
    text, changes = normalize("Disse em uma carta.", "pt-PT")
    assert text == "Disse numa carta."
    assert changes == [{"from": "em uma", "to": "numa", "span": [6, 10]}]
    assert text[6:10] == "numa"


def test_grammar_is_no_spelling_slip() -> None:
    assert variant_slips("Acreditamos em um futuro.", "pt-PT") == []
    assert variant_slips("O sector", "pt-BR") == ["sector"]


def test_twenty_thousand_triggers_linear() -> None:
    n = 20_000
    assert normalize("em um " * n, "pt-PT")[0] == "num " * n
    # unclosed opening marks: each quotation's run stops at the next opening mark
    assert normalize("“em um " * n, "pt-PT")[0] == "“num " * n
    assert normalize("«em uma " * n, "pt-PT")[0] == "«numa " * n
    # every occurrence quoted: none rewritten
    assert normalize('"em um" ' * n, "pt-PT")[0] == '"em um" ' * n


def test_usage_measure_counts_grammar_from_the_counts() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variety_usage

    assert variety_usage.grammar_forms("pt-PT") == ["em um", "em uma"]
    assert variety_usage.grammar_forms("pt-BR") == []
    rows = [{"post": "1", "source": "in a year", "engine": "Em um ano, em uma casa."},
            {"post": "2", "source": "x", "engine": "Nada."}]
    assert variety_usage.grammar_row(rows, "pt-BR", ["em um", "em uma"], 2) == (
        "2 in 1 of 2 articles")
    assert variety_usage.grammar_row(rows, "pt-PT", ["em um", "em uma"], 2) == (
        "0 in 0 of 2 articles")


CONLLU = """# text = Ele se levantou.
1\tEle\tele\tPRON\t_\tPronType=Prs\t3\tnsubj\t_\t_
2\tse\tse\tPRON\t_\tCase=Acc|PronType=Prs\t3\texpl\t_\t_
3\tlevantou\tlevantar\tVERB\t_\tMood=Ind|VerbForm=Fin\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Levantou-se.
1-2\tLevantou-se\t_\t_\t_\t_\t_\t_\t_\t_
1\tLevantou\tlevantar\tVERB\t_\tMood=Ind|VerbForm=Fin\t0\troot\t_\t_
2\tse\tse\tPRON\t_\tCase=Acc|PronType=Prs\t1\texpl\t_\t_
3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# text = Não se levantou.
1\tNão\tnão\tADV\t_\tPolarity=Neg\t3\tadvmod\t_\t_
2\tse\tse\tPRON\t_\tCase=Acc|PronType=Prs\t3\texpl\t_\t_
3\tlevantou\tlevantar\tVERB\t_\tMood=Ind|VerbForm=Fin\t0\troot\t_\t_
"""


def test_grammar_counts_read_clitic_placement() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import count_variety_grammar

    counts = count_variety_grammar.clitic_counts(CONLLU)
    assert counts == {"proclisis\tother": 1, "enclisis\tstart": 1, "proclisis\ttrigger": 1}
    assert count_variety_grammar.count("em um ano, num dia, em uma", "em um") == 1
