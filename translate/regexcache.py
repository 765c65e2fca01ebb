"""Regular expressions compiled at build time: the ones a run would compile every time.

Python compiles a regular expression in two steps, both in Python: ``re._parser.parse`` and
``re._compiler._code`` turn the pattern into a list of opcodes, then ``_sre.compile`` makes the
pattern object from that list (a C call, microseconds). A run compiles hundreds: the date
finder's CLDR shapes, the boilerplate rules and the checks' patterns built from data, and every
module's own (about 0.1 s of the seed article's CPU each, ``benchmarks/bench_startup.py``).
``compiled-regexes.bin`` holds the opcode lists of those patterns, written by ``python
scripts/regex_cache.py``; :func:`compile` (the package's ``re_compile``) hands a listed
pattern's opcodes to ``_sre.compile`` as ``re.compile`` itself does, keeps the pattern made for
the next call, and compiles any other pattern with ``re.compile``.

The opcodes are what ``re`` computes for the same pattern and flags (the file is used only
when it names this interpreter's regex engine: its version, ``_sre.MAGIC`` and code size), so
a pattern from the file matches exactly as one from ``re.compile``.
``tests/unit/test_regexcache.py`` recomputes every entry and checks the seed run compiles
nothing outside the file.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's own engine, loaded with re
import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).resolve().parent / "compiled-regexes.bin"

# (pattern, flags) that :func:`compile` was asked for while this is a set (scripts/regex_cache.py)
RECORD: set[tuple[str, int]] | None = None


def engine_key() -> list[Any]:
    """What the opcodes depend on: the interpreter and its regex engine."""
    return [
        sys.implementation.name,
        list(sys.version_info[:2]),
        _sre.MAGIC,
        _sre.CODESIZE,
        _sre.MAXREPEAT,
        _sre.MAXGROUPS,
        sys.maxunicode,
    ]


Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def entry_of(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: the flags, the
    opcodes, the group count and the group names both ways."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup))  # fmt: skip


@cache
def _table() -> dict[tuple[str, int], bytes]:
    """The shipped entries, each still marshalled (decoded when first asked for); empty when
    the file is missing or was written for another regex engine."""
    try:
        data = marshal.loads(SHIPPED.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # missing or unreadable: compile
        return {}
    if not isinstance(data, dict) or data.get("key") != engine_key():
        return {}
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - the opcodes' width
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def decode(blob: bytes) -> Entry:
    """An entry of the file: zlib over marshal, the opcodes as native unsigned ints."""
    final_flags, code, groups, groupindex, indexgroup = marshal.loads(zlib.decompress(blob))
    return final_flags, array("I", code).tolist(), groups, groupindex, indexgroup


def encode(entry: Entry) -> bytes:
    final_flags, code, groups, groupindex, indexgroup = entry
    opcodes = array("I", code).tobytes()
    fields = (final_flags, opcodes, groups, groupindex, indexgroup)
    return zlib.compress(marshal.dumps(fields, 4), 9)


# the patterns made from the file's entries, by (pattern, flags), with the table they came
# from: asked for again, the same object (as ``re.compile`` answers from its own cache)
_made: tuple[object, dict[tuple[str, int], re.Pattern[str]]] = (None, {})


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shipped opcodes when the file holds them."""
    global _made
    key = (pattern, int(flags))
    if RECORD is not None:
        RECORD.add(key)
    table = _table()
    owner, made = _made
    if owner is not table:  # the first call, or the file read again (tests)
        made = {}
        _made = (table, made)
    found = made.get(key)
    if found is not None:
        return found
    blob = table.get(key)
    if blob is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = decode(blob)
            compiled: re.Pattern[str] = _sre.compile(
                pattern, final_flags, code, groups, groupindex, indexgroup
            )
        except Exception:  # a damaged entry: compiled as usual
            pass
        else:
            made[key] = compiled
            return compiled
    return re.compile(pattern, key[1])


def write(patterns: set[tuple[str, int]], path: Path = SHIPPED) -> bytes:
    """The file's bytes for ``patterns`` (written to ``path``), deterministic."""
    entries = {(p, f): encode(entry_of(p, f)) for p, f in sorted(patterns)}
    data = marshal.dumps({"key": engine_key(), "entries": entries}, 4)
    path.write_bytes(data)
    return data


