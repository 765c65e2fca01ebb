"""The SQLite store: MT cache, translation memory and feed state in one database.

One schema, versioned by ``PRAGMA user_version``; each migration is applied once, in order.
WAL mode lets several worker processes read while one writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
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
    # 2: feed state (translate.feeds.state): feeds, their latest items, one row per item edition
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
    # 4: HTTP validators of a feed URL's last complete scan, for conditional GET
    """
    CREATE TABLE IF NOT EXISTS feed_http (
        feed INTEGER PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
        run INTEGER NOT NULL,
        etag TEXT,
        last_modified TEXT
    );
    """,
]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def expected_schema() -> dict[str, frozenset[str]]:
    """Table -> columns that MIGRATIONS create (built once in memory, so it cannot drift)."""
    conn = sqlite3.connect(":memory:")
    try:
        for sql in MIGRATIONS:
            conn.executescript(sql)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in tables}
    finally:
        conn.close()


def store_error(path: Path | str, exc: sqlite3.Error) -> OutputError:
    """A database failure as a one-line error: busy, corrupt, full or read-only."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return OutputError(
            f"the store {path} is busy: {text}",
            hint="another translate process holds it; retry, or pass another --db",
        )
    return OutputError(f"cannot use the store {path}: {text}")


class Store:
    """A connection to the project database; safe to share between threads of one process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if self.path.is_dir():  # as a spoiled store is: exit 6, one line (not a usage error)
            raise OutputError(f"cannot open the store {path}: it is a folder, not a file")
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(path), timeout=30.0, check_same_thread=False, isolation_level=None
            )
            self._lock = threading.RLock()
            self._check_version()  # before WAL mode, which rewrites the file's header
            self._wal()
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self._check_schema()
        except (sqlite3.Error, OSError) as exc:
            self._close_quietly()
            raise OutputError(f"cannot open the store {path}: {exc}") from None
        except OutputError:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn a database failure inside the block (locked past the timeout, corrupt, disk
        full) into an :class:`OutputError` instead of a traceback."""
        try:
            yield
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # bad rows or calls are bugs, not the database's state
        except sqlite3.Error as exc:
            raise store_error(self.path, exc) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` (so two writers queue instead of
        deadlocking), ``COMMIT`` when the block ends, ``ROLLBACK`` when it raises. Database
        failures become an :class:`OutputError`, as in :meth:`guard`."""
        with self._lock, self.guard():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def _wal(self) -> None:
        """Switch to WAL. Processes creating the store at once can deadlock on the switch, and
        SQLite then answers one of them "database is locked" at once, without waiting: that one
        tries again (seen with six processes opening a new store together)."""
        for attempt in range(100):
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 99:
                    raise
                time.sleep(0.01 + 0.002 * attempt)

    def _check_version(self) -> None:
        """Refuse, without writing to it, a database of a newer version or of another program."""
        with self._lock:
            # one read transaction: another process creating the store commits its tables and
            # their version together, and must not be seen between the two reads
            self._conn.execute("BEGIN")
            try:
                version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
                tables = self._conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1"
                ).fetchone()
            except BaseException:
                # SQLite may have ended the transaction itself (an I/O error): a COMMIT in a
                # ``finally`` then said "cannot commit - no transaction is active" over the
                # cause ("disk I/O error", a file-size limit; fuzz37)
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            if version > len(MIGRATIONS):
                raise OutputError(
                    f"the store {self.path} was written by a newer version of translate"
                    f" (schema {version}, this one knows {len(MIGRATIONS)})",
                    hint="upgrade translate, or pass another --db",
                )
            if version == 0 and tables:
                raise OutputError(  # another program's database: leave it untouched
                    f"the store {self.path} is not a translate database (it has tables of its own)",
                    hint="pass another --db, or move the file away",
                )

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

    def _check_schema(self) -> None:
        """Refuse a database whose tables are not ours (another program's file, or ours
        tampered with), rather than failing on the first query."""
        with self._lock:
            for table, columns in expected_schema().items():
                found = {r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")}
                missing = sorted(columns - found)
                if missing:
                    raise OutputError(
                        f"the store {self.path} is not a translate database"
                        f" (table {table} lacks {', '.join(missing[:4])})",
                        hint="pass another --db, or move the file away",
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
        with self._lock, self.guard():
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
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO mt_cache (engine, model, version, source_lang,"
                " target_lang, source_hash, source, target) VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )
