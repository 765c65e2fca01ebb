"""caps46: a quotation inside a headline in title case (the title of a summit or a speech)
keeps the capitals the article's own quotation of it writes (caps47 took out caps46's second
half, a "!" or "?" closing a quotation ending only the quotation: see
test_caps47_quote_ends.py). Through the pipeline with the fake engine
(which echoes what it reads); no import of translate.titlecase, so that the tests run on a
tree before caps46 (where the first two fail and the controls pass)."""

from __future__ import annotations

from translate.api import RunOptions, parse_targets, translate_object


def _sent(text: str, engine: object) -> list[str]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, source_lang="en")
    translate_object({"id": "t", "text": text, "format": "markdown"}, parse_targets("pt-BR"),
                     options, None)
    return [s for call in engine.calls for s in call[2]]  # type: ignore[attr-defined]


def test_a_quoted_title_the_body_quotes_keeps_its_capitals(fake_engine: object) -> None:
    sent = _sent("# Officials Open “Healing, Bridging, Thriving” Summit on Arts\n\n"
                 "The council opened “Healing, Bridging, Thriving: A Summit on Arts” in the "
                 "capital on Monday.\n", fake_engine)
    assert "Officials open “Healing, Bridging, Thriving” Summit on Arts" in sent


def test_a_quoted_sentence_keeps_the_body_casing(fake_engine: object) -> None:
    sent = _sent("# Message on the Anniversary of the “Give Me Liberty, Or Give Me Death!” "
                 "Speech\n\nThe speech ended with the words “Give me liberty, or give me "
                 "death!” in 1775.\n", fake_engine)
    assert any(s.startswith("Message on the anniversary of the “Give me liberty, or give me "
                            "death!” ") for s in sent)


def test_a_quotation_the_body_does_not_quote_is_lowered(fake_engine: object) -> None:
    sent = _sent("# How “Glowing” Plants Could Help Predict Drought\n\n"
                 "Plants that glow under light could help scientists predict drought.\n",
                 fake_engine)
    assert "How “glowing” plants could help predict drought" in sent


def test_a_quotation_the_body_quotes_in_lower_case_is_lowered(fake_engine: object) -> None:
    sent = _sent("# Mayor Calls the Plan a “Bold New Start”\n\n"
                 "The mayor called it “bold new start” policy on Monday.\n", fake_engine)
    assert "Mayor calls the plan a “bold new start”" in sent


def test_a_full_stop_still_ends_a_sentence_in_a_headline(fake_engine: object) -> None:
    sent = _sent("# Storm Hits the Coast. Rescue Teams Wait\n\n"
                 "A storm hit the coast and teams waited on Monday.\n", fake_engine)
    assert "Storm hits the coast. Rescue teams wait" in sent
