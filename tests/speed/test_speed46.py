"""speed46: work read once, and pre-tests before scans, in the checks and the mask's title rules.

* ``facts._skip``: ``not t or t.isspace()`` instead of ``not t.strip()`` (no copy of the target
  made by each checker for each sentence).
* ``facts.times_in``: each tuple of languages' day periods sorted once (``_sorted_periods``).
* ``facts._mixed_case``: a word whose rest is all small letters or all capitals answers at once.
* ``facts._title_cased``: the share of capitalized words of a text counted once per text in a
  ``readings_shared()`` block (the name-lost check, the speakers' reading and the opening-lost
  check counted it each).
* ``facts.check_invented_number_words``: ``implies`` built once per language.
* ``untranslatable.list_spans``: a text where no joining word stands between two gaps is not
  read (``_joiner_pattern``); ``defined_spans``: a text with neither ", " nor an address verb is
  not read for runs (``_may_define``).
* ``glossary.normalize.tokenize``: the first letter's case asked once a word (its tokens are
  compared with main's, every field, by ``tests/speed/test_speed45.py::test_tokenize_is_mains``).

Each is compared with main's reading (66150401: copied here, or the pre-test switched off by a
patch) on every line of the real-world pages; spies show the work left out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from translate import facts
from translate import untranslatable as u
from translate.langdata import facts_data
from translate.localize.stage import readings_shared

ROOT = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    out: dict[str, None] = {}
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out[line] = None
    return list(out)


def test_skip_is_mains() -> None:
    blanks = ["", " ", "\t\n", "\u00a0", "\u2003\u3000", "\x1c\x1d", "\u200b", "a", " a ", "\ufeff"]
    for origin in ("mt", "copy", "tm", "human"):
        for target in blanks:
            seg: Any = type("Seg", (), {"origin": origin, "target": target})()
            assert facts._skip(seg) == (origin in ("copy", "tm") or not target.strip()), target


def _main_periods(langs: list[str]) -> list[tuple[str, str]]:
    """main's reading of the day periods inside ``times_in`` (66150401)."""
    periods = [p for lang in langs for p in facts._periods(lang)]
    periods.sort(key=lambda p: -len(p[0]))
    return periods


def test_sorted_periods_are_mains() -> None:
    for langs in ([], ["en"], ["pt"], ["en", "pt"], ["pt", "en"], ["pt-BR", "en"], ["de", "fr"]):
        assert list(facts._sorted_periods(tuple(langs))) == _main_periods(langs), langs
    assert len(facts._sorted_periods(("en", "pt"))) > 4


def test_times_are_read_as_before_on_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [t for t in _lines() if any(c.isdigit() for c in t)][::2]
    lines += ["at 3:15 p.m. or 11h, at 7 in the morning", "às 10:30 desta noite, às 05:42"]
    ours = [facts.times_in(t, ["en", "pt"], day_parts=True) for t in lines]
    monkeypatch.setattr(facts, "_sorted_periods", lambda langs: _main_periods(list(langs)))
    assert ours == [facts.times_in(t, ["en", "pt"], day_parts=True) for t in lines]
    assert sum(1 for found in ours if found) > 50


def _main_mixed_case(word: str) -> bool:
    rest = word[1:]
    return any(map(str.isupper, rest)) and any(map(str.islower, rest))


def test_mixed_case_is_mains() -> None:
    words = {w for t in _lines()[::3] for w in facts._NAME_LETTERS.findall(t)}
    words |= {"UNodc", "McDonald", "UNODC", "Unodc", "ǅungla", "AǅB", "aǅ", "ΑΒγ", "日本語",
              "iPhone", "ßtraße", "ǈǈ", "Ab", "aB", "a", ""}
    assert len(words) > 10000
    for w in words:
        assert facts._mixed_case(w) == _main_mixed_case(w), w
    assert sum(map(_main_mixed_case, words)) > 10


