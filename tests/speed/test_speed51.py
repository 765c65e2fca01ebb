"""speed51: the HTML reader and the inline aligner do less work per element and per span,
answers unchanged.

* ``read_media._squash`` keeps the letters and digits with ``filter(str.isalnum, ...)`` (no
  Python frame a character); ``Block.link_share`` counts them with ``map(str.isalnum, ...)``.
* ``read_media._runs`` collapses whitespace with one ``\\s+`` substitution and maps only the
  link offsets it needs (``_collapsed_offsets``), where main built an offset table character
  by character for every element, link or none.
* ``inline._find`` finds an ASCII phrase in a target without "İ", "ı", "ſ" without compiling a
  case-insensitive pattern for it (``_ascii_hits``); other phrases compile as before.

Each is compared with main's way (baa1ead5, copied here) on random texts built to hit every
edge (whitespace of several kinds, underscores, letters outside ASCII, the three odd
characters); the character facts the new code stands on are checked on every code point. The
tests naming ``_collapsed_offsets``, ``_SPACE_RUN``, ``_ascii_hits`` or ``_CASELESS_ODD`` and the
spy fail on main (the names are missing; main compiles a pattern for every phrase).
"""

from __future__ import annotations

import random
import re
import sys
from typing import Any

from translate import inline, read_media
from translate.model import Block, InlineSpan

# --- main's code (baa1ead5), copied ------------------------------------------------------


def _main_squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _main_collapse(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    space = True
    for ch in text:
        index.append(len(out))
        if ch.isspace():
            if not space:
                out.append(" ")
            space = True
        else:
            out.append(ch)
            space = False
    index.append(len(out))
    return "".join(out), index


def _main_link_share(block: Block) -> float:
    letters = sum(1 for ch in block.text if ch.isalnum())
    if not letters:
        return 0.0
    linked = sum(1 for span in block.inline if span.kind == "link"
                 for ch in block.text[span.start : span.end] if ch.isalnum())  # fmt: skip
    return linked / letters


def _main_find(target: str, phrase: str, near: float, *, stems: bool = False) -> Any:
    phrase = phrase.strip(" .,;:!?\"'“”‘’«»")
    if not phrase:
        return None
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w$", phrase) else ""
    pattern = re.compile(before + r"\s+".join(re.escape(w) for w in phrase.split()) + after, re.I)
    hits = [(m.start(), m.end()) for m in pattern.finditer(target)]
    if not hits and stems:
        words = phrase.split()
        if sum(len(w) for w in words) >= 8:
            pattern = re.compile(
                r"(?<!\w)"
                + r"\s+".join(re.escape(w[:5]) + (r"\w*" if len(w) > 5 else "") for w in words)
                + r"(?!\w)",
                re.I,
            )
            hits = [(m.start(), m.end()) for m in pattern.finditer(target)]
    if not hits:
        return None
    size = max(len(target), 1)
    return min(hits, key=lambda h: abs(h[0] / size - near))


PIECES = ["a", "A", "b", "Bc", "ab", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "_", "é", "É",
          "1", "-", ".", ",", "K", "\u212a", "k", "s", "S", "i", "I", "\u0130", "\u0131",
          "\u017f", "ß", "(", "'", "ñ"]  # fmt: skip


def _random_text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, most)))


# --- the character facts -------------------------------------------------------------------


def test_space_pattern_is_isspace_on_every_code_point() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    by_pattern = {m.start() for m in re.finditer(r"\s", every)}
    assert by_pattern == {i for i, ch in enumerate(every) if ch.isspace()}
    assert read_media._SPACE_RUN.pattern == r"\s+" and read_media._SPACE_RUN.flags & re.U


