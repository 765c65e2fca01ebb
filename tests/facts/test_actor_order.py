"""Two actors that are no names swapped around the verb (``facts.check_actor_order``, data
``[actors]`` of ``locales/facts/{en,pt}.toml``): "the police arrested the protesters" written
"os manifestantes prenderam a polícia"."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _turned(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "who did what to whom" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The police arrested the protesters in the square.",
     "Os manifestantes prenderam a polícia na praça.", "en", "pt-BR"),
    ("A polícia prendeu os manifestantes na praça.",
     "The protesters arrested the police in the square.", "pt", "en"),
    ("The report assessed the levels of poverty in ten countries.",
     "Os níveis avaliaram o relatório de pobreza em dez países.", "en", "pt-BR"),
    ("Police released dramatic video of the rescue.",
     "Um vídeo divulgou a polícia dramático do resgate.", "en", "pt-BR"),
    ("O governo criticou a oposição por causa da greve.",
     "The opposition criticized the government because of the strike.", "pt", "en"),
])
def test_actors_swapped_around_the_verb_are_blocking(source: str, target: str, src: str,
                                                     locale: str) -> None:  # fmt: skip
    assert _turned(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The police arrested the protesters in the square.",
     "A polícia prendeu os manifestantes na praça.", "en", "pt-BR"),
    ("The police arrested the protesters in the square.",
     "Os manifestantes foram presos pela polícia na praça.", "en", "pt-BR"),
    ("The government's plan was rejected.", "O plano do governo foi rejeitado.", "en", "pt-BR"),
    ("Beijing attempted to rein in public solar subsidies at the end of May.",
     "Pequim tentou conter os subsídios solares públicos no final de maio.", "en", "pt-BR"),
    ("The protesters threw stones, the police said.",
     "Os manifestantes atiraram pedras, disse a polícia.", "en", "pt-BR"),
    ("A polícia prendeu os manifestantes na praça.",
     "The police arrested the protesters in the square.", "pt", "en"),
])
def test_actors_in_their_places_pass(source: str, target: str, src: str, locale: str) -> None:
    assert _turned(source, target, src, locale) == []


def test_a_speaker_moved_with_the_verb_of_saying_is_no_names_turned() -> None:
    def names(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
        return [m for m in _turned(source, target, src, locale) if "names" in m]

    moved = ("Clarke said NASA is developing a new task order for the companies.",
             "A NASA está desenvolvendo uma nova ordem de tarefa para as empresas, disse Clarke.")
    assert names(*moved) == []
    assert names("A NASA disse que as empresas foram escolhidas pela Blue Origin.",
                 "The companies were chosen by Blue Origin, NASA said.", "pt", "en") == []
    # the speaker turned into the one spoken of is still read
    assert names("Clarke said NASA is developing a new task order for the companies.",
                 "A NASA disse que Clarke está desenvolvendo uma nova ordem de tarefa para as "
                 "empresas.")
