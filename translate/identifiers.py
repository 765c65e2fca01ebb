"""Scholarly and catalogue identifiers: DOI, arXiv, ISBN, ISSN, PMID and PMCID.

Such an identifier has a fixed syntax and is copied as written, like a URL: the localize stage
read a DOI's prefix as a decimal and wrote "DOI: 10,1038/s41526-…" (probe43, 10 segments of a
reference list, no finding). The rules are data, the same for every language (``[identifiers]``
of ``locales/languages/common.toml``); an ISBN or ISSN counts only when its check digit is right,
so a number that merely looks like one ("1990-2000") stays a number.

>>> t = "Nature (2020). DOI: 10.1038/s41586-020-2649-2. ISBN 978-0-306-40615-7; 10.5, 2021-12."
>>> [(t[s:e], kind) for s, e, kind in identifier_spans(t)]
[('10.1038/s41586-020-2649-2', 'doi'), ('978-0-306-40615-7', 'isbn')]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .errors import DataError
from .langdata import common_section, languages_dir
from .regexcache import compile as re_compile

_CHECKS = ("", "isbn", "issn")
_SENTENCE_END = ".,;:!?'\"”’»"
_CLOSERS = {")": "(", "]": "["}


@cache
def _rules() -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str], str], ...]]:
    """The gate and the ``(kind, pattern, check)`` rules of ``[identifiers]``."""
    data = common_section("identifiers")
    where = str(languages_dir() / "common.toml")
    rules = []
    for rule in data.get("rules", []):
        if not isinstance(rule, dict):
            raise DataError("[[identifiers.rules]] must be tables", path=where)
        kind, pattern, check = rule.get("kind"), rule.get("pattern"), rule.get("check", "")
        if not isinstance(kind, str) or not isinstance(pattern, str) or check not in _CHECKS:
            raise DataError(f"bad identifier rule {rule!r}", path=where)
        try:
            rules.append((kind, re_compile(pattern), str(check)))
        except re.error as exc:
            raise DataError(f"identifier pattern {pattern!r}: {exc}", path=where) from None
    gate = data.get("gate")
    return (re_compile(gate) if isinstance(gate, str) and gate else None), tuple(rules)


def check_digit_ok(number: str, check: str) -> bool:
    """Whether ``number`` (hyphens allowed) has a right check digit for ``check``: ISBN-10 or
    ISBN-13 ("isbn"), ISSN ("issn"); any number for "".

    >>> check_digit_ok("978-0-306-40615-7", "isbn"), check_digit_ok("0-306-40615-2", "isbn")
    (True, True)
    >>> check_digit_ok("978-0-306-40615-8", "isbn"), check_digit_ok("2049-3630", "issn")
    (False, True)
    >>> check_digit_ok("1990-2000", "issn")
    False
    """
    if not check:
        return True
    chars = number.replace("-", "").upper()
    values = [10 if ch == "X" else int(ch) for ch in chars if ch.isdigit() or ch == "X"]
    if len(values) != len(chars) or 10 in values[:-1]:
        return False
    if check == "issn":
        return len(values) == 8 and sum((8 - i) * v for i, v in enumerate(values)) % 11 == 0
    if len(values) == 10:
        return sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0
    if len(values) == 13 and values[-1] != 10:
        return sum(v * (3 if i % 2 else 1) for i, v in enumerate(values)) % 10 == 0
    return False


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` without the punctuation that closes the sentence or a bracket the identifier did
    not open ("(doi:10.1000/182)." ends before ")."; "10.1016/S0140-6736(20)30183-5" keeps its
    brackets)."""
    while end > start:
        ch = text[end - 1]
        if ch in _SENTENCE_END or (
            ch in _CLOSERS and text.count(_CLOSERS[ch], start, end) < text.count(ch, start, end)
        ):
            end -= 1
        else:
            break
    return end


def identifier_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a scholarly or catalogue identifier, as ``(start, end, kind)``, in
    order, none overlapping (the first rule's span wins).

    >>> t = "See doi:10.1016/S0140-6736(20)30183-5 (arXiv:2101.12345v2), PMID: 31978945."
    >>> [t[s:e] for s, e, _ in identifier_spans(t)]
    ['doi:10.1016/S0140-6736(20)30183-5', 'arXiv:2101.12345v2', '31978945']
    >>> identifier_spans("It rose 10.5% in 2021-12; ISBN 978-0-306-40615-8 is wrong.")
    []
    """
    return list(_identifier_spans(text))


@lru_cache(maxsize=1024)  # asked again by the mask, the localizers and the checks
def _identifier_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    gate, rules = _rules()
    if gate is None or not gate.search(text):
        return ()
    found: list[tuple[int, int, str]] = []
    for kind, pattern, check in rules:
        for m in pattern.finditer(text):
            group = "id" if "id" in pattern.groupindex else 0
            start, end = m.span(group)
            end = _trimmed(text, start, end)
            if end <= start or not check_digit_ok(text[start:end], check):
                continue
            if not any(start < e and s < end for s, e, _ in found):
                found.append((start, end, kind))
    return tuple(sorted(found))
