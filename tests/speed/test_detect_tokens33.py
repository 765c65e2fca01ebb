"""speed33: a language-ID profile (translate.detect.rules.Profile) finds the words of its text
once, for ``words``, ``language_words`` and ``names_share`` (three scans of every paragraph
before, ahead of the engine's first sentence): the same values as the three scans gave."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from translate.detect import core, get_detector
from translate.detect.rules import Profile, profile, rules
from translate.read import read_article

WORD = re.compile(r"\w+")
ROOT = Path(__file__).resolve().parents[2]


def _words(text: str) -> Counter[str]:  # the three readers as they were (732051a3)
    return Counter(w.lower() for w in WORD.findall(text))


def _language_words(text: str) -> int:
    words = [w for w in WORD.findall(text) if w[0].isalpha()]
    if text.upper() == text:
        return len(_words(text))
    return len({w.lower() for i, w in enumerate(words) if i == 0 or not w[0].isupper()})


def _names_share(text: str) -> float:
    words = [w for w in WORD.findall(text) if w[0].isalpha()][1:]
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def _texts() -> list[str]:
    rng = random.Random(33)
    pieces = ["Por", "Matt", "e", "Jason", "ÉTÉ", "über", "_x", "3rd", "2020", "São", "Paulo",
              "ПУТИН", "путин", "東京", "l'État", "Ouví-los", "fer-los", "NATO", "a", "the",
              " ", " ", "  ", ", ", ". ", "\n", "-", "’", "_", "9_a", "İstanbul", "ǅemal"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += [t.upper() for t in texts[:300]]
    for path in sorted((ROOT / "examples").glob("*.txt")):  # real paragraphs
        texts += path.read_text(encoding="utf-8").split("\n\n")
    return texts


def test_profile_reads_the_same_words_as_the_three_scans() -> None:
    data = rules()
    texts = _texts()
    assert len(texts) > 3300
    for text in texts:
        prof = profile(text, data)
        assert isinstance(prof, Profile)
        assert prof.words == _words(text), text
        assert prof.language_words == _language_words(text), text
        assert prof.names_share == _names_share(text), text
    # and in the other order (each cached reader may be the first to find the words)
    for text in texts[:500]:
        prof = profile(text, data)
        assert prof.names_share == _names_share(text)
        assert prof.language_words == _language_words(text)
        assert prof.words == _words(text)


def test_each_block_letters_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """detect_blocks counts each block's letters once (its ``sizes``), not again for the
    article's confidence; the article's language and every block's as the counts give them."""
    counted: list[str] = []
    letters = core._letters

    def spy(text: str) -> int:
        counted.append(text)
        return letters(text)

    article = read_article(ROOT / "examples" / "caucasus-talks.txt")
    detector = get_detector(None)
    plain = core.detect_blocks(read_article(ROOT / "examples" / "caucasus-talks.txt"), detector)
    monkeypatch.setattr(core, "_letters", spy)
    found = core.detect_blocks(article, detector)
    assert found.lang == plain.lang and found.lang is not None and found.lang.lang == "en"
    assert [b.lang for b in found.blocks] == [b.lang for b in plain.blocks]
    # counted again only where a rule reads a block left undetermined ("Share this: Facebook
    # Twitter"); the English paragraphs once each (twice before speed33: the confidence's share)
    again = {text for text in counted if counted.count(text) > 1}
    english = [b.text for b in found.blocks if b.lang is not None and b.lang.lang == "en"]
    assert len(english) >= 7 and not again & set(english)
    assert all(b.lang is not None and b.lang.lang == "und" for b in found.blocks if b.text in again)
