"""The glossary and the indexes built from it, kept on disk between runs.

A cold ``translate run`` spent about 0.4 s of CPU reading the glossary's TOML, adding the CLDR
countries and building the matcher's and the injected-name check's indexes, for an article
whose whole translation takes about as long (measured by ``benchmarks/bench_startup.py``,
raw output under ``benchmarks/results/``). Unpickling the same objects takes about 0.03 s.

:func:`load` returns the glossary a previous run left in ``TRANSLATE_HOME/glossary-cache.db``
(SQLite, one pickled :class:`~translate.glossary.model.Glossary` per key, with the indexes in
its ``_cache``), or loads it with :func:`~translate.glossary.load.load_glossary`.
:func:`remember` stores it again when the run built an index the stored copy lacked (another
source language, another locale). The key is a hash of everything the objects are made from:
the glossary files' bytes, the word lists, the locale data, the code of ``translate/glossary/``
(and the locale code it uses), and the versions of Python, Babel and this package; a change
to any of them makes a new entry, and only the newest few are kept.

The cache is an optimisation only: an unreadable, damaged or unwritable store, or an index
that cannot be pickled, is logged and the glossary is built as before. The pickles are read
from the user's own data folder, which is trusted as the installed code is.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import logging
import pickle
import sqlite3
import sys
import threading
import time
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from ..data import data_dir
from ..options import home_dir
from .load import builtin_files, glossary_files, load_glossary
from .model import Glossary

log = logging.getLogger(__name__)

KEEP = 4  # stored glossaries (keys) kept; older ones are deleted
_CODE = Path(__file__).resolve().parent

_lock = threading.Lock()
# per process: (files' stat signature) -> (key, glossary, the _cache keys it was stored with)
_memo: dict[tuple[Any, ...], tuple[str, Glossary, frozenset[str]]] = {}
_stored: dict[int, tuple[str, frozenset[str]]] = {}  # id(glossary) -> (key, stored keys)


def db_path() -> Path:
    return home_dir() / "glossary-cache.db"


def _new_proxy(items: dict[Any, Any]) -> types.MappingProxyType[Any, Any]:
    return types.MappingProxyType(items)


def _new_lock() -> Any:
    return threading.Lock()


def _dumps(glossary: Glossary) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    table = copyreg.dispatch_table.copy()
    table[types.MappingProxyType] = lambda m: (_new_proxy, (dict(m),))
    table[type(threading.Lock())] = lambda _lock: (_new_lock, ())
    pickler.dispatch_table = table  # type: ignore[misc]
    pickler.dump(glossary)
    return buffer.getvalue()


def _files(paths: Iterable[str | Path], builtin: bool) -> list[Path] | None:
    """Every file the glossary is read from, or None when one is not a regular file (then
    :func:`load_glossary` is left to refuse it with its own message)."""
    files = builtin_files() if builtin else []
    for p in paths:
        files.extend(glossary_files(Path(p)))
    return files if all(p.is_file() for p in files) else None


def _stat(files: list[Path]) -> tuple[Any, ...]:
    out = []
    for p in files:
        st = p.stat()
        out.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _key(files: list[Path], builtin: bool) -> str:
    import babel

    digest = hashlib.sha256()
    digest.update(f"{__version__}|{sys.version}|{babel.__version__}|{builtin}".encode())
    words = sorted((data_dir("glossary") / "words").glob("*"))  # word lists, accepted forms
    locales = sorted(p for p in data_dir("locales").rglob("*") if p.is_file())  # tags, aliases
    code = [*sorted(_CODE.glob("*.py")), _CODE.parent / "locales.py", _CODE.parent / "data.py"]
    for path in [*files, *words, *locales, *code]:
        if path.is_file():  # the path too: the glossary lists its sources
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _connect() -> sqlite3.Connection:
    path = db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=5.0)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS glossary (key TEXT PRIMARY KEY, used REAL NOT NULL,"
        " data BLOB NOT NULL)"
    )
    return conn


def _read(key: str) -> Glossary | None:
    path = db_path()
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        try:
            row = conn.execute("SELECT data FROM glossary WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        glossary = pickle.loads(row[0])
    except Exception as exc:  # a damaged or foreign store: build the glossary instead
        log.info("glossary cache %s not used: %s", path, exc)
        return None
    return glossary if isinstance(glossary, Glossary) else None


def _write(key: str, glossary: Glossary) -> bool:
    try:
        data = _dumps(glossary)
        conn = _connect()
        try:
            with conn:
                conn.execute(
                    "INSERT OR REPLACE INTO glossary (key, used, data) VALUES (?, ?, ?)",
                    (key, time.time(), data),
                )
                conn.execute(
                    "DELETE FROM glossary WHERE key NOT IN"
                    " (SELECT key FROM glossary ORDER BY used DESC LIMIT ?)",
                    (KEEP,),
                )
        finally:
            conn.close()
    except Exception as exc:  # read-only home, full disk, an index that cannot be pickled
        log.info("glossary cache %s not written: %s", db_path(), exc)
        return False
    return True


def load(paths: Iterable[str | Path] = (), *, builtin: bool = True) -> Glossary:
    """The glossary :func:`load_glossary` would return, from the disk cache when it is there
    (once per process; a file changed on disk is read again)."""
    paths = tuple(paths)
    try:
        files = _files(paths, builtin)
        if files is None:
            return load_glossary(paths, builtin=builtin)
        stat = (_stat(files), builtin)
    except OSError:
        return load_glossary(paths, builtin=builtin)
    with _lock:
        memo = _memo.get(stat)
    if memo is not None:
        return memo[1]
    try:
        key = _key(files, builtin)
    except OSError:
        return load_glossary(paths, builtin=builtin)
    glossary = _read(key)
    if glossary is None:
        glossary = load_glossary(paths, builtin=builtin)
    stored = frozenset(glossary._cache)
    with _lock:
        _memo[stat] = (key, glossary, stored)
        _stored[id(glossary)] = (key, stored)
    return glossary


def remember(glossary: Glossary) -> None:
    """Store ``glossary`` for the next run when it now holds an index the stored copy lacked
    (nothing happens for a glossary :func:`load` did not return)."""
    with _lock:
        known = _stored.get(id(glossary))
        if known is None:
            return
        key, stored = known
        now = frozenset(glossary._cache)
        if now <= stored:
            return
        _stored[id(glossary)] = (key, now)
    _write(key, glossary)


def clear() -> None:
    """Forget this process's glossaries (the disk cache stays)."""
    with _lock:
        _memo.clear()
        _stored.clear()
