"""speed25: the URL scans of the checks and of ``protected_spans`` are skipped on a text the
URL pattern cannot match (``localize.text.may_have_url``: no "://", no "@" and no "." with a
character that is not a space after it), and ``check._unworded`` skips its scan on a text with
no "@", "#" or "_". The gates must answer exactly what the full scans answer: both are run on
every sentence of every facts set and corpus page, and on made cases of each URL form."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from translate import check
from translate.identifiers import identifier_spans
from translate.localize.text import URL, may_have_url, protected_spans, without_urls

ROOT = Path(__file__).resolve().parents[2]

MADE = [
    "See https://example.org/a for more.", "HTTP://EXAMPLE.ORG", "Go to www.example.net now",
    "WWW.Example.Com", "Write to ana.silva+news@example.co.uk today.", "ping @handle and #tag",
    "the site example.com says", "NASA.GOV said", "report.pdf", "end.", "no url here",
    "two... dots", "U.S. officials", "x.io", "mailto:a@b.c", "a_b_c file_name", "ftp://x",
    "a . b", "a.\u00a0b", "a.\tb", "", ".", "@", "://", "#", "_",
]  # fmt: skip


def _texts() -> Iterator[str]:
    """Every sentence of every facts set (source, engine output, mutated target) and every line
    of every real-world corpus page, and the made cases."""
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for text in (r["source"], r.get("engine"), r.get("target")):
                    if text:
                        yield text
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        yield from path.read_text(encoding="utf-8").splitlines()
    yield from MADE


def test_the_gates_answer_what_the_full_scans_answer() -> None:
    texts = list(dict.fromkeys(_texts()))
    assert len(texts) > 5000  # the sets and the pages are there
    skipped = 0
    for text in texts:
        full = [m.span() for m in URL.finditer(text)]
        if not may_have_url(text):
            skipped += 1
            assert full == [], text
        assert without_urls(text) == URL.sub(" ", text)
        # untrans43: the protected spans are the URLs and the scholarly identifiers
        ids = {(s, e) for s, e, _ in identifier_spans(text)}
        assert protected_spans(text) == sorted({*full, *ids}), text
        assert check._unworded(text) == check._UNWORDED.sub(" ", text)
    assert skipped > len(texts) // 4  # the gate pays: many sentences are not scanned
    assert not may_have_url("A sentence that ends.") and may_have_url("See www.x.org")


def test_each_url_form_passes_the_gate() -> None:
    """Each alternative of the URL pattern, alone, is let through (and found)."""
    for text in ("http://a", "https://a", "www.a", "a@b.c", "x.com", "X.ORG", "y.io/z"):
        assert may_have_url(text) and URL.search(text) is not None, text
    assert check._unworded("@handle #tag a_b") == check._UNWORDED.sub(" ", "@handle #tag a_b")
    assert check._unworded("no handles here") == "no handles here"


def test_the_month_probe_finds_every_solo_month_name() -> None:
    """find_dates skips the lone month names' scans where ``_month_probe`` found nothing: safe
    because the probe finds each name those scans look for, in every CLDR locale babel has."""
    from babel import localedata

    from translate.localize import dates
    from translate.localize.dates import _month_probe, _solo_patterns

    missed = []
    read = 0
    for loc in localedata.locale_identifiers():
        try:
            names = dates._names(loc)
        except Exception:  # a locale the date reader cannot load is not read
            continue
        probe = _month_probe((loc,))
        month_patterns = [p for kind, p in _solo_patterns(loc) if kind == "M"]
        for name in names.wide_months:
            for text in (name, f"em {name} de", f"In {name}, x"):
                if any(p.search(text) for p in month_patterns):
                    read += 1
                    if probe.search(text) is None:
                        missed.append((loc, text))
    assert missed == []
    assert read > 10000  # hundreds of locales' names were looked at


def test_dates_with_the_month_gate_are_the_full_reading(monkeypatch: Any) -> None:
    """find_dates on every sentence of the facts sets and the corpus pages, with the gate and
    with the lone month names always looked for: the same mentions."""
    from translate.localize import dates
    from translate.localize.dates import SHAPE_LOCALES, find_dates

    texts = list(dict.fromkeys(_texts()))
    cases = [(SHAPE_LOCALES, ("en",)), (SHAPE_LOCALES, ("pt-BR", "en")), (SHAPE_LOCALES, ("pt",))]
    gated = [[find_dates(t, s, n, names_in_caps=True) for s, n in cases] for t in texts]
    real = dates._solo_names

    def full(*a: Any, **k: Any) -> Any:
        k["months"] = True
        return real(*a, **k)

    monkeypatch.setattr(dates, "_solo_names", full)
    whole = [[find_dates(t, s, n, names_in_caps=True) for s, n in cases] for t in texts]
    assert gated == whole
    assert sum(1 for g in gated for per in g if per) > 100  # dates were read
