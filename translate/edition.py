"""Assemble an :class:`Edition` from translated segments: the single input of every writer."""

from __future__ import annotations

from babel.core import get_cldr_version

from . import __version__
from .clock import utc_now
from .model import (
    Article,
    Edition,
    EditionBlock,
    EditionStats,
    Finding,
    Signature,
    TranslatedSegment,
)


def make_signature(
    engine: str, model: str, version: str, pivot: str | None, glossary: str,
    detector: str = "unknown",
) -> Signature:
    return Signature(
        engine=engine,
        model=model,
        model_version=version,
        pivot=pivot,
        glossary=glossary,
        cldr=str(get_cldr_version()),
        tool_version=__version__,
        detector=detector,
    )


def assemble(
    article: Article,
    translated: list[TranslatedSegment],
    *,
    locale: str,
    source_lang: str,
    target_lang: str,
    direction: str,
    joiner: str,
    signature: Signature,
    findings: list[Finding],
    stats: EditionStats,
) -> Edition:
    """Group segments back into their blocks, in input order; blocks without text are kept empty."""
    by_block: dict[int, list[TranslatedSegment]] = {}
    for seg in translated:
        by_block.setdefault(seg.segment.block, []).append(seg)
    blocks = [
        EditionBlock(
            kind=block.kind,
            level=block.level,
            source=block.text,
            segments=sorted(by_block.get(i, []), key=lambda s: s.segment.index),
            lang=block.lang,
            joiner=joiner,
            source_inline=list(block.inline),
            number=block.number,
            info=block.info,
            cell=block.cell,
            caption=block.caption,
        )
        for i, block in enumerate(article.blocks)
    ]
    return Edition(
        article=article,
        locale=locale,
        source_lang=source_lang,
        target_lang=target_lang,
        direction="rtl" if direction == "rtl" else "ltr",
        blocks=blocks,
        signature=signature,
        created=utc_now(),
        findings=findings,
        stats=stats.copy(),
    )
