"""Character classes and protected spans (URLs, addresses, identifiers) the localizers share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..identifiers import identifier_spans
from ..regexcache import compile as re_compile

SPACES = " \u00a0\u202f\u2009"
WS = "[ \u00a0\u202f\u2009]"
# The look-behinds let the e-mail and bare-domain forms start only where a run starts: without
# them a 20,000-character token is rescanned from every position (quadratic time).
URL = re_compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(?<!\S)\S+\.(?:com|org|net|gov|edu|io)\S*",
    re.IGNORECASE,
)

# Every URL match holds "://", "@", or a "." with a character that is not a space right after
# it ("www." and its address, ".com"...): a text with none of them has no URL, and its scan is
# skipped (most sentences: a full stop ends them). tests/speed/test_url_gate25.py compares.
_URL_DOT = re_compile(r"\.\S")


def may_have_url(text: str) -> bool:
    """False when ``URL`` cannot match in ``text`` (one cheap look: no "://", "@" or "." with a
    character that is not a space after it); True when it may."""
    return "@" in text or "://" in text or _URL_DOT.search(text) is not None


def without_urls(text: str) -> str:
    """``URL.sub(" ", text)``: each URL, e-mail address and bare domain one space."""
    return URL.sub(" ", text) if may_have_url(text) else text


# a decimal digit of any script: what ``\d`` matches. Every number run, numeric date and date
# shape with a day or a year needs one, so a text without one has none of them (the readers
# skip their scans: tests/speed/test_number_gate.py compares gated and full readers)
_DECIMAL_DIGIT = re_compile(r"\d")


def has_decimal_digit(text: str) -> bool:
    """Whether ``text`` has a Unicode decimal digit (what the regex ``\\d`` matches)."""
    return _DECIMAL_DIGIT.search(text) is not None


# every character ``str.isdigit`` holds for: the decimal digits ``\d`` (all scripts) and the
# other digits (superscripts, subscripts, circled and Ethiopic digits...; Unicode 15.0 of
# CPython 3.11, tests/speed/test_digit_gate.py compares it with ``isdigit`` on every code point)
_ANY_DIGIT = re_compile(
    "[\\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def has_digit(text: str) -> bool:
    """Whether ``text`` has a character ``str.isdigit`` holds for."""
    return _ANY_DIGIT.search(text) is not None


def is_space(ch: str) -> bool:
    return ch in SPACES


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` no localizer may rewrite: URLs, e-mail addresses, bare domains, and
    scholarly and catalogue identifiers (DOI, arXiv, ISBN, ISSN, PMID:
    :func:`translate.identifiers.identifier_spans`; "10.1038/s41586-…" is no decimal)."""
    return list(_protected_spans(text))


@lru_cache(maxsize=1024)  # the number readers and the quotes ask again for the same sentence
def _protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    ids = tuple((s, e) for s, e, _ in identifier_spans(text))
    if not may_have_url(text):
        return ids
    return tuple(sorted({*(m.span() for m in URL.finditer(text)), *ids}))


def in_spans(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
