"""Deterministic test engines: they translate by rule, so tests can assert exact output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from translate.engines.base import Engine, ModelInfo
from translate.errors import UnsupportedPairError


class FakeEngine(Engine):
    """'Translates' by tagging each sentence with the target language: ``[pt] Hello.``.

    Serves en<->pt, en<->de and en<->fr, so pivot routes can be exercised; counts calls.
    """

    name = "fake"
    PAIRS: ClassVar[list[tuple[str, str]]] = [
        ("en", "pt"),
        ("pt", "en"),
        ("en", "de"),
        ("de", "en"),
        ("en", "fr"),
        ("fr", "en"),
    ]

    def __init__(self, **options: object) -> None:
        self.options = options
        self.calls: list[tuple[str, str, list[str]]] = []

    def pairs(self) -> list[tuple[str, str]]:
        return list(self.PAIRS)

    def model_info(self, source: str, target: str) -> ModelInfo:
        if (source, target) not in self.PAIRS:
            raise UnsupportedPairError(source, target)
        return ModelInfo(self.name, f"fake-{source}{target}", "1", source, target)

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append((source, target, list(sentences)))
        return [f"[{target}] {s}" for s in sentences]

    @property
    def sentences_translated(self) -> int:
        return sum(len(c[2]) for c in self.calls)


class ShortEngine(FakeEngine):
    """Returns one output too few: the pipeline must notice, not misalign."""

    name = "short"

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        return super().translate(sentences, source, target)[:-1]


class CurrencySwapEngine(FakeEngine):
    """Makes a typical engine error no repair can undo: pounds become euros ("£4,000" ->
    "4,000 euros"), so the facts gate must raise a blocking finding."""

    name = "swap"

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        import re

        out = super().translate(sentences, source, target)
        return [re.sub(r"£(\d[\d,.]*)", r"\1 euros", s) for s in out]
