"""JSON edition: source and target aligned block by block and sentence by sentence."""

from __future__ import annotations

import json
from typing import Any

from ..model import Edition
from ..urls import safe_meta, safe_source
from .label import is_copy, mt_label
from .markdown import continues_note, definition_label
from .table import grid, runs

EXTENSION = "json"
SCHEMA_VERSION = 1


def to_dict(edition: Edition) -> dict[str, Any]:
    article = edition.article
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": article.id,
            "source": safe_source(article.source),
            "format": article.format,
            "title": article.title,
            "meta": safe_meta(article.meta),
            "language": article.lang.to_dict() if article.lang else None,
            "words": article.word_count,
        },
        "locale": edition.locale,
        "language": edition.target_lang,
        "source_language": edition.source_lang,
        "direction": edition.direction,
        "title": edition.title,
        "created": edition.created,
        "machine_translated": not is_copy(edition),
        "review": {
            "required": edition.review_required,
            "blocking": len(edition.blocking),
            "warnings": sum(1 for f in edition.findings if f.severity == "warning"),
        },
        "label": mt_label(edition),
        "signature": edition.signature.to_dict(),
        "dropped": [{"text": d.text, "rule": d.rule, "reason": d.reason} for d in article.dropped],
        "blocks": [
            {
                "index": i,
                # a data table's cell: table, row, column (the edition's "tables" lay it out)
                **({"cell": list(b.cell)} if b.cell is not None else {}),
                "kind": b.kind,
                "level": b.level,
                **({"number": b.number} if b.number is not None else {}),
                # a picture's caption (the block after its picture; html writes a <figcaption>)
                **({"caption": True} if b.caption else {}),
                **({"info": b.info} if b.kind == "code" else {}),
                # the label of the footnote the block defines (its text is the definition), or
                # that it goes on as the note's next paragraph (struct53)
                **({"footnote_continued" if continues_note(b) else "footnote": definition_label(b)}
                   if definition_label(b) else {}),
                "language": b.lang.to_dict() if b.lang else None,
                "source": b.source,
                "target": b.target,
                **(
                    {"source_inline": [x.to_dict() for x in b.source_inline]}
                    if b.source_inline
                    else {}
                ),
                **({"inline": [x.to_dict() for x in b.inline]} if b.inline else {}),
                "segments": [
                    {
                        "id": s.id,
                        "source": s.source,
                        "target": s.target,
                        "origin": s.origin,
                        "language": s.segment.lang,
                        "findings": [f.to_dict() for f in s.findings],
                        **({"terms": s.terms} if s.terms else {}),
                    }
                    for s in b.segments
                ],
            }
            for i, b in enumerate(edition.blocks)
        ],
        # each data table laid out over the blocks that hold its cells' text
        "tables": _tables(edition),
        "findings": [f.to_dict() for f in edition.findings],
        "reports": edition.reports,
        "stats": edition.stats,
    }


def _tables(edition: Edition) -> list[dict[str, Any]]:
    """Each data table of the edition: its number (``table`` of its cells' ``cell``) and its
    ``rows``, each a list of cells, each the list of the ``index`` of the blocks that hold its
    text (empty for an empty cell). Kept beside ``blocks``, not among them, so that every block
    has a text and segments; the cells are translated as any paragraph."""
    out: list[dict[str, Any]] = []
    for at, length in runs(edition.blocks):
        number = edition.blocks[at].cell
        out.append({"table": number[0] if number else 0,
                    "rows": grid(edition.blocks, at, length)})  # fmt: skip
    return out


def render(edition: Edition) -> str:
    """``json.dumps(..., indent=2)`` joined a few thousand pieces at a time: with an indent,
    ``dumps`` keeps every one of its pieces (a key, a comma, a line's indent) in one list before
    joining them, eight times the output's size (fuzz29: 16 MB for a 2 MB edition)."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    joined: list[str] = []
    pieces: list[str] = []
    for piece in encoder.iterencode(to_dict(edition)):
        pieces.append(piece)
        if len(pieces) >= 4096:
            joined.append("".join(pieces))
            pieces.clear()
    joined += pieces
    joined.append("\n")
    return "".join(joined)
