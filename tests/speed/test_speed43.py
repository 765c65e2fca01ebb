"""speed43: the mask asks whether a text is headline-style (``untranslatable._title_case``) once.

``mask_segments`` asked it of each body text four or five times a run (the words written alone,
the repeated names, the lists, the pairs, the names among words), each time reading every word
of the text against the engine's lexicon. ``_title_case`` is now memoized on the text and the
lexicon (both immutable). The memo's answers are compared with main's function (copied here) on
every line of the real-world pages, in both languages' lexicons and in an order that mixes
repeated and new texts; ``mask_segments`` gives the same result with and without the memo on
real pages; a spy shows each text's words read once (that test fails on main's code).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from translate import untranslatable as u

ROOT = Path(__file__).resolve().parents[2]
_WORDLIKE = re.compile(r"[^\W\d_]{3,}")


def _main_title_case(text: str, lexicon: frozenset[str]) -> bool:
    """main's ``_title_case`` (0521c249), without the memo."""
    words = [w for w in _WORDLIKE.findall(text) if w.casefold() in lexicon][1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _pages() -> list[list[str]]:
    out = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if lines:
            out.append(lines)
    return out


def _lexicon(lang: str) -> frozenset[str]:
    lexicon = u.engine_lexicon(lang)
    if not lexicon:
        pytest.skip(f"no engine lexicon for {lang}")
    return lexicon


def test_the_pattern_is_mains() -> None:
    assert u._WORDLIKE.pattern == _WORDLIKE.pattern


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "pt"])
def test_memoized_answers_are_mains_on_real_lines(lang: str) -> None:
    lexicon = _lexicon(lang)
    small = frozenset(sorted(lexicon)[::7])  # another lexicon: the memo keys on both
    lines = [line for page in _pages() for line in page]
    assert len(lines) > 20000
    u._title_case.cache_clear()
    # each line asked twice, in both lexicons, the second asking after other lines came in
    # between (some answered from the memo, some after their entry left it)
    order = [*lines, *lines[::-1]]
    got = [(u._title_case(t, lexicon), u._title_case(t, small)) for t in order]
    want = [(_main_title_case(t, lexicon), _main_title_case(t, small)) for t in order]
    assert got == want
    assert sum(a for a, _ in want) > 100  # headline-style lines among them
    assert u._title_case.cache_info().hits > 0


def _masked(texts: list[str]) -> tuple[Any, ...]:
    m = u.mask_segments(texts, ["paragraph"] * len(texts), "en")
    return (m.texts, m.originals, m.words, m.rules, m.holding)


@pytest.mark.slow
def test_mask_segments_is_the_same_without_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    _lexicon("en")
    pages = _pages()[::6]
    assert len(pages) > 100
    u._title_case.cache_clear()
    memoized = [_masked(page) for page in pages]
    monkeypatch.setattr(u, "_title_case", _main_title_case)
    plain = [_masked(page) for page in pages]
    assert memoized == plain
    assert sum(1 for m in memoized if m[2]) > 20  # pages with masked words among them


def test_mask_segments_reads_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A spy on the word reader of ``_title_case``: one read per distinct text (main read
    each body text four or five times)."""
    _lexicon("en")
    texts = [
        "The Grateful Dead played in Wedding, said Ninfa Wood of the council.",
        "Changes in Rust, Cargo, and Clippy were demanded by the FBI Director.",
        "Local Council Approves New Budget For Schools And Roads",
    ]
    reads: list[str] = []

    class Spy:
        pattern = u._WORDLIKE.pattern

        def findall(self, text: str) -> list[str]:
            reads.append(text)
            return _WORDLIKE.findall(text)

    monkeypatch.setattr(u, "_WORDLIKE", Spy())
    getattr(u._title_case, "cache_clear", lambda: None)()  # main's function has no memo
    u.mask_segments(texts, ["paragraph"] * len(texts), "en")
    assert reads
    assert sorted(reads) == sorted(set(reads))
