"""speed44: pre-tests in the mask's title rules and cheaper token reads in the glossary matcher.

* ``untranslatable._small_words``: ``title_spans`` read every word in small letters of a text
  into match objects for its two loops over a work's and a product's nouns; the words are now
  tested as strings first, and a text holding none of those nouns (most) gives the loops nothing
  (they read nothing else).
* ``untranslatable._may_hold_job``: ``role_spans`` read every word between white space into a
  match object before its first test (a word in small letters of ``role_nouns``); that test is
  now made on ``str.split``'s words first.
* ``glossary.normalize``: a token read by ``tokenize`` carries ``capitalized`` from the reader
  (what the ``cached_property`` computes on its first read, which every matcher pass makes), and
  ``Token.upper`` of an ASCII token is ``str.isupper``.

Each is compared with main's reading (copied here) on every line of the real-world pages, in
both languages; spies show the work left out (those fail on main's code).
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from translate import untranslatable as u
from translate.glossary import normalize
from translate.glossary.normalize import Token, tokenize

ROOT = Path(__file__).resolve().parents[2]
_SMALL = r"[^\W\d_][\w-]*"  # main's pattern in title_spans


def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(out))


def _ctx(lang: str) -> u.WorkContext:
    ctx = u.work_context(lang)
    if ctx is None:
        pytest.skip(f"no work context for {lang}")
    return ctx


def _main_small(text: str) -> list[tuple[re.Match[str], str]]:
    """main's reading in title_spans (1e273a26): every word in small letters, folded."""
    return [(m, m.group(0).casefold()) for m in re.finditer(_SMALL, text) if m.group(0).islower()]


def _main_first_job_test(text: str, ctx: u.WorkContext) -> bool:
    """main's first test of each word in role_spans, over the text's words."""
    return any(m.group(0).islower() and m.group(0).casefold() in ctx.role_nouns
               for m in re.finditer(r"\S+", text))  # fmt: skip


def _main_upper(text: str) -> bool:
    """main's ``Token.upper``."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def test_split_cuts_where_the_pattern_stops() -> None:
    # ``str.split()`` and ``\S+`` agree on every code point: the same words
    space = re.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert (space.fullmatch(c) is not None) == c.isspace(), hex(cp)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "pt"])
def test_small_words_are_mains_where_the_loops_act(lang: str) -> None:
    ctx = _ctx(lang)
    nouns = ctx.work_nouns | ctx.product_nouns
    lines = _lines()
    assert len(lines) > 20000
    acted = skipped = 0
    for text in lines:
        got = [(m.span(), low) for m, low in u._small_words(text, ctx)]
        want = [(m.span(), low) for m, low in _main_small(text)]
        if any(low in nouns for _, low in want):
            assert got == want, text
            acted += 1
        else:  # the loops act on none of main's words: an empty list is the same to them
            assert got == [] or got == want, text
            skipped += not got
    assert acted > 100 and skipped > 10000


@pytest.mark.slow
def test_may_hold_job_is_mains_first_test() -> None:
    ctx = _ctx("en")
    assert ctx.role_nouns
    answers = [(u._may_hold_job(t, ctx), _main_first_job_test(t, ctx)) for t in _lines()]
    assert all(got == want for got, want in answers)
    assert sum(want for _, want in answers) > 100
    assert sum(not want for _, want in answers) > 10000


@pytest.mark.slow
def test_title_and_role_spans_are_the_same_with_mains_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = _ctx("en")
    lines = _lines()[::3]
    assert len(lines) > 7000
    ours = [(u.title_spans(t, "en"), u.role_spans(t, ctx)) for t in lines]
    monkeypatch.setattr(u, "_small_words", lambda text, c: _main_small(text))
    monkeypatch.setattr(u, "_may_hold_job", lambda text, c: True)
    mains = [(u.title_spans(t, "en"), u.role_spans(t, ctx)) for t in lines]
    assert ours == mains
    assert sum(1 for spans, _ in mains if spans) > 50
    assert sum(1 for _, roles in mains if roles) > 0


def _finditer_spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    finditer = re.finditer

    def spy(pattern: Any, string: str, flags: int = 0) -> Any:
        seen.append(pattern if isinstance(pattern, str) else pattern.pattern)
        return finditer(pattern, string, flags)

    monkeypatch.setattr(u.re, "finditer", spy)
    return seen


def test_a_text_without_a_job_is_not_read_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _ctx("en")
    seen = _finditer_spy(monkeypatch)
    assert u.role_spans("The Queen's Gambit cast met Harry Melling in London.", ctx) == []
    assert r"\S+" not in seen
    text = "It is The Queen's Gambit star Harry Melling."
    assert [text[s:e] for s, e in u.role_spans(text, ctx)] == ["The Queen's Gambit"]
    assert r"\S+" in seen


def test_a_text_without_a_work_noun_has_no_small_words_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = _ctx("en")
    seen = _finditer_spy(monkeypatch)
    assert u._small_words("Prices rose in May after the storm hit the coast.", ctx) == []
    assert _SMALL not in seen
    got = u._small_words("She starred in the film Dune last year.", ctx)
    assert ("film" in [low for _, low in got]) and _SMALL in seen


def _tokens() -> list[Token]:
    extra = ["القاهرة تبليسي", "თბილისი Tbilisi", "ירושלים", "ǅemal ǈubljana ᾈ", "ª º ⓐ ͅ"]
    return [tok for text in [*_lines()[::5], *extra] for tok in tokenize(text)]


@pytest.mark.slow
def test_tokens_carry_what_the_property_computes() -> None:
    tokens = _tokens()
    assert len(tokens) > 100000
    for tok in tokens:
        assert "capitalized" in tok.__dict__  # set by the reader (main: on the first read)
        fresh = Token(tok.start, tok.end, tok.text, tok.key)  # the property computes it
        assert tok.capitalized == fresh.capitalized, tok.text
        assert tok == fresh
    assert sum(t.capitalized for t in tokens) > 10000


@pytest.mark.slow
def test_upper_is_mains() -> None:
    for tok in _tokens():
        assert tok.upper == _main_upper(tok.text), tok.text
    ascii_chars = [chr(i) for i in range(128)]
    for n in (0, 1, 2):
        for chars in itertools.product(ascii_chars, repeat=n):
            text = "".join(chars)
            assert Token(0, n, text, text).upper == _main_upper(text), repr(text)
    assert normalize._capitalized("Ş") and not normalize._capitalized("ş")
