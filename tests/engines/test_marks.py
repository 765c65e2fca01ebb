"""Quotation marks reach the embedded model as ASCII (translate.engines.marks): given “ ” the
model drops a quotation's opening mark or writes a dash for it, given " it keeps the
quotation; the edition then carries the target locale's marks. Real model, real sentences
(a real page of ReadabiliPy's test suite: Trump and Warren, 2018)."""

from __future__ import annotations

import pytest

from translate.api import RunOptions, translate_article
from translate.engines import get_engine
from translate.engines.base import ModelInfo
from translate.engines.embedded import EmbeddedEngine
from translate.engines.marks import ENGINE_MARKS, engine_text, restore
from translate.mt import Hop, plan_revision
from translate.read import parse_article

QUOTED = "“Who cares?” Trump told reporters today."
SCARE = "White House counselor Kellyanne Conway called DNA testing ‘junk science.’"


def test_engine_text_maps_one_character_for_one() -> None:
    text = "„Wir“ «nous» ‘it’ O’Brien  said\n“no”"
    out = engine_text(text)
    assert out == "\"Wir\" \"nous\" 'it' O'Brien said \"no\""
    assert engine_text(out) == out  # idempotent: the child process flattens again
    assert all(len(chr(k)) == 1 and len(str(v)) == 1 for k, v in ENGINE_MARKS.items())


def test_the_cache_key_carries_the_input_revision() -> None:
    engine = EmbeddedEngine(threads=1)
    hop = Hop(engine, ModelInfo("embedded", "m", "7", "en", "pt"))
    # and, after it, the planner's revision (fixes52: translate.mt.plan_revision)
    assert hop.cache_key == ("embedded", "m", f"7+marks1+{plan_revision('en', 'pt')}", "en", "pt")


@pytest.mark.model
def test_the_model_keeps_a_quotation_it_lost_with_typographic_marks() -> None:
    engine = get_engine("embedded")
    assert isinstance(engine, EmbeddedEngine)
    native = engine._direction("en", "pt")
    # the bare model, as the page writes it: the quotation's opening mark is lost
    bare = str(native.translate(QUOTED)).strip()
    assert bare.count('"') % 2 == 1 or bare.count('"') == 0
    for sentence in (QUOTED, SCARE):
        (out,) = engine.translate([sentence], "en", "pt")
        assert out.count('"') == 2 and ")" not in out, out


@pytest.mark.model
def test_the_edition_has_the_locales_quotation_marks() -> None:
    article = parse_article(f"{QUOTED} {SCARE}\n", fmt="txt", source="quotes.txt")
    (edition,) = translate_article(article, "pt-BR", RunOptions(use_cache=False, use_tm=False))
    target = " ".join(b.target for b in edition.blocks)
    assert target.count("“") == 2 and target.count("”") == 2, target
    assert '"' not in target


def test_fractions_are_spelt_out_and_put_back_one_for_one() -> None:
    assert engine_text("In the 4½ years, ½ cup, 2 ¾ hours") == (
        "In the 4 1/2 years, 1/2 cup, 2 3/4 hours")
    assert restore("In the 4½ years", "Nos 4 1/2 anos") == "Nos 4½ anos"
    assert restore("2 ¾ hours", "2 3/4 horas") == "2 ¾ horas"
    assert restore("½ cup and ¼ tsp", "1/2 xícara e 1/4 de colher") == "½ xícara e ¼ de colher"
    # not one for one, or the source spells it out itself: the output as the engine wrote it
    assert restore("½ cup", "1/2 xícara e 1/2") == "1/2 xícara e 1/2"
    assert restore("½ and 1/2", "1/2 e 1/2") == "1/2 e 1/2"
    assert restore("no fraction", "1/2") == "1/2"


@pytest.mark.model
def test_the_model_no_longer_writes_a_fraction_as_a_range() -> None:
    engine = get_engine("embedded")
    native = engine._direction("en", "pt")  # type: ignore[attr-defined]
    sentence = "In the 4½ years since the release, the project grew."
    assert "4½" not in str(native.translate(sentence))  # the bare model: "41 a 2 anos"
    (out,) = engine.translate([sentence], "en", "pt")
    assert "4½ anos" in out, out


def test_a_multiplication_sign_is_sent_as_x_and_put_back() -> None:
    assert engine_text("the 4×100m relay") == "the 4x100m relay"
    assert restore("the 4×100m relay", "o revezamento 4x100m") == "o revezamento 4×100m"
    assert restore("3 × 4 metres", "3 x 4 metros") == "3 × 4 metros"
    assert restore("charge 1.5× your rate", "cobrar 1.5x sua taxa") == "cobrar 1.5× sua taxa"
    assert restore("a 4×100m relay", "um revezamento 4 a 100 m") == "um revezamento 4 a 100 m"
    assert restore("4×100 or 4x400", "4x100 ou 4x400") == "4x100 ou 4x400"  # the source's own x


def test_minus_signs_and_primes_are_sent_as_ascii_and_put_back() -> None:
    assert engine_text("fell to −5°C; he is 5′11″ tall") == "fell to -5°C; he is 5'11\" tall"
    assert restore("fell to −5°C", "caíram para -5°C") == "caíram para −5°C"
    assert restore("he is 5′11″ tall", "ele tem 5'11\" de altura") == "ele tem 5′11″ de altura"
    assert restore("COVID-19 and −5°C", "COVID-19 e -5°C") == "COVID-19 e −5°C"
    assert restore("−5 and -3", "-5 e -3") == "-5 e -3"  # the source's own hyphen-minus


@pytest.mark.model
def test_the_model_keeps_a_height_and_a_minus_sign() -> None:
    engine = get_engine("embedded")
    out = engine.translate(
        ["He is 5′11″ tall.", "Temperatures fell to −5°C overnight."], "en", "pt")
    assert "5′11″" in out[0] and "anos" not in out[0], out
    assert "−5" in out[1] and "15" not in out[1], out


@pytest.mark.model
def test_each_answer_is_reported_for_the_sentence_as_given() -> None:
    """base.on_ready: the pipeline hears of the sentence it gave, with the answer it gets."""
    from translate.engines.base import on_ready

    engine = EmbeddedEngine(threads=2)
    heard: dict[str, str] = {}
    given = [QUOTED, "In the 4½  years since the release, the project grew.", "Plain text here."]
    try:
        engine.preload("en", "pt")
        with on_ready(lambda s, t: heard.__setitem__(s, t)):
            out = engine.translate(given, "en", "pt")
    finally:
        engine.close()
    flat = [" ".join(s.split()) for s in given]
    assert heard == dict(zip(flat, out, strict=True))
    assert "4½" in out[1]
