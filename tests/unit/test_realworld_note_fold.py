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
    assert ev.body_key(truth) == ev.body_key(edition)
    assert ev.body_key("adolescents.5 Data") == ev.body_key("adolescents. Data")


def test_a_notes_back_link_is_folded_and_a_lines_opening_number_is_not() -> None:
    ev = _ev()
    truth = "1 The NHIS-Teen data does not disaggregate data. ↩︎"
    assert ev.body_key(truth) == ev.body_key("1 The NHIS-Teen data does not disaggregate data.")
    assert ev.body_key("tomorrow ↩") == ev.body_key("tomorrow")
    # a table's cells read one a line: "1 tackle" opens a line in the edition and stands inside
    # the ground truth's row; folding a line's number would lose the row
    row = "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH."
    cells = "DL Larry Ogunjobi\n63\n85%\n1 tackle (1 combined). 1 sack, 1 TFL, 2 QH."
    assert ev.body_key(row) in ev.body_key(cells)


def test_numbers_that_are_no_marks_stay() -> None:
    ev = _ev()
    assert ev.body_key("In 2018 there were 12 cases") == "In2018therewere12cases"
    assert ev.body_key("version 3 of H1N1") == "version3ofH1N1"
    assert ev.body_key("the 1990s") != ev.body_key("the s")
    # a quoted number is no mark, whichever quotation mark the page or the truth writes
    truth = 'as easy as "10 minutes a day".'
    assert ev.body_key(truth) == ev.body_key("as easy as \u201c10 minutes a day\u201d.")
    assert "10minutes" in ev.body_key(truth)
    # a thousands group folds alike whether a space follows it or not
    truth = "At least 550 institutions have utilized OPMs to support 2,900 online programs."
    assert ev.body_key(truth) in ev.body_key(truth.replace("2,900 online", "2,900online"))


def test_a_page_scored_with_its_marks_as_text_or_as_footnotes_scores_the_same() -> None:
    ev = _ev()
    expected = "Body line one ends here.3 However, more text follows it.\nA note of the page. ↩︎\n"
    facts = ev.expected_facts(expected)
    assert len(facts) == 2
    plain = "Body line one ends here.3 However, more text follows it.\nA note of the page. ↩︎"
    notes = "Body line one ends here. However, more text follows it.\nA note of the page."
    for ours in (plain, notes):
        assert all(ev.body_key(f) in ev.body_key(ours) for f in facts)


def test_the_fold_is_linear() -> None:
    ev = _ev()
    text = "ends here.1 " * 20_000 + "\n".join(["a note ↩︎"] * 20_000)
    folded = ev.fold_notes(text)
    assert folded.count("ends here. ") == 20_000 and "1" not in folded
    assert "↩" not in folded and folded.count("a note") == 20_000
