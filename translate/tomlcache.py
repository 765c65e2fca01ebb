"""The shipped TOML data files, parsed at build time.

A run parses the language data, the locale profiles and the glossary's word tables it needs
(``tomllib`` is pure Python): about 0.07 s of the seed article's CPU, half of it
``glossary/words/subdivisions.toml``. ``compiled-toml.bin``, written by ``python
scripts/toml_cache.py``, maps the SHA-256 of each shipped TOML file's text to its parsed value
(marshal); :func:`loads` answers from it when the text is byte for byte a shipped file, and
parses any other text (a user's file, an edited one) with ``tomllib`` as before. Each call
returns a new value, as ``tomllib.loads`` does. ``tests/unit/test_tomlcache.py`` checks the
file against every shipped TOML file.

``compiled-words.bin`` (the same script) does the same for the two word tables of
``glossary/words/`` that are not read whole on every use: each spelling dictionary (``*.txt``:
its common and proper keys, sorted, one string of lines each, :func:`word_keys`) and the town
table ``local_towns.toml`` (each language's table as ``words.local_towns`` builds it, marshalled
on its own, :func:`towns`). Both are keyed by the SHA-256 of the file's text like the TOML
entries, so an edited file is read from its text as before.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from functools import cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SHIPPED = Path(__file__).resolve().parent / "compiled-toml.bin"
VERSION = 1  # of the file's layout
WORDS = Path(__file__).resolve().parent / "compiled-words.bin"
WORDS_VERSION = 1  # of that file's layout
TOWNS_FILE = "local_towns.toml"  # served by compiled-words.bin, not by compiled-toml.bin


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


@cache
def _table() -> dict[bytes, bytes]:
    try:
        data = marshal.loads(SHIPPED.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # missing or unreadable: parse
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``: from the shipped parse when ``text`` is a shipped file."""
    blob = _table().get(digest(text))
    if blob is not None:
        try:
            value = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):  # a damaged entry: parsed as usual
            value = None
        if isinstance(value, dict):
            return value
    return tomllib.loads(text)


def entry(text: str) -> bytes | None:
    """The file's entry for ``text``: its parse, marshalled; None when marshal cannot hold it
    exactly (dates and times)."""
    value = tomllib.loads(text)
    try:
        blob = marshal.dumps(value, 4)
    except ValueError:
        return None
    return blob if marshal.loads(blob) == value else None


def write(texts: list[str], path: Path = SHIPPED) -> int:
    """Write the file for ``texts``; the number of entries."""
    entries: dict[bytes, bytes] = {}
    for text in texts:
        blob = entry(text)
        if blob is not None:
            entries[digest(text)] = blob
    path.write_bytes(
        marshal.dumps({"version": VERSION, "entries": dict(sorted(entries.items()))}, 4)
    )
    return len(entries)


Keys = tuple[str, str, dict[str, Any], dict[str, Any]]  # a dictionary's entry: word_keys


@cache
def _words_table() -> dict[str, Any]:
    try:
        data = marshal.loads(WORDS.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # missing or unreadable: read the text
        return {}
    if not isinstance(data, dict) or data.get("version") != WORDS_VERSION:
        return {}
    return data


def word_keys(text: str) -> Keys | None:
    """The common and proper keys of the spelling dictionary whose text is ``text`` (each
    sorted, joined by newlines) and the span of each first two letters in them, when ``text``
    is a shipped dictionary; None otherwise."""
    found = _words_table().get("lists", {}).get(digest(text))
    if (isinstance(found, tuple) and len(found) == 4
            and isinstance(found[0], str) and isinstance(found[1], str)
            and isinstance(found[2], dict) and isinstance(found[3], dict)):
        return found
    return None


_NO_TOWNS = object()


def towns(text: str, lang: str) -> Any:
    """The marshalled ``(others, by_first)`` of ``lang``'s table in the town table whose text is
    ``text``, loaded; None when ``text`` is not the shipped table or a value is damaged, and
    ``()`` when the shipped table has no ``lang``."""
    tables = _words_table().get("towns", {}).get(digest(text))
    if not isinstance(tables, dict):
        return None
    blob = tables.get(lang, _NO_TOWNS)
    if blob is _NO_TOWNS:
        return ()
    try:
        value = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return value if isinstance(value, tuple) and len(value) == 2 else None


def write_words(lists: dict[str, Keys], town_tables: dict[str, dict[str, Any]],
                path: Path = WORDS) -> int:
    """Write ``compiled-words.bin``: ``lists`` maps a dictionary's text to its joined keys,
    ``town_tables`` a town table's text to each language's ``(others, by_first)``; the number
    of entries."""
    data = {
        "version": WORDS_VERSION,
        "lists": dict(sorted((digest(t), v) for t, v in lists.items())),
        "towns": dict(sorted(
            (digest(t), {lang: marshal.dumps(v, 4) for lang, v in sorted(tables.items())})
            for t, tables in town_tables.items())),
    }
    path.write_bytes(marshal.dumps(data, 4))
    return len(lists) + len(town_tables)
