"""The shipped TOML data files, parsed at build time.

A run parses the language data, the locale profiles and the glossary's word tables it needs
(``tomllib`` is pure Python): about 0.07 s of the seed article's CPU, half of it
``glossary/words/subdivisions.toml``. ``compiled-toml.bin``, written by ``python
scripts/toml_cache.py``, maps the SHA-256 of each shipped TOML file's text to its parsed value
(marshal); :func:`loads` answers from it when the text is byte for byte a shipped file, and
parses any other text (a user's file, an edited one) with ``tomllib`` as before. Each call
returns a new value, as ``tomllib.loads`` does. ``tests/unit/test_tomlcache.py`` checks the
file against every shipped TOML file.
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
