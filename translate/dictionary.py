"""Spelling dictionaries: the folded common and proper words of ``glossary/words/<file>``.

Each language's ``[dictionary]`` table in ``locales/languages`` names its file; the shipped
files are read from ``compiled-words.bin``. A module of its own below the glossary and the
spelling stage, which both read the dictionaries (``translate.glossary.words`` re-exports these
names): the spelling stage's ``[[suffix_pairs]]`` rule reads a dictionary while the glossary's
locale forms read the spelling tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .data import data_dir
from .textfold import fold


def untracked_words(words: Iterable[str]) -> Set[str]:
    """``words`` as a set the cyclic garbage collector never traverses: the keys of a dict of
    strings to None (CPython leaves such a dict untracked; it tracks every frozenset, and the
    word lists were 40% of what each of its full collections followed: speed54, speed55).
    Answers ``in``, ``len``, iteration, ``|`` and ``==`` as a frozenset of the words."""
    return dict.fromkeys(words).keys()


@dataclass(frozen=True, eq=False)
class WordList:
    """Folded common words (lower case in the dictionary) and proper words (capitalised).
    Equal by identity: the shipped lists are loaded once a process (:func:`_word_list`)."""

    common: Set[str]
    proper: Set[str]

    def is_word(self, key: str) -> bool:
        return key in self.common or key in self.proper

    def ordinary(self, key: str) -> bool:
        """A common word that is never also a name ("when", but not "john" or "mark")."""
        return key in self.common and key not in self.proper


@cache
def english_words() -> WordList:
    """The shipped English word list (empty when the file is absent)."""
    return _word_list("en.txt")


@cache
def language_words(lang: str | None) -> WordList | None:
    """The spelling dictionary of ``lang`` that its ``[dictionary]`` table in
    ``locales/languages`` names (a file under ``glossary/words/``), or None when it has none."""
    from .langdata import section

    name = section(lang, "dictionary").get("file")
    if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
        return None
    return _word_list(name)


@cache
def _word_list(name: str) -> WordList:
    keys = word_keys_of(name)
    if keys is None:
        return WordList(frozenset(), frozenset())
    return WordList(keys.common_set(), keys.proper_set())


Spans = dict[str, tuple[int, int]]  # a key's first two letters -> its lines' span


class WordKeys:
    """A spelling dictionary's keys as two sorted strings of lines (``compiled-words.bin``, or
    the file's text read), with the span of the lines of each first two letters: a few
    lookups need no sets of 74,000 words (detection's checks of a short block). The sets are
    built on the first use that needs them. (A plain class: a dataclass costs its module's
    import a compile.)"""

    __slots__ = ("_sets", "common_lines", "common_spans", "proper_lines", "proper_spans")

    def __init__(self, common_lines: str, proper_lines: str, common_spans: Spans,
                 proper_spans: Spans) -> None:
        self.common_lines = common_lines
        self.proper_lines = proper_lines
        self.common_spans = common_spans
        self.proper_spans = proper_spans
        self._sets: tuple[Set[str], Set[str]] | None = None

    def _built(self) -> tuple[Set[str], Set[str]]:
        if self._sets is None:
            self._sets = (untracked_words(self.common_lines.split("\n") if self.common_lines
                                          else ()),
                          untracked_words(self.proper_lines.split("\n") if self.proper_lines
                                          else ()))
        return self._sets

    def common_set(self) -> Set[str]:
        return self._built()[0]

    def proper_set(self) -> Set[str]:
        return self._built()[1]

    def has_common(self) -> bool:
        return bool(self.common_lines)

    def common(self, key: str) -> bool:
        """``key`` is a common word (lower case in the dictionary)."""
        return _has(self.common_lines, self.common_spans, key)

    def proper(self, key: str) -> bool:
        """``key`` is a proper word (capitalised in the dictionary)."""
        return _has(self.proper_lines, self.proper_spans, key)


def _has(lines: str, spans: Spans, key: str) -> bool:
    span = spans.get(key[:2])
    return span is not None and key in lines[span[0]:span[1]].split("\n")


def _spans(keys: list[str]) -> Spans:
    """The span in ``"\\n".join(keys)`` (sorted) of the keys of each first two letters."""
    out: Spans = {}
    pos = 0
    for key in keys:
        start = out.get(key[:2], (pos, pos))[0]
        out[key[:2]] = (start, pos + len(key))
        pos += len(key) + 1
    return out


@cache
def word_keys_of(name: str) -> WordKeys | None:
    """The keys of ``glossary/words/NAME`` (from ``compiled-words.bin`` when the file is the
    shipped one); None when it cannot be read."""
    from . import tomlcache

    try:
        text = (data_dir("glossary") / "words" / name).read_text(encoding="utf-8")
    except OSError:
        return None
    stored = tomlcache.word_keys(text)
    if stored is not None:
        return WordKeys(*stored)
    return joined_keys(_parse_word_list(text))


@cache
def language_keys(lang: str | None) -> WordKeys | None:
    """:func:`language_words` for a few lookups (:class:`WordKeys`); None when ``lang`` has no
    dictionary."""
    from .langdata import section

    name = section(lang, "dictionary").get("file")
    if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
        return None
    return word_keys_of(name) or WordKeys("", "", {}, {})


def common_lookup(lang: str | None) -> Callable[[str], bool] | None:
    """``lang``'s common-word test (a case-folded word in its spelling dictionary's common
    words), or None when ``lang`` has no dictionary or it lists no common words."""
    keys = language_keys(lang)
    return keys.common if keys is not None and keys.has_common() else None


def joined_keys(words: WordList) -> WordKeys:
    common, proper = sorted(words.common), sorted(words.proper)
    return WordKeys("\n".join(common), "\n".join(proper), _spans(common), _spans(proper))


def read_word_list(path: Path) -> WordList:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return WordList(frozenset(), frozenset())
    return _parse_word_list(text)


def _parse_word_list(text: str) -> WordList:
    lines = text.splitlines()
    # comprehensions, not a loop of method calls: the shipped list has 74,000 lines
    words = [w for w in map(str.strip, lines) if w and w[0] != "#"]
    upper = [w[0].isupper() for w in words]
    keys = [w.lower() if w.isascii() else fold(w) for w in words]
    proper = {k for k, up in zip(keys, upper, strict=True) if up}
    common = {k for k, up in zip(keys, upper, strict=True) if not up}
    return WordList(untracked_words(sorted(common)), untracked_words(sorted(proper)))