def test_caseless_odd_is_every_exception_of_ascii() -> None:
    """Of every code point, only "İ", "ı", "ſ" match an ASCII character case-insensitively
    without their ``lower()`` being that character's; only "İ"'s ``lower()`` is longer."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    by_lower: dict[str, set[int]] = {}
    for i, ch in enumerate(every):
        by_lower.setdefault(ch.lower(), set()).add(i)
    odd: set[str] = set()
    for p in map(chr, range(128)):
        hits = {m.start() for m in re.finditer(re.escape(p), every, re.I)}
        odd |= {every[i] for i in hits ^ by_lower.get(p.lower(), set())}
    assert odd == set(inline._CASELESS_ODD)
    assert [ch for ch in every if len(ch.lower()) != 1] == ["\u0130"]


# --- the same answers as main --------------------------------------------------------------


def test_squash_and_link_share_as_main() -> None:
    rng = random.Random(51)
    for _ in range(3000):
        text = _random_text(rng, 30)
        assert read_media._squash(text) == _main_squash(text)
        spans = []
        for _ in range(rng.randint(0, 3)):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            spans.append(InlineSpan(a, b, rng.choice(["link", "em"]), {"href": "x"}))
        block = Block(kind="paragraph", text=text, inline=spans)
        assert block.link_share() == _main_link_share(block)


def test_collapse_and_offsets_as_main() -> None:
    rng = random.Random(52)
    for _ in range(20000):
        text = _random_text(rng, 16)
        collapsed, index = _main_collapse(text)
        mine = read_media._SPACE_RUN.sub(" ", text)
        assert (mine[1:] if text[:1].isspace() else mine) == collapsed
        offsets = set(rng.sample(range(len(text) + 1), rng.randint(0, len(text) + 1)))
        assert read_media._collapsed_offsets(text, offsets) == {k: index[k] for k in offsets}
        assert read_media._collapsed_offsets(text, set(range(len(text) + 1))) == dict(
            enumerate(index)
        )


def test_runs_as_main_on_markup() -> None:
    import lxml.html

    html = ("<p>  Read <a href='https://a.example/x'>the  report</a>\n and\u00a0 "
            "<b> <a href='/y'> more </a></b>  <a href='#z'></a>  </p>")  # fmt: skip
    text, spans = read_media._runs(lxml.html.fragment_fromstring(html), "https://a.example/")
    assert text == "Read the report and more"
    assert [(s.start, s.end, s.attrs["href"]) for s in spans] == [
        (5, 15, "https://a.example/x"), (20, 24, "https://a.example/y")
    ]


def test_find_as_main() -> None:
    rng = random.Random(53)
    words = ["a", "A", "b", "ab", "Ab", "1", "-", "k", "s", "i", "é", "İ", "ı", "_", "(", "a-b",
             " ", "\n", ".", "?"]  # fmt: skip
    for _ in range(40000):
        target = _random_text(rng, 14)
        phrase = "".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        near = rng.random()
        stems = rng.random() < 0.3
        assert inline._find(target, phrase, near, stems=stems) == _main_find(
            target, phrase, near, stems=stems
        ), (target, phrase)
    # longer words, so that the stems' pattern is tried
    for target, phrase in [("o preço aumentou muito", "aumentado muito"),
                           ("Prices ROSE sharply", "prices rose"), ("x_prices rose", "prices rose"),
                           ("prices\u00a0 rose, prices rose", "prices rose"),
                           ("preços subiram", "Preços subiram")]:  # fmt: skip
        for near in (0.0, 0.5, 1.0):
            assert inline._find(target, phrase, near, stems=True) == _main_find(
                target, phrase, near, stems=True
            )


def test_ascii_phrase_compiles_nothing(monkeypatch: Any) -> None:
    compiled: list[str] = []
    real = inline.re_compile

    def spy(pattern: str, flags: int = 0) -> Any:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(inline, "re_compile", spy)
    assert inline._find("Read the Annual Report today", "annual  report", 0.5) == (9, 22)
    assert compiled == []
    assert inline._find("Leia o relatório", "relatório", 0.5) == (7, 16)  # not ASCII: compiled
    assert inline._find("KIRIKKALE İli", "ili", 0.5) == (10, 13)  # "İ" in the target: compiled
    assert len(compiled) == 2


# --- linear time -----------------------------------------------------------------------------


def test_linear_on_many_triggers() -> None:
    # every "a" starts an attempt that fails after its space; every run of spaces is mapped
    target = "a " * 20000
    assert inline._ascii_hits(target, ["a", "b"], True, True) == []
    assert len(inline._ascii_hits(target, ["a"], True, True)) == 20000
    assert inline._find(target, "a b", 0.5) is None
    text = " x  " * 20000
    index = read_media._collapsed_offsets(text, set(range(len(text) + 1)))
    assert index == dict(enumerate(_main_collapse(text)[1]))
    assert index[len(text)] == 20000 * 2
    assert read_media._squash("Ab_ " * 20000) == "ab" * 20000
