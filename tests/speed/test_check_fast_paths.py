"""The check and localize stages' fast paths give what the code they replaced gave.

``measures_in`` memoizes each token's lookup and walks piece spans; the quotation-mark pass
visits the marks only; the address spans of a text are cached; the fact checks' patterns are
built once per language. Each is compared here with the former code (kept below as the
reference) on real sentences with currencies, units, quotation marks and addresses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from translate import facts
from translate.locales import Quotes
from translate.localize import quantities, quotes
from translate.localize.text import URL, protected_spans

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    *(ROOT / "benchmarks" / "protect_sentences.txt").read_text(encoding="utf-8").splitlines()[:20],
    "O governo gastou US$ 5,5 bilhões e R$ 300 milhões; a tarifa subiu 3% e 12 km/h.",
    "A $20 ticket, A$ 30, 20euros, 5 dólares de Hong Kong e 4 francos CFA de BCEAO.",
    "He said \"we have 'only' one condition\", and it's the Smiths' car: d'água, l’eau.",
    "Ele disse: «Temos ‘apenas’ uma condição» — ver https://example.com/a.b e info@x.org.",
    "A temperatura caiu para -12C, menos 40 graus, e 1.500 m² de área; 10 anos do iOS 12.",
    "Sales rose 3 percentage points to 45%, about half of the $1.2bn, the third in 2020.",
]


def _old_measures_in(text: str, langs: tuple[str, ...]) -> list[quantities.Measure]:
    """``measures_in`` before the memo: every candidate token looked up afresh."""
    lex, table = quantities._either_side(tuple(dict.fromkeys(langs)))
    pieces = list(quantities._PIECE.finditer(text))
    out: list[quantities.Measure] = []
    i = 0
    while i < len(pieces):
        first = pieces[i]
        if first.start() > 0 and text[first.start() - 1].isalnum() and first.group()[0].isalnum():
            i += 1
            continue
        found = quantities._longest_match(text, pieces[i:], table, lex.longest)
        if found is None:
            i += 1
            continue
        start, stop, ids = found
        if stop < len(text) and text[stop].isalnum() and text[stop - 1].isalnum():
            i += 1
            continue
        out.append(quantities.Measure(quantities._kind(ids), ids, start, stop, text[start:stop]))
        while i < len(pieces) and pieces[i].start() < stop:
            i += 1
    return out


@pytest.mark.parametrize("langs", [("pt", "en"), ("en", "pt")])
def test_measures_in_as_before(langs: tuple[str, ...]) -> None:
    found = 0
    for text in TEXTS:
        for _ in range(2):  # the second time through the memo
            assert quantities.measures_in(text, langs) == _old_measures_in(text, langs), text
        found += len(quantities.measures_in(text, langs))
    assert found >= 10  # the sentences do hold currencies and units


def _old_quote_marks(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch in quotes.DOUBLE_QUOTES + quotes.SINGLE_QUOTES]


def test_quote_pass_visits_every_mark() -> None:
    for text in TEXTS:
        assert [m.start() for m in quotes._ANY_QUOTE.finditer(text)] == _old_quote_marks(text)
    assert quotes.localize_quotes(TEXTS[-4], Quotes()).count("“") == 1


def test_address_spans_cached_but_fresh() -> None:
    text = TEXTS[-3]
    first = protected_spans(text)
    assert first == [m.span() for m in URL.finditer(text)] and len(first) == 2
    first.append((0, 1))  # a caller's list is its own
    assert protected_spans(text) == [m.span() for m in URL.finditer(text)]


def test_fact_patterns_as_before() -> None:
    """The per-language patterns built once find what the per-sentence ones found."""
    for text in TEXTS:
        for lang in ("en", "pt"):
            words = [str(w) for w in facts.facts_data(lang).get("percent", {}).get("words", [])]
            alt = "|".join(map(re.escape, words)) or "%"
            old = bool(re.search(rf"[%\u066a\u2030]|\b(?:{alt})", text, re.IGNORECASE))
            assert facts._says_percent(text, lang) is old
            scale = facts._scale_table(lang)[0]
            if scale:
                letters = "|".join(sorted(map(re.escape, scale), key=len, reverse=True))
                pattern = rf"(?<![\w.,])(\d+(?:\.\d+)?)\s?({letters})(?![\w])"
                assert [s.text for s in facts.scaled_in(text, lang)] == [
                    m.group() for m in re.finditer(pattern, text)]
    assert [v for *_, v in facts.negatives_in(TEXTS[-2], "pt")] == ["12", "40"]
