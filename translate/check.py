"""Quality checks on translated segments: small functions, each returning findings.

:func:`missing_numbers` compares the numbers and dates of a target with its source by value,
with the localize stage's finders (the source locale's and the target locale's conventions).

Every checker takes ``(segment, context)`` and returns a list of :class:`Finding`; the list
``CHECKERS`` is the registry (Babel's ``messages.checkers`` idea). Checks never fail a run:
they flag things for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import UnknownLocaleError
from .locales import LocaleProfile, Quotes, get_locale, get_profile
from .localize.dates import pair_dates
from .localize.numbers import pair_numbers
from .localize.stage import (
    Localizer,
    source_dates,
    source_numbers,
    target_dates,
    target_numbers,
)
from .model import Finding, Severity, TranslatedSegment


@dataclass(frozen=True)
class CheckContext:
    source_lang: str
    target_lang: str  # model language code
    locale: str  # BCP 47 tag


Checker = Callable[[TranslatedSegment, CheckContext], list[Finding]]

_WORD = re.compile(r"\w+", re.UNICODE)


_LETTER = re.compile(r"[^\W\d_]")  # \w minus digits and underscore: letters (and marks)


def _letters(text: str) -> int:
    """How many letters ``text`` has.

    >>> _letters("Ərazi 2020, ok!")
    7
    """
    return len(_LETTER.findall(text))


def check_empty(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A non-empty source with an empty target lost its text."""
    if _letters(seg.source) and not seg.target.strip():
        return [Finding("empty", "error", "translation is empty", segment=seg.id)]
    return []


