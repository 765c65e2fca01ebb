"""variety42 (forty-seventh pass, issue 15): forms of address and Brazilian vocabulary in pt-PT
editions.

Bosque's news writes "você" 467 times a million words in Folha de S.Paulo and 35 in Público
(``benchmarks/data/variety_grammar_counts.tsv``): the ``[address]`` table of
``locales/spelling/pt.toml`` leaves "você" out where it is the subject of the verb after it at
the start of its sentence ("Você pode ler" -> "Pode ler", "Se você puder" -> "Se puder"), only
into pt-PT, only where the source says "you", never in a quotation, before a clitic, a verb in
the plural or, at a bare start, a verb in the past. Vocabulary ("câmera" -> "câmara", "planilha"
-> "folha de cálculo", "mídia social" -> "redes sociais", "mídia" -> "comunicação social" where
the source says "the media") is a ``[[one_way]]`` block with ``outside_quotes = true``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from translate import spelling
from translate.errors import DataError
from translate.spelling import normalize

ROOT = Path(__file__).resolve().parents[2]
YOU = "you"


@pytest.mark.parametrize(("text", "expected"), [
    ("Você pode ler o relatório completo.", "Pode ler o relatório completo."),
    ("Se você puder, você deve ir.", "Se puder, deve ir."),
    ("Quando você pensa em Colorado, você provavelmente pensa nas montanhas.",
     "Quando pensa em Colorado, provavelmente pensa nas montanhas."),
    ("Por exemplo, você pode usar a API.", "Por exemplo, pode usar a API."),
    ("Você não precisa gastar milhares.", "Não precisa gastar milhares."),
    ("Pode precisar de cortar se você estiver a comer mais.",
     "Pode precisar de cortar se você estiver a comer mais."),
    ("Você pode precisar de cortar se você estiver a comer mais.",
     "Pode precisar de cortar se estiver a comer mais."),
    ("Se você executou uma campanha, sabe.", "Se executou uma campanha, sabe."),
    ("- Você pode ler.", "- Pode ler."),
])
def test_subject_left_out_in_pt_pt(text: str, expected: str) -> None:
    assert normalize(text, "pt-PT", source=YOU)[0] == expected


@pytest.mark.parametrize("text", [
    "Ele diz que você pode ir.",  # "diz que pode ir" would read "says that he can go"
    "A aplicação ajuda você a pedir uma viagem.",
    "Eu só queria verificar com você.",
    "Você se sente bem?",  # the clitic would stand before the verb at a sentence's start
    "Ele e você são amigos.",  # a verb in the plural: another subject too
    "Você disse que perdeu a inspiração.",  # "Disse que" would read "He said"
    "Você é responsável.",  # "É responsável" would read "It is responsible"
    "Você mesmo pode ver.",
    "Você, como gestor, pode ver.",
    "Como Você Pode Ajudar",  # a title
    "“Você pode ir”, disse ele.",
    "Se você olhar, é enorme\", disse Obama.",  # the segment starts inside a quotation
    "Se você olhar para o número, é nas dezenas de milhares”, disse Obama.",
    "Ela chamou: «Você pode vir?»",
])
def test_subject_kept(text: str) -> None:
    assert normalize(text, "pt-PT", source=YOU)[0] == text


def test_only_pt_pt_and_only_where_the_source_says_you() -> None:
    text = "Você pode ler o relatório."
    assert normalize(text, "pt-BR", source=YOU)[0] == text
    assert normalize(text, "pt-PT", source="Your report is here.")[0] == text
    assert normalize(text, "pt-PT")[0] == text  # no source: nothing


def test_change_spans_follow_the_text() -> None:
    text, changes = normalize("O sector: Você pode ler. Se você quiser, estão sendo usados.",
                              "pt-PT", source="You can read; they are being used")
    assert text == "O setor: Pode ler. Se quiser, estão a ser usados."
    for c in changes:
        assert text[c["span"][0]:c["span"][1]] == c["to"]
    assert {c["from"] for c in changes} >= {"Você pode", "você quiser", "sector"}


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("A câmera e as câmeras.", "x", "A câmara e as câmaras."),
    ("Uma planilha e duas planilhas.", "x", "Uma folha de cálculo e duas folhas de cálculo."),
    ("Ele usa as mídias sociais.", "x", "Ele usa as redes sociais."),
    ("Ele usa a mídia social.", "x", "Ele usa as redes sociais."),
    ("plataformas de mídia social", "x", "plataformas de redes sociais"),
    ("O monitoramento contínuo do estresse.", "x", "A monitorização contínua do stress."),
    ("A conscientização pública aumentou.", "x", "A consciencialização pública aumentou."),
    ("A mídia local disse.", "The local media said.", "A comunicação social local disse."),
    ("Os servidores de mídia.", "The media servers.", "Os servidores de mídia."),
    ("A empresa de rastreamento de mídia.", "the media tracking firm", (
        "A empresa de rastreamento de mídia.")),
    ("“A câmera mente”, disse.", "x", "“A câmera mente”, disse."),
    ("Marketing de Mídia Social", "x", "Marketing de Mídia Social"),
    ("Uma agência de mídia social terá", "x", "Uma agência de mídia social terá"),
])
def test_vocabulary_into_pt_pt(text: str, source: str, expected: str) -> None:
    assert normalize(text, "pt-PT", source=source)[0] == expected
    assert normalize(text, "pt-BR", source=source)[0] == text


def test_a_gerund_after_the_noun_agrees_with_nothing() -> None:
    assert normalize("o gerenciamento usando dados", "pt-PT")[0] == "a gestão usando dados"
    assert normalize("a agência de monitoramento anunciando a emergência", "pt-PT")[0] == (
        "a agência de monitorização anunciando a emergência")
    assert normalize("o gerenciamento lindo", "pt-PT")[0] == "a gestão linda"


def test_twenty_thousand_triggers_linear() -> None:
    n = 20_000
    assert normalize("Você pode ler. " * n, "pt-PT", source=YOU)[0] == "Pode ler. " * n
    kept = "que você pode " * n
    assert normalize(kept, "pt-PT", source=YOU)[0] == kept
    opened = "“Você pode " * n
    assert normalize(opened, "pt-PT", source=YOU)[0] == opened
    closed = "Você pode ler” " * n
    assert normalize(closed, "pt-PT", source=YOU)[0] == closed
    assert normalize("a câmera " * n, "pt-PT")[0] == "a câmara " * n


@pytest.mark.parametrize("bad", [{"locales": ["pt-PT"], "source": "you"},
                                 {"locales": ["pt-PT"], "pronoun": "você"}])
def test_bad_address_is_a_data_error(monkeypatch: pytest.MonkeyPatch, bad: Any) -> None:
    spelling.address_for.cache_clear()
    monkeypatch.setattr(spelling, "_load", lambda lang: {"address": bad})
    try:
        with pytest.raises(DataError, match="address"):
            spelling.address_for("pt-PT")
    finally:
        spelling.address_for.cache_clear()


def test_one_way_source_must_be_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "_load", lambda lang: {
        "locales": ["pt-BR", "pt-PT"],
        "one_way": [{"into": ["pt-PT"], "source": 3, "pairs": [["mídia", "media"]]}]})
    with pytest.raises(DataError, match="one_way"):
        spelling.table_for.__wrapped__("pt-PT")


def test_usage_measure_address_row() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variety_usage

    assert variety_usage.grammar_forms("pt-PT", kind="address") == ["você"]
    assert variety_usage.grammar_forms("pt-BR", kind="address") == []  # "a senhora": 2 only
    assert variety_usage.grammar_forms("pt-PT") == ["em um", "em uma"]


def test_who_and_an_open_quotation_keep_their_words() -> None:
    # "Quem está fora do trabalho?" would ask who else is out of work
    text = "Quem você está fora do trabalho?"
    assert normalize(text, "pt-PT", source="Who are you outside of work?")[0] == text
    # the quotation opened here closes in the next segment: a speaker's words
    text = '"Uma vez que", ele disse, "Eu precisava provocar a mídia'
    assert normalize(text, "pt-PT", source="I needed to provoke the media")[0] == text
    text = "Ele disse: “Eu precisava provocar a mídia e a câmera"
    assert normalize(text, "pt-PT", source="the media")[0] == text
    assert normalize("a câmera " * 20_000 + "”", "pt-PT")[0] == "a câmera " * 20_000 + "”"


def test_an_earlier_change_inside_the_verb_keeps_its_span() -> None:
    text, changes = normalize("Você está planejando a viagem.", "pt-PT",
                              source="You are planning the trip.")
    assert text == "Está a planear a viagem."
    # the progressive's span still covers its words (its first letter now takes the capital)
    # ("planejando" -> "planeando", inside the progressive, is reported at the periphrasis)
    for c in changes:
        if c["from"] != "planejando":
            assert text[c["span"][0]:c["span"][1]].casefold() == c["to"].casefold()
    assert {"Está", "está a planear"} <= {c["to"] for c in changes}


def test_the_inline_stages_marked_sentence_loses_the_pronoun_as_the_edition_does() -> None:
    marked = "[Necessidade:] Você absolutamente precisa deste item."
    source = "[Need:] You absolutely need this item."
    assert spelling.address_only(marked, "pt-PT", source) == (
        "[Necessidade:] Absolutamente precisa deste item.")
    assert normalize("Necessidade: Você absolutamente precisa deste item.", "pt-PT",
                     source=source)[0] == "Necessidade: Absolutamente precisa deste item."
    assert spelling.address_only(marked, "pt-BR", source) == marked
