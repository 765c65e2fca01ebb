"""Check an article's proper names against the glossary: what ``translate check`` reports.

Every mention of a glossary name, including misspellings, with offsets into the article's text
as decoded; HTML and Markdown are searched as text, not markup. The CLI, the HTTP service and
the cluster runner all call :func:`check_names`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .detect import detect_language
from .errors import InputError
from .glossary import MentionContext, apply_fixes
from .glossary.match import find_mentions_in_pieces, persons_word
from .glossary.model import Glossary, Mention
from .model import UNDETERMINED, Article
from .read import read_article


@dataclass(frozen=True)
class NameCheck:
    """The names found in one article."""

    source: str | None  # where the article came from
    text: str  # the article's text, which the mentions' offsets index
    source_lang: str
    mentions: tuple[Mention, ...]
    glossary_hash: str
    glossary_entries: int
    unplaced: int = 0  # mentions whose surface could not be found in ``text``

    @property
    def flagged(self) -> int:
        """Mentions that are not the name as listed (misspellings, deprecated, partial)."""
        return sum(m.match not in ("exact", "alias") for m in self.mentions)

    @property
    def names(self) -> int:
        """Distinct glossary entries mentioned."""
        return len({m.entry.id for m in self.mentions})

    def fixed_text(self) -> str:
        """The article's text with every flagged variant replaced by its canonical form."""
        if not self.text:
            raise InputError("nothing to fix", path=self.source)
        return apply_fixes(self.text, list(self.mentions))

    def to_dict(self) -> dict[str, Any]:
        return {"mentions": [m.to_dict() for m in self.mentions]}


def article_pieces(article: Article) -> tuple[str, list[tuple[int, str]]]:
    """The text of ``article`` and the pieces to search, each with its offset in that text
    (-1 when a block cannot be located in it).

    Plain text is searched whole, so every offset is an offset into the file as decoded.
    """
    text = article.text
    if article.format == "txt":
        return text, [(0, text)]
    pieces: list[tuple[int, str]] = []
    cursor = 0
    for block in article.blocks:
        start = block.start
        if start < 0 or text[start : start + len(block.text)] != block.text:
            found = text.find(block.text, cursor)
            start = found if found >= 0 else -1
        if start >= 0:
            cursor = start + len(block.text)
        pieces.append((start, block.text))
    return text, pieces


def read_source(path: str | Path) -> tuple[str, list[tuple[int, str]]]:
    """:func:`article_pieces` of the article read from ``path``."""
    return article_pieces(read_article(path))


def check_names(
    article: Article, glossary: Glossary, source_lang: str | None = None
) -> NameCheck:
    """Every mention of a ``glossary`` name in ``article``; the language is detected unless
    ``source_lang`` is given (English when detection cannot tell)."""
    text, pieces = article_pieces(article)
    if source_lang is None:
        guess = detect_language(" ".join(piece for _, piece in pieces)).lang
        source_lang = "en" if guess == UNDETERMINED else guess
    # A block that is not verbatim in the text (HTML entities, line breaks) still yields
    # its mentions, placed by their surface: an HTML page gives what its text gives.
    context = MentionContext()
    mentions, unplaced = find_mentions_in_pieces(text, pieces, glossary,
                                                 source_lang=source_lang, context=context)
    # A place misspelt as the surname of a person the article names in full is that person.
    mentions = [m for m in mentions if not persons_word(m, context.named_others)]
    return NameCheck(
        source=article.source, text=text, source_lang=source_lang, mentions=tuple(mentions),
        glossary_hash=glossary.hash, glossary_entries=len(glossary), unplaced=unplaced,
    )  # fmt: skip