def check_untranslated(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Target identical to a source of some length: the engine passed the text through."""
    if seg.origin == "copy" or ctx.source_lang == ctx.target_lang:
        return []
    words = _WORD.findall(seg.source)
    if len(words) >= 4 and seg.source.strip() == seg.target.strip():
        return [
            Finding("untranslated", "warning", "target is identical to the source", segment=seg.id)
        ]
    return []


def check_length(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A target far shorter or longer than its source usually means lost or repeated text."""
    if seg.origin == "copy":
        return []
    src, tgt = _letters(seg.source), _letters(seg.target)
    if src < 25 or not tgt:
        return []
    ratio = tgt / src
    # Scripts differ in density (CJK ~0.3 of Latin): only compare within alphabetic ranges.
    if ctx.target_lang in {"zh", "ja", "ko"} or ctx.source_lang in {"zh", "ja", "ko"}:
        return []
    if ratio < 0.45:
        return [
            Finding(
                "length",
                "warning",
                f"target is {ratio:.0%} of the source length: text may be lost",
                segment=seg.id,
                data={"ratio": round(ratio, 3)},
            )
        ]
    if ratio > 2.5:
        return [
            Finding(
                "length",
                "warning",
                f"target is {ratio:.0%} of the source length: text may be repeated",
                segment=seg.id,
                data={"ratio": round(ratio, 3)},
            )
        ]
    return []


def check_repetition(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Neural engines sometimes loop: the same 3-word run four times or more."""
    words = [w.lower() for w in _WORD.findall(seg.target)]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 2):
        gram = tuple(words[i : i + 3])
        seen[gram] = seen.get(gram, 0) + 1
        if seen[gram] >= 4 and seg.source.lower().count(" ".join(gram)) < 2:
            return [
                Finding(
                    "repetition", "warning", f"repeated phrase {' '.join(gram)!r}", segment=seg.id
                )
            ]
    return []


def check_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Every number and date of the source must be in the target, compared by value.

    Both the source locale's and the target locale's ways of writing numbers are understood
    ("3.5 million" == "3,5 milhões"); a small number missing may be written out in words, so it
    is only an ``info``.
    """
    if seg.origin == "copy" or not seg.target.strip():
        return []
    names = [(t["source_span"][0], t["source_span"][1]) for t in seg.terms
             if isinstance(t.get("source_span"), (list, tuple))]
    return missing_numbers(
        seg.source, seg.target, seg.segment.lang or ctx.source_lang, ctx.locale, segment=seg.id,
        names=names,
    )


def missing_numbers(
    source: str,
    target: str,
    source_lang: str,
    locale: str,
    segment: str | None = None,
    profile: LocaleProfile | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Numbers and dates of ``source`` that ``target`` lacks or changed, compared by value.

    ``names`` are source spans of glossary names: a number inside one ("Group of 20",
    "M23") is part of the name, which the edition may write another way ("G20").
    """
    if get_locale(source_lang) is None:
        return []
    try:
        profile = profile or get_profile(locale)
    except UnknownLocaleError:  # an unknown tag: check with CLDR data alone
        profile = None
    target_locale = get_locale(locale)
    if target_locale is None:
        return []
    loc = Localizer(
        source_lang,
        target_locale,
        locale,
        locale.split("-")[0],
        profile.quotes if profile else Quotes(),
        {},
        profile,
    )
    out: list[Finding] = []
    s_dates = source_dates(source, loc)
    t_dates = target_dates(target, loc)
    _, d_changed, d_missing = pair_dates(s_dates, t_dates)
    for s, t in d_changed:
        out.append(
            Finding(
                "dates",
                "warning",
                f"date {s.text!r} changed: the target has {t.text!r}",
                segment=segment,
                source_span=(s.start, s.end),
                target_span=(t.start, t.end),
            )
        )
    for s in d_missing:
        if s.month is None and s.day is None:
            if _weekday_in(target, s.weekday, loc):
                continue
        elif s.day is None and s.year is None and _month_in(target, s.month, loc):
            continue
        out.append(
            Finding(
                "dates",
                "warning",
                f"date {s.text!r} not found in the target",
                segment=segment,
                source_span=(s.start, s.end),
            )
        )
    s_nums = source_numbers(source, loc, [*((d.start, d.end) for d in s_dates), *names])
    t_nums = target_numbers(target, loc, [(d.start, d.end) for d in t_dates])
    _, n_changed, n_missing = pair_numbers(s_nums, t_nums)
    for ns, nt in n_changed:
        out.append(
            Finding(
                "numbers",
                "warning",
                f"number {ns.text!r} changed: the target has {nt.text!r}",
                segment=segment,
                source_span=(ns.start, ns.end),
                target_span=(nt.start, nt.end),
                data={"value": str(ns.value)},
            )
        )
    for ns in n_missing:
        severity: Severity = "info" if ns.small else "warning"
        note = " (it may be written out in words)" if ns.small else ""
        out.append(
            Finding(
                "numbers",
                severity,
                f"number {ns.text!r} not found in the target{note}",
                segment=segment,
                source_span=(ns.start, ns.end),
                data={"value": str(ns.value)},
            )
        )
    return out


def _calendar_name_in(text: str, kind: str, index: int | None, loc: Localizer) -> bool:
    """Does ``text`` name weekday or month ``index`` (``kind`` "days" or "months"), in the
    target or the source language, wide or abbreviated?"""
    if index is None:
        return False
    low = text.lower()
    for tag in (loc.target_tag, loc.source_lang):
        locale = get_locale(tag)
        if locale is None:
            continue
        table = locale.days if kind == "days" else locale.months
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                name = str(table[ctx][width][index]).lower().rstrip(".")
                if kind == "days":
                    name = name.split("-")[0]  # "quinta-feira" is often just "quinta"
                elif len(name) < 3:
                    continue
                if re.search(rf"(?<!\w){re.escape(name)}", low):
                    return True
    return False


def _weekday_in(text: str, weekday: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "days", weekday, loc)


def _month_in(text: str, month: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "months", month, loc)


CHECKERS: list[Checker] = [
    check_empty,
    check_untranslated,
    check_length,
    check_repetition,
    check_numbers,
]


def run_checks(
    segments: list[TranslatedSegment], ctx: CheckContext, checkers: list[Checker] | None = None
) -> list[Finding]:
    """Run every checker on every segment; findings are attached to segments and returned."""
    found: list[Finding] = []
    for seg in segments:
        for checker in checkers or CHECKERS:
            results = checker(seg, ctx)
            seg.findings.extend(results)
            found.extend(results)
    return found
