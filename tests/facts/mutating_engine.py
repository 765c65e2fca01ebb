"""A test engine that makes one engine-like error (``RULES``: regex, replacement) in the fake
engine's output, so a test can follow a wrong fact through ``translate run``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from fakes import FakeEngine


class MutatingEngine(FakeEngine):
    name = "mutating"
    RULES: ClassVar[list[tuple[str, str]]] = []

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        out = super().translate(sentences, source, target)
        for pattern, replacement in self.RULES:
            out = [re.sub(pattern, replacement, s) for s in out]
        return out