def literal_alternation(forms: Sequence[str]) -> str:
    """The regex alternation of the literal strings ``forms``, in their order, with the forms
    that start with the same character written after it once: ``"ab|c|ad"`` is written
    ``"a(?:b|d)|c"``. ``re`` tries a flat alternation's forms one by one at every place it
    looks; this one reads a place's first character once and tries only the forms that start
    with it (about five times fewer steps for the spelling table's 241 forms).

    It matches exactly what the flat alternation ``"|".join(map(re.escape, forms))`` matches,
    and picks the same form where several could match (in any context, with or without
    ``re.IGNORECASE``): the forms keep their order inside each group, and no character
    matches the first characters of two groups, so at any place every form outside the one
    group whose first character matches fails, as it does in the flat alternation. That is
    made sure of, not assumed: when two first characters match each other with
    ``re.IGNORECASE`` ("a" and "A", "s" and "ſ", "k" and "K", the Kelvin sign), or a form is
    empty, the flat alternation is returned. (Under ``re``'s case-insensitive matching a
    character matches a literal when its lower case is the literal's lower case or one of
    its listed equivalents; those equivalences are classes, so two first characters one
    character can match both of, match each other: checked on every code point for the
    shipped lists by ``tests/speed/test_literal_alternation28.py``.)"""
    heads: dict[str, list[str]] = {}
    for form in forms:
        if not form:
            return "|".join(map(re.escape, forms))
        heads.setdefault(form[0], []).append(form[1:])
    if len(heads) == len(forms) or not _heads_apart(tuple(heads)):
        return "|".join(map(re.escape, forms))
    return "|".join(
        re.escape(head) + (re.escape(rests[0]) if len(rests) == 1
                           else "(?:" + "|".join(map(re.escape, rests)) + ")")
        for head, rests in heads.items()
    )  # fmt: skip


def _heads_apart(heads: tuple[str, ...]) -> bool:
    """Whether no two of these characters match each other with ``re.IGNORECASE``."""
    joined = "".join(heads)
    return all(len(_folded(head).findall(joined)) == 1 for head in heads)


@cache
def _folded(char: str) -> re.Pattern[str]:
    return compile(re.escape(char), re.IGNORECASE)


