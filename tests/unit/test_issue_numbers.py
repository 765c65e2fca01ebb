"""An issue, ticket or pull-request number ("#1317"), and a channel or handle joined by hyphens
("#rust-beginners"), through the mask (untrans34; the sentences are development text: struct34's
HTTPie changelog, sets c, m, n and o, structure sets V, Z, AF and AJ)."""

from __future__ import annotations

import pytest

import translate.untranslatable as u


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in u.address_spans(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # three digits or more: the engine wrote "1317 euros" and "(-1317)"
        ("See #1317 for the details.", ["#1317"]),
        ("Improved UI for the progress bars. (#1324)", ["#1324"]),
        ("There is a preliminary implementation in #133138 that @petrochenkov is going to",
         ["#133138", "@petrochenkov"]),
        ("Thanks to @ashmaroli for fixing this issue in [#7250].", ["@ashmaroli", "#7250"]),
        # one or two digits after a word in capitals, in brackets, or beside another number:
        # the engine wrote "(PR 78 euros)" and "see 23 euros" (the "#18" dropped)
        ("The MANIFEST.in was not exhaustive (PR #78)", ["#78"]),
        ("Statistical outlier detection, see #23 #18", ["#23 #18"]),
        ("Export formats like CSV and JSON - see #38, #44, #49, #42", ["#38", "#44", "#49", "#42"]),
        ("better extraction of sub-elements in tables (#78, #90)", ["#78", "#90"]),
        ("Smartquotes rule cleanup (#76).", ["#76"]),
    ],
)
def test_a_number_tag_that_is_a_reference_is_masked(text: str, kept: list[str]) -> None:
    assert _spans(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # ranks, which the engine writes the target's way ("em primeiro lugar", "nº 3")
        "Zayn Malik has now replaced Justin Bieber as the #1 artist on iTunes/Spotify",
        "Most subscribed music artists on YouTube: #1 Justin Bieber #2 Rihanna #3 One Direction",
        "While it dropped from #7 to #11 in the November index, it is still ranked #5.",
        "Lesson #1 about Uber is, therefore, simple.",
        # a figure with grouping is no tag; an HTML reference is no tag
        "It sold #100,000 copies; &#1317; is a reference.",
    ],
)
def test_a_rank_is_left_to_the_engine(text: str) -> None:
    assert not any(t.startswith("#") and t[1:2].isdigit() for t in _spans(text))


def test_a_hashtag_run_with_a_number_is_still_one_run() -> None:
    text = "The ListBox... #WPF #2010"
    assert _spans(text) == ["#WPF #2010"]


def test_the_masked_sentence_hands_the_engine_no_number_tag() -> None:
    m = u.mask_segments(["See #1317 and (PR #78) for the details."], ["paragraph"], "en")
    assert m.words.get(0, []) == ["#1317", "#78"]
    assert "#" not in m.texts[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # set n's n089 and n055, set c's c041 (development): cut at the hyphen, the engine lost
        # "#rust" and wrote '"rust-beginners', "os erros de compilação", '"debian-python"'
        ("Thanks to everyone who made #rust and #rust-beginners on Mozilla IRC a great place",
         ["#rust", "#rust-beginners"]),
        ("We - or well, overwhelmingly @compiler-errors - continued to make improvements",
         ["@compiler-errors"]),
        ("I'd seen people talking about spyder on #debian-python recently", ["#debian-python"]),
    ],
)
def test_a_channel_or_handle_joined_by_hyphens_is_one(text: str, kept: list[str]) -> None:
    assert _spans(text) == kept


def test_a_tag_in_capitals_before_a_hyphen_ends_there() -> None:
    # "#MeToo-era": the hyphen joins an English word to the tag, which the engine translates
    assert _spans("The #MeToo-era films and the @Apple-backed show.") == ["#MeToo", "@Apple"]
