"""A few words of bare a-z letters that the model answers with low confidence ("Zzxq vvv" read
as Italian 0.50) are undetermined: the run says so and how to go on (--from), instead of
failing on a language the text is not in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clirun import invoke

from translate.detect import detect_language
from translate.model import UNDETERMINED


@pytest.mark.parametrize("text", ["Zzxq vvv", "Qwpx zzk", "asdf jkl", "Xyzzy plugh"])
def test_short_gibberish_is_undetermined(text: str) -> None:
    assert detect_language(text, detector="combined").lang == UNDETERMINED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Good morning", "en"),
        ("Hello world", "en"),
        ("Ciao amici", "it"),
        ("Unde ești?", "ro"),  # hesitant, but its letters (ș) back the answer
        ("Buenos días", "es"),
    ],
)
def test_short_text_of_a_language_keeps_its_answer(text: str, lang: str) -> None:
    assert detect_language(text, detector="combined").lang == lang


def test_a_longer_text_is_not_held_to_the_short_threshold() -> None:
    guess = detect_language(
        "The council voted on Tuesday to approve the budget for schools.", detector="combined"
    )
    assert guess.lang == "en"


@pytest.mark.usefixtures("fake_engine")
def test_run_on_short_gibberish_says_to_pass_from(tmp_path: Path) -> None:
    path = tmp_path / "gib.txt"
    path.write_text("Zzxq vvv\n", encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", path, "--to", "pt-BR", "--engine", "fake", "--out", out)
    outcome.refused(3, "cannot tell the article's language")
    assert "--from" in outcome.stderr and "no engine translates" not in outcome.stderr


@pytest.mark.parametrize("text", ["Por Matt Spetalnick e Jason Szep",
                                  "By Matt Spetalnick and Jason Szep"])
def test_a_byline_of_names_is_not_a_language_of_its_own(text: str) -> None:
    """probe28: UOL's Reuters item (tests/data/probe28/uolNoticias.rss) has the byline "Por Matt
    Spetalnick e Jason Szep" as its whole description; main read it as Hungarian (0.50), left it
    as written and held the item. Its capitalised words after the first are names: two words
    ("por", "e") say something of the language, fewer than the short threshold asks of a model's
    hesitant answer on bare a-z letters, so it is no language, and takes its article's."""
    assert detect_language(text, detector="combined").lang == UNDETERMINED


def test_a_byline_takes_its_articles_language(make_article: Any) -> None:
    from translate.detect import detect_article

    body = ("O relatório do Departamento de Estado acusa os militares de Mianmar de uma campanha "
            "planejada e coordenada de assassinatos em massa contra os muçulmanos rohingyas.")
    article = make_article(("paragraph", "Por Matt Spetalnick e Jason Szep"), ("paragraph", body))
    detect_article(article)
    byline = article.blocks[0].lang
    assert byline is None or byline.lang in ("pt", UNDETERMINED)
    declared = make_article(("paragraph", "Por Matt Spetalnick e Jason Szep"))
    detect_article(declared, declared="pt")
    assert declared.blocks[0].lang is not None and declared.blocks[0].lang.lang == "pt"


def test_a_short_text_in_capitals_counts_every_word() -> None:
    assert detect_language("JETSETTER TO CONVICT", detector="combined").lang == UNDETERMINED
