"""Odd options and hostile places to write: --to, --format, --out, --db. Each is refused before
any work with one line and its exit code, or works; nothing is written outside --out."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hostile.helpers import Outcome, invoke, tree

from translate.errors import OutputError
from translate.store import MIGRATIONS, Store
from translate.tm import TMEntry, put

ARTICLE = (
    "The president met the foreign minister in Lisbon on Monday. They discussed trade.\n\n"
    "Both sides agreed to meet again next month in Brazil.\n"
)


def _run(article: Path, out: Path, *extra: object) -> Outcome:
    return invoke("run", article, "--engine", "fake", "--out", out, *extra)


# (id, --to value, exit code, message fragment; code 0: the editions written)
TARGETS: list[tuple[str, str, int, str | list[str]]] = [
    ("empty-item", "pt-BR,,pt-PT", 0, ["pt-BR", "pt-PT"]),
    ("underscore-case", "PT_br", 0, ["pt-BR"]),
    ("duplicates", "pt-BR,pt_br,PT-br", 0, ["pt-BR"]),
    ("und", "und", 5, "unknown locale 'und'"),
    ("empty", "", 5, "unknown locale"),
    ("commas", ",,", 5, "unknown locale"),
    ("traversal", "../../etc", 5, "unknown locale '../../etc'"),
    ("escape", "pt\x1b[31mBR", 5, "\\x1b"),
    ("same-language", "en", 4, "already in that language"),
    ("no-engine", "ar", 4, "no engine translates en -> ar"),
    ("no-engine-script", "zh-Hans", 4, "no engine translates en -> zh"),
]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(("name", "to", "code", "expect"), TARGETS, ids=[t[0] for t in TARGETS])
def test_odd_target_locales(
    tmp_path: Path, article: Path, name: str, to: str, code: int, expect: str | list[str]
) -> None:
    out = tmp_path / "out"
    outcome = invoke("run", article, "--to", to, "--out", out)  # the profiles' own engines
    if code:
        outcome.refused(code, str(expect))
        assert tree(out) == []
    else:
        assert outcome.code == 0, outcome.stderr
        assert tree(out) == sorted(f"talks.{t}.{x}" for t in expect for x in ("json", "md"))


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    ("formats", "files"),
    [
        ("md,md", ["md"]),
        ("MD, Html,md", ["html", "md"]),
        ("xliff,po,md,json,html,xliff", ["html", "json", "md", "po", "xlf"]),
        ("", None),
        (",", None),
        ("docx", None),
        ("../x", None),
    ],
    ids=["duplicate", "case", "all-twice", "empty", "comma", "unknown", "traversal"],
)
def test_format_lists(tmp_path: Path, article: Path, formats: str, files: list[str] | None) -> None:
    out = tmp_path / "out"
    outcome = _run(article, out, "--to", "pt-BR", "--format", formats)
    if files is None:
        outcome.refused(2, "edition format")
        assert tree(out) == []
    else:
        assert outcome.code == 0, outcome.stderr
        assert tree(out) == [f"talks.pt-BR.{ext}" for ext in files]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    "where", ["file", "under-file", "dev-null"], ids=["file", "under-file", "dev-null"]
)
def test_out_that_is_not_a_folder(tmp_path: Path, article: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me", encoding="utf-8")
    out = {"file": blocker, "under-file": blocker / "sub", "dev-null": Path(os.devnull)}[where]
    _run(article, out, "--to", "pt-BR").refused(6, "is a file, not a folder")
    assert blocker.read_text(encoding="utf-8") == "keep me"


@pytest.mark.usefixtures("fake_engine")
def test_out_with_dotdot_writes_only_there(tmp_path: Path, article: Path) -> None:
    (tmp_path / "a").mkdir()
    out = tmp_path / "a" / ".." / "b"
    assert _run(article, out, "--to", "pt-BR").code == 0
    assert tree(tmp_path / "b") == ["talks.pt-BR.json", "talks.pt-BR.md"]
    assert tree(tmp_path / "a") == []


# -- the store ----------------------------------------------------------------------------------


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE mt_cache (x)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.commit()
    conn.close()


def _tampered(path: Path) -> None:
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE tm; CREATE TABLE tm (x);")
    conn.close()


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p.write_bytes(bytes(range(256)) * 64), "file is not a database"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000), "not a database"),
        (_foreign, "has tables of its own"),
        (_newer, "newer version of translate"),
        (_tampered, "table tm lacks"),
    ],
    ids=["garbage", "bad-header", "foreign", "newer", "tampered"],
)
@pytest.mark.parametrize("command", ["run", "tm-export"])
def test_unusable_store_is_refused(
    tmp_path: Path, article: Path, make: object, fragment: str, command: str
) -> None:
    db = tmp_path / "store.db"
    make(db)  # type: ignore[operator]
    before = db.read_bytes()
    out = tmp_path / "out"
    if command == "run":
        outcome = _run(article, out, "--to", "pt-BR", "--db", db)
    else:
        outcome = invoke("tm", "export", "-o", out / "tm.tmx", "--db", db)
    outcome.refused(6, fragment)
    assert tree(out) == []
    if "tables of its own" in fragment:
        assert db.read_bytes() == before  # another program's database is left untouched


def test_locked_store_is_a_clean_error(tmp_path: Path) -> None:
    """A writer that holds the database past the timeout: OutputError, not sqlite3's traceback."""
    db = tmp_path / "store.db"
    store = Store(db)
    store.conn.execute("PRAGMA busy_timeout = 50")  # the real timeout is 30 s
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OutputError, match="is busy"):
            store.cache_put(("e", "m", "1", "en", "pt"), [("Hello.", "Olá.")])
        with pytest.raises(OutputError, match="is busy"):
            put(store, [TMEntry("en", "pt-BR", "Hello.", "Olá.")])
    finally:
        other.execute("ROLLBACK")
        other.close()
    put(store, [TMEntry("en", "pt-BR", "Hello.", "Olá.")])  # and it still works afterwards
    assert store.cache_get(("e", "m", "1", "en", "pt"), ["Hello."]) == {}
    store.close()


@pytest.mark.model
def test_concurrent_runs_of_one_edition(tmp_path: Path, article: Path) -> None:
    """Three processes write the same editions into one folder with one store: each file is
    whole at the end and no temporary file is left behind."""
    out = tmp_path / "out"
    env = {**os.environ, "TRANSLATE_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "translate", "run", str(article), "--to", "pt-BR,pt-PT",
           "--out", str(out), "--format", "md,json,html", "-q"]  # fmt: skip
    procs = [subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE) for _ in range(3)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert tree(out) == sorted(
        f"talks.{loc}.{ext}" for loc in ("pt-BR", "pt-PT") for ext in ("html", "json", "md")
    )
    for path in out.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["locale"] in ("pt-BR", "pt-PT")
