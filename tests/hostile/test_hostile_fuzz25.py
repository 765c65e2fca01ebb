"""Classes the twenty-fourth pass's fuzzer mutations (benchmarks/fuzz_inputs.py ``json-hostile``:
a number of thousands of digits, arrays nested 100,000 deep) found, on the shapes it made.

``json.loads`` refuses them with a plain ``ValueError`` (Python's 4,300-digit limit on integer
conversion) or a ``RecursionError``, not ``JSONDecodeError``; readers that caught only that one
ended in an internal error (exit 1): a JSON Feed, ``translate batch`` on a JSONL file (the whole
batch), ``translate run --jsonl`` (an E001 record), a page whose JSON-LD nests deep, a JSON
edition given to ``review apply``. One reader now refuses all three (translate/jsontext.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import HOSTILE, invoke

from translate.jsontext import BadJSON, loads

DIGITS = "9" * 5000
DEEP = "[" * 100_000 + "]" * 100_000
TEXT = "About 40 families returned to their villages on Monday, the minister said."


@pytest.mark.parametrize("text, reason", [
    ('{"n": ' + DIGITS + "}", "number too long"),
    ('{"deep": ' + DEEP + "}", "nested too deeply"),
    ('{"a": ', "not valid JSON (line 1"),
])  # fmt: skip
def test_one_reader_refuses_every_bad_json(text: str, reason: str) -> None:
    with pytest.raises(BadJSON) as info:
        loads(text)
    assert reason in str(info.value) and "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_json_feed_with_a_number_too_long_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text('{"version": "https://jsonfeed.org/version/1.1", "title": "W", "n": '
                    + DIGITS + ', "items": [{"id": "1", "content_text": "' + TEXT + '"}]}',
                    encoding="utf-8")  # fmt: skip
    out = invoke("feed", feed, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                 tmp_path / "out", "--db", tmp_path / "t.db", "-q")  # fmt: skip
    out.refused(3, "number too long")


def _jsonl(tmp_path: Path) -> Path:
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join([
        '{"id": "a", "n": ' + DIGITS + ', "text": "' + TEXT + '"}',
        '{"id": "b", "deep": ' + DEEP + ', "text": "' + TEXT + '"}',
        json.dumps({"id": "c", "text": TEXT}),
    ]) + "\n", encoding="utf-8")  # fmt: skip
    return src


def test_batch_jsonl_fails_the_bad_records_alone(tmp_path: Path, fake_engine: object) -> None:
    out = invoke("batch", _jsonl(tmp_path), "--to", "pt-BR", "--from", "en", "--engine", "fake",
                 "--out", tmp_path / "out", "--db", tmp_path / "t.db", "-q")  # fmt: skip
    assert out.code == 10, out.stderr
    assert "internal error" not in out.stderr and "Traceback" not in out.stderr
    assert "number too long" in out.stderr and "nested too deeply" in out.stderr
    assert list((tmp_path / "out").rglob("c.pt-BR.*")), list((tmp_path / "out").rglob("*"))


def test_run_jsonl_answers_each_bad_record_as_an_input_error(
    tmp_path: Path, fake_engine: object,
) -> None:
    out = invoke("run", "--jsonl", _jsonl(tmp_path), "--to", "pt-BR", "--from", "en",
                 "--engine", "fake", "--no-cache")  # fmt: skip
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == ["E003", "E003", None]
    assert "number too long" in records[0]["error"]["message"]
    assert "editions" in records[2]


def test_page_whose_json_ld_nests_deep_is_read(tmp_path: Path, fake_engine: object) -> None:
    page = tmp_path / "page.html"
    page.write_text('<html><head><script type="application/ld+json">' + DEEP + "</script>"
                    "</head><body><article><h1>Floods</h1><p>" + TEXT + "</p></article>"
                    "</body></html>", encoding="utf-8")  # fmt: skip
    out = invoke("run", page, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                 tmp_path / "out", "--no-cache", "--on-findings", "publish", "-q")  # fmt: skip
    assert out.code == 0, out.stderr
    assert (tmp_path / "out" / "page.pt-BR.json").is_file()


def test_review_apply_refuses_an_edition_nested_deep(tmp_path: Path) -> None:
    edition = tmp_path / "a.pt-BR.json"
    edition.write_text('{"schema": 1, "blocks": ' + DEEP + "}", encoding="utf-8")
    review = tmp_path / "a.pt-BR.po"
    review.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                      'msgctxt "b0.s0"\nmsgid "Floods"\nmsgstr "Enchentes"\n',
                      encoding="utf-8")  # fmt: skip
    out = invoke("review", "apply", review, "--edition", edition, "--out", tmp_path / "out",
                 "--db", tmp_path / "t.db")  # fmt: skip
    assert out.code in (3, 7), out.stderr
    assert "internal error" not in out.stderr and "Traceback" not in out.stderr


def test_review_apply_refuses_an_edition_whose_source_is_not_text(tmp_path: Path) -> None:
    """The fuzzer's case 224 (seed 25, json-hostile): the JSON edition's ``"source"`` of a block
    edited to ``true``; it failed later, as an internal error (exit 1)."""
    data = HOSTILE / "fuzz25"
    edition = tmp_path / "edition" / "article.pt-BR.json"
    edition.parent.mkdir()
    edition.write_bytes((data / "article.pt-BR.json").read_bytes())
    review = tmp_path / "article.pt-BR.po"
    review.write_bytes((data / "article.pt-BR.po").read_bytes())
    out = invoke("review", "apply", review, "--edition", edition, "--out", tmp_path / "out",
                 "--db", tmp_path / "t.db")  # fmt: skip
    out.refused(7, "block 4's source is bool, not a string")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
