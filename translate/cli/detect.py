"""``translate detect``: the language of an article and of each of its paragraphs."""

from __future__ import annotations

import json
from typing import Any

import click

from ..model import Article, Block, LanguageGuess
from .common import json_errors

_PREVIEW = 60


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PREVIEW else flat[: _PREVIEW - 1] + "…"


def _paragraph(index: int, block: Block) -> dict[str, Any]:
    guess = (block.lang or LanguageGuess("und", 0.0, "none")).to_dict()
    return {
        "index": index,
        "kind": block.kind,
        "lang": guess["lang"],
        "confidence": guess["confidence"],
        "method": guess["method"],
        "text": _preview(block.text),
    }


def detect_report(article: Article) -> dict[str, Any]:
    """The ``--json`` document: article language and one entry per block."""
    guess = article.lang.to_dict() if article.lang else None
    return {
        "article": {"id": article.id, "source": article.source, **(guess or {"lang": "und"})},
        "paragraphs": [_paragraph(i, b) for i, b in enumerate(article.blocks)],
    }


@click.command("detect")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print a JSON document instead of text.")
@click.option(
    "--detector",
    metavar="NAME",
    default=None,
    help="Language detector (default: combined; see README).",
)
def detect(file: str, as_json: bool, detector: str | None) -> None:
    """Detect the language of FILE and of each of its paragraphs.

    Confidence is calibrated by text length: a name or a short heading gives "und"
    rather than a confident guess.
    """
    from ..detect import detect_article
    from ..read import read_article

    article = detect_article(read_article(file), detector)
    report = detect_report(article)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    head = report["article"]
    if "confidence" in head:
        click.echo(f"article: {head['lang']} ({head['confidence']:.2f}, {head['method']})")
    else:
        click.echo(f"article: {head['lang']}")
    for p in report["paragraphs"]:
        click.echo(
            f"  {p['index']:>3}  {p['kind']:<9}  {p['lang']:<3}  {p['confidence']:.2f}  "
            f"{p['method']:<10}  {p['text']}"
        )


COMMANDS = [detect]
