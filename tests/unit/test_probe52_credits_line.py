"""probe52: a news digest's line of two credits, "(Reuters) (The New York Times)", kept as
written (names of news outlets, the same in every language) was held as "3 of 3 words are the
source's: the sentence was not translated" (18 of probe52's 30 held editions). A line of two or
more names in parentheses, each of at most six capitalised words, is no sentence left
(``translate/check.py``, ``_credits_line``); a sentence left, in parentheses or not, is still
held.
"""
from __future__ import annotations

import pytest

from translate.check import _credits_line, check_pair


def _untranslated(source: str, target: str) -> list[str]:
    return [f.severity for f in check_pair(source, target, "en", "pt-BR").findings
            if f.check == "untranslated"]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    ["(Reuters) (The New York Times)", "(The Guardian) (ATP News)", "(BBC Sport) (Fox Sports)",
     "(Courier Journal) (The Daily Gazette)", "(Jamaica Observer) (Radio Jamaica News)"],
)
def test_a_line_of_credits_kept_passes(line: str) -> None:
    assert _untranslated(line, line) == []


@pytest.mark.parametrize(
    "line",
    ["Talks resume in Geneva today", "(Talks resume in Geneva today) (Reuters)",
     "(The talks resume today in Geneva) (the minister says)"],
)
def test_a_sentence_left_is_still_held(line: str) -> None:
    assert _untranslated(line, line) == ["error"]


def test_linear_on_many_credits() -> None:
    line = "(Reuters) " * 20_000
    assert _credits_line(line)
    assert not _credits_line(line + "(talks resume)")
