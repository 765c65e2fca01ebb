"""Classes the thirtieth pass (fuzz31) found: the size limits of the readers, applied only after
reading.

* ``read.read_bytes`` (every article read by ``run``, ``detect``, ``check``, ``batch``) asked
  for ``MAX_INPUT_BYTES + 1`` bytes at once: Python allocates the whole request before reading,
  so every input, however small, cost 21 MB, and a file over the limit was read to 20 MiB before
  it was refused. The review files and TMX (``tm.read_bytes``) did the same with their 64 MiB
  limit, and a term base given to ``glossary import`` had no limit at all: a 65 MB CSV or TBX
  was read whole, then refused by the XML reader or parsed.
* Now a regular file over its limit is refused from its size, before any read; one under it is
  read in one piece of its own size (and on, a mebibyte at a time, if it grows meanwhile);
  standard input is read a mebibyte at a time, refused as soon as it passes the limit.

Memory is measured with tracemalloc (Python's allocations, not time), on sparse files.
"""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate import read, tm
from translate.errors import DataError, InputError, ReviewFileError
from translate.glossary.io import read_terms
from translate.safexml import MAX_XML_BYTES

MB = 1_000_000


def _peak(call: object) -> tuple[object, int]:
    """What ``call()`` returned (or raised), and the peak of Python's allocations during it."""
    tracemalloc.start()
    try:
        try:
            result: object = call()  # type: ignore[operator]
        except Exception as exc:  # the refusal is the result under test
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # no blocks written: the test costs nothing on disk
    return path


def test_a_small_article_costs_its_own_size_not_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nThe minister spoke on Monday.\n", encoding="utf-8")
    data, peak = _peak(lambda: read.read_bytes(path))
    assert data == path.read_bytes()
    assert peak < 1 * MB, peak  # ff5a8b00: 21 MB (the limit's worth of buffer)


def test_an_article_over_the_limit_is_refused_from_its_size_unread(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "big.md", read.MAX_INPUT_BYTES + 1)
    error, peak = _peak(lambda: read.read_bytes(path))
    assert isinstance(error, InputError) and "larger than 20 MiB" in str(error), error
    assert peak < 1 * MB, peak  # ff5a8b00: 21 MB, the file read to its limit first
    exactly = _sparse(tmp_path / "limit.md", read.MAX_INPUT_BYTES)
    assert len(read.read_bytes(exactly)) == read.MAX_INPUT_BYTES  # the limit itself is read
    invoke("run", path, "--to", "pt-BR", "--out", tmp_path / "out").refused(3, "larger than 20")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_standard_input_is_read_as_it_comes_and_refused_past_the_limit() -> None:
    from translate.fsutil import TooLargeError, read_limited  # new in fuzz31

    small = io.BufferedReader(io.BytesIO(b"The minister spoke on Monday.\n"))  # type: ignore[arg-type]
    data, peak = _peak(lambda: read_limited(small, read.MAX_INPUT_BYTES))
    assert data == b"The minister spoke on Monday.\n"
    assert peak < 2.5 * MB, peak  # one mebibyte piece; ff5a8b00 asked for 21 MB at once
    sent = b"x" * (3 * 1024 * 1024 + 5)
    assert read_limited(io.BufferedReader(io.BytesIO(sent)), len(sent)) == sent  # type: ignore[arg-type]
    with pytest.raises(TooLargeError):
        read_limited(io.BufferedReader(io.BytesIO(sent)), len(sent) - 1)  # type: ignore[arg-type]


def test_a_file_that_grows_while_read_is_read_on_or_refused() -> None:
    from translate.fsutil import TooLargeError, read_limited  # new in fuzz31

    grown = b"y" * 5000  # its size was 10 bytes when it was looked at
    assert read_limited(io.BufferedReader(io.BytesIO(grown)), 10_000, size=10) == grown  # type: ignore[arg-type]
    with pytest.raises(TooLargeError):
        read_limited(io.BufferedReader(io.BytesIO(grown)), 4999, size=10)  # type: ignore[arg-type]


def test_a_review_file_or_memory_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "big.tmx", MAX_XML_BYTES + 1)
    error, peak = _peak(lambda: tm.read_bytes(path))
    assert isinstance(error, ReviewFileError) and "larger than 64 MiB" in str(error), error
    assert peak < 1 * MB, peak  # ff5a8b00: 67 MB, read to the limit first


@pytest.mark.parametrize("suffix", [".csv", ".tbx"])
def test_a_term_base_over_the_limit_is_refused_unread(tmp_path: Path, suffix: str) -> None:
    path = _sparse(tmp_path / f"big{suffix}", MAX_XML_BYTES + 1)
    error, peak = _peak(lambda: read_terms(path))
    assert isinstance(error, DataError) and "larger than 64 MiB" in str(error), error
    assert peak < 1 * MB, peak  # ff5a8b00: no limit, the whole file read (and parsed)
    invoke("glossary", "import", path, "-o", tmp_path / "g.toml").refused(5, "larger than 64")
    assert not (tmp_path / "g.toml").exists()
