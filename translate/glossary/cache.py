"""The glossary and the indexes built from it, ready before the first run and kept between runs.

A cold ``translate run`` spent about 0.4 s of CPU reading the glossary's TOML, adding the CLDR
countries and the gazetteer's names, and building the matcher's and the injected-name check's
indexes, for an article whose whole translation takes about as long (measured by
``benchmarks/bench_stages.py``, raw output under ``benchmarks/results/``).

:func:`load` returns, for the same glossary :func:`~translate.glossary.load.load_glossary`
would build, in this order:

1. the copy a previous run left in ``TRANSLATE_HOME/glossary-cache.db`` (SQLite, one row per
   key), when there is one: it holds every index the runs have needed;
2. for the shipped glossary alone (no ``--glossary`` files), the prebuilt copy shipped in the
   package, ``translate/glossary/shipped-index.bin``, the way Babel ships its CLDR data
   compiled: written by ``python scripts/glossary_index.py``, keyed by a hash of the content
   of everything it is made from (:func:`shipped_key`: the files under ``glossary/``, the code
   of ``translate/glossary/``, the Babel, anyascii and Unicode versions; no absolute path),
   so a checkout and an installed wheel agree. A key that does not match (the data or code
   changed without regenerating; ``tests/glossary/test_shipped_index.py`` fails then) means
   the file is not used;
3. else it is built, as before.

:func:`remember` stores the glossary in the user's cache when the run built an index the
copy it came from lacked (another source language, another locale, a user glossary). The
user cache's key also names the files' paths and Python's version; only the newest few
entries are kept.

Both stores hold plain data (:mod:`marshal` of :mod:`.codec`'s encoding, compressed with
zlib in the package, each index on its own too), never pickles: reading one makes strings,
numbers, containers and the glossary's own classes, and runs no code. The stores are an
optimisation only: an unreadable, damaged, stale or unwritable store is logged and the
glossary is built as before.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sqlite3
import sys
import threading
import time
import unicodedata
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from ..data import data_dir
from ..fsutil import read_regular
from ..options import home_dir
from . import codec
from .load import (
    MAX_GLOSSARY_BYTES,
    builtin_files,
    gazetteer_names,
    glossary_files,
    load_glossary,
    note_gazetteer_names,
)
from .model import Glossary

log = logging.getLogger(__name__)

KEEP = 4  # stored glossaries (keys) kept; older ones are deleted
_CODE = Path(__file__).resolve().parent
SHIPPED = _CODE / "shipped-index.bin"
_MAGIC = b"newsroom-translate glossary index\n"
# what the shipped copy is built for: the source languages of the embedded engine, and
# every shipped locale profile (the injected-name check's forms are per locale)
SHIPPED_SOURCES = ("en", "pt")

_lock = threading.Lock()
# per process: (files' stat signature) -> (key, glossary, the _cache keys it was stored with)
_memo: dict[tuple[Any, ...], tuple[str, Glossary, frozenset[str]]] = {}
_stored: dict[int, tuple[str, frozenset[str]]] = {}  # id(glossary) -> (key, stored keys)


def db_path() -> Path:
    return home_dir() / "glossary-cache.db"


def _root() -> Path | None:
    try:
        return data_dir("glossary")
    except FileNotFoundError:
        return None


def _dumps(glossary: Glossary) -> bytes:
    return marshal.dumps(codec.encode(glossary, gazetteer_names(), _root()))


def _loads(data: bytes) -> Glossary | None:
    decoded = codec.decode(marshal.loads(data), _root())
    if decoded is None:
        return None
    glossary, names = decoded
    note_gazetteer_names(names)
    return glossary


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


def _versions() -> str:
    import anyascii
    import babel

    return (f"{codec.FORMAT}|{babel.__version__}|{getattr(anyascii, '__version__', '-')}|"
            f"{unicodedata.unidata_version}")


def _code_files() -> list[Path]:
    # the engines' shipped word lists: the index of a non-English source language takes that
    # language's words from them (match._with_source_words)
    lexicons = sorted((_CODE.parent / "engines" / "lexicon").glob("*.txt"))
    # textfold: the folding every key is made with (normalize.fold is textfold.fold)
    return [*sorted(_CODE.glob("*.py")), _CODE.parent / "locales.py", _CODE.parent / "data.py",
            _CODE.parent / "textfold.py", *lexicons]


def shipped_key() -> str:
    """A hash of the content of everything the shipped glossary and its indexes are made
    from: the files under ``glossary/`` (entries, gazetteer, word lists), the code of
    ``translate/glossary/`` and what it imports to build them, and the versions of Babel
    (CLDR), anyascii and Unicode. Paths enter relative to their folder, never absolute."""
    digest = hashlib.sha256(_versions().encode())
    root = _root()
    data = sorted(p for p in root.rglob("*") if p.is_file()) if root is not None else []
    for base, files in ((root, data), (_CODE.parent, _code_files())):
        for path in files:
            if path.is_file() and base is not None:
                name = path.relative_to(base).as_posix()
                digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _key(files: list[Path], builtin: bool) -> str:
    digest = hashlib.sha256()
    digest.update(f"{__version__}|{sys.version}|{_versions()}|{builtin}".encode())
    words = sorted((data_dir("glossary") / "words").glob("*"))  # word lists, accepted forms
    for path in [*files, *words, *_code_files()]:
        if path.is_file():  # the path too: the glossary lists its sources
            # a file over the glossary's size limit is TooLargeError (an OSError) before a byte
            # is read: the caller then loads the files, and read_file refuses it with its line
            data = read_regular(path, MAX_GLOSSARY_BYTES)
            digest.update(str(path).encode() + b"\0" + data + b"\0")
    return digest.hexdigest()[:32]


def build_shipped() -> bytes:
    """The shipped glossary with its indexes prebuilt, as ``shipped-index.bin`` holds it
    (``scripts/glossary_index.py`` writes it)."""
    from ..locales import load_profiles
    from .injected import _form_sizes
    from .load import clear_cache
    from .match import build_index, make_memos
    from .name_keys import name_keys

    clear_cache()
    glossary = load_glossary()
    for lang in SHIPPED_SOURCES:
        make_memos(build_index(glossary, lang))
    for tag in sorted(load_profiles()):
        _form_sizes(glossary, tag)  # and the forms' index (_forms_index) it is made from
    # the facts gate's same-entity names (name_keys) for the embedded engine's two languages
    # (about 140 kB each compressed: the other languages build theirs on first use)
    for lang in SHIPPED_SOURCES:
        name_keys(glossary, lang)
    _ = glossary.hash
    data = codec.encode(glossary, gazetteer_names(), _root())
    # each index compressed on its own too: a run decompresses the indexes it uses (the
    # English matcher's, its target's forms), not the other source languages'
    data["cache"] = {k: zlib.compress(v, 9) for k, v in data["cache"].items()}
    data["zipped"] = True
    payload = marshal.dumps(data)
    return _MAGIC + shipped_key().encode() + b"\n" + zlib.compress(payload, 9)


def shipped_state(path: Path | None = None) -> str:
    """"fresh" when the shipped index matches the data and code, else why not."""
    path = path or SHIPPED
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_MAGIC) + 65)
    except OSError as exc:
        return f"unreadable: {exc}"
    if not head.startswith(_MAGIC):
        return "not a glossary index"
    return "fresh" if head[len(_MAGIC):].rstrip(b"\n").decode("ascii", "replace") == \
        shipped_key() else "stale"


def _read_shipped() -> Glossary | None:
    try:
        data = SHIPPED.read_bytes()
        head, _, body = data[len(_MAGIC):].partition(b"\n")
        if not data.startswith(_MAGIC) or head.decode("ascii") != shipped_key():
            log.info("shipped glossary index %s is stale: run python scripts/glossary_index.py",
                     SHIPPED)
            return None
        glossary = _loads(zlib.decompress(body))
    except Exception as exc:  # absent, damaged: build the glossary instead
        log.info("shipped glossary index %s not used: %s", SHIPPED, exc)
        return None
    if glossary is None:
        log.info("shipped glossary index %s was made by other code", SHIPPED)
    return glossary


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
        glossary = _loads(row[0])
    except Exception as exc:  # a damaged or foreign store: build the glossary instead
        log.info("glossary cache %s not used: %s", path, exc)
        return None
    return glossary


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
    except Exception as exc:  # read-only home, full disk, an index marshal cannot hold
        log.info("glossary cache %s not written: %s", db_path(), exc)
        return False
    return True


def load(paths: Iterable[str | Path] = (), *, builtin: bool = True) -> Glossary:
    """The glossary :func:`load_glossary` would return, from the user's cache or the shipped
    index when they hold it (once per process; a file changed on disk is read again)."""
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
    if glossary is None and builtin and not paths:
        glossary = _read_shipped()
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
