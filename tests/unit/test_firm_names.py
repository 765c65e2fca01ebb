"""A capitalized run of common words that a sentence of the article shows to be a firm's name
is kept as written where the article repeats it without that cue (untrans44, rule
"title-firm").

The engine translates a firm named by common words where nothing in its sentence says it is a
firm ("a lander from Intuitive Machines" -> "de Máquinas Intuitivas", probe43), and keeps it
beside a cue. Where a sentence of the article says it, the way a named-entity tagger reads it
(a corporate suffix after the run, "-based" or a firm's job and "of" or a kind of firm right
before it: :func:`firm_spans`), the run is a firm's name, masked wherever the article writes it
with no cue; the sentence with the cue is left to the engine. An institution's or an event's
name (usage translates "Foundation", "Summit"), a person after a job's title, a run joined by
"of" after a kind of firm, a headline and a run with no cue anywhere are no firm's name here.
"""

from __future__ import annotations

import pytest

from translate.glossary.words import plain_word_test
from translate.untranslatable import engine_lexicon, mask_segments, work_context


def _firms(text: str) -> list[str]:
    from translate.untranslatable import firm_spans  # untrans44's

    ctx = work_context("en")
    assert ctx is not None
    return [text[s:e] for s, e in firm_spans(text, ctx, engine_lexicon("en"))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The lander was built by Houston-based Intuitive Machines, which won a contract for"
            " the mission last year.",
            ["Intuitive Machines"],
        ),
        (
            "Shares of General Motors Co. rose 3% on Tuesday after the results beat forecasts.",
            ["General Motors"],
        ),
        (
            "The satellite went up on a rocket built by Long Beach-based Rocket Lab from a pad"
            " in New Zealand.",
            ["Rocket Lab"],
        ),
        (
            "Peter Beck, the chief executive of Rocket Lab, said the rocket was ready to fly on"
            " Friday.",
            ["Rocket Lab"],
        ),
        (
            "In the end the startup Firefly Aerospace built the lander that reached the moon"
            " first.",
            ["Firefly Aerospace"],
        ),
    ],
)
def test_firm_shown_by_its_sentence_is_masked(text: str, want: list[str]) -> None:
    assert _firms(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # an institution's name: usage translates its common noun
        "Money for the study came from the Houston-based Grant Foundation and from donors.",
        # a job's title before a person, after a kind of firm
        "In the morning the company President Jane Roe spoke to the press about the results.",
        # a run joined by "of" after a kind of firm: a document's title
        "Staff must follow the company Code of Conduct when they speak to the press.",
        # an event's word after the cue
        "She was the founder of the Space Summit that drew many engineers to the city.",
        # no cue in the sentence
        "The mission used a lander from Intuitive Machines, and the landing went well.",
        # "-based" after a common word, no place: an adjective
        "This change eases the move to an eventual stream-based Fetch API for the browsers.",
        # a headline in title case
        "Houston-based Intuitive Machines Lands Its Second Lander On The Moon",
        # a sentence's first words, no cue
        "Rising Prices hurt sales at the shops in the spring, the report said.",
    ],
)
def test_other_runs_left_to_the_engine(text: str) -> None:
    assert _firms(text) == []


def test_firm_shown_once_is_kept_where_the_article_repeats_it() -> None:
    texts = [
        "The lander was built by Houston-based Intuitive Machines for the agency's mission.",
        "The mission used a lander from Intuitive Machines, and the landing went well.",
    ]
    masked = mask_segments(texts, ["paragraph", "paragraph"], "en", plain=plain_word_test("en"))
    assert masked.words.get(1) == ["Intuitive Machines"]
    assert "Intuitive Machines" not in masked.texts[1]


def test_sentence_with_the_cue_is_left_to_the_engine() -> None:
    texts = ["The lander was built by Houston-based Intuitive Machines for the agency's mission."]
    masked = mask_segments(texts, ["paragraph"], "en", plain=plain_word_test("en"))
    assert all("Intuitive Machines" not in w for w in masked.words.values())


def test_run_never_shown_as_a_firm_is_not_masked_elsewhere() -> None:
    texts = [
        "The mission used a lander from Intuitive Machines, and the landing went well.",
        "Engineers praised Intuitive Machines for the work on the lander's legs.",
    ]
    masked = mask_segments(texts, ["paragraph", "paragraph"], "en", plain=plain_word_test("en"))
    assert all("Intuitive Machines" not in w for w in masked.words.values())
