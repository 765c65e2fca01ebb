"""glossary14's second round of issue 14: held-out set p's one harmed repair, read after the set
was spent. Sentences here are new, written for the rule's class (a word in full capitals next to
a name on a Title Case line), not copied from set p."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang="en")]


@pytest.mark.parametrize("text", [
    "(Photo by Maria Lopez, USA TODAY Network)",
    "Credit: Jane Smith, USA TODAY Sports Images",
    "Read More From The Moscow TIMES Weekend Edition",
])
def test_a_word_in_capitals_beside_a_name_on_a_title_case_line_makes_a_longer_name(
        builtin: Glossary, text: str) -> None:
    assert [e for _, e in _found(builtin, text)
            if e in ("united-states", "moscow")] == []


@pytest.mark.parametrize(("text", "surface", "entry"), [
    # a line in capitals: its capitals say nothing
    ("AZERBAIJAN REJECTS CALL FROM MOSCOW OFFICIALS", "MOSCOW", "moscow"),
    # a Title Case line whose neighbours are capitalised words only
    ("Trump Meets Xi In Beijing As US Tariffs Bite", "US", "united-states"),
])
def test_the_name_is_still_found_without_a_capitals_word_beside_it(
        builtin: Glossary, text: str, surface: str, entry: str) -> None:
    assert (surface, entry) in _found(builtin, text)


def test_a_credit_the_engine_copied_is_not_rewritten(builtin: Glossary) -> None:
    source = "(Photo by Maria Lopez, USA TODAY Network)"
    output = "(Foto de Maria Lopez, USA TODAY Network)"
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    result = restore_segments(protect_segments([seg], builtin, "pt-BR", "en"), [output])
    assert result.targets[0] == output
