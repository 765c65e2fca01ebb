"""caps44: a heading in title case goes to the engine in sentence case, keeping the words the
article's body (or the glossary) shows to be names; other text is sent as before. Through the
pipeline with the fake engine (which echoes what it reads). These tests do not import
translate.titlecase: they run on a tree without it (where the first four fail)."""

from __future__ import annotations

from translate.api import RunOptions, parse_targets, translate_object


def _sent(text: str, engine: object, target: str = "pt-BR") -> list[str]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, source_lang="en")
    translate_object({"id": "t", "text": text, "format": "markdown"}, parse_targets(target),
                     options, None)
    return [s for call in engine.calls for s in call[2]]  # type: ignore[attr-defined]


def test_title_case_heading_reaches_the_engine_in_sentence_case(fake_engine: object) -> None:
    sent = _sent("# NASA’s Webb Hints at Water on Distant World\n\n"
                 "The Webb telescope saw water vapor around a distant planet.\n", fake_engine)
    assert "NASA’s Webb hints at water on distant world" in sent


def test_names_that_are_also_words_stay_when_the_body_capitalises_them(
    fake_engine: object,
) -> None:
    sent = _sent("# Senators Praise Bush and Apple Over Hope Plan in May\n\n"
                 "The senators praised George Bush and Apple on Monday. They backed the Hope "
                 "plan, which starts in May.\n", fake_engine)
    assert "Senators praise Bush and Apple over Hope plan in May" in sent


def test_glossary_name_of_several_words_stays_in_a_heading(fake_engine: object) -> None:
    sent = _sent("# United Nations Warns of Severe Drought\n\n"
                 "Officials warned of a drought across the region.\n", fake_engine)
    assert any(s.endswith("warns of severe drought") for s in sent)
    assert not any("Warns of Severe Drought" in s for s in sent)


def test_a_common_word_the_body_writes_in_lower_case_is_lowered(fake_engine: object) -> None:
    sent = _sent("# Rangers Fight Bush Fires Near Hope Valley\n\n"
                 "Rangers said the bush fires near the valley spread on Monday.\n", fake_engine)
    assert "Rangers fight bush fires near hope valley" in sent


def test_heading_in_sentence_case_is_sent_as_written(fake_engine: object) -> None:
    sent = _sent("# NASA’s Webb hints at water on a distant world\n\n"
                 "The Webb telescope saw water vapor.\n", fake_engine)
    assert "NASA’s Webb hints at water on a distant world" in sent


def test_paragraph_in_title_case_is_not_a_heading(fake_engine: object) -> None:
    sent = _sent("# Water found\n\nThe Webb Telescope Finds Water on a Distant Planet Today.\n",
                 fake_engine)
    assert "The Webb Telescope Finds Water on a Distant Planet Today." in sent
