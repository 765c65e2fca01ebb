"""caps47: a "!" or "?" closing a quotation inside a title-case headline counts as a sentence's
end, as a bare "!" or "?" does: the word after it keeps its capital (caps46 lowered it; on the
development headings that lost a word of one and doubled a word of another). The quotation's
own capitals, as the article quotes it, are still kept (caps46). Through the pipeline with the
fake engine (which echoes what it reads), no import of translate.titlecase."""

from __future__ import annotations

import pytest

from translate.api import RunOptions, parse_targets, translate_object


def _sent(text: str, engine: object) -> list[str]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, source_lang="en")
    translate_object({"id": "t", "text": text, "format": "markdown"}, parse_targets("pt-BR"),
                     options, None)
    return [s for call in engine.calls for s in call[2]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("mark", "close"), [("?", "”"), ("!", "”"), ("?", '"')])
def test_the_word_after_a_quotation_closed_by_a_question_or_exclamation_keeps_its_capital(
    fake_engine: object, mark: str, close: str,
) -> None:
    open_ = "“" if close == "”" else '"'
    sent = _sent(f"# Farmers Ask {open_}Where Has the Rain Gone{mark}{close} Panel Meets Today\n\n"
                 "Farmers from three valleys spoke to the panel on Monday.\n", fake_engine)
    assert f"Farmers ask {open_}where has the rain gone{mark}{close} Panel meets today" in sent


def test_the_quotation_keeps_the_body_casing_before_such_an_end(fake_engine: object) -> None:
    sent = _sent("# Message on the Anniversary of the “Give Me Liberty, Or Give Me Death!” "
                 "Speech\n\nThe speech ended with the words “Give me liberty, or give me "
                 "death!” in 1775.\n", fake_engine)
    assert "Message on the anniversary of the “Give me liberty, or give me death!” Speech" in sent


def test_a_question_mark_outside_a_quotation_still_ends_a_sentence(fake_engine: object) -> None:
    sent = _sent("# Where Has the Rain Gone? Farmers Meet the Panel\n\n"
                 "Farmers from three valleys spoke to the panel on Monday.\n", fake_engine)
    assert "Where has the rain gone? Farmers meet the panel" in sent
