"""Red-team pass nine: each class found turned into a regular, fast test.

* A feed item (or any block) with thousands of links was quadratic in two places: the nesting of
  inline spans compared each span with every span kept before it (``inline._nested``), and the
  number-order check compared every number of a sentence with every other
  (``facts.check_number_order``); pairing numbers by value scanned the whole target for each
  source number (``localize.numbers.pair_numbers``). All three are now linear (or n log n) and
  give the same answers as before (checked here against the old code on random input).
* An invisible character or a bidi control inside a name ("Sil\\u200bva", "\\u202eatsoC\\u202c",
  displayed "Silva", "Costa") was published silently, and a zero-width space could hide a
  changed number ("15\\u200b000" displays 15000 while every check read 15 and 000). Both are
  blocking findings now (``facts.check_hidden_characters``).
"""

from __future__ import annotations

import gc
import json
import random
import time
from decimal import Decimal
from html import escape
from pathlib import Path

import pytest
from babel import Locale
from hostile.helpers import invoke, tree

from translate import inline
from translate.inline import _nested
from translate.localize.numbers import _values_match, find_numbers, pair_numbers
from translate.model import (
    Article,
    Block,
    Edition,
    EditionBlock,
    InlineSpan,
    Segment,
    Signature,
    TranslatedSegment,
)

_INNERMOST = {"code": 1, "image": 1}


def _nested_before(spans: list[InlineSpan]) -> list[InlineSpan]:
    """``inline._nested`` as it was before this pass (quadratic), the reference."""
    kept: list[InlineSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, _INNERMOST.get(s.kind, 0))):
        if span.end <= span.start:
            continue
        if any(k.start < span.start < k.end < span.end or span.start < k.start < span.end < k.end
               for k in kept):  # fmt: skip
            continue
        if any((k.start, k.end, k.kind, k.attrs) == (span.start, span.end, span.kind, span.attrs)
               for k in kept):  # fmt: skip
            continue
        kept.append(span)
    return kept


def test_nested_spans_are_the_same_as_before_on_random_markup() -> None:
    rng = random.Random(9)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randrange(1, 12)):
            a = rng.randrange(0, 20)
            b = a + rng.randrange(-1, 8)
            kind = rng.choice(["link", "strong", "code", "image", "em"])
            attrs = {"href": rng.choice(["/a", "/b"])} if kind == "link" else {}
            spans.append(InlineSpan(a, b, kind, attrs))
        assert _nested(spans) == _nested_before(spans), spans


def test_nesting_twenty_thousand_spans_is_fast() -> None:
    spans = [InlineSpan(i * 10, i * 10 + 6, "link", {"href": f"/p{i}"}) for i in range(20000)]
    spans += [InlineSpan(i * 10 + 3, i * 10 + 9, "strong", {}) for i in range(0, 20000, 7)]
    start = time.process_time()
    kept = _nested(spans)
    assert time.process_time() - start < 5  # 200 million comparisons before
    assert len(kept) == 20000  # every crossing <strong> is dropped, every link kept


def _pair_before(src: list, tgt: list) -> tuple[list, list]:  # type: ignore[type-arg]
    used: set[int] = set()
    matched, left = [], []
    for s in src:
        for j, t in enumerate(tgt):
            if j not in used and _values_match(s, t):
                used.add(j)
                matched.append((s, t))
                break
        else:
            left.append(s)
    return matched, left


def test_pairing_numbers_is_the_same_as_before_on_random_sentences() -> None:
    rng = random.Random(9)
    en, pt = Locale.parse("en"), Locale.parse("pt_BR")
    words = ["1", "2", "3", "10", "1,500", "2.5", "40%", "3 million", "$4m", "1.500", "2,5",
             "3 milhões", "40 por cento", "7", "1,000"]  # fmt: skip
    english = [*words[:9], "7", "1,000"]
    for _ in range(500):
        src = " and ".join(rng.choice(english) for _ in range(rng.randrange(6)))
        tgt = " e ".join(rng.choice(words) for _ in range(rng.randrange(6)))
        s, t = find_numbers(src, en), find_numbers(tgt, pt)
        matched, _, _ = pair_numbers(s, t)
        before, _ = _pair_before(s, t)
        assert [(a.start, b.start) for a, b in matched] == [(a.start, b.start) for a, b in before]


def test_pairing_thousands_of_numbers_is_linear() -> None:
    en = Locale.parse("en")
    text = ", ".join(str(v) for v in range(1000, 7000))
    numbers = find_numbers(text, en)
    start = time.process_time()
    matched, _, missing = pair_numbers(numbers, list(reversed(numbers)))
    assert time.process_time() - start < 5
    assert len(matched) == 6000 and not missing
    assert all(a.value == b.value == Decimal(a.digits) for a, b in matched[:3])


def _feed(links: int) -> str:
    html = "<p>About 4,000 families have returned after the floods. "
    html += "".join(f'<a href="/p{i}">link {i}</a> ' for i in range(links)) + "</p>"
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
            "<link>https://news.example.org/</link><description>d</description>"
            "<item><title>Families return</title><link>https://news.example.org/a</link>"
            f"<guid>https://news.example.org/a</guid><description>{escape(html)}</description>"
            "</item></channel></rss>")  # fmt: skip


