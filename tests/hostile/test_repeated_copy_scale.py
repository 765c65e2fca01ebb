"""struct40's second-copy rule (``boilerplate._repeated_copy``) on hostile pages.

Its first form compared every earlier place of a block's text block by block, cubic in the
blocks of a page of equal lines: fuzz29's 20,000 tiny paragraphs hung the whole suite at
integration. It now reads each diagonal once (and a text the page holds more than
``REPEATED_COPY_STARTS`` times starts no copy). These tests pin what it finds to the block by
block comparison, and run the pages that hung."""

from __future__ import annotations

import random

from translate import boilerplate
from translate.model import Block

PROSE = "word " * 16


def _naive(blocks: list[Block]) -> set[int]:
    """The rule read block by block, every earlier place of a start's text compared."""
    keys = [" ".join(b.text.split()).casefold() for b in blocks]
    counts = {k: keys.count(k) for k in keys}
    seen: dict[str, list[int]] = {}
    copy: set[int] = set()
    i = 0
    while i < len(blocks):
        best = 0
        for j in seen.get(keys[i], ()):
            n = 0
            while i + n < len(blocks) and j + n < i and keys[j + n] == keys[i + n]:
                n += 1
            prose = sum(1 for b in blocks[i : i + n] if boilerplate._prose(b))
            if n >= boilerplate.REPEATED_COPY_MIN and prose >= boilerplate.REPEATED_COPY_PROSE:
                best = max(best, n)
        if best:
            copy.update(range(i, i + best))
            i += best
            continue
        if keys[i] and counts[keys[i]] <= boilerplate.REPEATED_COPY_STARTS:
            seen.setdefault(keys[i], []).append(i)
        i += 1
    return copy


def _page(rng: random.Random) -> list[Block]:
    size = rng.randint(5, 40)
    base = [f"{PROSE}{k}." if rng.random() < 0.5 else f"line {k}" for k in range(size)]
    seq = list(base)
    for _ in range(rng.randint(0, 3)):  # copies of slices of the article, anywhere
        a = rng.randint(0, len(base) - 1)
        b = rng.randint(a, len(base))
        pos = rng.randint(0, len(seq))
        seq[pos:pos] = base[a:b]
    for _ in range(rng.randint(0, 5)):
        seq.insert(rng.randint(0, len(seq)), rng.choice(["x", "", f"{PROSE}z.", "line 1"]))
    return [Block(kind="paragraph", text=t) for t in seq]


def test_the_same_copies_as_the_block_by_block_comparison() -> None:
    rng = random.Random(40)
    found = 0
    for _ in range(1500):
        blocks = _page(rng)
        expected = _naive(blocks)
        assert boilerplate._repeated_copy(blocks) == expected
        found += bool(expected)
    assert found > 100  # the pages do hold copies the rule drops


def test_pages_of_repeated_lines_finish_and_drop_nothing() -> None:
    flood = [Block(kind="paragraph", text="x")] * 40_000
    period = [Block(kind="paragraph", text=f"k{i % 7}") for i in range(40_000)]
    thrice = [Block(kind="paragraph", text=f"k{i}") for i in range(8_000)] * 3
    for blocks in (flood, period, thrice):
        assert boilerplate._repeated_copy(blocks) == set()


def test_an_article_printed_twice_is_still_found() -> None:
    article = [Block(kind="paragraph", text=f"{PROSE}{k}.") for k in range(12)]
    blocks = [*article, Block(kind="paragraph", text="Share this"), *article]
    assert boilerplate._repeated_copy(blocks) == set(range(13, 25))
