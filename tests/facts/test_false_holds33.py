"""Three false holds of the facts gate on real outputs (probe32's judged sweep, a development
set), each mended by a general rule, and the true findings of the same checks kept:

* an idiom of assent that carries a negation word and says none ("não há problema com",
  "it's okay for"; "not bad" for "bom"): ``litotes`` of ``locales/facts/{pt,en}.toml``, skipped
  by the added-negation check in a target;
* an infinitive of purpose kept by a later "para" ("para a cabeça para proteger os"): every
  purpose preposition of the target is read, one that carries its verb renders the source's
  infinitive;
* a word repeated around a conjunction ("deeper and deeper"): one item, not two of a list."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_pair(source, target, src, locale).blocking]


_OKAY = "It's okay for Samsung to use plastic."
_HEAD = "The game has been turned on its head to protect the ugliest players."
_DEEPER = ("He struggled uselessly, sinking deeper and deeper, the water growing darker and "
           "heavier around him.")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    (_OKAY, "Não há problema com a Samsung usar plástico.", "en", "pt-BR"),
    ("It's fine to ask for help.", "Não há problema em pedir ajuda.", "en", "pt-BR"),
    ("It's all right if you are late.", "Não tem problema se você se atrasar.", "en", "pt-BR"),
    ("O filme é bom.", "The film is not bad.", "pt", "en"),
    ("Deixa para lá.", "Never mind.", "pt", "en"),
    ("Estou ansioso para ver o novo filme.", "I can't wait to see the new film.", "pt", "en"),
])
def test_idiom_of_assent_is_no_added_negation(source: str, target: str, src: str,
                                              locale: str) -> None:
    assert not [m for m in _blocking(source, target, src, locale) if m.startswith("negation")]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("There is a problem with Samsung.", "Não há um problema com a Samsung.", "en", "pt-BR"),
    ("Samsung uses plastic.", "A Samsung não usa plástico.", "en", "pt-BR"),
    ("The film is good.", "O filme não é bom.", "en", "pt-BR"),
    ("O filme é bom.", "The film is not good.", "pt", "en"),
])
def test_added_negation_still_held(source: str, target: str, src: str, locale: str) -> None:
    assert any(m.startswith("negation") for m in _blocking(source, target, src, locale))


def test_purpose_kept_by_a_later_para() -> None:
    target = "O jogo tem sido voltado para a cabeça para proteger os jogadores mais feios."
    assert not [m for m in _blocking(_HEAD, target) if "action is gone" in m]
    kept = "O jogo foi virado para a cabeça para se proteger dos jogadores mais feios."
    assert not [m for m in _blocking(_HEAD, kept) if "action is gone" in m]


@pytest.mark.parametrize("target", [
    "O jogo tem sido voltado de cabeça para baixo para os jogadores mais feios.",
    "O jogo foi mudado para os jogadores mais feios.",
])
def test_purpose_dropped_still_held(target: str) -> None:
    assert [m for m in _blocking(_HEAD, target) if "action is gone" in m]


def test_two_infinitives_one_kept_still_held() -> None:
    source = "They came to protect the players and to pay the referees."
    target = "Eles vieram para proteger os jogadores e para os árbitros."
    assert [m for m in _blocking(source, target) if "action is gone" in m]


def test_repeated_comparative_is_one_item() -> None:
    target = ("Ele lutou inútil, afundando cada vez mais fundo, a água cada vez mais escura e mais "
              "pesada ao seu redor.")
    assert not [m for m in _blocking(_DEEPER, target) if "lists" in m]


def test_list_item_dropped_still_held() -> None:
    source = "She bought paper, pencils and erasers, more and more of them."
    assert [m for m in _blocking(source, "Ela comprou papel e borrachas, cada vez mais.")
            if "lists" in m]