@pytest.mark.usefixtures("fake_engine")
def test_a_feed_item_with_thousands_of_links_is_localized_in_linear_time(tmp_path: Path) -> None:
    times = {}
    for n in (500, 3000):
        src = tmp_path / f"f{n}.xml"
        src.write_text(_feed(n), encoding="utf-8")
        out = tmp_path / f"out{n}"
        # the whole suite's objects are left out of the collector's full passes while this is
        # timed: in a process that has run 6,000 tests each pass walks them all, and the run of
        # 3,000 links makes more passes, which read as 16x on CI with linear work (7x alone)
        gc.collect()
        gc.freeze()
        try:
            start = time.process_time()
            outcome = invoke("feed", src, "--from", "en", "--to", "pt-BR", "--engine", "fake",
                             "--out", out, "--db", tmp_path / f"s{n}.db", "-q")  # fmt: skip
            times[n] = time.process_time() - start
        finally:
            gc.unfreeze()
        assert outcome.code == 0, outcome.stderr
        page = next(p for p in out.rglob("*.html") if "link 1" in p.read_text(encoding="utf-8"))
        assert page.read_text(encoding="utf-8").count('href="') >= n
    # six times the links: linear is about 6x the time past the fixed costs; quadratic was 30x
    assert times[3000] < 15 * max(times[500], 0.5), times


def test_links_of_one_huge_sentence_ask_the_engine_for_their_words_not_the_sentence() -> None:
    """A paragraph of thousands of links and no full stop is one sentence: each link not found
    directly used to send the whole sentence, marked, to the engine (quadratic engine work;
    a feed item of 5,000 links ran for minutes). Past ``_CONTEXT_CHARS`` each link is placed by
    its words alone."""
    n = 3000
    source = " ".join(f"item{i}" for i in range(n))
    target = " ".join(f"artigo{i}" for i in range(n))
    spans, at = [], 0
    for i in range(n):
        spans.append(InlineSpan(at, at + len(f"item{i}"), "link", {"href": f"/p{i}"}))
        at += len(f"item{i}") + 1
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)
    block = EditionBlock("paragraph", 0, source, [seg], source_inline=spans)
    article = Article("a", [Block("paragraph", source, inline=spans)], "a.md", "md")
    edition = Edition(article, "pt-BR", "en", "pt", "ltr", [block],
                      Signature("fake", "m", "1", None, "none", "47", "0"),
                      "2020-01-01T00:00:00Z")  # fmt: skip
    asked: list[int] = []

    def phrases(batch: list[str]) -> list[str]:
        asked.extend(len(p) for p in batch)
        return [p.replace("item", "artigo") for p in batch]

    findings = inline.restore(edition, phrases, trailing=True)
    assert sum(asked) < 50 * n  # the marked sentence each time was 3,000 x 26,000 characters
    # (the twenty-fifth pass: the words alone of as many links as the engine's allowance for
    # the article's spans holds, inline._AskBudget; the others keep their address, written
    # after the sentence, and say why)
    allowance = inline.ASK_FLOOR_TEXTS + 1 + len(source) // inline.ASK_CHARS_PER_TEXT
    assert len(asked) == allowance
    assert len(block.inline) == n
    linked = [s for s in block.inline if s.kind == "link"]
    assert len(linked) == n and {s.attrs["href"] for s in linked} == {f"/p{i}" for i in range(n)}
    assert len(findings) == n - allowance
    assert all("allowance" in f.message for f in findings)
    # a sentence of news length still gets its marked translation (it places reordered words)
    assert len(source[:200]) <= inline._CONTEXT_CHARS


# --- names and numbers that read otherwise than they display --------------------------------------

def _run(tmp_path: Path, text: str, *extra: object) -> tuple[object, Path]:
    src = tmp_path / "hidden.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--format", "md,json,html",
                     "--from", "en", "--out", out, "--db", tmp_path / "s.db",
                     "--no-builtin-glossary", *extra)  # fmt: skip
    return outcome, out


def _blocking(out: Path) -> list[str]:
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    return [f["message"] for b in edition["blocks"] for s in b["segments"]
            for f in s["findings"] if f["severity"] == "error"]  # fmt: skip


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("name", ["Sil\u200bva", "Sil\u2060va", "Sil\ufeffva"])
def test_an_invisible_character_inside_a_name_is_removed_on_input_and_said(
    tmp_path: Path, name: str
) -> None:
    """A zero-width space, word joiner or BOM inside a word is removed by the reader
    (``input:split-word``): the name reaches the engine whole and the edition says what was
    changed on input, so nothing is published silently."""
    text = f"The mayor, {name}, approved the budget on Friday, officials said.\n"
    outcome, out = _run(tmp_path, text, "--on-findings", "hold")
    assert outcome.code == 0, (outcome.stderr, _blocking(out))
    assert "[input:split-word]" in outcome.stdout
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    assert "Silva" in " ".join(s["target"] for b in edition["blocks"] for s in b["segments"])
    assert any(d["rule"] == "input:split-word" for d in edition["dropped"])


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("name", ["\u202eavliS\u202c", "Si\u200flva", "\u2067Ana Silva\u2069"])
def test_a_hidden_character_in_a_name_is_never_published_silently(
    tmp_path: Path, name: str
) -> None:
    text = f"The mayor, {name}, approved the budget on Friday, officials said.\n"
    outcome, out = _run(tmp_path, text, "--on-findings", "hold")
    assert outcome.code == 9, outcome.stderr
    assert not list(out.glob("*.html")), tree(out)  # held, not published
    assert any("U+" in m and "display" in m for m in _blocking(out)), _blocking(out)


@pytest.mark.usefixtures("fake_engine")
def test_soft_hyphens_in_names_are_published(tmp_path: Path) -> None:
    text = "President Vladi\u00admir Putin met Benjamin Netan\u00adyahu on Friday, aides said.\n"
    outcome, out = _run(tmp_path, text)
    assert outcome.code == 0, (outcome.stderr, _blocking(out))
