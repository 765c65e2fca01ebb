"""speed25: the URL scans of the checks and of ``protected_spans`` are skipped on a text the
URL pattern cannot match (``localize.text.may_have_url``: no "://", no "@" and no "." with a
character that is not a space after it), and ``check._unworded`` skips its scan on a text with
no "@", "#" or "_". The gates must answer exactly what the full scans answer: both are run on
every sentence of every facts set and corpus page, and on made cases of each URL form."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from translate import check
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
        assert protected_spans(text) == full
        assert check._unworded(text) == check._UNWORDED.sub(" ", text)
    assert skipped > len(texts) // 4  # the gate pays: many sentences are not scanned
    assert not may_have_url("A sentence that ends.") and may_have_url("See www.x.org")


def test_each_url_form_passes_the_gate() -> None:
    """Each alternative of the URL pattern, alone, is let through (and found)."""
    for text in ("http://a", "https://a", "www.a", "a@b.c", "x.com", "X.ORG", "y.io/z"):
        assert may_have_url(text) and URL.search(text) is not None, text
    assert check._unworded("@handle #tag a_b") == check._UNWORDED.sub(" ", "@handle #tag a_b")
    assert check._unworded("no handles here") == "no handles here"
