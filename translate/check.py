"""Quality checks on translated segments: small functions, each returning findings.

Every checker takes ``(segment, context)`` and returns a list of :class:`Finding`; the list
``CHECKERS`` is the registry (Babel's ``messages.checkers`` idea). Checks never fail a run:
they flag things for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Finding, TranslatedSegment


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
    from .localize import missing_numbers

    names = [(t["source_span"][0], t["source_span"][1]) for t in seg.terms
             if isinstance(t.get("source_span"), (list, tuple))]
    return missing_numbers(
        seg.source, seg.target, seg.segment.lang or ctx.source_lang, ctx.locale, segment=seg.id,
        names=names,
    )


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
