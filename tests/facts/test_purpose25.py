"""An action dropped, its object left in its place (``facts.check_purpose_lost``, data
``[purpose]`` of ``locales/facts/{en,pt}.toml``): an infinitive with its object written as the
purpose preposition before a determiner ("to collect all the pages" written "para todas as
páginas"), and "ao" before an article, a preposition or an adverb ("ao um negócio"). The held
cases are rows of the development sets V, W, Y (kind ``action-dropped``); the passed ones are
the real outputs of sets A..Y that the first draft held falsely, and correct renderings."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if (f.data or {}).get("kind") == "action-dropped"]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    # set Y (development): "to collect all the pages" written "para todas as páginas"
    ("The crawler is an online bot that scours the web to collect all the pages out there and "
     "save them in a gigantic database called the index.",
     "O rastreador é um bot online que vasculha a web para todas as páginas por aí e salvá-las "
     "em um banco de dados gigantesco chamado de índice."),
    # set V: "to fertilize the eggs" written "para os ovos"
    ("If she has no male to fertilize the eggs, the eggs will aways be infertile.",
     "Se ela não tem macho para os ovos, os ovos serão inférteis."),
    # set W: "to settle charges" ... "para as cobranças"
    ("In the fourth quarter, JPMorgan paid $1.1 billion to settle the charges by U.S. and "
     "foreign regulators.",
     "No quarto trimestre, o JPMorgan pagou 1,1 bilhão de dólares para as cobranças dos EUA e "
     "reguladores estrangeiros."),
    # set Y: "when looking for a software business" written "ao um negócio"
    ("Given this, when looking for a software business for sale, it is prudent to choose a "
     "company that will likely provide a healthy return on investment.",
     "Dado isso, ao um negócio de software para venda, é prudente escolher uma empresa que "
     "provavelmente irá fornecer um retorno saudável sobre o investimento."),
    # set Y: "As we step into 2025" written "Ao em 2025"
    ("As we step into 2025, the latest interior design trends showcase a blend of "
     "sustainability, nostalgia, and bold creativity.",
     "Ao em 2025, as últimas tendências de design de interiores apresentam uma mistura de "
     "sustentabilidade, nostalgia e criatividade ousada."),
])
def test_action_dropped_is_held(source: str, target: str) -> None:
    assert _held(source, target)


@pytest.mark.parametrize(("source", "target"), [
    # the engine's real outputs of the same sentences
    ("The crawler is an online bot that scours the web to collect all the pages out there and "
     "save them in a gigantic database called the index.",
     "O rastreador é um bot online que vasculha a web para coletar todas as páginas por aí e "
     "salvá-las em um banco de dados gigantesco chamado de índice."),
    ("Given this, when looking for a software business for sale, it is prudent to choose a "
     "company that will likely provide a healthy return on investment.",
     "Dado isso, ao procurar um negócio de software para venda, é prudente escolher uma empresa "
     "que provavelmente irá fornecer um retorno saudável sobre o investimento."),
    # real outputs of sets J, N, S the first draft held: "user-oriented" and "budget-oriented"
    # say "orientado para o"; "para a direita" is a direction
    ("SEO is changing in 2026, urging content to become more user-oriented, honest, and, well, "
     "human.",
     "SEO está mudando em 2026, pedindo conteúdo para se tornar mais orientado para o usuário, "
     "honesto e, bem, humano."),
    ("Before we start, we want to clarify that this is not just a budget-oriented guide.",
     "Antes de começarmos, queremos esclarecer que este não é apenas um guia orientado para o "
     "orçamento."),
    ("Swipe right to view your labels without ever leaving your inbox",
     "Deslize para a direita para ver suas etiquetas sem nunca sair de sua caixa de entrada"),
    # real outputs of sets L and Q the second draft held: "-driven" says "orientado para o",
    # and "to my new list" opens no infinitive
    ("Anheuser-Busch’s Fleet Optimization To enhance its eCommerce logistics and manage its "
     "expanding customer base, Anheuser-Busch, the world’s largest brewing company, adopts a "
     "machine learning-driven fleet optimization system for its last-mile delivery operations.",
     "Para melhorar sua logística de comércio eletrônico e gerenciar sua crescente base de "
     "clientes, a Anheuser-Busch, a maior empresa de fabricação de cerveja do mundo, adota um "
     "sistema de otimização de frota orientado para o aprendizado de máquina para suas operações "
     "de entrega de última milha."),
    ("Lindsey, I'll direct future rss2email stuff to my new list, so subscribe if you're "
     "interested.",
     "Lindsey, vou direcionar futuras coisas rss2email para a minha nova lista, então subscreva "
     "se você estiver interessado."),
    # "for the" says "para o" itself; "to the" before a noun is no infinitive
    ("The company raised money to finance the project for the city.",
     "A empresa levantou dinheiro para financiar o projeto para a cidade."),
    ("She went to the market to buy the bread.", "Ela foi ao mercado para comprar o pão."),
    # "ao" before a noun, "ao seu lado", and words the source writes
    ("He sat by her side at the end of the day.", "Ele sentou ao seu lado ao final do dia."),
])
def test_action_kept_is_passed(source: str, target: str) -> None:
    assert _held(source, target) == []


def test_a_language_without_the_data_is_not_read() -> None:
    # pt -> en: the Portuguese source has no [purpose] infinitive data, English no "ao"
    assert _held("Ele viajou para comprar o pão.", "He traveled for the bread.", "pt", "en") == []
