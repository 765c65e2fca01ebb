"""The SQLite store: MT cache, translation memory and feed state in one database.

One schema, versioned by ``PRAGMA user_version``; each migration is applied once, in order.
WAL mode lets several worker processes read while one writes.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import OutputError

# Append-only: never edit a migration that has shipped; add a new one (with IF NOT EXISTS).
MIGRATIONS: list[str] = [
    # 1: machine-translation cache
    """
    CREATE TABLE IF NOT EXISTS mt_cache (
        engine TEXT NOT NULL,
        model TEXT NOT NULL,
        version TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (engine, model, version, source_lang, target_lang, source_hash)
    );
    """,
    # 2: feed state (translate.feedstate): feeds, their latest items, one row per item edition
    """
    CREATE TABLE IF NOT EXISTS feeds (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        out_dir TEXT NOT NULL,
        slug TEXT NOT NULL,
        kind TEXT,
        run INTEGER NOT NULL DEFAULT 0,
        channel TEXT,
        updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (source, out_dir)
    );
    CREATE TABLE IF NOT EXISTS feed_entries (
        feed INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        slug TEXT NOT NULL,
        position INTEGER NOT NULL,
        run INTEGER NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (feed, guid)
    );
    CREATE TABLE IF NOT EXISTS feed_items (
        feed INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        locale TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'running', 'done', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        worker TEXT,
        run INTEGER NOT NULL DEFAULT 0,
        segments INTEGER NOT NULL DEFAULT 0,
        outputs TEXT NOT NULL DEFAULT '[]',
        entry TEXT,
        error TEXT,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (feed, guid, locale, content_hash)
    );
    CREATE INDEX IF NOT EXISTS feed_items_status ON feed_items (feed, status);
    """,
    # 3: translation memory (translate.tm): sentences a translator confirmed, per target locale
    """
    CREATE TABLE IF NOT EXISTS tm (
        source_lang TEXT NOT NULL,
        target_locale TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        origin_file TEXT,
        article TEXT,
        segment TEXT,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (source_lang, target_locale, source_hash)
    );
    """,
]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A connection to the project database; safe to share between threads of one process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(path), timeout=30.0, check_same_thread=False, isolation_level=None
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._lock = threading.RLock()
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise OutputError(f"cannot open the store {path}: {exc}") from None

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def _migrate(self) -> None:
        """Apply pending migrations, each atomically with its version bump.

        Migrations use ``IF NOT EXISTS`` so that two processes racing here both succeed.
        """
        with self._lock:
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
                self._conn.executescript(
                    f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;"
                )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- MT cache ---------------------------------------------------------------------------

    def cache_get(
        self, key: tuple[str, str, str, str, str], sources: Sequence[str]
    ) -> dict[str, str]:
        """Cached targets for ``sources`` under ``key`` = (engine, model, version, src, tgt)."""
        found: dict[str, str] = {}
        hashes = {text_hash(s): s for s in sources}
        items = list(hashes.items())
        with self._lock:
            for i in range(0, len(items), 500):
                chunk = items[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    "SELECT source_hash, source, target FROM mt_cache WHERE engine=? AND model=?"
                    " AND version=? AND source_lang=? AND target_lang=?"
                    f" AND source_hash IN ({marks})",
                    (*key, *(h for h, _ in chunk)),
                ).fetchall()
                for h, source, target in rows:
                    if hashes.get(h) == source:
                        found[source] = target
        return found

    def cache_put(
        self, key: tuple[str, str, str, str, str], pairs: Iterable[tuple[str, str]]
    ) -> None:
        rows = [(*key, text_hash(s), s, t) for s, t in pairs]
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO mt_cache (engine, model, version, source_lang,"
                    " target_lang, source_hash, source, target) VALUES (?,?,?,?,?,?,?,?)",
                    rows,
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
