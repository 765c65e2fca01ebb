"""Titles of works and brand names kept as written on typographic or structural evidence
(translate.untranslatable.title_spans), and never on the words alone."""

from __future__ import annotations

import pytest

from translate import untranslatable as u
from translate.model import Block, InlineSpan, Segment
from translate.pipeline import _italic_pieces

LEX = frozenset([
    "state", "union", "land", "road", "home", "note", "turn", "pass", "sunrise", "fire",
    "chicago", "great", "recession", "peculiar", "children", "miss", "show", "daily", "awards",
    "blood", "first", "legends", "league", "court", "high",
])  # fmt: skip


def _titles(text: str, emphasis: tuple[str, ...] = (), known: tuple[str, ...] = ()) -> list:
    return [(text[s:e], r) for s, e, r in u.title_spans(text, "en", emphasis=emphasis,
                                                         lexicon=LEX, known=known)]  # fmt: skip


def test_italic_title_case_span_is_a_title() -> None:
    assert _titles("He starred in First Blood before the war.", ("First Blood",)) == [
        ("First Blood", "title-emphasis")
    ]


@pytest.mark.parametrize(
    ("text", "emphasis"),
    [
        ("It was a hard pass for all of us.", ("hard pass",)),  # not title case
        ("Note that the road was closed.", ("Note",)),  # one word of the language, no cue
        ("Sign up to the newsletter today.", ("Sign up to the",)),  # ends on a minor word
        ("First Blood", ("First Blood",)),  # the whole sentence: a caption or a heading
    ],
)
def test_italics_that_are_emphasis_are_left_alone(text: str, emphasis: tuple[str, ...]) -> None:
    assert _titles(text, emphasis) == []


def test_one_italic_word_of_the_language_is_a_title_after_a_work_noun() -> None:
    assert _titles("The album Sunrise came out in May.", ("Sunrise",)) == [
        ("Sunrise", "title-emphasis")
    ]


def test_quoted_title_case_span_keeps_its_quotes() -> None:
    text = "She spoke on CNN's “State of the Union” on Sunday."
    assert _titles(text) == [("“State of the Union”", "title-quoted")]


@pytest.mark.parametrize(
    "text",
    [
        "“Turn it in,” he said.",  # speech: not title case, and opens the sentence
        "He said the plan was “great” and left.",  # lower case
        "“Great Recession” was the phrase of the year.",  # at the sentence start, no cue
    ],
)
def test_quotes_of_speech_are_left_alone(text: str) -> None:
    assert _titles(text) == []


def test_a_mark_keeps_the_name_with_it_even_without_a_word_to_translate() -> None:
    assert _titles("The Tony Awards® were held on Sunday.") == [("Tony Awards®", "title-mark")]


def test_a_work_noun_before_a_title_case_run() -> None:
    assert _titles("She read the novel The Road twice.") == [("The Road", "title-cue")]


def test_a_product_noun_after_a_name_not_the_owner() -> None:
    assert _titles("He praised Apple's Home app on stage.") == [("Home", "title-product")]


def test_an_institution_before_a_product_noun_is_translated() -> None:
    # probe28, Guardian "FBI has 'grave concerns'...", b3.s0: "House" was frozen ("o orador do
    # House"); a body's word (role_institutions) is no brand's name (harm29)
    lex = LEX | {"house", "senate", "echo"}
    for text in ("After Trump and the House speaker, Paul Ryan, endorsed the memo, the FBI spoke.",
                 "He tried the Senate app on Monday.", "He praised Amazon's Echo speaker."):
        spans = [(text[s:e], r) for s, e, r in u.title_spans(text, "en", lexicon=lex)]
        assert spans == ([("Echo", "title-product")] if "Echo" in text else [])


def test_a_title_shown_once_is_kept_where_the_article_repeats_it() -> None:
    assert _titles("Later, Chicago Fire was renewed.", known=("Chicago Fire",)) == [
        ("Chicago Fire", "title-unit")
    ]
    # but not inside a longer name
    assert _titles("The Chicago Fire Department came.", known=("Chicago Fire",)) == []


def test_portuguese_work_nouns_come_before_the_title() -> None:
    lex = frozenset({"homem", "ferro"})
    text = "Ele viu o filme Homem de Ferro ontem."
    spans = u.title_spans(text, "pt", lexicon=lex)
    assert [(text[s:e], r) for s, e, r in spans] == [("Homem de Ferro", "title-cue")]


def test_mask_segments_masks_titles_and_the_article_repeats() -> None:
    texts = ["He watched “State of the Union” with us.", "Then State of the Union ended."]
    masked = u.mask_segments(texts, ["paragraph", "paragraph"], "en")
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine installed")
    assert masked.texts[0] == "He watched XNAME50X with us."
    assert masked.words[0] == ["“State of the Union”"]
    assert masked.texts[1] == "Then XNAME50X ended."
    assert masked.rules[1] == ["title-unit"]


def test_italic_pieces_are_none_when_italics_cover_the_paragraph() -> None:
    text = "Images: Pexels; Hannah Burton, Bry Crasch for the story."
    styled = Block("paragraph", text, inline=[InlineSpan(0, len(text) - 10, "em")])
    seg = Segment("b0.s0", 0, 0, text, 0, len(text), "en")
    assert _italic_pieces(styled, seg) == []
    title = Block("paragraph", "She loved La La Land a lot, she said to us all.",
                  inline=[InlineSpan(10, 20, "em")])  # fmt: skip
    seg = Segment("b0.s0", 0, 0, title.text, 0, len(title.text), "en")
    assert _italic_pieces(title, seg) == ["La La Land"]


_PLACE_LEX = LEX | frozenset([
    "riverside", "airport", "university", "lake", "river", "hotel", "california", "bridge",
    "over", "troubled", "water", "bay", "museum", "modern", "art", "song", "called", "film",
])  # fmt: skip


def _place_titles(text: str, emphasis: tuple[str, ...] = ()) -> list:
    return [(text[s:e], r) for s, e, r in u.title_spans(text, "en", emphasis=emphasis,
                                                         lexicon=_PLACE_LEX)]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # untranslatables set i, item i149: the bare engine writes "Aeroporto de Riverside"
        'It is often called the "Riverside Airport" by pilots.',
        'She studied at the "Oxford University" campus for a year.',
        'We drove past the "Museum of Modern Art" on Sunday.',
        'They swam across the "Lake Tahoe" basin at dawn.',
    ],
)
def test_a_quoted_place_or_institution_is_left_to_the_engine(text: str) -> None:
    assert _place_titles(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('He sang the song "Riverside Airport" at dawn.', '"Riverside Airport"'),  # work noun
        ('He played the "Bridge Over Troubled Water" record.', '"Bridge Over Troubled Water"'),
        ('They all sang "Hotel California" at the party.', '"Hotel California"'),
        ("He starred in Riverside Airport before the war.", "Riverside Airport"),  # italics
    ],
)
def test_a_work_shown_as_one_keeps_its_place_word(text: str, kept: str) -> None:
    emphasis = ("Riverside Airport",) if "starred" in text else ()
    assert [p for p, _ in _place_titles(text, emphasis)] == [kept]


def test_a_place_word_in_a_name_an_appositive_defines_is_kept() -> None:
    # untranslatables set d, item d039: a firm's name, not a bridge
    text = "It could cost billions, said Peter McNally of Third Bridge, a research firm."
    spans = u.title_spans(text, "en", lexicon=_PLACE_LEX | {"third", "research", "firm"})
    assert [(text[s:e], r) for s, e, r in spans] == [("Third Bridge", "title-defined")]
