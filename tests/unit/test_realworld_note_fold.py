"""The body metric folds footnote marks on both sides (struct54): a ground truth that keeps a
page's reference marks, note numbers and back-link glyphs as plain text and an edition that
reads them as footnotes score alike, and a page read either way scores the same."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ev():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_realworld", ROOT / "benchmarks" / "eval_realworld.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_realworld"] = module
    spec.loader.exec_module(module)
    return module


def test_a_reference_mark_after_a_sentence_is_folded_on_both_sides() -> None:
    ev = _ev()
    truth = "In 2022, White adolescents accounted for 49%, down from 63% in 2018.2 This decrease"
    edition = "In 2022, White adolescents accounted for 49%, down from 63% in 2018. This decrease"
    assert ev.key(truth) == ev.key(edition)
    assert ev.key("adolescents.5 Data on suicide") == ev.key("adolescents. Data on suicide")


def test_a_note_line_number_and_its_back_link_are_folded() -> None:
    ev = _ev()
    truth = "1 The NHIS-Teen data does not disaggregate data. ↩︎"
    assert ev.key(truth) == ev.key("The NHIS-Teen data does not disaggregate data.")
    assert ev.key("tomorrow ↩") == ev.key("tomorrow")


def test_numbers_that_are_no_marks_stay() -> None:
    ev = _ev()
    assert ev.key("In 2018 there were 12 cases") == "In2018therewere12cases"
    assert ev.key("version 3 of H1N1") == "version3ofH1N1"
    assert ev.key("the 1990s") != ev.key("the s")


def test_a_page_scored_with_its_marks_as_text_or_as_footnotes_scores_the_same() -> None:
    ev = _ev()
    expected = "Body line one ends here.3 However, more text follows it.\n3 A note. ↩︎\n"
    facts = ev.expected_facts(expected)
    plain = "Body line one ends here.3 However, more text follows it.\nA note. ↩︎"
    notes = "Body line one ends here. However, more text follows it.\nA note."
    for ours in (plain, notes):
        assert all(ev.key(f) in ev.key(ours) for f in facts)


def test_the_fold_is_linear() -> None:
    ev = _ev()
    text = "ends here.1 " * 20_000 + "\n".join(["1 a note ↩︎"] * 20_000)
    folded = ev.fold_notes(text)
    assert folded.count("ends here. ") == 20_000
    assert "↩" not in folded and folded.count("a note") == 20_000