def _main_title_cased(text: str, empty: bool = True) -> bool:
    letters = re.findall(r"[^\W\d_]+", text)
    if not letters:
        return empty
    return bool(sum(w[0].isupper() for w in letters) > facts._TITLE_SHARE * len(letters))


def test_title_cased_is_mains_and_read_once_per_text() -> None:
    lines = [*_lines()[::2], "", "12 34", "—"]
    for text in lines:
        for empty in (True, False):
            assert facts._title_cased(text, empty) == _main_title_cased(text, empty), text
    assert sum(map(_main_title_cased, lines)) > 100
    memo: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    text = "Officials in Lisbon said the bridge would close on Monday."
    with readings_shared(memo):
        assert facts._title_cased(text) is False
        assert memo[("tc", text)] == (10, 3)  # Officials, Lisbon, Monday
        memo[("tc", text)] = (10, 9)  # a second reader takes the count made: none made again
        assert facts._title_cased(text) is True
    assert facts._title_cased(text) is False  # outside a block: read each time


def test_implied_values_are_mains() -> None:
    for lang in ("en", "pt", "de", "xx"):
        data = facts_data(lang).get("number_words", {})
        # facts55: a value may be a list of the numbers languages say for the word ("a
        # fortnight": 14 or 15), so each word reads as a set of numbers
        want = {str(k).casefold(): frozenset(int(x) for x in v) if isinstance(v, list)
                else frozenset({int(v)}) for k, v in data.get("implies", {}).items()}
        assert facts._implied_values(lang) == want
    assert facts._implied_values("en")


def test_joiner_pattern_finds_every_joined_list_place() -> None:
    pattern = u._joiner_pattern(frozenset({"and", "or", "e"}))
    assert pattern.search("Rust, Cargo, and Clippy") is not None
    assert pattern.search("Cargo and UV") is not None
    assert pattern.search("Cargo or\tUV") is not None
    for text in ("Cargo andUV", "Cargo, band UV", "Cargo and", "Cargo-and UV", "the Andes"):
        assert pattern.search(text) is None, text


@pytest.mark.slow
def test_title_spans_are_mains_with_the_pre_tests_off(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()[::2]
    lines += ["Changes in Rust, Cargo, and Clippy; demanded by Cargo and UV.",
              "She told Rest of World. Youth Demand, a group of students, marched."]
    ours = [u.title_spans(t, "en") for t in lines]
    monkeypatch.setattr(u, "_joiner_pattern", lambda joiners: re.compile(""))  # main's: all
    monkeypatch.setattr(u, "_may_define", lambda text, ctx: True)
    mains = [u.title_spans(t, "en") for t in lines]
    assert ours == mains
    assert sum(1 for spans in mains if any(r == "title-list" for _, _, r in spans)) > 5
    assert sum(1 for spans in mains if any(r == "title-defined" for _, _, r in spans)) > 5


class _Spy:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.seen = pattern, 0

    def search(self, text: str, *a: Any) -> Any:
        self.seen += 1
        return self.pattern.search(text, *a)

    def match(self, text: str, *a: Any) -> Any:
        return self.pattern.match(text, *a)


def test_a_text_without_a_joiner_or_a_definition_is_not_read_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = _Spy(u._LIST_MEMBER)
    monkeypatch.setattr(u, "_LIST_MEMBER", member)
    runs: list[str] = []
    cap_runs = u._cap_runs

    def spy_runs(text: str, *a: Any) -> list[tuple[int, int]]:
        runs.append(text)
        return cap_runs(text, *a)

    monkeypatch.setattr(u, "_cap_runs", spy_runs)
    text = "The Council met on Monday in Lisbon to vote."
    u.title_spans(text, "en")
    assert member.seen == 0 and text not in runs
    text = "Changes in Rust, Cargo, and Clippy; Youth Demand, a group of students, marched."
    spans = [text[s:e] for s, e, _ in u.title_spans(text, "en")]
    assert member.seen > 0 and text in runs
    assert {"Cargo", "Youth Demand"} <= set(spans)
