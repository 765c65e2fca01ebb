"""Where the project's data folders are: ``locales/`` and ``glossary/``.

In a source checkout (and an editable install) they sit beside the package; a wheel carries
them as ``translate/_data/``. This is the one place that knows both layouts.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The shipped data folder ``name`` ("locales" or "glossary")."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped data folder {name!r} is missing from the installation")
