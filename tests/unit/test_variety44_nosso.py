"""variety44 (forty-eighth pass, second round, issue 15): "nosso/nossa/nossos/nossas" without
an article in pt-PT editions.

variety43's ``[possessive]`` table (``locales/spelling/pt.toml``) wrote Portugal's article
before "seu/sua/seus/suas" and left "nosso": "Em nossa pesquisa" stayed in a pt-PT edition.
Bosque's Público writes "nosso" and its forms after a determiner 16 times in 18 (dev and test
files), Folha 4 in 8, Porttinari 11 in 28; the four forms are now in ``forms`` and the idioms of
``keep`` have their "nosso" forms ("por nossa vez", "em nosso nome"). pt-BR editions are
untouched."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from translate.spelling import normalize

ROOT = Path(__file__).resolve().parents[2]


def pt(text: str) -> str:
    return normalize(text, "pt-PT", source="x")[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Em nossa pesquisa, vimos isso.", "Na nossa pesquisa, vimos isso."),
    ("Nossa equipa trabalhou muito.", "A nossa equipa trabalhou muito."),
    ("Nossos parceiros sabem disso.", "Os nossos parceiros sabem disso."),
    ("Fizemos check-in com nossos parceiros.", "Fizemos check-in com os nossos parceiros."),
    ("Muitos de nossos projetos e de nossas regras.",
     "Muitos dos nossos projetos e das nossas regras."),
    ("Foi feito por nossos colegas até nossa casa.",
     "Foi feito pelos nossos colegas até à nossa casa."),
    ("- Nossas fontes dizem isso.", "- As nossas fontes dizem isso."),
    ("Use nosso aplicativo.", "Use a nossa aplicação."),
])
def test_article_before_nosso(text: str, expected: str) -> None:
    assert pt(text) == expected


@pytest.mark.parametrize("text", [
    "Nossa, que legal!",  # an interjection: no word after it
    "Nossa!",
    "É um amigo nosso.",  # after its noun
    "Um amigo nosso de infância.",
    "Por nossa vez, saímos.",  # idioms of ``keep``
    "Falou em nosso nome.",
    "Por nossa conta, fizemos.",
    "A nossa casa e o nosso carro, deste nosso amigo.",  # a determiner already
    "Nossa Senhora de Fátima",  # capitals
    "Nosso Projeto Aqui",
    'Ele disse "nossa equipa venceu" ontem.',  # a quotation
    "EM NOSSA CASA",
])
def test_nosso_kept(text: str) -> None:
    assert pt(text) == text


def test_nosso_only_pt_pt() -> None:
    text = "Em nossa pesquisa, nossos parceiros e nossa equipe."
    assert normalize(text, "pt-BR", source="our team")[0] == text


def test_spans_follow_the_text() -> None:
    text, changes = normalize("Em nossa pesquisa, nosso código e seu projeto.", "pt-PT",
                              source="x")
    assert text == "Na nossa pesquisa, o nosso código e o seu projeto."
    for change in changes:
        a, b = change["span"]
        assert text[a:b] == change["to"], change
    assert {c["to"] for c in changes} == {"Na nossa", "o nosso", "o seu"}


@pytest.mark.parametrize(("unit", "expected"), [
    ("Em nossa pesquisa. ", "Na nossa pesquisa. "),
    ("Por nossa vez, ", "Por nossa vez, "),
    ("um amigo nosso de ", "um amigo nosso de "),
])
def test_twenty_thousand_triggers_linear(unit: str, expected: str) -> None:
    out = pt(unit * 20_000)
    assert out == expected * 20_000 or out == (expected * 20_000).rstrip(" ")


def test_usage_measure_nosso_row() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variety_usage

    rows = [{"post": "p1", "source": "x", "engine": "Em nossa pesquisa e o nosso projeto."},
            {"post": "p2", "source": "x", "engine": "Nossos dados. Deste nosso amigo."},
            {"post": "p3", "source": "x", "engine": "Seu código."}]
    nosso = variety_usage._POSSESSIVE_NOSSO
    assert variety_usage.possessive_row(rows, "pt-BR", 3, nosso) == "2 in 2 of 3 articles"
    assert variety_usage.possessive_row(rows, "pt-PT", 3, nosso) == "0 in 0 of 3 articles"
    assert variety_usage.possessive_row(rows, "pt-BR", 3) == "1 in 1 of 3 articles"
