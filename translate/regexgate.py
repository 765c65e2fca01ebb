"""A cheap, exact pre-test before a costly scan: the letters a match must start with.

Most of the checks' patterns built from data are alternations of words behind a look-behind
(``(?<![\\w-])(?:rose|fell|...)``), searched with ``IGNORECASE``. ``re`` tries every alternative
at every position of the text, so a sentence costs one walk per pattern, a few microseconds
each, for dozens of patterns, though most sentences hold none of their words.

:func:`gate` reads such a pattern once (``re``'s own parser) and, where it can prove it, the
first letters (one to three) that every match must start with at a word's start: the position
of a match is one no word character precedes (the look-behind, or ``\\b``), and the pattern's
first items there are letters. :func:`starts` reads a text once: the first one, two and three
letters of each of its words. A text none of whose word starts is one of a pattern's
beginnings has no match of it: :class:`Gated` answers its ``search`` / ``findall`` /
``finditer`` without the scan, and runs the pattern itself otherwise (the same answers, from
the same pattern). A pattern whose beginnings cannot be proven (a class such as ``\\w`` first,
an optional first item, no look-behind) has no gate and is always run.

Letters are compared in one folded form on both sides: lower case (``re``'s ``IGNORECASE``
compares simple lower cases), then the few characters ``re`` also counts as the same letter
(``re._casefix``: "ſ" and "s", "ı" and "i", Greek symbol forms) mapped to one of their class.
A pattern without ``IGNORECASE`` is tested the same way (a case-sensitive match is also a
case-blind one), so the test only ever lets through more than it must. A text with "İ" (the
one character whose ``str.lower`` is two characters) is not tested, nor a pattern with the
``ASCII`` flag (its ``\\w`` is narrower than the text reading's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .regexcache import compile as re_compile

_DEPTH = 3  # letters read at each word's start
# a word's start and its first letters: no word character before it (what the patterns'
# look-behinds and \b hold at a match's first letter)
_START = re_compile(r"(?<!\w)\w{1,3}")


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[int, int], frozenset[int]]:
    """(code point -> the one its class is read as, for ``str.translate``; the code points
    whose class holds a non-word character): ``re``'s extra case classes."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10: sre_compile's own table
        from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined]
    table: dict[int, int] = {}
    mixed: set[int] = set()
    for key, others in _EXTRA_CASES.items():
        members = {key, *others}
        first = min(members)
        for m in members:
            if m != first:
                table[m] = first
        if not all(re.fullmatch(r"\w", chr(m)) for m in members):
            mixed.update(members)
    return table, frozenset(mixed)


def _lower(code: int) -> int:
    """``re``'s lower case of one character (the simple mapping)."""
    import _sre  # type: ignore[import-not-found]

    return int(_sre.unicode_tolower(code))


def fold(text: str) -> str | None:
    """``text`` in the folded form both sides are compared in, or None when ``str.lower``
    changes its length ("İ"). Case variants of a letter fold alike (``re``'s IGNORECASE)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return low if low.isascii() else low.translate(_classes()[0])


@lru_cache(maxsize=2048)
def starts(text: str) -> frozenset[str] | None:
    """The folded first one, two and three characters of each word of ``text`` (a run of word
    characters no word character precedes), or None when ``text`` cannot be read so ("İ").
    Read once per text: the checks read each sentence with many gated patterns."""
    folded = fold(text)
    if folded is None:
        return None
    out: set[str] = set()
    if folded is text or folded == text:
        for w in _START.findall(text):
            out.update((w, w[:2], w[:1]))
        return frozenset(out)
    for m in _START.finditer(text):  # fold keeps every position: the same spans
        w = folded[m.start() : m.end()]
        out.update((w, w[:2], w[:1]))
    return frozenset(out)


class _Unproven(Exception):
    pass


def _letter(code: int) -> str | None:
    """A pattern's literal, folded, when it is a word character whose every case variant is
    one too; else None."""
    table, mixed = _classes()
    low = _lower(code)
    if low in mixed or code in mixed or not re.fullmatch(r"\w", chr(code)):
        return None
    return chr(table.get(low, low))


def _begins(items: list[Any], depth: int, first: bool, anchored: bool) -> set[str]:
    """The folded beginnings (up to ``depth`` letters) of what ``items`` (parsed) match; a
    shorter one where the next item is not a known letter ("" when none is known)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if depth == 0:
        return {""}
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is c.ASSERT_NOT and av[0] == -1 and first:
            body = list(av[1])
            if (len(body) == 1 and body[0][0] is c.IN and body[0][1][0][0] is not c.NEGATE
                    and (c.CATEGORY, c.CATEGORY_WORD) in body[0][1]):  # fmt: skip
                anchored = True  # no word character before: a word's start
            continue
        if op is c.AT and av is c.AT_BOUNDARY:
            anchored = anchored or first
            continue
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero width: the position stays
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            if (add | remove) & (re.ASCII | re.LOCALE):
                raise _Unproven
            return _begins(list(sub) + rest, depth, first, anchored)
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= _begins(list(alt) + rest, depth, first, anchored)
            return out
        letters: list[str] = []
        if op is c.LITERAL:
            one = _letter(av)
            if one is not None:
                letters = [one]
        elif op is c.IN and len(av) <= 12 and all(o is c.LITERAL for o, _ in av):
            found = [_letter(v) for _, v in av]
            if all(f is not None for f in found):
                letters = [f for f in found if f is not None]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _begins(list(av[2]), depth, first, anchored)  # its first turn, then unknown
        if not letters:
            if first:
                raise _Unproven  # a match may start with anything: no gate
            return {""}
        if first and not anchored:
            raise _Unproven  # a match may start inside a word
        after = _begins(rest, depth - 1, False, anchored)
        return {x + a for x in letters for a in after}
    if first:
        raise _Unproven  # an empty match
    return {""}


@lru_cache(maxsize=4096)
def beginnings(pattern: str, flags: int) -> frozenset[str] | None:
    """Every match of ``pattern`` starts at a word's start with one of these folded letter
    runs (one to three letters), or None when that cannot be proven."""
    if flags & (re.ASCII | re.LOCALE):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        found = _begins(list(parsed), _DEPTH, True, False)
    except (_Unproven, ImportError, RecursionError):
        return None
    if "" in found:
        return None
    return frozenset(found)


class Gated:
    """``pattern`` with its pre-test: ``search``, ``findall`` and ``finditer`` on a whole
    text answer as the pattern does, without scanning a text that cannot hold a match."""

    __slots__ = ("begins", "flags", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.begins = beginnings(regex.pattern, regex.flags)

    def absent(self, text: str) -> bool:
        """Whether ``text`` surely holds no match."""
        if self.begins is None:
            return False
        found = starts(text)
        return found is not None and found.isdisjoint(self.begins)

    def search(self, text: str) -> re.Match[str] | None:
        return None if self.absent(text) else self.regex.search(text)

    def findall(self, text: str) -> list[Any]:
        return [] if self.absent(text) else self.regex.findall(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self.absent(text) else self.regex.finditer(text)


@lru_cache(maxsize=1024)
def gate(regex: re.Pattern[str]) -> Gated:
    """``regex`` with its pre-test (made once per pattern)."""
    return Gated(regex)
