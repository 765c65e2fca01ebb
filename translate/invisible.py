"""The invisible characters, one definition from Unicode's data for the glossary and the facts.

Read by ``glossary import`` (``glossary.io``), the TOML glossary loader (``glossary.load``) and
the facts gate (``facts.hidden_characters``).

``INVISIBLE`` is every format character (Unicode category Cf) that has no direction of its own
(bidi class BN: zero-width space, joiners, word joiner, the invisible operators, the deprecated
format characters U+206A-U+206F, BOM, the tag characters U+E0001 and U+E0020-U+E007F, ...) or
that sets one (the embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069), the three
directional marks (LRM, RLM, ALM: Cf characters of a strong direction that display nothing,
named by UAX #9, not by a property ``unicodedata`` gives) and the combining grapheme joiner
(U+034F, default-ignorable). Not the soft hyphen: a hyphenation hint real pages put inside long
names ("Vladi\\u00admir"). The other Cf characters display: the Arabic number signs, the
interlinear annotation marks, the Egyptian hieroglyph format controls.

The string is written out, one character after another, no range: it is read both as a regex
class and as a set of characters (``c in INVISIBLE``), and "a-b" read as a set is three
characters, a hyphen among them (hidden53). It is a literal, not computed at import (no work at
import time); ``from_unicode_data`` computes it, and a test holds the two equal
(``tests/hostile/test_hostile_fuzz52.py``); ``python -m translate.invisible`` prints it.

The literal is frozen at Unicode 14.0.0 (``UNICODE_VERSION``, Python 3.11's ``unicodedata``):
what the glossary refuses and the facts gate flags must not change with the interpreter that
runs it (fuzz53). ``unicode_differences`` compares it with the running Python's data: on the
same version they must be equal; on another they may differ only by characters Unicode
assigned in between (on later data the literal must be a subset of what the data gives, on
earlier data what the data gives must be a subset of the literal, and every character the
literal has beyond it unassigned there). ``python -m translate.invisible`` says which version
it computed from and what differs; replacing the literal with a later version's is a
behaviour change (new characters refused and flagged), made on purpose with
``UNICODE_VERSION``.
"""

from __future__ import annotations

import unicodedata

# the Unicode version of the data ``INVISIBLE`` was computed from (Python 3.11's unicodedata)
UNICODE_VERSION = "14.0.0"
_EXPLICIT = frozenset({"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"})
_MARKS = "\u200e\u200f\u061c\u034f"  # LRM, RLM, ALM; the combining grapheme joiner
SOFT_HYPHEN = "\u00ad"

INVISIBLE = (
    "\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062"
    "\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\ufeff\U0001bca0\U0001bca1\U0001bca2"
    "\U0001bca3\U0001d173\U0001d174\U0001d175\U0001d176\U0001d177\U0001d178\U0001d179"
    "\U0001d17a\U000e0001\U000e0020\U000e0021\U000e0022\U000e0023\U000e0024\U000e0025"
    "\U000e0026\U000e0027\U000e0028\U000e0029\U000e002a\U000e002b\U000e002c\U000e002d"
    "\U000e002e\U000e002f\U000e0030\U000e0031\U000e0032\U000e0033\U000e0034\U000e0035"
    "\U000e0036\U000e0037\U000e0038\U000e0039\U000e003a\U000e003b\U000e003c\U000e003d"
    "\U000e003e\U000e003f\U000e0040\U000e0041\U000e0042\U000e0043\U000e0044\U000e0045"
    "\U000e0046\U000e0047\U000e0048\U000e0049\U000e004a\U000e004b\U000e004c\U000e004d"
    "\U000e004e\U000e004f\U000e0050\U000e0051\U000e0052\U000e0053\U000e0054\U000e0055"
    "\U000e0056\U000e0057\U000e0058\U000e0059\U000e005a\U000e005b\U000e005c\U000e005d"
    "\U000e005e\U000e005f\U000e0060\U000e0061\U000e0062\U000e0063\U000e0064\U000e0065"
    "\U000e0066\U000e0067\U000e0068\U000e0069\U000e006a\U000e006b\U000e006c\U000e006d"
    "\U000e006e\U000e006f\U000e0070\U000e0071\U000e0072\U000e0073\U000e0074\U000e0075"
    "\U000e0076\U000e0077\U000e0078\U000e0079\U000e007a\U000e007b\U000e007c\U000e007d"
    "\U000e007e\U000e007f"
)  # fmt: skip

