"""The text the embedded model is given: the characters it reads badly, as it reads them.

Those characters are put back in its output where they come back one for one.

The embedded model (Bergamot en<->pt) reads ASCII quotation marks, fractions and signs well
and their typographic forms badly (measured, not a claim about its training data):

* given typographic quotation marks it often drops a quotation's opening mark, writes a dash
  for it ("“Who cares?” Trump told reporters" -> "Quem se importa? - Trump disse") or closes a
  quotation with a bracket (‘junk science’ -> "junk science)"), while the same sentence with
  ASCII marks keeps its quotation. The marks are sent as ASCII (one character for one); the
  localize stage then writes the target locale's marks (``translate.localize.quotes``).
* given a multiplication sign, a minus sign or primes next to numbers it writes a range, or
  worse ("4×100m relay" -> "revezamento de 4 a 100 milhões de euros", "1920×1080" -> "1920 a
  1080", "−5°C" -> "15 °C", "5′11″ tall" -> "tem 5 a 11 anos": five to eleven years old), while
  "4x100m", "1920x1080", "-5°C" and 5'11" come back as written. Each is sent as its ASCII
  look-alike and put back like a fraction.
* given a vulgar fraction it writes a range ("4½ years" -> "41 a 2 anos", "½ cup" -> "1 a 2
  xícara"), while "4 1/2 years" comes back as "4 1/2 anos". A fraction is sent spelt out with
  a fraction slash as "/" (Unicode's own decomposition, NFKC), and the output's spelt-out
  fractions become the source's characters again when they come back one for one
  (``restore``): the edition writes "4½ anos", as the source wrote it.

Measured on the real-world corpus by ``benchmarks/eval_engine_marks.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from ..regexcache import compile as re_compile

# double quotation marks of every convention -> ", single ones (and the apostrophe) -> '
ENGINE_MARKS = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "〝": '"', "〞": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'",
    # signs of numbers: "4×100m relay" -> "revezamento de 4 a 100 milhões de euros" (4x100m
    # comes back whole), "−5°C" -> "15 °C" (-5°C), "5′11″ tall" -> "tem 5 a 11 anos" (5'11")
    "×": "x", "−": "-", "′": "'", "″": '"',
})
# every vulgar fraction of Unicode (¼ ½ ¾, ⅐ to ⅞)
VULGAR = "".join(chr(c) for c in (*range(0xBC, 0xBF), *range(0x2150, 0x215F)))
_FRACTION = re_compile(rf"(\d?)([ \u00a0\u2009\u202f]?)([{VULGAR}])")
_ANY_MARK = re_compile("[" + re.escape("".join(chr(c) for c in ENGINE_MARKS)) + "]")
_ANY_FRACTION = re_compile(f"[{VULGAR}]")
_PAIRS = tuple((chr(k), str(v)) for k, v in ENGINE_MARKS.items())
# (sign, its ASCII look-alike in the output next to digits, what replaces that match)
_SIGNS: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # between numbers ("4x100m", "3 x 4") or after one ("1.5x your rate")
    ("×", re_compile(r"(?<=\d)(?:( ?)x( ?)(?=\d)|x(?![^\W\d_]))"),
     lambda m: f"{m[1] or ''}×{m[2] or ''}"),
    ("−", re_compile(r"(?<![\w-])-(?=\d)"), "−"),
    ("′", re_compile(r"(?<=\d)'"), "′"),
    ("″", re_compile(r"(?<=\d)\""), "″"),
)


def spelt(fraction: str) -> str:
    """ "½" -> "1/2": the character's compatibility decomposition, its fraction slash as "/"."""
    return unicodedata.normalize("NFKC", fraction).replace("\u2044", "/")


def _spell(m: re.Match[str]) -> str:
    digit, space, fraction = m[1], m[2], m[3]
    return f"{digit} {spelt(fraction)}" if digit else f"{space}{spelt(fraction)}"


def engine_text(text: str) -> str:
    """``text`` as one line (runs of white space as one space), with ASCII quotation marks and
    fractions spelt out."""
    flat = " ".join(text.split())
    if _ANY_MARK.search(flat):  # most sentences have none: no per-character work then
        for mark, ascii_ in _PAIRS:  # str.replace per mark: str.translate is ten times slower
            if mark in flat:
                flat = flat.replace(mark, ascii_)
    return _FRACTION.sub(_spell, flat) if _ANY_FRACTION.search(flat) else flat


def restore(source: str, output: str) -> str:
    """``output`` with each fraction and sign of a number ``engine_text`` spelt out in
    ``source`` written as the source wrote it ("4 1/2 anos" -> "4½ anos", "4x100m" ->
    "4×100m", "-5 °C" -> "−5 °C"), when the output holds exactly as many of that spelling as
    the source has of the character and the source never spells it out itself; otherwise
    ``output`` unchanged (the number checks then read what the engine wrote)."""
    for sign, ascii_, as_written in _SIGNS:
        if sign in source and not ascii_.search(source) and (
                len(ascii_.findall(output)) == source.count(sign)):
            output = ascii_.sub(as_written, output)
    if not _ANY_FRACTION.search(source):
        return output
    found = list(_FRACTION.finditer(source))
    for char in dict.fromkeys(m[3] for m in found):
        ours = [m for m in found if m[3] == char]
        pattern = re_compile(rf"(?<![\d/])(\d )?{re.escape(spelt(char))}(?![\d/])")
        if pattern.search(source) or len(pattern.findall(output)) != len(ours):
            continue
        glued = iter([bool(m[1]) and not m[2] for m in ours])  # "4½", not "4 ½"

        def written(m: re.Match[str], glued: Iterator[bool] = glued, char: str = char) -> str:
            return ((m[1][0] if next(glued) else m[1]) + char) if m[1] else char

        output = pattern.sub(written, output)
    return output
