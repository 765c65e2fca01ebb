"""Edition writers: a registry of formats, each a module with ``EXTENSION`` and ``render``.

Files are named ``<article-id>.<locale>.<ext>`` and written atomically: a reader (or a crash)
never sees half an edition, and an existing edition stays whole until the new one replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import Protocol, cast

from ..errors import UsageError
from ..fsutil import write_atomic_all
from ..model import Edition

WRITERS: dict[str, str] = {
    "md": "translate.write.markdown",
    "json": "translate.write.json",
    "html": "translate.write.html",
    "xliff": "translate.write.xliff",
    "po": "translate.write.po",
    "review": "translate.write.review_page",
}


class WriterModule(Protocol):
    EXTENSION: str

    def render(self, edition: Edition) -> str: ...


def get_writer(fmt: str) -> WriterModule:
    check_formats([fmt])
    return cast(WriterModule, import_module(WRITERS[fmt]))


def check_formats(formats: Sequence[str]) -> None:
    if not formats:
        raise UsageError("no edition format given", hint=f"choose from {', '.join(WRITERS)}")
    unknown = [f for f in formats if f not in WRITERS]
    if unknown:
        raise UsageError(
            f"unknown edition format {', '.join(map(repr, unknown))}",
            hint=f"choose from {', '.join(WRITERS)}",
        )


def edition_path(edition: Edition, out_dir: Path, fmt: str) -> Path:
    return out_dir / f"{edition.article.id}.{edition.locale}.{get_writer(fmt).EXTENSION}"


# Review formats come back through ``translate review apply``, which rebuilds the edition
# from its JSON form: that is always written beside them.
REVIEW_FORMATS = ("xliff", "po", "review")


def with_companions(formats: Sequence[str]) -> list[str]:
    """``formats`` plus ``json`` when a review format is among them.

    >>> with_companions(["xliff", "po"])
    ['xliff', 'po', 'json']
    """
    wanted = list(dict.fromkeys(formats))
    if "json" not in wanted and any(f in REVIEW_FORMATS for f in wanted):
        wanted.append("json")
    return wanted


def write_edition(edition: Edition, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Render every format first, then write each file atomically. A review format (XLIFF,
    PO, review page) brings the JSON edition that ``review apply`` needs (:func:`with_companions`).
    """
    rendered = [
        (edition_path(edition, out_dir, f), get_writer(f).render(edition))
        for f in with_companions(formats)
    ]
    return write_atomic_all(rendered)  # all the formats or none: never a mixed set
