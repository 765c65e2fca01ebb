"""A short number tag after a lower-case word ("see #71") is a reference in a document that cites
issue numbers (untrans36): the mask keeps it; elsewhere it is left to the engine (a rank)."""

from __future__ import annotations

from translate.untranslatable import mask_segments


def _masked(texts: list[str]) -> dict[int, list[str]]:
    return mask_segments(texts, ["paragraph"] * len(texts), "en").words


def test_a_short_reference_in_a_document_citing_issue_numbers_is_masked() -> None:
    words = _masked(["Fixed the parser crash in #1317.", "Export picks the unit, see #71."])
    assert "#71" in words.get(1, [])


def test_issue_after_a_lower_case_word_in_a_changelog() -> None:
    words = _masked(["Resolved relative URL issue [see issue #21].", "Faster start (#4521)."])
    assert "#21" in words.get(0, [])


def test_a_rank_in_a_document_without_issue_numbers_is_left() -> None:
    # guard (both trees): "ranking #1" is a rank, the engine writes it well
    words = _masked(["Python is ranking #1 in the index, #2 on another."])
    assert not any(w.startswith("#") for w in words.get(0, []))
