"""Classes the thirty-first pass (fuzz32) found: the last files read with no size limit.

* ``review.load_edition`` (the JSON edition given to ``review apply --edition`` and ``review
  page``, and a feed's held items) read the whole file, however large, then parsed it: a 65 MB
  file was 65 MB of bytes, its text, and json's objects before any refusal.
* A glossary's own TOML files (``--glossary``, ``glossary lint``) were read whole twice: once
  by the glossary cache to key it (``cache._key``), once by ``load.read_file``.
* ``glossary import`` could write a TOML that ``--glossary`` then refuses (a CSV's TOML is
  about 1.3 times the CSV, and the CSV may be 64 MiB).

Now each has a figure of its own (``review.MAX_EDITION_BYTES``, ``glossary.load.
MAX_GLOSSARY_BYTES``, each over the largest legitimate file by a documented margin) applied
while reading (``fsutil.read_regular`` with a limit: refused from the file's size before a byte
is read), and the refusal is one line with the documented code (7 for an edition, 5 for a
glossary). Memory is measured with tracemalloc on sparse files, never time.
"""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

import pytest
from hostile.helpers import HOSTILE, invoke, tree

from translate.errors import DataError, ReviewFileError

MB = 1_000_000
DATA = HOSTILE / "fuzz27"  # a real edition (embedded engine) and its PO and XLIFF
LIMIT = 64 * 1024 * 1024  # both figures, as the README documents them


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


def _sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)  # no blocks written past the head: nothing on disk
    return path


def test_a_json_edition_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    from translate import review

    edition = _sparse(tmp_path / "article.pt-BR.json", LIMIT + 1, b'{"format": "')
    error, peak = _peak(lambda: review.load_edition(edition))
    assert isinstance(error, ReviewFileError), error
    assert "larger than 64 MiB, the limit of a JSON edition" in str(error), error
    assert peak < 1 * MB, peak  # dd44bdbb: the file read whole (67 MB), then decoded
    po = tmp_path / "article.pt-BR.po"
    shutil.copy(DATA / "article.pt-BR.po", po)
    out = tmp_path / "out"
    invoke("review", "apply", po, "--edition", edition, "--out", out, "--db",
           tmp_path / "t.db").refused(7, "the limit of a JSON edition")  # fmt: skip
    assert tree(out) == []
    page = tmp_path / "page.html"
    invoke("review", "page", edition, "-o", page).refused(7, "the limit of a JSON edition")
    assert not page.exists()


def test_a_real_edition_under_the_limit_is_still_read(tmp_path: Path) -> None:
    from translate import review

    assert review.MAX_EDITION_BYTES == LIMIT
    edition = tmp_path / "article.pt-BR.json"
    shutil.copy(DATA / "article.pt-BR.json", edition)
    loaded = review.load_edition(edition)
    assert loaded.locale == "pt-BR" and loaded.blocks


def test_a_glossary_file_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    from translate.glossary import cache

    big = _sparse(tmp_path / "terms.toml", LIMIT + 1, b"[[entry]]\n")
    error, peak = _peak(lambda: cache.load([big]))
    assert isinstance(error, DataError), error
    assert "larger than 64 MiB, the limit of a glossary file" in str(error), error
    assert peak < 1 * MB, peak  # dd44bdbb: read whole by the cache's key, then again to parse
    article = tmp_path / "a.md"
    article.write_text("# Budget\n\nThe council met in Lisbon on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    invoke("run", article, "--to", "pt-BR", "--glossary", big, "--out", out, "--db",
           tmp_path / "t.db").refused(5, "the limit of a glossary file")  # fmt: skip
    assert tree(out) == []
    code, stdout, stderr = invoke("glossary", "lint", big)  # lint reports it as a finding
    assert code == 5 and "larger than 64 MiB, the limit of a glossary file" in stdout, stdout
    assert "Traceback" not in stdout + stderr


def test_glossary_import_never_writes_a_toml_the_glossary_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translate.glossary import load

    csv = tmp_path / "terms.csv"
    csv.write_text("id,name,pt\n" + "".join(f"org-{i},Organisation {i},Organização {i}\n"
                                            for i in range(100)), encoding="utf-8")  # fmt: skip
    written = tmp_path / "small.toml"
    assert invoke("glossary", "import", csv, "-o", written).code == 0
    size = written.stat().st_size
    assert size > csv.stat().st_size  # the TOML is larger than the CSV it comes from
    # the same term base against a limit just under its TOML (the 64 MiB one, scaled down)
    monkeypatch.setattr(load, "MAX_GLOSSARY_BYTES", size - 1, raising=False)
    out = tmp_path / "big.toml"
    invoke("glossary", "import", csv, "-o", out).refused(5, "the limit of a glossary file")
    assert not out.exists()  # dd44bdbb: written, then refused by every --glossary
    monkeypatch.setattr(load, "MAX_GLOSSARY_BYTES", size, raising=False)
    assert invoke("glossary", "import", csv, "-o", out).code == 0  # the limit itself is written
    assert out.read_bytes() == written.read_bytes()
