"""Inline markup through translation: links, emphasis and code spans put back into the target.

The reader keeps inline markup as :class:`InlineSpan` objects beside a block's plain text; the
engine translates the plain text, exactly as it would without markup, so no sentence can come
out worse for carrying a link. After translation each span is aligned to the target:

1. the span's text itself in the sentence's translation (names, numbers, URLs, code, glossary
   names the glossary stage put back);
2. the span's text translated alone by the same engine, found in the sentence's translation;
3. a span over the whole sentence covers the whole translation.

A span that cannot be placed safely is not guessed at: the target keeps its words without the
markup, and a finding names what was lost (a link is a ``warning`` with its URL, so the facts
gate and the reviewer see it). A link whose URL has an unsafe scheme (``javascript:``...) is
never written: it is dropped with a ``warning``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import Edition, EditionBlock, Finding, InlineSpan, TranslatedSegment
from .urls import safe_url

PhraseTranslator = Callable[[list[str]], list[str]]
_OPENERS = "\"'“‘«(¿¡"
_CLOSERS = ".,;:!?\"'”’»)…"


def _find(
    target: str, phrase: str, near: float, *, stems: bool = False
) -> tuple[int, int] | None:
    """Where ``phrase`` stands in ``target`` as whole words (case-insensitive); of several
    places, the one nearest to the relative position ``near``."""
    phrase = phrase.strip(" .,;:!?\"'“”‘’«»")
    if not phrase:
        return None
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)", re.I
    )
    hits = [(m.start(), m.end()) for m in pattern.finditer(target)]
    if not hits and stems:
        # the same words inflected otherwise ("aumentou" / "aumentado"): each word's first five
        # letters, in order, with nothing between them but spaces
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


def _segment_offsets(block: EditionBlock) -> list[tuple[TranslatedSegment, int]]:
    """Each segment with a target and the offset of that target in ``block.target``."""
    out: list[tuple[TranslatedSegment, int]] = []
    offset = 0
    for seg in block.segments:
        if not seg.target:
            continue
        out.append((seg, offset))
        offset += len(seg.target) + len(block.joiner)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def restore(
    edition: Edition,
    translate_phrases: PhraseTranslator | None = None,
    *,
    only: set[int] | None = None,
) -> list[Finding]:
    """Align every block's (or the blocks ``only`` names') source spans to its target
    (``EditionBlock.inline``); the findings for spans that could not be placed are returned and
    added to their segments."""
    # phrases to translate alone: the text of spans not found verbatim in their sentence
    todo: list[tuple[EditionBlock, InlineSpan, TranslatedSegment, int]] = []
    findings: list[Finding] = []
    for index, block in enumerate(edition.blocks):
        if only is not None and index not in only:
            continue
        block.inline = []
        if not block.source_inline:
            continue
        placed = _segment_offsets(block)
        for span in block.source_inline:
            if span.kind == "link" and not safe_url(span.attrs.get("href", "")):
                seg = _segment_at(block, span)
                finding = Finding(
                    "inline",
                    "warning",
                    f"link with an unsafe URL dropped: {span.attrs.get('href', '')[:80]!r}",
                    segment=seg.id if seg else None,
                    data={"href": span.attrs.get("href", ""), "kind": "link", "unsafe": True},
                )
                findings.append(finding)
                if seg is not None:
                    seg.findings.append(finding)
                continue
            seg = _segment_at(block, span)
            if seg is None:
                findings.append(_lost(block, span, None, "it crosses a sentence boundary"))
                continue
            offset = next((o for s, o in placed if s is seg), None)
            if offset is None:
                continue  # the sentence has no target: nothing to mark
            got = _place_direct(seg, span)
            if got is not None:
                block.inline.append(_shift(span, got, offset))
            else:
                todo.append((block, span, seg, offset))
    phrases = [seg.source[span.start - seg.segment.start : span.end - seg.segment.start]
               for _, span, seg, _ in todo]  # fmt: skip
    translated: Sequence[str] = [""] * len(phrases)
    if phrases and translate_phrases is not None:
        try:
            translated = translate_phrases(phrases)
        except Exception:
            translated = [""] * len(phrases)
    for (block, span, seg, offset), phrase_target in zip(todo, translated, strict=True):
        rel_source = (span.start - seg.segment.start) / max(len(seg.source), 1)
        got = (
            _find(seg.target, phrase_target, rel_source, stems=True)
            if phrase_target.strip()
            else None
        )
        if got is not None:
            block.inline.append(_shift(span, got, offset))
            continue
        finding = _lost(block, span, seg, "its words could not be found in the translation")
        seg.findings.append(finding)
        findings.append(finding)
    for block in edition.blocks:
        block.inline = _nested(block.inline)
    return findings


def _segment_at(block: EditionBlock, span: InlineSpan) -> TranslatedSegment | None:
    for seg in block.segments:
        if seg.segment.start <= span.start and span.end <= seg.segment.end:
            return seg
    return None


def _place_direct(seg: TranslatedSegment, span: InlineSpan) -> tuple[int, int] | None:
    source = seg.source
    a, b = span.start - seg.segment.start, span.end - seg.segment.start
    if seg.target == source:
        return a, b
    if not source[:a].strip(" " + _OPENERS) and not source[b:].strip(" " + _CLOSERS):
        # the span is the whole sentence: the whole translation, less the punctuation around
        # it when the source's span left its own out
        target = seg.target
        start, end = _trim(target, 0, len(target))
        if source[:a].strip():
            while start < end and target[start] in _OPENERS:
                start += 1
        if source[b:].strip():
            while end > start and target[end - 1] in _CLOSERS:
                end -= 1
        return _trim(target, start, end) if end > start else None
    return _find(seg.target, source[a:b], a / max(len(source), 1))


def _shift(span: InlineSpan, got: tuple[int, int], offset: int) -> InlineSpan:
    return InlineSpan(offset + got[0], offset + got[1], span.kind, span.attrs)


def _lost(
    block: EditionBlock, span: InlineSpan, seg: TranslatedSegment | None, why: str
) -> Finding:
    text = block.source[span.start : span.end]
    if span.kind == "link":
        href = span.attrs.get("href", "")
        return Finding(
            "inline",
            "warning",
            f"link {text!r} -> {href} not placed in the translation: {why}",
            segment=seg.id if seg else None,
            data={"kind": "link", "href": href, "text": text},
        )
    return Finding(
        "inline",
        "info",
        f"{span.kind} markup on {text!r} not placed in the translation: {why}",
        segment=seg.id if seg else None,
        data={"kind": span.kind, "text": text},
    )


def _nested(spans: list[InlineSpan]) -> list[InlineSpan]:
    """Spans sorted outer first; one that crosses an earlier one is dropped (markup must nest)."""
    kept: list[InlineSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start:
            continue
        if any(
            k.start < span.start < k.end < span.end or span.start < k.start < span.end < k.end
            for k in kept
        ):
            continue
        if any(k.start == span.start and k.end == span.end and k.kind == span.kind for k in kept):
            continue
        kept.append(span)
    return kept


def render(
    text: str,
    spans: Sequence[InlineSpan],
    escape: Callable[[str, int], str],
    wrap: Callable[[InlineSpan, str, str], str],
) -> str:
    """``text`` with its spans applied: ``escape(piece, offset)`` for text, ``wrap(span, inner,
    raw)`` for each span (``inner`` rendered, ``raw`` the span's plain text)."""
    ordered = _nested([s for s in spans if 0 <= s.start < s.end <= len(text)])

    def go(start: int, end: int, inside: list[InlineSpan]) -> str:
        out: list[str] = []
        pos = start
        i = 0
        while i < len(inside):
            span = inside[i]
            children: list[InlineSpan] = []
            j = i + 1
            while j < len(inside) and inside[j].start < span.end:
                children.append(inside[j])
                j += 1
            if span.start > pos:
                out.append(escape(text[pos : span.start], pos))
            out.append(wrap(span, go(span.start, span.end, children), text[span.start : span.end]))
            pos = span.end
            i = j
        if pos < end:
            out.append(escape(text[pos:end], pos))
        return "".join(out)

    return go(0, len(text), ordered)
