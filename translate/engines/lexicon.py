"""The embedded models' vocabularies as word lists, written at build time.

``translate.untranslatable.engine_lexicon`` reads the words each SentencePiece model holds
whole (about 16,000 per language) straight from the model's protobuf: about 0.06 s of a first
run's CPU; ``engine_capitalized`` reads the capitalized ones the same way (about 0.04 s).
``lexicon/<vocabulary file>.txt`` holds the first list and
``lexicon/capitalized/<vocabulary file>.txt`` the second (in a folder of its own: the glossary's
index is keyed by the first lists, translate.glossary.cache), written by ``python
scripts/engine_lexicon.py``; the first line of each is the SHA-256 of the vocabulary file it
was read from, so a list is used only for that very file (another model version reads its file
as before: the same words, slower). tests/engines/test_lexicon_shipped.py checks every list
against its model.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "lexicon"


# what each list holds (translate.untranslatable): its folder under SHIPPED
KINDS = {"words": "", "capitalized": "capitalized"}


def shipped_path(vocabulary: Path, kind: str = "words") -> Path:
    return SHIPPED / KINDS[kind] / f"{vocabulary.name}.txt"


def header(vocabulary: Path) -> str:
    return "sha256 " + hashlib.sha256(vocabulary.read_bytes()).hexdigest()


def text_of(vocabulary: Path, words: frozenset[str]) -> str:
    return header(vocabulary) + "\n" + "\n".join(sorted(words)) + "\n"


def read_shipped(vocabulary: Path, kind: str = "words") -> frozenset[str] | None:
    """The shipped word list of ``vocabulary`` (``kind``: which one), or None when there is
    none for this file."""
    try:
        text = shipped_path(vocabulary, kind).read_text(encoding="utf-8")
        head, _, body = text.partition("\n")
        if head != header(vocabulary):
            return None
    except OSError:
        return None
    return frozenset(body.split())
