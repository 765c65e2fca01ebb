from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from translate.errors import OutputError
from translate.store import MIGRATIONS, Store


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    store = Store(path)  # reopening must not re-run migrations
    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)
    store.close()


def test_cache_roundtrip_with_unicode_and_many_keys(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    key = ("e", "m", "1", "en", "pt")
    pairs = [(f"Sentence {i} — Ərazi.", f"Frase {i}.") for i in range(1200)]
    store.cache_put(key, pairs)
    got = store.cache_get(key, [s for s, _ in pairs] + ["missing"])
    assert len(got) == 1200
    assert got["Sentence 7 — Ərazi."] == "Frase 7."
    store.close()


def test_unwritable_store_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot open the store"):
        Store(blocker / "sub" / "s.db")


def test_store_is_a_real_sqlite_file(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    with sqlite3.connect(tmp_path / "s.db") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "mt_cache" in tables



_OPEN_AT = """
import sys, time
from translate.errors import OutputError
from translate.store import Store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
try:
    Store(sys.argv[1]).close()
except OutputError as exc:
    print(exc)
"""


def test_processes_creating_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    # a process reading the new store between another's tables and their version took it for
    # another program's database; one losing SQLite's deadlock check on the WAL switch got
    # "database is locked" at once (before the fix: 13 failures in 240 openings)
    import subprocess
    import sys
    import time

    for n in range(4):
        path, start = str(tmp_path / f"store-{n}.db"), f"{time.time() + 1.5:.3f}"
        procs = [
            subprocess.Popen([sys.executable, "-c", _OPEN_AT, path, start],
                             stdout=subprocess.PIPE, text=True)
            for _ in range(6)
        ]
        errors = [p.communicate(timeout=120)[0].strip() for p in procs]
        assert errors == [""] * 6
