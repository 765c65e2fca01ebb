"""caps41: a sentence written all in capitals goes to the engine in sentence case, with the
names and acronyms the text evidences, and its edition comes back in capitals; text in ordinary
case is sent as before. Through the pipeline with the fake engine (which tags and echoes what it
reads), so what the engine read is seen. These tests do not import translate.capitals: they run
on a tree without it (where the first four fail)."""

from __future__ import annotations

import pytest

from translate.api import RunOptions, parse_targets, translate_object


def _run(text: str, engine: object) -> tuple[list[str], dict[str, str]]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, source_lang="en")
    edition = translate_object({"id": "c", "text": text, "format": "markdown"},
                               parse_targets("pt-BR"), options, None)[0]
    sent = [s for call in engine.calls for s in call[2]]  # type: ignore[attr-defined]
    return sent, {s.segment.source: s.target for s in edition.segments}


BULLETIN = (
    "THE NATIONAL WEATHER SERVICE HAS ISSUED A FLASH FLOOD WARNING FOR TARRANT COUNTY UNTIL"
    " 1130 PM CDT.\n\nThe NWS office in Fort Worth issued the warning at 8 PM.\n"
)


def test_sentence_in_capitals_reaches_the_engine_in_sentence_case(fake_engine: object) -> None:
    sent, _ = _run(BULLETIN, fake_engine)
    assert ("The national weather service has issued a flash flood warning for Tarrant county"
            " until 1130 PM CDT.") in sent


def test_edition_of_a_sentence_in_capitals_is_in_capitals(fake_engine: object) -> None:
    _, targets = _run(BULLETIN, fake_engine)
    source = BULLETIN.split("\n\n")[0]
    # the colonless clock time is localized after the capitals are put back (facts44:
    # "1130 PM CDT" is written "23:30 CDT" in pt-BR); every other letter is the source's
    assert targets[source] == "[PT] " + source.replace("1130 PM CDT", "23:30 CDT")


def test_acronym_the_article_writes_in_capitals_stays_so(fake_engine: object) -> None:
    sent, _ = _run("THE NWS SAYS THE RIVER WILL CREST TONIGHT.\n\nThe NWS said so.\n", fake_engine)
    assert "The NWS says the river will crest tonight." in sent


def test_glossary_name_in_capitals_is_written_as_the_glossary_writes_it(
    fake_engine: object,
) -> None:
    sent, _ = _run("THE UNITED NATIONS SAYS THE AID WILL ARRIVE ON MONDAY.\n", fake_engine)
    assert "The United Nations says the aid will arrive on Monday." in sent


def test_text_in_ordinary_case_is_sent_as_written(fake_engine: object) -> None:
    text = "The river will crest tonight, the NWS said.\n\nOfficials in Fort Worth agreed.\n"
    sent, targets = _run(text, fake_engine)
    assert sent == ["The river will crest tonight, the NWS said.",
                    "Officials in Fort Worth agreed."]
    assert targets["Officials in Fort Worth agreed."] == "[pt] Officials in Fort Worth agreed."


@pytest.mark.parametrize("line", ["NASA ESA JAXA", "GMWOC/SP/ER 2021", "FIRE DANGER"])
def test_line_of_names_codes_or_two_words_is_sent_as_written(fake_engine: object,
                                                              line: str) -> None:
    sent, _ = _run(f"{line}\n\nThe agencies met on Monday.\n", fake_engine)
    assert line in sent
