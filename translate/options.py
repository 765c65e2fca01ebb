"""Run options and the only place that reads the environment.

``TRANSLATE_HOME`` (default ``$XDG_DATA_HOME/newsroom-translate`` or
``~/.local/share/newsroom-translate``) holds the SQLite store (MT cache, translation memory,
feed state). Argos packages live where Argos keeps them (``ARGOS_PACKAGES_DIR``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def home_dir() -> Path:
    explicit = os.environ.get("TRANSLATE_HOME")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "newsroom-translate"


def default_db_path() -> Path:
    return home_dir() / "translate.db"


@dataclass
class RunOptions:
    """Everything that changes how an article is turned into editions (no I/O here)."""

    engine: str | None = None  # override the locale profile's engine choice
    source_lang: str | None = None  # override detection
    keep_boilerplate: bool = False
    use_cache: bool = True
    use_tm: bool = True
    db_path: Path | None = None  # None: default_db_path(); used when use_cache/use_tm
    threads: int | None = None
    beam_size: int | None = None
    glossary_paths: list[Path] = field(default_factory=list)
    builtin_glossary: bool = True
    engine_options: dict[str, object] = field(default_factory=dict)

    def resolved_db_path(self) -> Path:
        return self.db_path or default_db_path()