@cache
def literal_heads(
    pattern: str, flags: int = 0, *, anywhere: bool = False
) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` starts with, or None when that
    cannot be read off the pattern: a text that holds none of them has no match anywhere, so
    ``any(h in text for h in heads)`` is an exact pre-test of a search (speed41).

    Read from ``re``'s own parse of the pattern: zero-width assertions before the first
    character (look-behinds, look-aheads, anchors, and groups or alternations of nothing
    else, "(?:^|(?<=, ))") consume nothing and are passed over; then a run of literal
    characters, a character set of literals only (each with the run of literals after it), a
    group, or an alternation whose every branch has heads. Anything else first (a class such
    as ``\\w``, a repeat that may match nothing, an empty branch), or any case-insensitive or
    locale matching (a literal then stands for more than itself), gives None.

    >>> literal_heads(r"(?<![\\w-])(?:said|told|according to)(?![\\w-])")
    ('according to', 'said', 'told')
    >>> literal_heads(r"(?:ab|c)d|[xy]z")
    ('ab', 'c', 'xz', 'yz')
    >>> literal_heads(r"(?:^|(?<=[,;]\\s))[Ss]egundo\\s")
    ('Segundo', 'segundo')
    >>> literal_heads(r"said|\\w+n't") is None, literal_heads("said", re.IGNORECASE) is None
    (True, True)

    ``anywhere`` (speed48): literals one of which every match holds, not only at its start (a
    sharper exact pre-test of a search): of each branch, the heads of the tail of it whose
    shortest head is longest, a lookaround's text never among them.

    >>> literal_heads(r"(?<![\\w-])(?:f[ae]ll|s(?:ank|unk)|\\w+-highest|had\\s+beaten)",
    ...               anywhere=True)
    ('-highest', 'all', 'ank', 'beaten', 'ell', 'unk')
    >>> literal_heads(r"up(?=\\s+\\d+%)|\\w+", anywhere=True) is None
    True
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    caseless = c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE

    def zero_width(op: Any, av: Any) -> bool:
        """An assertion, or a group or alternation of nothing but assertions: "(?:^|(?<=, ))"."""
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return True
        if op is c.SUBPATTERN:
            return all(zero_width(*item) for item in av[3])
        if op is c.BRANCH:
            return all(branch and all(zero_width(*item) for item in branch) for branch in av[1])
        return False

    def run_at(items: list[Any], i: int) -> str:
        run = ""
        for op2, av2 in items[i:]:
            if op2 is not c.LITERAL:
                break
            run += chr(av2)
        return run

    def heads(items: Any, flags: int) -> set[str] | None:
        items = list(items)
        for i, (op, av) in enumerate(items):
            if zero_width(op, av):
                continue  # consumes nothing
            if op is c.LITERAL:
                return {run_at(items, i)}
            if op is c.SUBPATTERN:
                _, add, delete, sub = av
                inner = (flags | add) & ~delete
                return None if inner & caseless else heads(sub, inner)
            if op is c.BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    found = heads(branch, flags)
                    if found is None:
                        return None
                    out |= found
                return out
            if op is c.IN and av and all(op2 is c.LITERAL for op2, _ in av):
                rest = run_at(items, i + 1)  # "[Ss]egundo": "Segundo", "segundo"
                return {chr(av2) + rest for _, av2 in av}
            return None
        return None  # nothing consumed: the empty string may match

    def needles(items: Any, flags: int) -> set[str] | None:
        """Literals one of which every match of ``items`` holds somewhere (speed48): of the
        heads of each tail ``items[i:]`` (a match of the sequence ends with a match of every
        tail) and, for a group or an alternation at ``i``, the needles of what it holds (of
        every branch), the set whose shortest member is longest (an all-ASCII set first)."""
        items = list(items)
        best: set[str] | None = None

        def score(found: set[str]) -> tuple[bool, int, int]:
            # ASCII first: only an ASCII set serves the caseless pre-test (caseless_heads)
            return all(map(str.isascii, found)), min(map(len, found)), -len(found)

        def better(found: set[str] | None) -> None:
            nonlocal best
            if found and "" not in found and (best is None or score(found) > score(best)):
                best = found

        for i, (op, av) in enumerate(items):
            if zero_width(op, av):
                continue  # an assertion's text is not part of the match
            better(heads(items[i:], flags))
            if op is c.SUBPATTERN:
                _, add, delete, sub = av
                inner = (flags | add) & ~delete
                if not inner & caseless:
                    better(needles(sub, inner))
            elif op is c.BRANCH:
                out: set[str] | None = set()
                for branch in av[1]:
                    found = needles(branch, flags)
                    if found is None or out is None:
                        out = None
                        break
                    out |= found
                better(out)
        return best

    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & caseless:
        return None
    found = (needles if anywhere else heads)(parsed, parsed.state.flags)
    return None if not found or "" in found else tuple(sorted(found))


# The characters outside ASCII that ``re`` matches case-insensitively with an ASCII character,
# or whose ``str.lower()`` holds one: "İ" (i), "ı" (I), "ſ" (s), the Kelvin sign (k). Checked on
# every code point by tests/speed/test_speed42.py.
ASCII_KIN = "\u0130\u0131\u017f\u212a"


@cache
def caseless_heads(pattern: str, anywhere: bool = False) -> tuple[str, ...] | None:
    """The heads of ``pattern`` searched with ``re.IGNORECASE``: :func:`literal_heads` of its
    parse, lower-cased, a head that holds another dropped (a text without "after" has no
    "afterward"), when every head is ASCII; else None. A text whose :func:`caseless_view`
    holds none of them has no match of ``re.compile(pattern, re.IGNORECASE)`` anywhere: a
    match starts with characters that each match a head's ASCII character case-insensitively,
    and outside ``ASCII_KIN`` only ASCII characters do, whose lower case is the head's.

    >>> caseless_heads(r"(?<![\\w-])(?:after|afterwards?|Before)")
    ('after', 'before')
    >>> caseless_heads(r"(?:após|depois)") is None, caseless_heads(r"\\w+n't") is None
    (True, True)

    ``anywhere``: of :func:`literal_heads` ``anywhere`` (literals a match holds, not only at
    its start; the same reasoning: the matched characters of such a literal are ASCII and
    lower-case to it, in one piece).

    >>> caseless_heads(r"(?<![\\w-])(?:los(?:e|t)|(?:was|is)\\s+beaten)", anywhere=True)
    ('los', 'beaten')
    """
    found = literal_heads(pattern, anywhere=anywhere)
    if anywhere and (found is None or not all(h.isascii() for h in found)):
        found = literal_heads(pattern)  # the heads, which may be ASCII where these are not
    if found is None or not all(h.isascii() for h in found):
        return None
    kept: list[str] = []
    for head in sorted({h.lower() for h in found}, key=lambda h: (len(h), h)):
        if not any(k in head for k in kept):
            kept.append(head)
    return tuple(kept)


def caseless_view(text: str) -> str | None:
    """``text`` lower-cased, in which an ASCII head of :func:`caseless_heads` stands wherever
    a case-insensitive match of its pattern does; None when ``text`` holds a character of
    ``ASCII_KIN`` (no pre-test then: the pattern is searched as before).

    >>> caseless_view("Prices ROSE"), caseless_view("\\u212aelvin")
    ('prices rose', None)
    """
    if not text.isascii() and any(c in text for c in ASCII_KIN):
        return None
    return text.lower()

