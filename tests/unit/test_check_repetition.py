"""The repetition check: an engine that loops ("a casa a casa a casa a casa") is flagged; a
target that repeats only what its source repeats (a list of links: "https example org" once per
link) is not. The source was compared as raw text, so the words of a URL never matched and a
copied list of links was flagged."""

from __future__ import annotations

import pytest

from translate.check import CheckContext, check_repetition
from translate.model import Segment, TranslatedSegment

CTX = CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


def _flagged(source: str, target: str) -> bool:
    seg = TranslatedSegment(Segment("s0", 0, 0, source, 0, len(source), "en"), target, origin="mt")
    return bool(check_repetition(seg, CTX))


LINKS = " ".join(f"https://example.org/story/{i}" for i in range(6))


@pytest.mark.parametrize(("source", "target", "want"), [
    ("The house is big.", "A casa é grande a casa é grande a casa é grande a casa é grande.", True),
    ("Go.", "vai vai vai vai vai vai", True),
    (LINKS, LINKS, False),  # the source's own repeats
    ("Ha ha ha ha ha ha, he said.", "Ha ha ha ha ha ha, disse ele.", False),
    ("Ha ha ha, he said.", "Ha ha ha ha ha ha ha ha, disse ele.", True),  # more than the source
    ("The talks resumed on Monday.", "As negociações foram retomadas na segunda-feira.", False),
])
def test_repetition(source: str, target: str, want: bool) -> None:
    assert _flagged(source, target) is want