# the invisible characters that spell real names: ZWNJ and ZWJ (Persian, Indic scripts, emoji
# sequences), the directional marks, the Mongolian vowel separator (Mongolian words); a
# glossary term may hold them, the facts gate flags them only inside a word of an alphabetic
# script, where no language writes them
SPELLS_NAMES = "\u200c\u200d\u200e\u200f\u061c\u180e"
# the embeddings, overrides, isolates and their pops (the facts gate reads them as bidi controls)
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# what a glossary name, alias, form or imported term may not hold
IN_GLOSSARY = "".join(c for c in INVISIBLE if c not in SPELLS_NAMES)
# what ``read.join_split_numbers`` removes between two digits (fuzz53): the invisible
# characters but the ones that set or mark a direction (embeddings, overrides, isolates, LRM,
# RLM, ALM: they reorder what displays, and the facts gate reports them), and the soft hyphen
BETWEEN_DIGITS = "".join(c for c in INVISIBLE if c not in BIDI_CONTROLS + "\u200e\u200f\u061c")
BETWEEN_DIGITS += SOFT_HYPHEN


def from_unicode_data() -> str:
    """``INVISIBLE`` computed from ``unicodedata`` (in code point order)."""
    found = {
        c
        for c in map(chr, range(0x110000))
        if unicodedata.category(c) == "Cf"
        and c != SOFT_HYPHEN
        and (unicodedata.bidirectional(c) == "BN" or unicodedata.bidirectional(c) in _EXPLICIT)
    }
    return "".join(sorted(found | set(_MARKS)))


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split("."))


def unicode_differences(computed: str | None = None, version: str | None = None) -> list[str]:
    """Why ``INVISIBLE`` is not what Unicode data of ``version`` gives (``computed``,
    :func:`from_unicode_data` on it; both default to the running Python's); empty when it holds.

    On ``UNICODE_VERSION``'s data the two must be equal. On later data every character of the
    literal must still be one (an assigned character stays assigned; a format character of ours
    leaving the set would be news to read); the characters the later data adds are left out by
    design, the behaviour frozen. On earlier data what the data gives must be in the literal, and
    what the literal has beyond it must be unassigned there (Cn).

    >>> unicode_differences(INVISIBLE, UNICODE_VERSION)
    []
    >>> unicode_differences(INVISIBLE[1:], "14.0.0")
    ['U+034F is in the literal, not in Unicode 14.0.0']
    """
    if version is None:
        version = unicodedata.unidata_version
    if computed is None:
        computed = from_unicode_data()
    have, got = set(INVISIBLE), set(computed)
    problems = []
    if _version(version) >= _version(UNICODE_VERSION):
        problems += [f"U+{ord(c):04X} is in the literal, not in Unicode {version}"
                     for c in sorted(have - got)]  # fmt: skip
    if _version(version) <= _version(UNICODE_VERSION):
        problems += [f"U+{ord(c):04X} is in Unicode {version}, not in the literal"
                     for c in sorted(got - have)]  # fmt: skip
    if _version(version) < _version(UNICODE_VERSION) and version == unicodedata.unidata_version:
        problems += [f"U+{ord(c):04X} is in the literal and assigned in Unicode {version}"
                     for c in sorted(have - got) if unicodedata.category(c) != "Cn"]  # fmt: skip
    return problems


def _literal(chars: str) -> str:
    escapes = [f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in chars]
    return "\n".join(f'    "{"".join(escapes[i:i + 8])}"' for i in range(0, len(escapes), 8))


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(f"# from_unicode_data() on this Python's Unicode {unicodedata.unidata_version}; "
          f"the literal is Unicode {UNICODE_VERSION}")
    print(_literal(from_unicode_data()))
    for line in unicode_differences():
        print(f"differs: {line}", file=sys.stderr)
