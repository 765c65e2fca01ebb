"""variety40 (forty-sixth pass, issue 15): Brazilian vocabulary in pt-PT editions ("gerenciamento",
"desenvolvedor", "treinamento", "hormônio": the usage measure's words of the development texts),
rewritten one way with its determiners, adjectives and predicate in the new noun's gender and
number (``[agreement]`` of ``locales/spelling/pt.toml``: ``copulas``, ``adverbs``, ``numbers``,
``plural``, ``invariant_before``, ``agreeing_before``, ``gendered_endings``), or left as the engine
wrote it where an agreeing word is out of the step's reach."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from translate.spelling import normalize

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "expected"), [
    # masculine -> feminine: determiner, adjective after, adjective after an adverb
    ("Como é o gerenciamento contínuo de produtos?", "Como é a gestão contínua de produtos?"),
    ("pelo gerenciamento muito cuidadoso", "pela gestão muito cuidadosa"),
    ("em relação ao gerenciamento de data centers", "em relação à gestão de data centers"),
    ("Os gerenciamentos financeiros", "As gestões financeiras"),
    # a predicate after a copula
    ("O hormônio é produzido no fígado.", "A hormona é produzida no fígado."),
    ("eram um hormônio legal do crescimento", "eram uma hormona legal do crescimento"),
    # two determiners ("o seu"), and one read past an invariant adjective
    ("O seu gerenciamento foi feito ontem.", "A sua gestão foi feita ontem."),
    ("o principal gerenciamento do projeto", "a principal gestão do projeto"),
    # no determiner, a preposition before
    ("habilidades de gerenciamento de produtos", "habilidades de gestão de produtos"),
    # gender and number: "o Caribe" -> "as Caraíbas"
    ("Choveu no Caribe.", "Choveu nas Caraíbas."),
    # same gender: words around it untouched
    ("os desenvolvedores de software", "os programadores de software"),
    ("meses de treinamento", "meses de treino"),
    ("o evento foi gerenciado", "o evento foi gerido"),
    ("o terremoto maior", "o terramoto maior"),
])
def test_pt_pt_rewrites_with_agreement(text: str, expected: str) -> None:
    assert normalize(text, "pt-PT")[0] == expected


def test_the_change_reports_the_words_around_the_noun() -> None:
    text, changes = normalize("Como é o gerenciamento contínuo de produtos?", "pt-PT")
    assert changes == [{"from": "o gerenciamento contínuo", "to": "a gestão contínua",
                        "span": [7, 24]}]
    assert text[7:24] == "a gestão contínua"


@pytest.mark.parametrize("text", [
    "o bom gerenciamento do projeto",  # "bom" agrees and is no determiner
    "o gerenciamento europeu",  # no regular feminine ("europeia")
    "O gerenciamento de projetos é feito por equipas.",  # a predicate further on
    "O Caribe é bonito.",  # number changes: the verb would too
    "em todo o Caribe e no Canadá",  # a word after a noun whose number changes
    "uma nova portagem",  # (pt-PT edition: nothing to do)
])
def test_pt_pt_noun_left_where_agreement_is_out_of_reach(text: str) -> None:
    assert normalize(text, "pt-PT") == (text, [])


@pytest.mark.parametrize(("text", "expected"), [
    # the determiners before a pt-PT noun rewritten for pt-BR: both of them now
    ("pela sua portagem", "pelo seu pedágio"),
    ("o nosso ecrã", "a nossa tela"),
    ("a captura de ecrã era uma farsa", "a captura de tela era uma farsa"),
])
def test_pt_br_determiners_both_swapped(text: str, expected: str) -> None:
    assert normalize(text, "pt-BR")[0] == expected


@pytest.mark.parametrize("text", [
    "o gerenciamento contínuo", "os desenvolvedores", "o treinamento", "o metrô", "Madri",
    "a gestão", "o programador",
])
def test_pt_br_editions_keep_brazilian_words(text: str) -> None:
    assert normalize(text, "pt-BR") == (text, [])


def test_capitalised_forms_only_where_written_with_a_capital() -> None:
    assert normalize("Viajou para Madri.", "pt-PT")[0] == "Viajou para Madrid."
    assert normalize("Amsterdã e Helsinque", "pt-PT")[0] == "Amesterdão e Helsínquia"


def test_agreement_linear_on_repeated_triggers() -> None:
    text = "o gerenciamento contínuo, " * 20_000
    out, changes = normalize(text, "pt-PT")
    assert len(changes) == 20_000
    assert out == "a gestão contínua, " * 20_000
    text = "o bom gerenciamento " * 20_000  # every rewrite refused, each read in a window
    assert normalize(text, "pt-PT")[0].count("gerenciamento") == 20_000


def test_usage_measure_refuses_to_list_a_held_out_set(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variety_usage

    code = variety_usage.main(["--data", str(ROOT / "benchmarks/data/variety_heldout_b.jsonl"),
                               "--words"])
    assert code == 2
    assert "refused" in capsys.readouterr().err


def test_usage_finder_skips_copied_words_and_lowercase_names() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variety_usage

    finder = variety_usage.Finder("pt-PT")
    assert finder.find("O ônibus e o usuário", "The bus and the user") == ["ônibus", "usuário"]
    assert finder.find("Usei o DNA", "DNA") == []  # copied from the source
    pt_br = variety_usage.Finder("pt-BR")
    assert pt_br.find("eles irão ao Irão", "they will go to Iran") == ["Irão"]
