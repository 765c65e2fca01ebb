"""Markdown edition: front matter for machines, the article, and the MT label for readers."""

from __future__ import annotations

import json
import re

from ..model import Edition
from ..urls import safe_source
from .label import mt_label

EXTENSION = "md"

_BLOCK_START = re.compile(r"^(\s*)([#>+\-*=]|\d+[.)])")
_INLINE = re.compile(r"([\\`*_\[\]<>|])")


def escape(text: str) -> str:
    """Escape text so Markdown renders it literally.

    >>> escape("# not a heading *really*")
    '\\\\# not a heading \\\\*really\\\\*'
    """
    text = _INLINE.sub(r"\\\1", re.sub(r"[ \t\r\n]+", " ", text).strip())
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _front_matter(edition: Edition) -> list[str]:
    fields = {
        "title": edition.title or "",
        "lang": edition.locale,
        "dir": edition.direction,
        "source_lang": edition.source_lang,
        "source": safe_source(edition.article.source) or "",
        "machine_translated": True,
        "review_required": edition.review_required or "",
        "blocking_findings": len(edition.blocking) if edition.review_required else "",
        "signature": edition.signature.format(),
        "created": edition.created,
    }
    lines = ["---"]
    for key, value in fields.items():
        if value == "":
            continue
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")  # JSON scalars are YAML
    lines.append("---")
    return lines


def render(edition: Edition) -> str:
    out = _front_matter(edition)
    out.append("")
    for block in edition.blocks:
        text = block.target
        if not text:
            continue
        if block.kind == "title":
            out.append(f"# {escape(text)}")
        elif block.kind == "heading":
            out.append(f"{'#' * min(max(block.level, 2), 6)} {escape(text)}")
        elif block.kind == "list_item":
            out.append(f"- {escape(text)}")
        elif block.kind == "quote":
            out.append(f"> {escape(text)}")
        else:
            out.append(escape(text))
        out.append("")
    out.append("---")
    out.append("")
    out.append(f"*{escape(mt_label(edition))}*")
    return "\n".join(out) + "\n"
