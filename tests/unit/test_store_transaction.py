"""Store.transaction(): the one write transaction used by the cache, the TM and feed state."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from translate.clock import utc_now
from translate.errors import OutputError
from translate.store import Store


def _count(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM mt_cache").fetchone()[0])


def _insert(conn: sqlite3.Connection, source: str) -> None:
    conn.execute(
        "INSERT INTO mt_cache (engine, model, version, source_lang, target_lang, source_hash,"
        " source, target) VALUES ('e', 'm', '1', 'en', 'pt', ?, ?, 'x')", (source, source),
    )


def test_commits_when_the_block_ends(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.transaction() as conn:
        _insert(conn, "a")
    other = Store(tmp_path / "s.db")  # another connection sees the row: it was committed
    assert _count(other) == 1
    other.close()
    store.close()


def test_rolls_back_when_the_block_raises(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with pytest.raises(KeyError), store.transaction() as conn:
        _insert(conn, "a")
        raise KeyError("boom")
    assert _count(store) == 0
    with store.transaction() as conn:  # the connection is usable again
        _insert(conn, "b")
    assert _count(store) == 1
    store.close()


def test_a_busy_store_is_an_output_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OutputError, match="is busy"), store.transaction() as conn:
            _insert(conn, "a")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _count(store) == 0
    store.close()


def test_utc_now_is_iso_seconds_z() -> None:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", utc_now())
