"""JSONL streams with hostile records: every record gets a result or an error record, in bounded
time and memory, and the stream goes on after an oversize, broken or binary record."""

from __future__ import annotations

import io
import json
import time

import pytest
from hostile.helpers import invoke
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.jsonl import MAX_RECORD_BYTES, OversizeRecord, bounded_lines

GOOD = {"id": "after", "text": "The foreign ministers met in Lisbon. They agreed to meet again."}


def _results(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.usefixtures("fake_engine")
def test_five_megabyte_record_gets_an_error_and_the_next_one_its_result() -> None:
    """The issue's case: a 5 MB line used to stall the stream for minutes."""
    text = "The council approved a new budget for schools and hospitals. " * 90_000
    big = json.dumps({"id": "huge", "text": text}).encode()
    assert len(big) > 5_000_000
    data = big + b"\n" + json.dumps(GOOD).encode() + b"\n"
    start = time.monotonic()
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake", input=data)
    elapsed = time.monotonic() - start
    assert outcome.code == 0, outcome.stderr
    first, second = _results(outcome.stdout)
    assert first["line"] == 1 and first["id"] == "huge"
    error = first["error"]
    assert isinstance(error, dict) and error["code"] == "E003"
    assert "larger than 1 MiB, the limit of a record" in str(error["message"])
    assert "--max-record-bytes" in str(error["hint"])
    assert second["line"] == 2 and second["id"] == "after" and "editions" in second
    assert elapsed < 60, elapsed  # a hang guard, not a benchmark: it takes about a second


@pytest.mark.usefixtures("fake_engine")
def test_record_limit_is_configurable() -> None:
    small = json.dumps(GOOD).encode()
    data = small + b"\n" + small.replace(b"after", b"again") + b"\n"
    limit = len(small) - 1
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake",
                     "--max-record-bytes", max(limit, 1024), input=data)
    assert outcome.code == 0  # 1024 is the floor, and these records fit
    assert all("editions" in r for r in _results(outcome.stdout))
    padded = json.dumps({**GOOD, "note": "x" * 2000}).encode()
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake",
                     "--max-record-bytes", 1024, input=padded + b"\n" + small + b"\n")
    first, second = _results(outcome.stdout)
    assert "error" in first and "2 KiB" in str(first["error"])
    assert "editions" in second
    assert outcome.code == 0


def test_max_record_bytes_without_jsonl_is_a_usage_error(tmp_path: object) -> None:
    outcome = invoke("run", "x.txt", "--to", "pt-BR", "--max-record-bytes", 4096)
    assert outcome.code == 2 and "--jsonl only" in outcome.stderr


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    "bad",
    [
        b"\xff\xfe\x00\x00binary",
        b'{"id": "n", "text": "\\u0000\\u0000"}',
        b'{"id": "s", "text": "\\ud800 lone surrogate in JSON"}',
        b"[" * 100_000,  # deeply nested: a RecursionError in a naive parser
        b'{"id": 1e999, "text": "x"}',
        b'{"id": "dup", "id": "dup2", "text": "The minister spoke in Lisbon on Monday."}',
        b"\x1b[31m{}",
        b'"just a string"',
    ],
    ids=["binary", "nul-text", "lone-surrogate", "deep-nesting", "huge-number", "duplicate-keys",
         "escape", "string"],
)
def test_broken_record_does_not_stop_the_stream(bad: bytes) -> None:
    data = bad + b"\n" + json.dumps(GOOD).encode() + b"\n"
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake", input=data)
    assert "Traceback" not in outcome.stderr
    results = _results(outcome.stdout)
    assert [r["line"] for r in results] == [1, 2]
    assert "editions" in results[1]
    if "error" in results[0]:
        assert "internal error" not in json.dumps(results[0]), results[0]


class _Spy(io.BytesIO):
    """A stream that records the largest read it was asked for."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        assert size is not None and size > 0, "an unbounded readline"
        self.largest = max(self.largest, size)
        return super().readline(size)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=5000), max_size=12),
    limit=st.integers(min_value=1, max_value=3000),
    crlf=st.booleans(),
    final_newline=st.booleans(),
)
def test_bounded_lines_is_one_item_per_line_and_never_reads_past_the_limit(
    sizes: list[int], limit: int, crlf: bool, final_newline: bool
) -> None:
    end = b"\r\n" if crlf else b"\n"
    lines = [bytes([65 + i % 26]) * n for i, n in enumerate(sizes)]
    data = end.join(lines) + (end if final_newline and lines else b"")
    spy = _Spy(data)
    got = list(bounded_lines(spy, limit))
    assert spy.largest <= limit + 1  # plus one byte to finish a \r\n cut in two
    expected = lines if (final_newline or not lines or lines[-1]) else lines[:-1]
    assert len(got) == len(expected)
    for item, line in zip(got, expected, strict=True):
        if len(line) > limit:
            assert isinstance(item, OversizeRecord)
            assert item.size == len(line) and item.limit == limit
            assert line.startswith(item.head) and len(item.head) <= 4096
        else:
            assert isinstance(item, bytes) and item.rstrip(b"\r\n") == line


def test_oversize_record_names_its_id_only_when_it_can() -> None:
    head = b'{"id": "a\\"b", "text": "...'
    assert OversizeRecord(10, head, 5).article_id() == 'a"b'
    assert OversizeRecord(10, b'{"id": 42, "text"', 5).article_id() == "42"
    assert OversizeRecord(10, b'{"text": "x", "id": "late"}', 5).article_id() is None
    assert OversizeRecord(10, b"\xff\xfe", 5).article_id() is None
    assert MAX_RECORD_BYTES == 1024 * 1024
