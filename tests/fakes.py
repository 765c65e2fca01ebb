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


class WordEngine(FakeEngine):
    """Translates word by word from a small table (placeholders pass through as the real
    engines copy them), so a test can see whether a span reached the engine or was masked."""

    name = "words"
    WORDS: ClassVar[dict[str, str]] = {
        "gauge": "calibre", "readings": "leituras", "were": "eram", "normal": "normais",
        "run": "corra", "make": "faça", "test": "teste", "the": "o", "and": "e",
    }

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append((source, target, list(sentences)))
        return [
            " ".join(self.WORDS.get(w.lower(), w) for w in s.split(" ")) for s in sentences
        ]


class LosingEngine(WordEngine):
    """Like WordEngine, but drops every placeholder, as an engine sometimes does."""

    name = "losing"

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        import re

        return super().translate(
            [re.sub(r"XNAME\d+X", "thing", s) for s in sentences], source, target
        )


class VarietyEngine(FakeEngine):
    """Answers from a script, like the embedded model: Portuguese of both varieties in one
    sentence, a name left out of its first answer and written back in its placeholder
    retranslation (probe47). Unscripted sentences are tagged as by :class:`FakeEngine`."""

    name = "variety"
    SCRIPT: ClassVar[dict[str, str]] = {
        "The Economic Framework was launched with India and Vietnam.":
            "O Quadro Económico foi lançado com o Vietnã.",
        "The Economic Framework was launched with XNAME0X and Vietnam.":
            "O Quadro Econômico foi lançado com XNAME0X e o Vietnã.",
        "The summit was held with India and Singapore.":
            "A cimeira foi realizada com Singapura.",
        "The summit was held with XNAME0X and Singapore.":
            "A cimeira foi realizada com XNAME0X e Singapura.",
    }

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append((source, target, list(sentences)))
        return [self.SCRIPT.get(s, f"[{target}] {s}") for s in sentences]
