"""The embedded Bergamot en<->pt model, for real: a short paragraph must come out as Portuguese."""

from __future__ import annotations

import pytest

from translate.engines import get_engine
from translate.engines.embedded import EmbeddedEngine

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def engine() -> EmbeddedEngine:
    engine = get_engine("embedded")
    assert isinstance(engine, EmbeddedEngine)
    return engine


def test_english_to_portuguese(engine: EmbeddedEngine) -> None:
    out = engine.translate(
        [
            "Talks between the two countries will resume next week.",
            "The government said it was ready to help.",
        ],
        "en",
        "pt",
    )
    assert len(out) == 2
    first, second = (s.lower() for s in out)
    assert "próxima semana" in first and "países" in first
    assert "governo" in second and "ajudar" in second


def test_portuguese_to_english(engine: EmbeddedEngine) -> None:
    (out,) = engine.translate(["O governo disse que estava pronto para ajudar."], "pt", "en")
    assert "government" in out.lower() and "help" in out.lower()


def test_order_and_empty_inputs_are_kept(engine: EmbeddedEngine) -> None:
    sentences = [f"The meeting number {n} ended at noon." for n in range(1, 9)]
    out = engine.translate([*sentences, ""], "en", "pt")
    assert out[-1] == ""
    for n, target in enumerate(out[:-1], start=1):
        assert str(n) in target


def test_model_info_names_the_bundled_model(engine: EmbeddedEngine) -> None:
    info = engine.model_info("en", "pt")
    assert (info.engine, info.source, info.target) == ("embedded", "en", "pt")
    assert "enpt" in info.model and info.version
    assert ("pt", "en") in engine.pairs()
