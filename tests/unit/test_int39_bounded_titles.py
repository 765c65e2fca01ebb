"""A title of a law or programme is a bounded run of words (integration of the forty-fourth
pass): a run of capitalised words longer than any title is no title, and a text of many heads
in one run ("Big Act and Big Act and ...") gives titles of bounded length, not one overlapping
span per head reaching back to the text's start (which also made the scan quadratic)."""

from __future__ import annotations

from translate.law_titles import law_title_spans


def test_a_real_long_title_is_still_found() -> None:
    text = "Congress passed the Infrastructure Investment and Jobs Act in November."
    spans = law_title_spans(text, "en")
    assert [text[s:e] for s, e in spans] == ["Infrastructure Investment and Jobs Act"]


def test_a_run_of_capitals_longer_than_any_title_is_no_title() -> None:
    text = "They read the " + " ".join(["Big"] * 30) + " Act and went home."
    assert law_title_spans(text, "en") == []


def test_a_title_of_twenty_words_is_kept() -> None:
    text = "They read the " + " ".join(["Big"] * 19) + " Act and went home."
    spans = law_title_spans(text, "en")
    assert len(spans) == 1
    assert len(text[spans[0][0]:spans[0][1]].split()) == 20


def test_many_heads_in_one_run_give_bounded_titles() -> None:
    text = "the " + " ".join(["Big Act and"] * 300) + " words here."
    spans = law_title_spans(text, "en")
    assert spans, "the first heads after 'the' are titles"
    assert all(len(text[s:e].split()) <= 24 for s, e in spans)
    assert len(spans) < 30
