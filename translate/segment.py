"""Split blocks into sentences, offline, with per-language rules from ``locales/languages``.

The engine gets one sentence per call (the embedded engine loses text when a call holds
several), so a boundary missed costs words and a boundary invented costs meaning. The rules lean
towards not splitting when unsure: after an abbreviation ("Gen.", "U.S.", "Jan.") or an initial
("George W. Bush") a boundary needs a word that typically starts a sentence ("The", "He");
a lowercase word after any terminal punctuation is never a new sentence ("Why?" she asked).

Punctuation inside numbers, URLs and e-mail addresses is never a boundary (a boundary needs
whitespace after it, and URLs/e-mails are masked). CJK full stops need no space. Sentences
longer than ``max_sentence_chars`` are cut at ``;`` ``:`` or a spaced dash, so that a review
segment stays readable. What an engine can take is the engine's own fact
(``Engine.max_input_tokens``): a segment still too long for it is cut again, invisibly, before
the engine (``translate.mt.engine_pieces``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataError
from .langdata import (
    available_languages,
    base_language,
    common_section,
    languages_dir,
    section,
    str_list,
)
from .model import UNDETERMINED, Article, Segment
from .regexcache import compile as re_compile

_URL_RE = re_compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"“”‘’«»]*[^\s<>\"“”‘’«».,;:!?)\]'}]"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
)
_BLANK_LINE_RE = re_compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACES = " \t\r\n\f\v\u00a0\u2009\u202f\u3000"
_WORD_RE = re_compile(r"\w+")
_ACRONYM_RE = re_compile(r"(?:\w\.)+\w")


@dataclass(frozen=True)
class SegmentRules:
    """The sentence rules of one source language (``common.toml`` merged with ``<lang>.toml``)."""

    lang: str
    terminals: str  # end a sentence when followed by whitespace
    hard_terminals: str  # end a sentence even with no space after (CJK full stops)
    closers: str  # closing quotes/brackets that stay with the sentence before them
    openers: str  # opening quotes/brackets skipped when looking at the next word
    prefixes: frozenset[str]  # never end a sentence: "Mr", "Dr", "Gen"
    abbreviations: frozenset[str]  # end a sentence only before a starter: "etc", "U.S", "Jan"
    starters: frozenset[str]  # words that usually start a sentence: "The", "He"
    numeric_ordinals: bool  # "am 3. Oktober": a number with a period is an ordinal
    max_sentence_chars: int
    hard_max_chars: int
    soft_breaks: tuple[tuple[str, ...], ...]  # tiers of break marks for long sentences
    last_resort_breaks: tuple[str, ...]  # only above hard_max_chars


@cache
def segment_rules(lang: str | None) -> SegmentRules:
    """Rules for ``lang`` (any BCP 47 tag); unknown languages get the common rules only."""
    base = base_language(lang) or UNDETERMINED
    common = common_section("segment")
    own = section(base, "segment") if base != UNDETERMINED else {}
    if not own:
        own = _union_of_languages()  # language unknown: every language's abbreviations
    where = str(languages_dir() / f"{base}.toml")
    cwhere = str(languages_dir() / "common.toml")

    def chars(key: str) -> str:
        value = own.get(key, common.get(key, ""))
        if not isinstance(value, str):
            raise DataError(f"[segment] {key!r} must be a string", path=where)
        return value

    def merged(key: str) -> frozenset[str]:
        return frozenset(str_list(common, key, where=cwhere) + str_list(own, key, where=where))

    def number(key: str, default: int) -> int:
        value = own.get(key, common.get(key, default))
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise DataError(f"[segment] {key!r} must be a positive integer", path=where)
        return value

    tiers = own.get("soft_breaks", common.get("soft_breaks", []))
    if not isinstance(tiers, list) or not all(
        isinstance(t, list) and all(isinstance(m, str) and m for m in t) for t in tiers
    ):
        raise DataError("[segment] 'soft_breaks' must be a list of lists of strings", path=where)
    last = own.get("last_resort_breaks", common.get("last_resort_breaks", []))
    if not isinstance(last, list) or not all(isinstance(m, str) and m for m in last):
        raise DataError("[segment] 'last_resort_breaks' must be a list of strings", path=where)
    return SegmentRules(
        lang=base,
        terminals=chars("terminals"),
        hard_terminals=chars("hard_terminals"),
        closers=chars("closers"),
        openers=chars("openers"),
        prefixes=merged("prefixes"),
        abbreviations=merged("abbreviations"),
        starters=merged("starters"),
        numeric_ordinals=bool(own.get("numeric_ordinals", common.get("numeric_ordinals", False))),
        max_sentence_chars=number("max_sentence_chars", 400),
        hard_max_chars=number("hard_max_chars", 1000),
        soft_breaks=tuple(tuple(t) for t in tiers),
        last_resort_breaks=tuple(last),
    )


def _union_of_languages() -> dict[str, Any]:
    """Abbreviation lists of every language, for text whose language is unknown.

    Missing a boundary after "Sr." costs less than inventing one, so an unknown language gets
    every known abbreviation; only lists are merged, the common settings stay.
    """
    union: dict[str, list[str]] = {"prefixes": [], "abbreviations": [], "starters": []}
    for code in available_languages():
        table = section(code, "segment")
        where = str(languages_dir() / f"{code}.toml")
        for key in union:
            union[key] += str_list(table, key, where=where)
    return dict(union)


@cache
def _candidate_re(terminals: str, hard: str, closers: str) -> re.Pattern[str]:
    punct = re.escape(terminals + hard)
    close = re.escape(closers)
    # French puts a (narrow) no-break space before the closing guillemet: « ... condition. »
    return re_compile(rf"[{punct}]+(?:[{close}]|[ \u00a0\u202f\u2009]»)*")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans between blank lines: a blank line always ends a sentence."""
    pos = 0
    for match in _BLANK_LINE_RE.finditer(text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end


def _token_before(text: str, pos: int, lo: int, openers: str) -> str:
    """The whitespace-delimited token ending at ``pos`` (without leading quotes/brackets)."""
    start = pos
    while start > lo and text[start - 1] not in _SPACES:
        start -= 1
    return text[start:pos].lstrip(openers)


def _is_boundary(text: str, match: re.Match[str], hi: int, lo: int, rules: SegmentRules) -> bool:
    punct = match.group().rstrip(rules.closers + " \u00a0\u202f\u2009»")
    end = match.end()
    if punct[-1] in rules.hard_terminals:
        return True
    if end < hi and text[end] not in _SPACES:
        return False  # 3.5, U.S.A, example.com, "end.Next"
    nxt = end
    while nxt < hi and text[nxt] in _SPACES:
        nxt += 1
    if nxt >= hi:
        return True
    opened = nxt
    while opened < hi and text[opened] in rules.openers:
        opened += 1
    if opened >= hi:
        return True
    first = text[opened]
    if first.islower():
        return False  # "Why?" she asked / Gen. da Silva's / etc. and more
    if punct != ".":
        return True  # ? ! … ... and combinations: the next word is not lowercase
    word_match = _WORD_RE.match(text, opened)
    word = word_match.group() if word_match else ""
    starts_sentence = word in rules.starters or (opened > nxt and first.isupper())
    if len(word) == 1 and word_match is not None and text.startswith(".", word_match.end()):
        starts_sentence = False  # a chain of initials: "В. В. Путин", "J. R. R. Tolkien"
    token = _token_before(text, match.start(), lo, rules.openers)
    bare = token.rstrip(".")
    if token in rules.prefixes or bare in rules.prefixes:
        return False
    if bare in rules.abbreviations or token in rules.abbreviations:
        return starts_sentence
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return starts_sentence  # an initial: "J. R. R. Tolkien", "George W. Bush"
    if _ACRONYM_RE.fullmatch(bare):
        return starts_sentence  # U.S., U.N., e.g. not in the list
    if rules.numeric_ordinals and bare.isdigit() and len(bare) <= 2:
        return starts_sentence  # German: "am 3. Oktober"
    return True


def _split_paragraph(text: str, lo: int, hi: int, rules: SegmentRules) -> list[tuple[int, int]]:
    masked = [(m.start(), m.end()) for m in _URL_RE.finditer(text, lo, hi)]
    pattern = _candidate_re(rules.terminals, rules.hard_terminals, rules.closers)
    spans: list[tuple[int, int]] = []
    start = lo
    for match in pattern.finditer(text, lo, hi):
        if any(a <= match.start() < b for a, b in masked):
            continue
        if _is_boundary(text, match, hi, lo, rules):
            span = _trim(text, start, match.end())
            if span[0] < span[1]:
                spans.append(span)
            start = match.end()
    span = _trim(text, start, hi)
    if span[0] < span[1]:
        spans.append(span)
    return _merge_fragments(text, spans)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span with no letter or digit (a stray quote, "***") to its neighbour."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        bare = not any(ch.isalnum() for ch in text[start:end])
        if merged and (bare or not any(ch.isalnum() for ch in text[slice(*merged[-1])])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _break_points(text: str, start: int, end: int, marks: tuple[str, ...]) -> list[int]:
    """Positions right after a break mark that is followed by whitespace (or is fullwidth)."""
    points: list[int] = []
    for mark in marks:
        pos = text.find(mark, start, end)
        while pos != -1:
            after = pos + len(mark)
            fullwidth = ord(mark[-1]) > 0x2FFF
            if after < end and (fullwidth or mark[-1] in _SPACES or text[after] in _SPACES):
                points.append(after)
            pos = text.find(mark, pos + 1, end)
    return sorted(set(points))


def _split_long(text: str, start: int, end: int, rules: SegmentRules) -> list[tuple[int, int]]:
    """Cut a sentence longer than the limit near its middle, at the mildest break available."""
    if end - start <= rules.max_sentence_chars:
        return [(start, end)]
    tiers = list(rules.soft_breaks)
    if end - start > rules.hard_max_chars:
        tiers += [rules.last_resort_breaks, (" ",)]
    margin = min(40, (end - start) // 4)
    masked = [(m.start(), m.end()) for m in _URL_RE.finditer(text, start, end)]
    for marks in tiers:
        points = [
            p for p in _break_points(text, start, end, marks)
            if start + margin <= p <= end - margin and not any(a < p < b for a, b in masked)
        ]
        if points:
            middle = (start + end) / 2
            cut = min(points, key=lambda p: (abs(p - middle), p))
            left = _trim(text, start, cut)
            right = _trim(text, cut, end)
            return _split_long(text, *left, rules) + _split_long(text, *right, rules)
    if end - start > rules.hard_max_chars:
        # Not one break anywhere (a 20,000-character token, a base64 blob): an engine's time
        # grows with the square of its input, and it truncates it, so cut between characters.
        cut = grapheme_cut(text, (start + end) // 2, end)
        return _split_long(text, start, cut, rules) + _split_long(text, cut, end, rules)
    return [(start, end)]


def grapheme_cut(text: str, pos: int, end: int) -> int:
    """The first place at or after ``pos`` that splits no character (no combining mark or
    joiner on either side), looking 32 places ahead; a run of nothing but joiners is cut at
    ``pos`` anyway."""
    for cut in range(pos, min(end - 1, pos + 32)):
        ch = text[cut]
        if not (
            unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or ch in _JOINERS
            or text[cut - 1] in _JOINERS
            or "\U0001f3fb" <= ch <= "\U0001f3ff"  # emoji skin tones
        ):
            return cut
    return pos


_JOINERS = "\u200d\u200c\ufe0e\ufe0f"


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, in order, without surrounding whitespace.

    >>> text = "Gen. Smith arrived at 10 a.m. He spoke."
    >>> [text[a:b] for a, b in split_sentences(text, "en")]
    ['Gen. Smith arrived at 10 a.m.', 'He spoke.']
    """
    rules = segment_rules(lang)
    spans: list[tuple[int, int]] = []
    for lo, hi in _paragraphs(text):
        for start, end in _split_paragraph(text, lo, hi, rules):
            spans.extend(_split_long(text, start, end, rules))
    return spans


def _ends_line(text: str, lo: int, at: int, hi: int, rules: SegmentRules) -> bool:
    """Whether the hard line break at ``at`` ends a line of its own: the line before it ends
    with a terminal mark or a closer, or with a word that does not begin in lower case (a title
    "Circular Motion", a name "Ninfa Wood", "(Grove)"), and the line after it does not begin in
    lower case. A sentence wrapped by a break ("the mayor said<br>that...") stays whole."""
    before = text[lo:at].rstrip(_SPACES)
    nxt = at
    while nxt < hi and (text[nxt] in _SPACES or text[nxt] in rules.openers):
        nxt += 1
    if not before or nxt >= hi or text[nxt].islower():
        return False
    last = before[-1]
    if last in rules.terminals or last in rules.hard_terminals or last in rules.closers:
        return True
    words = before.split()
    word = words[-1].lstrip(rules.openers)
    if len(words) == 1 and word in rules.starters:
        return False  # "At<br>Urge Fitness, we...": a sentence's first word, not a line
    return bool(word) and (word[0].isupper() or word[0].isdigit())


_LIST_NUMBER = re_compile(r"\d{1,3}[.)]")
_LEAD_NUMBER = re_compile(r":\s+(\d{1,3}[.)])$")


def _cut_at_line_breaks(
    text: str, spans: list[tuple[int, int]], breaks: list[int], rules: SegmentRules
) -> list[tuple[int, int]]:
    """Sentences cut again where a hard line break ends a line of its own (see
    :func:`_ends_line`): the lines of a book's title, author and review, or of a signature's
    name and town, are separate units, and an engine given them as one sentence drops or
    blends them."""
    out: list[tuple[int, int]] = []
    # the breaks sorted once, each sentence's and each gap's looked up by bisection (a
    # paragraph of thousands of breaks was read whole for each of its sentences: quadratic)
    ordered = sorted(breaks)
    for start, end in spans:
        lo = start
        for at in ordered[bisect_right(ordered, start) : bisect_left(ordered, end)]:
            if _ends_line(text, lo, at, end, rules):
                piece = _trim(text, lo, at)
                if piece[0] < piece[1]:
                    out.append(piece)
                lo = at
        piece = _trim(text, lo, end)
        if piece[0] < piece[1]:
            out.append(piece)
    # a list's number cut from its line by the sentence rules ("2." | "Norway") goes back to
    # it when no break stands between them
    joined: list[tuple[int, int]] = []
    for piece in out:
        prior = joined[-1] if joined else None
        first = bisect_left(ordered, prior[1]) if prior is not None else 0
        if prior is None or (first < len(ordered) and ordered[first] < piece[0]):
            joined.append(piece)
        elif _LIST_NUMBER.fullmatch(text, *prior):
            joined[-1] = (prior[0], piece[1])
        elif lead := _LEAD_NUMBER.search(text, *prior):  # "as follows: 1." | "Finland"
            joined[-1] = _trim(text, prior[0], lead.start(1))
            joined.append((lead.start(1), piece[1]))
        else:
            joined.append(piece)
    return _merge_fragments(text, joined)


def _whole_images(
    spans: list[tuple[int, int]], images: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences joined where a boundary falls inside an image's alt text: an image is one unit,
    written once ("Not just for the soul! It helps heal the brain" as two sentences was written
    as two images of the same picture)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and any(a < out[-1][1] and start < b for a, b in images if a < start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _picture_row(text: str, images: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Each picture a unit of its own when the block is a row of pictures and nothing else
    (every letter and digit inside an image's alt text: a README's badges "Build Status"
    "Build Status" "Build Status"); None otherwise. Given as one sentence, the engine merges
    or drops their alt texts and the pictures fold into one another (struct15)."""
    if len(images) < 2:
        return None
    inside = [False] * len(text)
    for a, b in images:
        for k in range(a, min(b, len(text))):
            inside[k] = True
    if any(ch.isalnum() and not inside[k] for k, ch in enumerate(text)):
        return None
    units = [_trim(text, a, b) for a, b in sorted(set(images))]
    units = [u for u in units if u[0] < u[1]]
    if any(b[0] < a[1] for a, b in itertools.pairwise(units)):  # pictures inside pictures
        return None
    return units


def segment_article(article: Article) -> list[Segment]:
    """Every block's sentences as :class:`Segment` objects, ids ``b{block}.s{index}``.

    A block's segments carry the block's detected language when it is known, else the
    article's. Titles and headings are one segment each (unless absurdly long).
    """
    default = UNDETERMINED
    if article.lang is not None and article.lang.lang != UNDETERMINED:
        default = article.lang.lang
    segments: list[Segment] = []
    for b, block in enumerate(article.blocks):
        lang = default
        if block.lang is not None and block.lang.lang != UNDETERMINED:
            lang = block.lang.lang
        if block.kind == "code":
            continue  # code is carried verbatim: no sentence of it goes to the engine
        if block.kind in ("title", "heading"):
            whole = _trim(block.text, 0, len(block.text))
            rules = segment_rules(lang)
            spans = [whole] if whole[1] - whole[0] <= rules.max_sentence_chars else (
                split_sentences(block.text, lang)
            )
            spans = [s for s in spans if s[0] < s[1]]
        else:
            spans = split_sentences(block.text, lang)
            breaks = [x.start for x in block.inline if x.kind == "br"]
            if breaks:
                spans = _cut_at_line_breaks(block.text, spans, breaks, segment_rules(lang))
            images = [(x.start, x.end) for x in block.inline if x.kind == "image"]
            if images:
                spans = _picture_row(block.text, images) or _whole_images(spans, images)
        for i, (start, end) in enumerate(spans):
            segments.append(
                Segment(
                    id=f"b{b}.s{i}",
                    block=b,
                    index=i,
                    source=block.text[start:end],
                    start=start,
                    end=end,
                    lang=lang,
                )
            )
    return segments
